"""Reading and parsing Danish municipal meeting documents into records."""
