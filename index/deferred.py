"""Imports a library makes at its top for a function a search never calls, made on demand.

Whoosh's `whoosh.compat` imports `urllib.request` (with it http.client, email and ssl)
to re-export `urlretrieve`, which nothing calls, and `html` for its highlighter
(`whoosh.searching` imports the highlighter itself, for results referat does not show);
`whoosh.query.terms` imports English morphology (`whoosh.lang.morph_en`, large patterns
compiled at import) for the Variations query, which referat never builds;
`cached_property`, which `whoosh.reading` uses, imports asyncio for coroutine methods
Whoosh does not have; tempfile (with shutil, bz2, lzma) and calendar serve writing and
datetime fields. Together they were about a sixth of a `referat search`'s start.
numpy imports its linear algebra (with its typing aliases) for matrix powers and
polynomial fits, ctypes for an array's ctypes view and platform for show_runtime: about
a sixth of numpy's import, for nothing referat's arrays do. Whoosh's compound files take
shutil's copy for writing, pathlib takes urllib.parse for Path.as_uri, and Whoosh's
hash tables take hashlib's MD5, which loads OpenSSL's library: Python's own MD5, which
hashlib itself falls back to, gives the same digests.
The installed packages stay as they are: while one of the modules below runs its own
top-level code, each module it names stands in sys.modules as a stand-in whose named
functions (and any other attribute) load the real module when they are used; the
stand-in is gone from sys.modules once that import ends, so any other importer gets the
real module. Nothing else changes: a function that is called behaves as the real one.
`when_imported` runs a setting of a module (logging's format) once something imports it.
"""
from __future__ import annotations

import importlib
import sys
import types
from contextlib import contextmanager


def _iscoroutinefunction(func) -> bool:
    """asyncio.iscoroutinefunction without importing asyncio: its answer is inspect's,
    unless the function carries asyncio's old-style `_is_coroutine` mark."""
    if getattr(func, "_is_coroutine", None) is None:
        import inspect

        return inspect.iscoroutinefunction(func)
    return _real("asyncio").iscoroutinefunction(func)


try:  # Python's own MD5, which hashlib falls back to where OpenSSL has none
    from _md5 import md5 as _md5
except ImportError:  # a Python built without it: hashlib's, imported when first called
    _md5 = None


# module being imported -> {module it imports: the functions it takes from that module},
# each name with None or a function that answers in its place without the import
DEFERRED: dict[str, dict[str, dict]] = {
    "whoosh.compat": {"urllib.request": {"urlretrieve": None},  # re-exported, never called
                      "html": {"escape": None}},  # Whoosh's highlighter; referat has its own
    # temporary storage and sorting in temporary files: for writing, never for a search
    "whoosh.filedb.filestore": {"tempfile": {}},
    "whoosh.filedb.compound": {"shutil": {"copyfileobj": None}},  # assembling a file
    # Whoosh hashes its table keys with MD5: Python's own MD5 gives the same digests
    # without hashlib loading OpenSSL's library
    "whoosh.filedb.filetables": {"hashlib": {"md5": _md5}},
    # pathlib's Path.as_uri() quotes with urllib.parse (with it ipaddress)
    "pathlib": {"urllib.parse": {"quote_from_bytes": None}},
    "whoosh.externalsort": {"tempfile": {}},
    "whoosh.util.times": {"calendar": {}},  # datetime fields; referat stores days as numbers
    "whoosh.query.terms": {"whoosh.lang.morph_en": {"variations": None}},
    # the highlighter that Whoosh's own results make; referat writes its own snippets
    "whoosh.searching": {"whoosh.highlight": {}},
    "cached_property": {"asyncio": {"iscoroutinefunction": _iscoroutinefunction,
                                    "ensure_future": None}},
    # numpy's matrix power and polynomial fitting and roots use its linear algebra (which
    # imports numpy's typing aliases); ndarray.ctypes and numpy.show_runtime use ctypes and
    # platform. referat's arrays use none of them.
    "numpy.matrixlib.defmatrix": {"numpy.linalg": {"matrix_power": None}},
    "numpy.lib._polynomial_impl": {"numpy.linalg": {"eigvals": None, "inv": None,
                                                    "lstsq": None}},
    "numpy.lib._utils_impl": {"platform": {}},
    "numpy._core._internal": {"ctypes": {}},
}


def _real(module: str):
    """The real module (a stand-in still in sys.modules makes way for it)."""
    if isinstance(sys.modules.get(module), _StandIn):
        del sys.modules[module]
    return importlib.import_module(module)


class _StandIn(types.ModuleType):
    """A module's place in sys.modules while another module imports it: its named
    functions, and any other attribute, come from the real module when first used."""

    def __getattr__(self, name: str):
        if name.startswith("__"):  # what the import system asks of a module (__path__)
            raise AttributeError(name)
        return getattr(_real(self.__name__), name)


def _on_call(module: str, name: str):
    def call(*args, **kwargs):
        return getattr(_real(module), name)(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__doc__ = f"{module}.{name}, imported when first called."
    return call


@contextmanager
def _standing_in(deferred: dict[str, dict]):
    """Each module in sys.modules as a stand-in for the duration, unless it is loaded."""
    placed = []
    for module, names in deferred.items():
        if module in sys.modules:
            continue
        stand_in = _StandIn(module, f"Stands in for {module} while a module imports.")
        for name, answer in names.items():
            setattr(stand_in, name, answer or _on_call(module, name))
        sys.modules[module] = stand_in
        placed.append((module, stand_in))
    try:
        yield
    finally:
        for module, stand_in in placed:
            if sys.modules.get(module) is stand_in:
                del sys.modules[module]


class _DeferringLoader:
    """The module's own loader, run with its deferred import standing in (and followed by
    what was asked to run once it is imported)."""

    def __init__(self, loader, deferred: dict[str, dict]):
        self._loader = loader
        self._deferred = deferred

    def create_module(self, spec):
        return self._loader.create_module(spec)

    def exec_module(self, module) -> None:
        with _standing_in(self._deferred):
            self._loader.exec_module(module)
        for then in _AFTER.pop(module.__name__, ()):
            then(module)

    def __getattr__(self, name: str):  # get_code, get_resource_reader, is_package, ...
        return getattr(self._loader, name)


# module -> what runs with it once it is imported (when_imported)
_AFTER: dict[str, list] = {}


class _DeferringFinder:
    def find_spec(self, fullname: str, path=None, target=None):
        if fullname not in DEFERRED and fullname not in _AFTER:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                if spec.loader is not None:
                    spec.loader = _DeferringLoader(spec.loader, DEFERRED.get(fullname, {}))
                return spec
        return None


_FINDER = _DeferringFinder()


def install() -> None:
    """Defer the imports above from now on (once per process; cheap when repeated)."""
    if _FINDER not in sys.meta_path:
        sys.meta_path.insert(0, _FINDER)


def when_imported(module: str, then) -> None:
    """then(module) now if the module is loaded, else as soon as any importer loads it: a
    setting of a library a run may never use (logging's format) made without importing it."""
    if module in sys.modules:
        then(sys.modules[module])
        return
    install()
    _AFTER.setdefault(module, []).append(then)
