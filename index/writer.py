"""Whoosh's segment writer with a new segment's postings kept in memory, per term.

Whoosh pools every posting as a tuple, pickles the pool to sorted temporary runs,
merges the runs through a heap at commit and then hands each posting, one at a time,
through four method calls to the codec, which reads the document's field length back
from disk for it. Here a new segment's postings stay in memory per field and term, in
document order (documents are numbered as they arrive, so nothing needs sorting but the
terms), and commit writes each term's list in whole blocks, in the codec's own block
format (W3PostingsWriter's, byte for byte). The result is an ordinary Whoosh index that
Whoosh's own reader and searcher read unchanged: same terms, postings, weights,
positions, field lengths and stored fields (tests/test_index_writer.py compares a
build with Whoosh's stock writer).

Memory: about 20 bytes a posting (a document number, a weight, a shared value);
documents with field vectors or spelling words take Whoosh's own path into the pool.
"""
from __future__ import annotations

import ctypes
import os
import signal
import struct
import zlib
from array import array
from collections import defaultdict
from functools import lru_cache
from hashlib import md5
from itertools import chain
from multiprocessing import Queue
from operator import itemgetter, sub
from queue import Empty
from pickle import dumps

from whoosh.codec.base import OutOfOrderError
from whoosh.codec.whoosh3 import (WHOOSH3_HEADER_MAGIC, W3Codec, W3FieldWriter,
                                  W3PerDocWriter, W3Segment, W3TermInfo)
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.filedb.filetables import md5_hash
from whoosh.system import pack_int, pack_long, pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

PICKLE_PROTOCOL = 2  # what W3PostingsWriter pickles blocks with


@lru_cache(maxsize=4096)
def _length_byte(length: int | None) -> int:
    """A length as one byte (Whoosh's length_to_byte, looked up once per length)."""
    return length_to_byte(length)


@lru_cache(maxsize=4096)
def stored_length(length: int) -> int:
    """A field length as the index keeps it (one byte, logarithmic) and reads it back."""
    return byte_to_length(length_to_byte(length))


class TermPool:
    """A new segment's postings: field -> term bytes -> (doc numbers, weights, values),
    each in document order: a writer numbers documents as they arrive, new ones first,
    then those of older segments it merges, so no posting list needs sorting."""

    def __init__(self):
        self.fields: dict[str, dict[bytes, tuple]] = {}
        self.fieldnames: set[str] = set()  # Whoosh's multiprocessing writer reads this
        self.size = 0
        # field -> [postings, first doc, end doc, boost]: the documents of a run hold the
        # same postings (one value repeated by consecutive documents)
        self.runs: dict[str, list] = {}

    def add(self, item) -> None:
        """One posting in Whoosh's pool form: (field, term, doc, weight, value)."""
        if self.runs:
            self.flush_runs()
        fieldname, tbytes, docnum, weight, vbytes = item
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
            self.fieldnames.add(fieldname)
        lists = terms.get(tbytes)
        if lists is None:
            lists = terms[tbytes] = (array("I"), array("d"), [])
        elif lists[0][-1] >= docnum:  # documents are numbered as they arrive
            raise OutOfOrderError(f"{fieldname}:{tbytes!r}: document {docnum} after "
                                  f"{lists[0][-1]}")
        lists[0].append(docnum)
        lists[1].append(weight)
        lists[2].append(vbytes or b"")
        self.size += 1

    def add_field(self, fieldname: str, docnum: int, postings: tuple, boost: float) -> None:
        """A document's postings of one field ((term, freq, weight, value) each, as a
        field's index() gives them). A value that repeats the previous document's (the
        items of a meeting share its committee, title, date, place and file) extends a
        run that is written in bulk when it ends: one array extend per term and run
        instead of three appends per term and document."""
        run = self.runs.get(fieldname)
        if run is not None:
            if run[0] is postings and run[2] == docnum and run[3] == boost:
                run[2] = docnum + 1
                return
            self._write_run(fieldname, run)
        self.runs[fieldname] = [postings, docnum, docnum + 1, boost]

    def _write_run(self, fieldname: str, run: list) -> None:
        """A run's postings: documents start..end-1 each hold the same postings."""
        postings, start, end, boost = run
        terms = self.fields.get(fieldname)
        if terms is None:
            terms = self.fields[fieldname] = {}
            self.fieldnames.add(fieldname)
        get = terms.get
        n = end - start
        for tbytes, _, weight, vbytes in postings:
            lists = get(tbytes)
            if lists is None:
                lists = terms[tbytes] = (array("I"), array("d"), [])
            if n == 1:
                lists[0].append(start)
                lists[1].append(weight * boost)
                lists[2].append(vbytes or b"")
            else:
                lists[0].extend(range(start, end))
                lists[1].extend(array("d", (weight * boost,)) * n)
                lists[2].extend((vbytes or b"",) * n)
        self.size += n * len(postings)

    def flush_runs(self) -> None:
        """Every open run into the posting lists (before they are read or merged into)."""
        for fieldname, run in self.runs.items():
            self._write_run(fieldname, run)
        self.runs.clear()

    def sorted_terms(self, fieldname: str):
        """(term, docs, weights, values) of a field in term order, each in doc order."""
        if self.runs:
            self.flush_runs()
        terms = self.fields[fieldname]
        for tbytes in sorted(terms):
            yield (tbytes, *terms[tbytes])

    def cleanup(self) -> None:
        self.fields.clear()
        self.runs.clear()


class _LengthsPerDocWriter(W3PerDocWriter):
    """Whoosh's per-document writer that also keeps each field length in memory, as the
    index reads it back, for the postings' block statistics (Whoosh re-read it from
    disk once per posting)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.lengths: dict[str, dict[int, int]] = defaultdict(dict)

    def add_field(self, fieldname, fieldobj, value, length):
        super().add_field(fieldname, fieldobj, value, length)
        if length:
            self.lengths[fieldname][self._docnum] = stored_length(length)


class WriterCodec(W3Codec):
    """Whoosh's codec with the per-document writer above. The segments it creates
    record the stock codec, so an index reads back as any Whoosh index."""

    def new_segment(self, storage, indexname):
        return W3Segment(W3Codec(), indexname)

    def per_document_writer(self, storage, segment):
        return _LengthsPerDocWriter(self, storage, segment)


class MemoryWriter(SegmentWriter):
    """A SegmentWriter whose new segment's postings are a TermPool, written per term."""

    def __init__(self, ix, **kwargs):
        kwargs.setdefault("codec", WriterCodec())
        super().__init__(ix, **kwargs)
        self.pool = TermPool()
        # Vectors and spelling words need Whoosh's own per-document path.
        self._plain = not any(f.vector or f.separate_spelling()
                              for _, f in self.schema.items())
        self._last: dict[str, tuple] = {}  # field -> (value, postings, length), last document

    def add_document(self, **fields):
        """Index one document (as SegmentWriter.add_document, postings per field)."""
        if not self._plain:
            return super().add_document(**fields)
        self._check_state()
        names = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(self.schema, names)
        docboost = self._doc_boost(fields)
        pdw = self.perdocwriter
        pdw.start_doc(self.docnum)
        try:
            for name in names:
                if fields[name] is not None:
                    self._add_field(fields, name, docboost)
        except Exception:
            pdw.cancel_doc()
            raise
        pdw.finish_doc()
        self._added = True
        self.docnum += 1

    def _add_field(self, fields: dict, name: str, docboost: float) -> None:
        field = self.schema[name]
        value = fields[name]
        length = 0
        if field.indexed:
            boost = self._field_boost(fields, name, docboost)
            postings, length = self._postings(name, value)
            self.pool.add_field(name, self.docnum, postings, boost)
            if not field.scorable:
                length = 0
        customval = fields.get(f"_stored_{name}", value)
        self.perdocwriter.add_field(name, field, customval if field.stored else None, length)
        if field.column_type and customval is not None:
            self.perdocwriter.add_column_value(name, field.column_type,
                                               field.to_column_value(customval))

    def _postings(self, name: str, value) -> tuple[tuple, int]:
        """A field's postings for a value and its length (the terms' frequencies); the
        previous document's (the same object) when the value is the same (the items of
        one meeting share its committee, title, date, place)."""
        last = self._last.get(name)
        if last is not None and type(last[0]) is type(value) and last[0] == value:
            return last[1], last[2]
        postings = tuple(self.schema[name].index(value))
        length = sum(p[1] for p in postings)
        self._last[name] = (value, postings, length)
        return postings, length

    def _flush_segment(self):
        self.perdocwriter.close()
        lengths = getattr(self.perdocwriter, "lengths", {})
        write_pool(self.fieldwriter, self.schema, self.pool, lengths)
        self.fieldwriter.close()


def write_pool(fieldwriter: W3FieldWriter, schema, pool: TermPool,
               lengths: dict[str, dict[int, int]]) -> None:
    """Every term of the pool into the segment's term table and postings file.

    The bytes are those of Whoosh's own calls (a term's postings, then its row added to
    the ordered hash table: the row's length pair, key and term info, its hash into a
    bucket, its position into the index array), gathered per field and written once:
    the commit of a few thousand terms spent half its time in the file wrappers'
    per-call writes and tells."""
    pool.flush_runs()
    tindex = fieldwriter._tindex  # Whoosh's OrderedHashWriter
    for fieldname in sorted(pool.fields):
        if fieldname not in schema:
            continue  # a field an older segment had and the schema no longer does
        fieldwriter.start_field(fieldname, schema[fieldname])
        postfile, tfile = fieldwriter._postfile, tindex.dbfile
        blocks = BlockWriter(schema[fieldname].format, fieldwriter._codec,
                             lengths.get(fieldname, {}))
        key = pack_ushort(fieldwriter._fieldid)
        posts, rows = bytearray(), bytearray()
        post_base, row_base = postfile.tell(), tfile.tell()
        hashfn = _md5_hash if tindex.hashfn is md5_hash else tindex.hashfn
        buckets, positions = tindex.buckets, tindex.index
        lastkey = tindex.lastkey
        for tbytes, docs, weights, values in pool.sorted_terms(fieldname):
            valbytes = blocks.encode(posts, post_base + len(posts), docs, weights, values)
            keybytes = key + tbytes
            if keybytes <= lastkey:
                raise ValueError(f"Keys must increase: {lastkey!r}..{keybytes!r}")
            pos = row_base + len(rows)
            positions.append(pos)
            rows += _LENGTHS.pack(len(keybytes), len(valbytes))
            rows += keybytes
            rows += valbytes
            h = hashfn(keybytes)
            buckets[h & 255].append((h, pos))
            lastkey = keybytes
            if len(posts) >= _FLUSH:
                postfile.write(posts)
                post_base += len(posts)
                posts.clear()
            if len(rows) >= _FLUSH:
                tfile.write(rows)
                row_base += len(rows)
                rows.clear()
        tindex.lastkey = lastkey
        postfile.write(posts)
        tfile.write(rows)
        fieldwriter.finish_field()


def _md5_hash(key: bytes) -> int:
    """Whoosh's md5_hash (the low 32 bits of the key's MD5), from the digest's bytes."""
    return int.from_bytes(md5(key, usedforsecurity=False).digest()[12:], "big")


_LENGTHS = struct.Struct("!ii")  # a hash table row's key and value lengths (filetables)
_TERM_INFO = W3TermInfo._struct  # a term's row: flags, weight, counts, lengths, ids
_FLUSH = 1 << 20  # bytes gathered before they are written (a field of a large rebuild)


class BlockWriter:
    """One field's posting lists, written as W3PostingsWriter writes them: blocks of
    `blocklimit` postings, each (ids delta-coded, weights, values) pickled and
    compressed behind a pickled block header, the last block's size negated."""

    def __init__(self, fmt, codec: W3Codec, lengths: dict[int, int]):
        self.blocklimit = codec._blocklimit
        self.compression = codec._compression
        self.lengths = lengths
        fixed = fmt.fixed_value_size()
        self.values_kind = "tuple" if fixed is None or fixed < 0 else (
            "none" if fixed == 0 else "joined")

    def encode(self, out: bytearray, start: int, docs: array, weights: array,
               values: list) -> bytes:
        """One term's postings, appended to `out` as they go to the postings file at
        `start`; returns its row of the term table (W3TermInfo.to_bytes's bytes)."""
        begin = len(out)
        out += WHOOSH3_HEADER_MAGIC
        n, limit = len(docs), self.blocklimit
        # The term's statistics, added up block by block as W3TermInfo.add_block does.
        total, minlength, maxlength, maxweight = 0, None, 0, 0
        for i in range(0, n, limit):
            ids, raw = docs[i:i + limit], weights[i:i + limit]
            block = array("f", raw)  # the block keeps single-precision weights
            present = list(filter(None, map(self.lengths.get, ids)))  # C loops, per posting
            low = min(present) if present else None
            high = max(present) if present else 0
            top = max(0, max(raw))
            total += sum(block)
            minlength = low if minlength is None else min(minlength, low)
            maxlength = max(maxlength, high)
            maxweight = max(maxweight, top)
            data = (_deltas(ids), _mini_weights(block), self._mini_values(values[i:i + limit]))
            databytes, compression = _compressed(dumps(data, PICKLE_PROTOCOL),
                                                 self.compression)
            infobytes = dumps((len(ids), ids[-1], top, compression, _length_byte(low),
                               _length_byte(high)), PICKLE_PROTOCOL)
            size = len(infobytes) + len(databytes)
            out += pack_int(size if i + limit < n else -size)
            out += infobytes
            out += databytes
        return _TERM_INFO.pack(False, total, n, _length_byte(minlength),
                               _length_byte(maxlength), maxweight, docs[0], docs[-1]) + \
            pack_long(start) + pack_int(len(out) - begin)

    def _mini_values(self, values: list):
        if self.values_kind == "none":
            return None
        present = filter(None, values)  # Whoosh keeps no empty value
        return tuple(present) if self.values_kind == "tuple" else b"".join(present)


# Pickled blocks shorter than this are stored as they are: deflate's own header and
# framing make a block of a few postings longer, not shorter (most terms are rare, so
# most blocks are that small), and Whoosh's reader decompresses a block only when its
# header says it was compressed.
COMPRESS_MIN = 96


def _compressed(data: bytes, level: int) -> tuple[bytes, int]:
    """A block's bytes as written and the compression level its header records."""
    if level and len(data) >= COMPRESS_MIN:
        return zlib.compress(data, level), level
    return data, 0


def _deltas(ids: array) -> tuple:
    return tuple(map(sub, ids, chain((0,), ids)))


def _mini_weights(weights: array):
    first = weights[0]
    if weights.count(first) == len(weights):
        return None if first == 1.0 else first
    return tuple(weights)


def _prctl():
    """libc's prctl, looked up when this module is imported, in the process that will
    start the writing processes (a forked child's dlopen could block); None off Linux.
    (ingest.batch does the same for parser workers; index may not import ingest.batch.)"""
    try:
        fn = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int] + [ctypes.c_ulong] * 4
    return fn


_PRCTL = _prctl()
PR_SET_PDEATHSIG = 1  # linux/prctl.h


class _MemoryTask(SubWriterTask):
    """A writing process of Whoosh's multiprocessing writer, with a MemoryWriter; its
    result carries its turn (where its segment goes in the index)."""

    turn = 0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.starter = os.getpid()  # the import or reindex starting this process

    def run(self):
        if _PRCTL is not None:  # killed with the import or reindex that started it
            _PRCTL(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        if os.getppid() != self.starter:  # it died before the line above (ingest.batch)
            os._exit(0)
        ix = self.storage.open_index(self.indexname)
        self.writer = MemoryWriter(ix, _lk=False, **self.kwargs)
        while self.running:
            job = self.jobqueue.get()
            if job is None:
                break
            self._process_file(*job)
        if not self.running:
            self.writer.cancel()
            return
        segment = self.writer._finalize_segment()
        self.resultqueue.put((self.turn, self.writer.pool.fieldnames, segment), timeout=5)


class _TurnQueues:
    """The writing processes' job queues, one each: batch k goes to process k mod
    procs, and the end-of-jobs marker to each process in turn. (Whoosh's writer has one
    queue that the processes take batches from as they get to it, so two builds of the
    same documents put different documents in each segment.)"""

    def __init__(self, procs: int, size: int):
        self.queues = [Queue(size) for _ in range(procs)]
        self.jobs = self.stops = 0

    def put(self, job) -> None:
        if job is None:
            queue, self.stops = self.queues[self.stops], self.stops + 1
        else:
            queue, self.jobs = self.queues[self.jobs % len(self.queues)], self.jobs + 1
        queue.put(job)


class MemoryMpWriter(MpWriter):
    """Whoosh's multiprocessing writer (one segment per process) with MemoryWriters,
    numbering documents the same way in every build of the same documents: batches go
    to the processes in turn and their segments are listed in process order (ties on
    a score are ranked by document number, so results tied on a score keep their
    order from one build of the archive to the next)."""

    def __init__(self, ix, procs: int, **kwargs):
        kwargs.setdefault("codec", WriterCodec())
        super().__init__(ix, procs=procs, multisegment=True, **kwargs)
        self.pool = TermPool()  # documents of merged older segments
        self.jobqueue = _TurnQueues(self.procs, 4)  # Whoosh's: procs * 4 jobs in all

    def _new_task(self):
        turn = len(self.tasks)
        task = _MemoryTask(self.storage, self.indexname, self.jobqueue.queues[turn],
                           self.resultqueue, self.subargs, True)
        task.turn = turn
        self.tasks.append(task)
        task.start()
        return task

    def _commit(self, mergetype, optimize, merge):
        """MpWriter._commit's path for one segment per process, with the processes'
        segments listed in turn (Whoosh lists them in the order the processes finish)."""
        if self.docbuffer:
            self._enqueue()
        for _ in self.tasks:
            self.jobqueue.put(None)
        finalsegments = self._merge_segments(mergetype, optimize, merge)
        for task in self.tasks:
            task.join()
        results = []
        for _ in self.tasks:
            try:
                results.append(self.resultqueue.get(timeout=1))
            except Empty:
                pass
        finalsegments += [segment for _, _, segment in sorted(results, key=itemgetter(0))]
        if self._added:
            finalsegments.append(self._finalize_segment())
        else:
            self._close_segment()
        self._commit_toc(finalsegments)
        self._finish()

    _flush_segment = MemoryWriter._flush_segment
