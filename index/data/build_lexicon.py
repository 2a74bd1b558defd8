"""Rebuild da_words.txt, the Danish lexicon used for compound splitting.

Run by hand, never at run time:  pip install wordfreq==3.1.1 && python -m index.data.build_lexicon

The words are wordfreq's small Danish list (CC-BY-SA 4.0, (c) Robyn Speer and
contributors; see https://github.com/rspeer/wordfreq), in frequency order, keeping
alphabetic words of two or more letters. Domain words that the list lacks live
in da_domain.txt, kept by hand. After either list changes, `bash .ci/setup` (or
`python -m index.sorted_words`) writes the lexicon's sorted form again: until then a
search builds the lexicon's dict from the lists, as correct and some ms slower.
"""
from __future__ import annotations

import gzip
import re
from pathlib import Path

HERE = Path(__file__).parent


def main() -> None:
    import msgpack
    import wordfreq

    data = Path(wordfreq.__file__).parent / "data" / "small_da.msgpack.gz"
    buckets = msgpack.unpackb(gzip.open(data).read(), raw=False)[1:]
    words = [w for bucket in buckets for w in bucket if re.fullmatch(r"[a-zæøåéü]{2,}", w)]
    (HERE / "da_words.txt").write_text("\n".join(dict.fromkeys(words)) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
