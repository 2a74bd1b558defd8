"""Saved searches ("watches"): tell me what is new about X since I last asked.

A watch is a query with its filters, stored in the archive (`watches.json` beside the
catalog). Adding one records every item that matches it then, so its first run reports
only what was imported after it; each run reports the matching items it has not
reported before and remembers them. An item counts as seen under every name the archive
gives it (the same item in a packet, its single-item PDF and the system's export), so a
re-import of unchanged files, or another copy of a meeting already seen, is not news.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path

from index.layout import Layout
from ingest.errors import ReferatError
from search.query import Filters
from search.searcher import Hit, search

_NAME = re.compile(r"^[\w][\w.-]{0,63}$")  # a word a shell and a cron line keep intact


class WatchError(ReferatError):
    """A watch that does not exist, exists already, or has an unusable name."""


@dataclass(frozen=True, slots=True)
class Watch:
    name: str
    query: str
    filters: dict = field(default_factory=dict)  # Filters' fields, dates as ISO strings
    created: str = ""
    last_run: str | None = None
    seen: tuple[str, ...] = ()  # ids of every item reported (or present when added)

    def search_filters(self) -> Filters:
        """The stored filters as the searcher takes them."""
        f = dict(self.filters)
        for key in ("date_from", "date_to"):
            if f.get(key):
                f[key] = date.fromisoformat(f[key])
        return Filters(**f)


def _path(index_dir: Path) -> Path:
    return Layout(Path(index_dir)).watches


def load(index_dir: Path) -> dict[str, Watch]:
    """Every watch of the archive by name (none when the file does not exist yet)."""
    path = _path(index_dir)
    if not path.exists():
        return {}
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise WatchError(f"{path}: the saved searches cannot be read ({exc}); "
                         "remove the file to start again") from exc
    return {r["name"]: Watch(**{**r, "seen": tuple(r.get("seen", ()))}) for r in rows}


def _save(index_dir: Path, watches: dict[str, Watch]) -> None:
    """Write every watch at once; a crash leaves the old file or the new one."""
    path = _path(index_dir)
    tmp = path.with_suffix(".tmp")
    rows = [{**asdict(w), "seen": sorted(w.seen)} for w in watches.values()]
    tmp.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _ids(hit: Hit) -> set[str]:
    """Every name of the hit's item: its own id and those of its copies."""
    return {hit.id, *(i for _, i in hit.also)}


def _matching(index_dir: Path, w: Watch) -> list[Hit]:
    return search(index_dir, w.query, w.search_filters(), limit=0, sort="-date").hits


def add(index_dir: Path, name: str, query: str, filters: Filters = Filters()) -> Watch:
    """Save a search; what matches it now counts as seen."""
    if not _NAME.match(name):
        raise WatchError(f"watch name {name!r}: use letters, digits, '.', '-' or '_' "
                         "(at most 64)")
    watches = load(index_dir)
    if name in watches:
        raise WatchError(f"a watch named {name!r} exists; remove it first or pick another name")
    stored = {k: (v.isoformat() if isinstance(v, date) else v)
              for k, v in filters.as_dict().items() if v is not None}
    w = Watch(name, query, stored, created=_now())
    seen = set().union(*(_ids(h) for h in _matching(index_dir, w)))
    watches[name] = replace(w, seen=tuple(sorted(seen)))
    _save(index_dir, watches)
    return watches[name]


def remove(index_dir: Path, name: str) -> None:
    """Forget a saved search."""
    watches = load(index_dir)
    if name not in watches:
        raise WatchError(f"no watch named {name!r}; `referat watch list` shows them")
    del watches[name]
    _save(index_dir, watches)


def run(index_dir: Path, name: str | None = None) -> dict[str, list[Hit]]:
    """Each watch's (or one's) new hits since it last ran, newest first; remembered."""
    watches = load(index_dir)
    if name is not None and name not in watches:
        raise WatchError(f"no watch named {name!r}; `referat watch list` shows them")
    out: dict[str, list[Hit]] = {}
    for w in [watches[name]] if name else list(watches.values()):
        hits = _matching(index_dir, w)
        seen = set(w.seen)
        out[w.name] = [h for h in hits if not (_ids(h) & seen)]
        seen.update(*(_ids(h) for h in hits))
        watches[w.name] = replace(w, seen=tuple(sorted(seen)), last_run=_now())
    _save(index_dir, watches)
    return out
