"""Decisions, cases and people across an archive of samples/ and the dev corpus."""
from __future__ import annotations

import csv
import io
import json
import pytest
from typer.testing import CliRunner

from ingest.records import Outcome
from ingest.votes import follow_ups, followed, parse_votes
from search.cli import app


def cli(archive, *args):
    """`referat ARGS --index ARCHIVE`, in this process; its output."""
    r = CliRunner().invoke(app, [*args, "--index", str(archive)])
    assert r.exit_code == 0, (r.stderr, r.exception)
    return r.stdout


def test_committee_decisions_as_csv(archive, dev):
    out = cli(archive, "decisions", "--body", "Sundheds- og Forebyggelsesudvalget",
              "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    ballerup = sorted((r for r in rows if r["source"].endswith("ballerup-sfu_referat_2012-12-04.pdf")),
                      key=lambda r: int(r["item_number"]))
    assert [(r["item_number"], r["outcome"]) for r in ballerup] == [
        ("1", "noted"), ("2", "approved"), ("3", "recommended"), ("4", "approved"),
        ("5", "approved"), ("6", "approved"), ("7", "approved"), ("8", "noted")]
    assert all(r["date"] == "2012-12-04" for r in ballerup)
    assert ballerup[1]["case_numbers"] == "2012-28504"
    assert ballerup[6]["followed"] == "changed"  # approved "med denne bemærkning"


def test_efterværn_decision_with_its_proposal(archive):
    rows = json.loads(cli(archive, "decisions", "efterværn", "--format", "json"))
    seed = [r for r in rows if r["item_title"] == "Opfølgning på temadrøftelse om efterværn"]
    assert seed and all(r["outcome"] == "approved" for r in seed)
    assert all(r["followed"] == "followed" for r in seed)
    assert all("godkender udviklingssporene" in r["proposal"] for r in seed)


def test_outcome_filter_and_facets(archive):
    rows = json.loads(cli(archive, "decisions", "--outcome", "udsat", "--format", "json"))
    assert rows and {r["outcome"] for r in rows} == {"postponed"}
    facets = json.loads(cli(archive, "decisions", "--facets", "--format", "json"))
    assert set(facets) == {"outcome", "body", "year"} and facets["outcome"]["approved"] >= 2


def test_excel_csv_has_bom_semicolons_and_danish_letters(archive):
    out = cli(archive, "decisions", "gadebelysning", "--excel")
    assert out.startswith("\ufeffdate;body;item_number")
    assert "Udskiftning af gadebelysning på Åboulevarden" in out


def test_follow_ups_with_owner_and_deadline(archive):
    rows = json.loads(cli(archive, "decisions", "--follow-ups", "--format", "json"))
    seed = [r for r in rows if r["owner"] == "UJU og Janus"]
    assert seed and seed[0]["due"] == "2024-05"


@pytest.mark.parametrize("spelling", ["EMN-2023-011201", "2023-011201", "emn 2023 11201",
                                      "Sag: EMN-2023-011201"])
def test_case_timeline_in_any_spelling(archive, spelling):
    rows = json.loads(cli(archive, "case", spelling, "--format", "json"))
    kinds = {r["kind"] for r in rows}
    assert {"indstilling", "notat"} <= kinds
    dated = [r["date"] for r in rows if r["date"]]
    assert dated == sorted(dated)


def test_people_janus_hedemann(archive):
    out = cli(archive, "people", "Janus Hedemann", "-f", "table")
    assert out.startswith("Janus Hedemann - driftschef")
    assert "3. Status på Barnets Lov" in out
    assert "3. Opfølgning på temadrøftelse om efterværn" in out


def test_name_variants_meet():
    from search.decisions import name_key
    assert name_key("Natascha M. Jensen") == name_key("Natascha Jensen")
    assert name_key("Jeanette L. Hoppe") == name_key("jeanette hoppe")
    assert name_key("Aase Aagaard") == name_key("Åse Ågaard")


@pytest.mark.parametrize("text, expected", [
    ("For stemte: A, F, Ø (15)\nImod stemte: V, O (8)\nUndlod: C",
     {"for": ["A", "F", "Ø"], "against": ["V", "O"], "abstain": ["C"], "for_count": 15,
      "against_count": 8, "unanimous": False}),
    ("Et flertal (A, B, F) kunne tiltræde indstillingen. V tog forbehold.",
     {"for": ["A", "B", "F"], "reservations": ["V"]}),
    ("Udvalget kan enstemmigt tiltræde indstillingen", {"unanimous": True, "for": []}),
    ("Et mindretal (V og C) kunne ikke tiltræde indstillingen.", {"against": ["V", "C"]}),
    ("Socialistisk Folkeparti tog forbehold vedrørende fastholdelse af \"fællesbidraget\".",
     {"reservations": ["F"]}),
    ("Det Konservative Folkeparti, Venstre, Radikale Venstre og Liberal Alliance tog forbehold.",
     {"reservations": ["C", "B", "I", "V"]}),
    ("Godkendt.", None),
    # the field guide's example on one line, as a PDF line may hold it
    ("For stemte: A, F, Ø (15) Imod stemte: V, O (8) Undlod: C",
     {"for": ["A", "F", "Ø"], "against": ["V", "O"], "abstain": ["C"], "for_count": 15,
      "against_count": 8}),
    ("Indstillingen blev godkendt med 27 stemmer for (A, V, F, C, Ø, B), 4 imod (O, D).",
     {"for": ["A", "V", "F", "C", "Ø", "B"], "against": ["O", "D"], "for_count": 27,
      "against_count": 4}),
    ("Godkendt med 5 stemmer mod 2 (V og O). 1 undlod at stemme (C).",
     {"against": ["V", "O"], "abstain": ["C"], "abstain_count": 1}),
    ("Der stemte 4 for og 4 imod og 1 undlod at stemme.",  # Ormslev-Kolt 1941
     {"for_count": 4, "against_count": 4, "abstain_count": 1}),
])
def test_votes(text, expected):
    votes = parse_votes(text)
    if expected is None:
        assert votes is None
        return
    got = votes.to_dict()
    for key, value in expected.items():
        assert (sorted(got[key]) if isinstance(value, list) else got[key]) == \
            (sorted(value) if isinstance(value, list) else value), key


@pytest.mark.parametrize("proposal, decision, outcome, verdict", [
    ("Det indstilles, at rådmanden godkender", "Godkendt.", Outcome.APPROVED, "followed"),
    ("indstiller, at A) planen godkendes", "Indstillingen godkendt med denne bemærkning: ...",
     Outcome.APPROVED, "changed"),
    ("indstiller, at planen godkendes", "Udsat.", Outcome.POSTPONED, "departed"),
    ("indstiller, at planen godkendes", "Ikke godkendt.", Outcome.REJECTED, "departed"),
    ("indstiller, at evalueringen tages til efterretning", "Taget til efterretning",
     Outcome.NOTED, "followed"),
    (None, "Godkendt.", Outcome.APPROVED, "no proposal"),
])
def test_decision_against_proposal(proposal, decision, outcome, verdict):
    assert followed(proposal, decision, outcome) == verdict


def test_follow_up_sentences():
    ups = follow_ups("Sagen drøftes på et rådmandsmøde senest i maj 2024. UJU og Janus følger op.")
    assert [(u.owner, u.due) for u in ups] == [("UJU og Janus", "2024-05")]
    assert follow_ups("Godkendt.") == ()
