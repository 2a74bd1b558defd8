"""A labelled evaluation set of real decision texts and its scorer (`python -m benchmarks.outcomes`)."""
