"""The lexicon's words in sorted order, in one file read whole: a search's few lookups
without building the lexicon's dict.

A search asks the lexicon about a hundred or so words (a query word's compound parts,
the parts of the words its snippets show); building the dict of all 29,140 words from
the word lists was 6-10 ms of every `referat search`, most of the first query. This file
holds the same words and ranks, sorted by their UTF-8 bytes, with an offset and a rank
array beside them, so that a lookup is a binary search (a few microseconds) and
opening it is one read. `.ci/setup` writes it (`python -m index.sorted_words`); it
records a checksum of each word list it was built from, and a file that does not match
the lists beside it (or is missing, or was written for another byte order) is not
used: the lexicon's dict is built from the lists, as it always was.

index/analysis.py's `lexicon()` answers from this file until a process has asked it
LOOKUPS words, then builds the dict once: an import or a reindex splits thousands of
words, and a dict lookup is a hundred times cheaper than a binary search.
"""
from __future__ import annotations

import sys
import zlib
from array import array
from bisect import bisect_left
from pathlib import Path

from index.analysis import DATA, LEXICON_LISTS, build_lexicon

FILE = DATA / "da_lexicon.sorted"
_SIZE = array("I").itemsize  # bytes of an offset or a rank
# the format, with the byte order and size of its numbers (written where it is read)
MAGIC = f"referat-sorted-words-1-{sys.byteorder}-{_SIZE}\n".encode()
LOOKUPS = 5000  # words asked before the dict pays for itself


def _checksums(lists: tuple[bytes, ...]) -> array:
    return array("I", [zlib.crc32(data) for data in lists])


def write(path: Path = FILE, lists_in: Path = DATA) -> Path:
    """Write the sorted form of the lexicon built from the word lists in `lists_in`."""
    lists = tuple((lists_in / name).read_bytes() for name in LEXICON_LISTS)
    lexicon = build_lexicon(*(data.decode("utf-8") for data in lists))
    keys = sorted(word.encode("utf-8") for word in lexicon)
    offsets, ranks = array("I", [0]), array("I")
    for key in keys:
        offsets.append(offsets[-1] + len(key))
        ranks.append(lexicon[key.decode("utf-8")])
    head = array("I", [len(keys)]) + _checksums(lists)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(MAGIC + head.tobytes() + offsets.tobytes() + ranks.tobytes()
                    + b"".join(keys))
    tmp.replace(path)
    return path


class SortedWords:
    """The lexicon's lookups (`in`, `get`, `[]`) answered from the sorted file."""

    def __init__(self, offsets: array, ranks: array, words: bytes):
        self._offsets, self._ranks, self._words = offsets, ranks, words
        self._n = len(ranks)
        self._seen: dict[str, int | None] = {}
        self.lookups = 0

    def _key(self, i: int) -> bytes:
        return self._words[self._offsets[i]: self._offsets[i + 1]]

    def get(self, word: str, default=None):
        if word in self._seen:
            rank = self._seen[word]
        else:
            self.lookups += 1
            key = word.encode("utf-8", "surrogatepass")
            i = bisect_left(range(self._n), key, key=self._key)
            rank = self._ranks[i] if i < self._n and self._key(i) == key else None
            self._seen[word] = rank
        return default if rank is None else rank

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def __getitem__(self, word: str) -> int:
        rank = self.get(word)
        if rank is None:
            raise KeyError(word)
        return rank


def read(path: Path = FILE) -> SortedWords | None:
    """The sorted words, or None when the file is missing, of another format or byte
    order, or was built from other word lists than the lexicon's (in DATA)."""
    try:
        data = path.read_bytes()
        lists = tuple((DATA / name).read_bytes() for name in LEXICON_LISTS)
    except OSError:
        return None
    start = len(MAGIC) + _SIZE * (1 + len(lists))
    if not data.startswith(MAGIC) or len(data) < start:
        return None
    head = array("I")
    head.frombytes(data[len(MAGIC): start])
    if head[1:] != _checksums(lists):
        return None
    n = head[0]
    ranks_at, words_at = start + _SIZE * (n + 1), start + _SIZE * (2 * n + 1)
    if len(data) < words_at:
        return None
    offsets, ranks = array("I"), array("I")
    offsets.frombytes(data[start:ranks_at])
    ranks.frombytes(data[ranks_at:words_at])
    words = data[words_at:]
    if offsets[-1] != len(words):  # cut short, or written otherwise
        return None
    return SortedWords(offsets, ranks, words)


if __name__ == "__main__":
    print(f"wrote {write()}")
