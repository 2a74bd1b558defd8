"""Search over a real index of samples/ plus the dev corpus."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from search.cli import app
from search.query import Filters, QueryError
from search.searcher import search


def top(archive, text, n=5, **filters):
    return search(archive, text, Filters(**filters), limit=n).hits


def titles(hits):
    return [h.item_title or h.title for h in hits]


def test_efterværn_finds_the_seed_items(archive):
    hits = top(archive, "efterværn")
    assert "Opfølgning på temadrøftelse om efterværn" in titles(hits)
    assert any(h.kind == "referat" and h.item_number == "3" for h in hits)


# The archive holds hundreds of Greve items on 'anlægsbevilling' too: these look in the
# Ballerup committee's items, where the compound must be found.
BALLERUP = "Sundheds- og Forebyggelsesudvalget"


def test_compound_query_finds_ballerup_item_2(archive, dev):
    hits = top(archive, "anlægsbevillinger", body=BALLERUP)
    assert "Bygningsvedligeholdelse 2013 - anlægsbevilling" in titles(hits)


def test_one_meeting_in_three_forms_lists_each_item_once(archive, dev):
    """Ballerup 4 December 2012 is in the archive as the system's XML export, the
    referat PDF and eight single-item PDFs: a search lists each of its items once."""
    day = date(2012, 12, 4)
    hits = search(archive, "type:referat", Filters(body=BALLERUP, date_from=day, date_to=day),
                  limit=100).hits
    assert sorted(int(h.item_number) for h in hits) == list(range(1, 9))
    for h in hits:
        assert len(h.also) >= 2  # the same item in the other two forms


def test_part_of_a_compound_finds_the_compound(archive, dev):
    assert "Evaluering af rygestopkurser" in titles(top(archive, "rygestop"))
    assert "Bygningsvedligeholdelse 2013 - anlægsbevilling" in titles(
        top(archive, "bevilling", body=BALLERUP))


def test_old_spelling_meets_new(archive):
    hits = top(archive, "Århus sogneråd")
    assert any("sogneraad" in h.source.lower() or "Sogneraad" in (h.title + h.snippet)
               for h in hits)


def test_date_filtered_search(archive, dev):
    # AND keeps every word required: in natural-language mode 'aflastning' alone finds
    # later Greve items, which is right for a question but not what this test is about.
    query = "takstreduktion AND aflastning"
    hits = top(archive, query, date_from=date(2012, 1, 1), date_to=date(2012, 12, 31))
    assert hits[0].item_number == "4" and hits[0].date == "2012-12-04"
    assert top(archive, query, date_from=date(2013, 1, 1)) == []


def test_case_field_finds_the_notat(archive):
    hits = top(archive, "sag:EMN-2023-011201", n=10)
    # The notat prints the case; the indstilling it is the bilag of shares it.
    assert {h.kind for h in hits} == {"notat", "indstilling"}
    for spelling in ("sag:2023-011201", 'sag:"EMN 2023 11201"'):
        assert {h.id for h in top(archive, spelling, n=10)} == {h.id for h in hits}


def test_outcome_and_body_fields(archive, dev):
    hits = top(archive, 'beslutning:noted udvalg:"Sundheds- og Forebyggelsesudvalget"')
    assert "Evaluering af rygestopkurser" in titles(hits)
    assert all(h.outcome == "noted" for h in hits)
    danish = top(archive, 'beslutning:godkendt udvalg:"Sundheds- og Forebyggelsesudvalget"', 20)
    assert danish and all(h.outcome == "approved" for h in danish)


@pytest.mark.parametrize("query, must, must_not", [
    ('"temadrøftelse om efterværn"', "efterværn", None),
    ("efterværn AND udviklingsspor", "udviklingsspor", None),
    ("godkendt NOT efterværn", "godkend", "efterværn"),
    ("godkendt -efterværn", "godkend", "efterværn"),
    ("efterværn*", "efterværn", None),
    ("efterværm~", "efterværn", None),
    ("type:notat efterværn", "efterværn", None),
])
def test_query_language(archive, query, must, must_not):
    hits = search(archive, query, limit=50).hits
    assert hits, query
    texts = [search_text(archive, h.id) for h in hits]
    assert all(must in t for t in texts), query
    if must_not:
        assert not any(must_not in t for t in texts), query


def search_text(archive, doc_id):
    from search.searcher import stored
    d = stored(archive, doc_id)
    return " ".join(str(d.get(k, "")) for k in ("item_title", "title", "content", "decision")
                    ).lower()


def test_sort_by_date(archive, dev):
    hits = search(archive, "udvalget", limit=30, sort="-date").hits
    dates = [h.date for h in hits if h.date]
    assert dates == sorted(dates, reverse=True) and len(set(dates)) > 1


def test_facets_count_hits(archive):
    results = search(archive, "efterværn", limit=3, facets=True)
    assert sum(results.facets["kind"].values()) == results.total
    assert set(results.facets) == {"body", "year", "kind", "outcome"}


def test_no_hits_suggests_a_correction(archive):
    results = search(archive, "efterværm", limit=5)
    assert results.total == 0 and results.suggestion == "efterværn"


@pytest.mark.parametrize("query, message", [
    ("foo:bar", "unknown field 'foo:'"),
    ("beslutning:måske", "unknown outcome 'måske'"),
    ("type:brev", "unknown document type 'brev'"),
    ("dato:2024-02-31", "impossible date"),
    ("   ", "empty query"),
])
def test_bad_queries_are_named(archive, query, message):
    with pytest.raises(QueryError, match=message):
        search(archive, query)


def cli(*args):
    """`referat ARGS` in this process."""
    return CliRunner().invoke(app, list(args))


def test_cli_json_contract(archive):
    r = cli("search", "efterværn", "--index", str(archive), "--format", "json", "--limit", "3")
    assert r.exit_code == 0, r.stderr
    data = json.loads(r.stdout)
    assert set(data) >= {"query", "total", "hits"} and len(data["hits"]) == 3
    assert set(data["hits"][0]) >= {"id", "source", "kind", "body", "date", "item_number",
                                    "item_title", "title", "score", "snippet", "page"}
    assert "[" in data["hits"][0]["snippet"]  # the match is marked


def test_cli_csv_and_table(archive):
    r = cli("search", "efterværn", "--index", str(archive), "--format", "csv")
    assert r.stdout.splitlines()[0].startswith("id,date,body,kind,item_number")
    r = cli("search", "efterværn", "--index", str(archive), "--limit", "2")
    assert r.exit_code == 0 and "efterværn" in r.stdout


@pytest.mark.parametrize("args, line", [
    (["search", "foo:bar"], "referat: error: unknown field 'foo:'"),
    (["search", "efterværn", "--from", "31.02.2024"], "referat: error: --from: impossible date"),
    (["search", "x"], "referat: error: no archive at"),
])
def test_cli_errors_are_one_line(archive, tmp_path, args, line):
    index = str(tmp_path / "none") if args[-1] == "x" else str(archive)
    r = cli(*args, "--index", index)
    assert r.exit_code != 0 and r.stdout == ""
    assert r.stderr.startswith(line) and r.stderr.count("\n") == 1


def test_show_prints_the_item_in_full(archive):
    hit = next(h for h in top(archive, "efterværn") if h.kind == "referat")
    r = cli("show", hit.id, "--index", str(archive))
    assert r.exit_code == 0, r.stderr
    assert "Opfølgning på temadrøftelse om efterværn" in r.stdout
    assert "decision (approved)" in r.stdout and "proposal" in r.stdout
    r = cli("show", "nope-0-0", "--index", str(archive))
    assert r.exit_code == 1 and "no item or document with id 'nope-0-0'" in r.stderr


def test_the_installed_referat_command_searches_end_to_end(archive):
    """The entry point pip installs, as a user runs it: a process of its own."""
    referat = Path(sys.executable).with_name("referat")
    r = subprocess.run([str(referat), "search", "efterværn", "--index", str(archive),
                        "--format", "json", "--limit", "2"], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert len(json.loads(r.stdout)["hits"]) == 2
    r = subprocess.run([str(referat), "search", "zzqqxx", "--index", str(archive)],
                       capture_output=True, text=True, timeout=120)
    assert (r.returncode, r.stdout) == (1, "")
    assert r.stderr == "referat: no hits for 'zzqqxx'\n"
