"""Saved searches on a real archive: only what is new since the watch last ran."""
from __future__ import annotations

import shutil
from datetime import date

import pytest

from search import watch
from search.importer import run_import
from search.query import Filters
from tests.conftest import SAMPLES

MEETING = """Teknisk Udvalg
Referat
Dato: {day}

1. Vejbelysning på {street}
Sagsnr.: 2024-00{n}
Sagsfremstilling
Borgerne på {street} har bedt om bedre vejbelysning.
Beslutning
Godkendt.

2. Kommunens vinterberedskab
Sagsfremstilling
Status for snerydning.
Beslutning
Taget til efterretning.
"""


def meeting(folder, n, day, street):
    (folder / f"tu-{day}.txt").write_text(MEETING.format(day=day, street=street, n=n),
                                          encoding="utf-8")


@pytest.fixture
def archive(tmp_path):
    files = tmp_path / "files"
    files.mkdir()
    shutil.copy(SAMPLES / "teknisk-udvalg-cp1252.txt", files)
    meeting(files, 1, "05.03.2024", "Skolevej")
    index = tmp_path / "index"
    run_import([str(files)], index, workers=1)
    return files, index


def test_a_watch_reports_exactly_the_new_meeting_then_nothing(archive):
    files, index = archive
    watch.add(index, "lys", "vejbelysning")
    assert watch.run(index) == {"lys": []}  # what was there when it was added is not news
    meeting(files, 2, "07.05.2024", "Bakkevej")
    run_import([str(files)], index, workers=1)
    [hit] = watch.run(index)["lys"]
    assert hit.date == "2024-05-07" and "Bakkevej" in hit.item_title
    assert watch.run(index) == {"lys": []}


def test_reimporting_unchanged_files_is_not_news(archive):
    files, index = archive
    watch.add(index, "lys", "vejbelysning")
    run_import([str(files)], index, workers=1)
    shutil.copy(files / "tu-05.03.2024.txt", files / "kopi-af-referatet.txt")
    run_import([str(files)], index, workers=1)
    assert watch.run(index) == {"lys": []}


def test_filters_are_kept_with_the_watch(archive):
    files, index = archive
    watch.add(index, "maj", "vejbelysning", Filters(date_from=date(2024, 5, 1)))
    meeting(files, 2, "07.05.2024", "Bakkevej")
    meeting(files, 3, "02.04.2024", "Engvej")  # before the filter's date
    run_import([str(files)], index, workers=1)
    assert [h.date for h in watch.run(index, "maj")["maj"]] == ["2024-05-07"]
    assert watch.load(index)["maj"].filters == {"date_from": "2024-05-01"}


def test_watches_are_listed_and_removed_by_name(archive):
    _, index = archive
    watch.add(index, "lys", "vejbelysning")
    watch.add(index, "sne", "snerydning")
    assert sorted(watch.load(index)) == ["lys", "sne"]
    watch.remove(index, "lys")
    assert sorted(watch.load(index)) == ["sne"]
    with pytest.raises(watch.WatchError, match="no watch named 'lys'"):
        watch.run(index, "lys")
    with pytest.raises(watch.WatchError, match="exists"):
        watch.add(index, "sne", "sne")
    with pytest.raises(watch.WatchError, match="use letters"):
        watch.add(index, "a b; rm", "x")


def test_watch_commands_fit_cron(archive):
    from typer.testing import CliRunner

    from search.cli import app

    files, index = archive

    def referat(*args):
        return CliRunner().invoke(app, [*args, "--index", str(index)])

    assert referat("watch", "add", "lys", "vejbelysning").exit_code == 0
    assert referat("watch", "run", "-f", "json").exit_code == 1  # nothing new: like grep
    meeting(files, 2, "07.05.2024", "Bakkevej")
    run_import([str(files)], index, workers=1)
    r = referat("watch", "run", "lys", "-f", "csv")
    assert r.exit_code == 0
    lines = r.stdout.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith("watch,") and "Bakkevej" in lines[1]
    assert referat("watch", "run", "lys").exit_code == 1
    listed = referat("watch", "list", "-f", "tsv")
    assert listed.exit_code == 0 and listed.stdout.startswith("lys\tvejbelysning")
    assert referat("watch", "remove", "lys").exit_code == 0
    gone = referat("watch", "run", "lys")
    assert gone.exit_code == 2 and "no watch named 'lys'" in gone.stderr
