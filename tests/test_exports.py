"""Meeting systems' own exports (FirstAgenda JSON, eDoc, Fujitsu eDoc and SBSYS XML)
and Word documents: chosen by content, read into the same records as a PDF."""
from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from ingest import readers
from ingest.errors import CorruptDocument, UnsupportedFormat
from ingest.pipeline import parse_file
from ingest.records import Outcome, ParseResult, Person
from ingest.systems import fields
from tests.conftest import GREVE, REPO, SAMPLES, dev_files

EXPORTS = SAMPLES / "exports"
EXPECTED = EXPORTS / "expected"
SCHEMA = json.loads((REPO / "docs" / "parse-output.schema.json").read_text(encoding="utf-8"))
SAMPLE_FILES = sorted(p for p in EXPORTS.iterdir() if p.suffix in (".json", ".xml"))


def meeting(path: Path):
    [doc] = parse_file(path).documents
    return doc


def item(doc, number: str):
    return next(it for it in doc.items if it.number == number)


# --- golden files and the record contract --------------------------------------------

@pytest.mark.parametrize("sample", SAMPLE_FILES, ids=lambda p: p.name)
def test_export_golden(sample: Path, update_golden):
    # Recorded under its name in the repository, wherever the tests run from.
    got = parse_file(sample, shown=str(sample.relative_to(REPO))).to_dict()
    golden = EXPECTED / f"{sample.name}.json"
    if update_golden:
        EXPECTED.mkdir(exist_ok=True)
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if not golden.exists():  # a missing golden file fails; writing one is a reviewed step
        pytest.fail(f"no golden file {golden.relative_to(REPO)}; run pytest --update-golden "
                    "and review it like code")
    assert got == json.loads(golden.read_text(encoding="utf-8"))
    jsonschema.validate(got, SCHEMA)
    assert ParseResult.from_dict(got).to_dict() == got


def test_schema_names_every_export_format():
    from ingest.systems import FORMATS

    documented = set(SCHEMA["properties"]["source"]["properties"]["format"]["enum"])
    assert set(FORMATS) | {"docx"} <= documented


# --- FirstAgenda ------------------------------------------------------------------

def test_firstagenda_meeting_fields():
    doc = meeting(EXPORTS / "firstagenda-udvalg.json")
    assert (doc.kind.value, doc.body, doc.date, doc.start, doc.location) == (
        "referat", "Teknik- og Miljøudvalget", "2024-03-11", "16:30", "Mødelokale 2, Rådhuset")
    assert [(i.number, i.title, i.case_numbers, i.closed) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden", ("24-001122",), False),
        ("2", "Trafiksikkerhedsplan 2024-2027", ("23-009876",), False),
        ("3", "Ansøgning om tilskud til cykelparkering", ("24-000456",), False),
        ("4", "Salg af grund ved Havnevej", ("24-002001",), True),
        ("5", "Underskriftsark", (), False)]


def test_firstagenda_sections_proposal_and_attachments():
    two = item(meeting(EXPORTS / "firstagenda-udvalg.json"), "2")
    assert [s.heading for s in two.sections] == [
        "Beslutning", "Resume", "Indstilling", "Sagsbeskrivelse", "Økonomiske konsekvenser",
        "Sagens forløb"]
    assert two.proposal.startswith("Center for Vej og Park indstiller,\n\nat planen godkendes")
    assert [(a.number, a.title) for a in two.attachments] == [
        (1, "Bilag 1. Trafiksikkerhedsplan 2024-2027"), (2, "Bilag 2. Uheldskort")]
    assert "1.250.000" in two.text  # a number set in a heading tag is text, not a heading


def test_attendance_leaves_the_decision_and_goes_to_the_people():
    doc = meeting(EXPORTS / "firstagenda-udvalg.json")
    two = item(doc, "2")
    assert "Afbud" not in two.decision.text and "Fraværende" not in two.decision.text
    assert two.decision.votes.for_ == ("A", "F", "Ø") and two.decision.votes.against == ("V",)
    # noted on every decided item: the meeting's; noted on one item: that item's
    assert Person("Jens Kjærgaard", "afbud") in doc.people
    assert Person("Sofie Lund", "stedfortræder") in doc.people
    assert [p.name for p in doc.people].count("Sofie Lund") == 1
    assert two.people == (Person("Karim Nasser", "fraværende"),)
    assert item(doc, "1").people == ()


def test_history_is_not_the_decision():
    doc = meeting(EXPORTS / "firstagenda-udvalg.json")
    three = item(doc, "3")  # 'Sagens forløb' records an earlier 'Godkendt.'
    assert three.decision.outcome == Outcome.POSTPONED
    assert "Godkendt" not in three.decision.text
    assert item(doc, "5").decision is None  # no decision field, no decision


def test_closed_item_decision_is_its_bare_text():
    four = item(meeting(EXPORTS / "firstagenda-udvalg.json"), "4")
    assert four.decision.text == ("Udvalget anbefaler over for Byrådet, at administrationens "
                                  "indstilling godkendes.")


def test_older_template_english_keys_and_missing_fields():
    doc = meeting(EXPORTS / "firstagenda-older-template.json")
    assert (doc.body, doc.title) == ("Kommunalbestyrelsen",
                                     "Kommunalbestyrelsen (Ekstraordinær dagsorden)")
    assert (doc.date, doc.start, doc.end) == ("2023-06-19", "17:00", "19:15")  # UTC -> local
    one, two, three = doc.items
    assert one.decision.text == "Kommunalbestyrelsen godkendte regnskabet."
    assert [s.heading for s in one.sections] == ["Resume", "Indstilling"]
    assert [a.title for a in one.attachments] == ["Revisionsberetning", "Regnskab 2022"]
    assert two.decision.outcome == Outcome.NOTED
    assert (three.title, three.case_numbers, three.decision, three.sections) == (
        "Eventuelt", (), None, ())
    assert Person("Anna Bredsted", "fraværende") in doc.people


@pytest.mark.parametrize("raw, quoted", [
    ("Byråd 2022-2025", "Byrådet"),
    (".Spørgsmål / Svar til Byrådet 2022-2025", "Spørgsmål / Svar til Byrådet"),
    ("Økonomiudvalget", "Økonomiudvalget"),
    ("FORRETNINGSUDVALGET", "Forretningsudvalget"),
    ("Klima-, Teknik- og Miljøudvalget", "Klima-, Teknik- og Miljøudvalget"),
    ("KMB IT-udvalget", "KMB IT-udvalget"),
    ("Kommunalbestyrelse", "Kommunalbestyrelsen"),
    ("", None),
])
def test_body_names(raw, quoted):
    assert fields.body_name(raw) == quoted


@pytest.mark.parametrize("text, decision, people", [
    ("Godkendt.\n\nAfbud: Jens Hansen", "Godkendt.", [("Jens Hansen", "afbud")]),
    ("Godkendt. Fraværende: Ane Bo, Carl Dam og Eva Fog", "Godkendt.",
     [("Ane Bo", "fraværende"), ("Carl Dam", "fraværende"), ("Eva Fog", "fraværende")]),
    ("Anbefales.\nAfbud: Ole Lind (Stedfortræder: Eva Mørk)\nFraværende: Bo Ek", "Anbefales.",
     [("Ole Lind", "afbud"), ("Eva Mørk", "stedfortræder"), ("Bo Ek", "fraværende")]),
    ("Godkendt\n\nAfbud fra Tina Rottbøll (A)", "Godkendt", [("Tina Rottbøll", "afbud")]),
    ("Udvalget drøftede afbud fra leverandører.", "Udvalget drøftede afbud fra leverandører.",
     []),
    ("Udvalget noterede fravær: se bilag.", "Udvalget noterede fravær: se bilag.", []),
])
def test_attendance_notes(text, decision, people):
    got_text, got_people = fields.split_attendance(text)
    assert got_text == decision
    assert [(p.name, p.role) for p in got_people] == people


@pytest.mark.parametrize("text, expected", [
    ("Beslutning ikke frigivet", None),
    ("Tomt indhold", None),
    ("18. september 2012: Sagen udsat.\n25. september 2012: Godkendt.", "Godkendt."),
    ("18. september 2012: Sagen udsat.\n25. september 2012:", None),
    ("Godkendt med følgende ændring: punkt 3 udgår.",
     "Godkendt med følgende ændring: punkt 3 udgår."),
])
def test_only_this_meetings_decision(text, expected):
    decision, _ = fields.decision_from(text, "2012-09-25")
    assert (decision.text if decision else None) == expected


# --- eDoc, Fujitsu eDoc, SBSYS ----------------------------------------------------------

def test_edoc_structure_from_xml_and_decisions_from_text():
    doc = meeting(EXPORTS / "edoc-udvalg.xml")
    assert (doc.body, doc.date, doc.start) == ("Børne- og Skoleudvalget", "2013-02-05", "15:00")
    assert [(i.number, i.title, i.case_numbers, i.closed) for i in doc.items] == [
        ("1", "Meddelelser", ("2012-30000",), False),
        ("2", "Skolestruktur 2014 - høring", ("2012-31001",), False),
        ("3", "Personalesag", ("2013-00012",), True)]
    two = item(doc, "2")
    # the earlier forum's decision ('Oversendt ...') is history
    assert (two.decision.text, two.decision.outcome) == ("Indstillingen godkendt",
                                                          Outcome.APPROVED)
    assert [(a.number, a.title, a.file) for a in two.attachments] == [
        (1, "Høringsmateriale", "2000201.PDF"), (2, "Høringssvar fra skolebestyrelser",
                                                 "2000202.PDF")]
    assert "Lise Vang" in [p.name for p in doc.people]


def test_fujitsu_participants_closed_items_and_attachment_files():
    doc = meeting(EXPORTS / "fujitsu-udvalg.xml")
    assert (doc.body, doc.date, doc.start, doc.end, doc.location) == (
        "Kultur- og Fritidsudvalget", "2017-03-14", "16:00", "18:30", "Mødelokale 1, Rådhuset")
    assert doc.people == (Person("Hanne Bech", "formand", "A"), Person("Carl Sø", "afbud", "V"),
                          Person("Ida Krog", "medlem", None))
    one, two = doc.items
    assert (one.decision.text, one.proposal) == ("Godkendt.", "At fordelingen godkendes.")
    assert [(a.number, a.file) for a in one.attachments] == [(1, "7000001-8000001-1.pdf")]
    assert (two.closed, two.decision.outcome) == (True, Outcome.POSTPONED)


def test_sbsys_decision_of_this_meeting_and_body():
    doc = meeting(EXPORTS / "sbsys-udvalg.xml")
    assert (doc.body, doc.title, doc.date, doc.start, doc.end) == (
        "Forretningsudvalget", "Forretningsudvalgets møde", "2012-09-18", "10:00", "12:00")
    one, two = doc.items
    assert one.decision.outcome == Outcome.NOTED
    assert "udsat" not in one.decision.text  # the 21 August entry is history
    assert [s.heading for s in one.sections][0] == "PUNKTET BEHANDLET TIDLIGERE"
    assert "\n" in one.sections[0].text  # plain-text fields keep their lines
    assert (two.closed, two.decision, two.case_numbers) == (True, None, ())
    assert Person("Erik Dam", "afbud", "V") in doc.people


# --- choosing the reader, and bad input ----------------------------------------------

@pytest.mark.parametrize("name, error, line", [
    ("not-a-meeting.json", UnsupportedFormat,
     "JSON without FirstAgenda meeting keys (Dagsordenpunkter, Moede); it has features, type: "
     "not a meeting export"),
    ("truncated.json", CorruptDocument, "malformed JSON: Expecting value at line 3 column 1"),
    ("malformed.xml", CorruptDocument, "malformed XML: mismatched tag at line 6 column 6"),
    ("rss-feed.xml", UnsupportedFormat,
     "XML with root element <rss> is not a meeting export referat reads (eDoc <Meeting>, "
     "Fujitsu eDoc <Root> with a Committee, SBSYS <Publication>)"),
    ("entity-expansion.xml", CorruptDocument,
     "XML with a DTD or entity declarations is refused (entity expansion risk); export it "
     "without one"),
])
def test_bad_exports_fail_with_one_line(name, error, line):
    with pytest.raises(error) as info:
        parse_file(EXPORTS / "bad" / name)
    assert str(info.value) == line


def test_export_is_chosen_by_content_not_only_by_suffix(tmp_path):
    for sample, renamed in ((EXPORTS / "firstagenda-udvalg.json", "moede-2024-03-11"),
                            (EXPORTS / "sbsys-udvalg.xml", "Publication7.dat")):
        copy = tmp_path / renamed
        copy.write_bytes(sample.read_bytes())
        assert parse_file(copy).to_dict()["documents"] == parse_file(sample).to_dict()["documents"]


def test_oversized_export_is_refused(tmp_path, monkeypatch):
    from ingest.errors import TooLarge
    from ingest.systems import load

    monkeypatch.setattr(load, "MAX_EXPORT_BYTES", 100)
    with pytest.raises(TooLarge, match="over the 0 MiB limit"):
        parse_file(EXPORTS / "firstagenda-udvalg.json")


def test_cpr_numbers_in_an_export_are_masked(tmp_path):
    data = json.loads((EXPORTS / "firstagenda-udvalg.json").read_text(encoding="utf-8"))
    data["Dagsordenpunkter"][2]["Felter"][0]["Html"] += "<p>Borger 010203-1234 har klaget.</p>"
    path = tmp_path / "cpr.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = parse_file(path)
    assert result.source.cpr_masked == 1
    assert "010203-1234" not in json.dumps(result.to_dict(), ensure_ascii=False)


# --- Word documents --------------------------------------------------------------------

def write_docx(path: Path) -> None:
    """A small referat as Word writes it: heading, paragraphs, a label/text table."""
    import docx

    d = docx.Document()
    d.add_heading("Referat", level=1)
    d.add_paragraph("Teknisk Udvalg")
    d.add_paragraph("Mødedato: 3. marts 2021 kl. 16:00")
    d.add_paragraph("Mødested: Rådhuset, lokale 2")
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "1.", "Udskiftning af gadebelysning"
    d.add_paragraph("Sagsnr.: 2021-004567")
    d.add_paragraph("Indstilling")
    d.add_paragraph("Forvaltningen indstiller, at belysningen udskiftes.")
    d.add_paragraph("Beslutning")
    d.add_paragraph("Godkendt.")
    d.save(str(path))


def test_docx_feeds_the_text_parser(tmp_path):
    path = tmp_path / "referat.docx"
    write_docx(path)
    result = parse_file(path)
    assert result.source.format == "docx"
    [doc] = result.documents
    assert (doc.body, doc.date) == ("Teknisk Udvalg", "2021-03-03")
    [one] = doc.items
    assert (one.number, one.title, one.case_numbers) == (
        "1", "Udskiftning af gadebelysning", ("2021-004567",))
    assert one.decision.outcome == Outcome.APPROVED


def test_damaged_docx_is_named(tmp_path):
    path = tmp_path / "damaged.docx"
    path.write_bytes(b"PK\x03\x04 this is not a whole zip package")
    with pytest.raises(CorruptDocument, match="not a readable .docx"):
        parse_file(path)


def test_registry_reads_the_new_suffixes():
    for suffix in (".json", ".xml", ".docx"):
        assert suffix in readers.READERS


# --- the development corpus -------------------------------------------------------------


def _printed_title(caption: str) -> str:
    title = " ".join(caption.split())
    return title[len("Lukket:"):].strip() if title.startswith("Lukket:") else title


@pytest.mark.corpus
@pytest.mark.parametrize("rel", dev_files(GREVE, "*.json"))
def test_every_greve_meeting_equals_its_json(dev, rel):
    """Each of the 245 meetings: items, numbers, titles, case numbers, closed flags, date
    and body as the JSON holds them, in the records parse_file makes of it (the shared
    archive leaves the Greve meetings out: see conftest)."""
    path = dev / rel
    raw = json.loads(path.read_text(encoding="utf-8"))
    [doc] = parse_file(path).documents
    expected = [(it["Number"], _printed_title(it["Caption"]),
                 (it["CaseNumber"].strip(),) if it["CaseNumber"].strip() else (),
                 it["Caption"].strip().startswith("Lukket:"))
                for it in raw["Dagsordenpunkter"]]
    got = [(it.number, it.title, it.case_numbers, it.closed) for it in doc.items]
    assert got == expected
    assert doc.date == raw["Moede"]["Dato"][:10]
    assert doc.body == fields.body_name(raw["Udvalg"]["Navn"])


@pytest.mark.corpus
def test_the_greve_meetings_cover_the_council_and_its_committees(dev):
    """All 245 meetings are there (each one checked above), and the council's and a
    committee's names become the bodies a reader knows."""
    files = sorted((dev / GREVE).glob("*.json"))
    assert len(files) == 245
    bodies = {(n, fields.body_name(n)) for n in
              (json.loads(p.read_text(encoding="utf-8"))["Udvalg"]["Navn"] for p in files)}
    assert ("Byråd 2022-2025", "Byrådet") in bodies
    assert ("Økonomiudvalget", "Økonomiudvalget") in bodies


@pytest.mark.corpus
def test_greve_decisions_attendance_and_history(dev):
    [doc] = parse_file(dev / GREVE / "greve-byraad-2022-2025_2025-03-19.json").documents
    assert (doc.body, doc.date, doc.start, doc.location) == (
        "Byrådet", "2025-03-19", "17:30", "Byrådssalen")
    roles = {p.name: p.role for p in doc.people}
    # 'Afbud: Torben Hoffmann (Stedfortræder: Conni Bergendorff), Tina Rottbøll' on every item
    assert (roles["Torben Hoffmann"], roles["Tina Rottbøll"], roles["Conni Bergendorff"]) == (
        "afbud", "afbud", "stedfortræder")
    decided = [it for it in doc.items if it.decision]
    assert all("Afbud" not in it.decision.text for it in decided)
    closed = item(doc, "6")
    assert closed.closed and closed.decision.text.startswith(
        "Byrådet godkendte Økonomiudvalgets indstilling.")
    assert item(doc, "35").decision is None  # 'Underskriftsark': nothing decided


@pytest.mark.corpus
def test_greve_not_released_decision_is_none(dev):
    [doc] = parse_file(dev / GREVE / "greve-oekonomiudvalget_2023-09-25.json").documents
    six = item(doc, "6")
    assert six.closed and six.decision is None  # 'Beslutning ikke frigivet'


@pytest.fixture(scope="module")
def greve_archive(dev, tmp_path_factory) -> Path:
    """An archive of the Greve meetings test_greve_decisions_are_listed_by_body asks
    about, the finance committee's from 2024 on (13), as the import of all 245 holds
    them, with one meeting of another committee beside them."""
    from search.importer import run_import

    folder = tmp_path_factory.mktemp("greve") / GREVE
    folder.mkdir()
    names = [p.name for p in (dev / GREVE).glob("greve-oekonomiudvalget_*.json")
             if p.name.split("_")[1] >= "2024"]
    for name in [*names, "greve-byraad-2022-2025_2025-03-19.json"]:
        shutil.copy(dev / GREVE / name, folder)
    index = folder.parent / "index"
    assert run_import([str(folder)], index, workers=2).ingested == len(names) + 1
    return index


@pytest.mark.corpus
def test_greve_decisions_are_listed_by_body(greve_archive):
    from search.decisions import decision_filter, decisions

    archive = greve_archive
    rows = [r.to_dict() for r in decisions(archive, decision_filter(
        archive, body="Økonomiudvalget", date_from=date(2024, 1, 1)))]
    assert len(rows) > 100
    assert {r["body"] for r in rows} == {"Økonomiudvalget"}
    assert all(r["date"] >= "2024-01-01" and r["outcome"] for r in rows)
    assert {"approved", "recommended", "noted"} <= {r["outcome"] for r in rows}


@pytest.mark.corpus
def test_ballerup_edoc_xml_matches_the_meeting(dev):
    doc = meeting(dev / "ballerup-edoc-2012" / "eDocAgendaPublishing_2012-12-04.xml")
    assert (doc.body, doc.date, doc.start) == ("Sundheds- og Forebyggelsesudvalget",
                                              "2012-12-04", "13:00")
    assert [it.number for it in doc.items] == [str(n) for n in range(1, 9)]
    assert item(doc, "2").title == "Bygningsvedligeholdelse 2013 - anlægsbevilling"
    assert item(doc, "2").case_numbers == ("2012-28504",)
    assert [a.file for a in item(doc, "5").attachments] == ["1548343.PDF", "1543229.PDF"]
    assert [it.decision.outcome.value for it in doc.items] == [
        "noted", "approved", "recommended", "approved", "approved", "approved", "approved",
        "noted"]
    assert ("Lolan Ottesen", "formand", "A") in [(p.name, p.role, p.party) for p in doc.people]


@pytest.mark.corpus
def test_ballerup_export_and_pdf_describe_the_meeting_alike(dev):
    folder = dev / "ballerup-edoc-2012"
    export = meeting(folder / "eDocAgendaPublishing_2012-12-04.xml")
    pdf = next(d for d in parse_file(folder / "ballerup-sfu_referat_2012-12-04.pdf").documents
               if d.items)
    assert (export.body, export.date) == (pdf.body, pdf.date)
    assert [(i.number, i.title, i.case_numbers) for i in export.items] == \
        [(i.number, i.title, i.case_numbers) for i in pdf.items]


@pytest.mark.corpus
@pytest.mark.parametrize("name, numbers, closed", [
    ("middelfart-testudvalg_dagsorden_2017-05-02_v1.xml", ["2", "3", "4", "5", "6"], []),
    ("middelfart-testudvalg_dagsorden_2017-05-02_v2.xml", ["1", "2", "3", "4", "5", "6"],
     ["5", "6"]),
])
def test_middelfart_fujitsu_xml(dev, name, numbers, closed):
    doc = meeting(dev / "middelfart-edoc-fujitsu-2017" / name)
    assert (doc.body, doc.date, doc.start, doc.end, doc.location) == (
        "Hennys testudvalg", "2017-05-02", "10:00", "11:00", "Mødelokale 1, Midtpunkt")
    assert [it.number for it in doc.items] == numbers
    assert [it.number for it in doc.items if it.closed] == closed
    assert all(it.decision is None for it in doc.items)  # 'Beslutning ikke frigivet'
    assert doc.kind.value == "dagsorden"
    four = next(it for it in doc.items if it.case_numbers == ("2013-000038",))
    assert four.proposal == "At anlægsregnskabet for de fire anlægsprojekter godkendes."


@pytest.mark.corpus
def test_sbsys_publications(dev):
    ballerup = meeting(dev / "sbsys-publications" / "ballerup-2013" / "Publication32.xml")
    assert (ballerup.body, ballerup.date, ballerup.start, ballerup.end) == (
        "KMB IT-udvalget", "2013-05-15", "16:30", "18:00")
    assert [it.title for it in ballerup.items][:2] == [
        "Meddelelser",
        "Oplæg til standard it-arbejdsplads for Kommunalbestyrelsens medlemmer i 2014-2018"]
    assert [(a.number, a.title, a.file) for a in item(ballerup, "3").attachments] == [
        (1, "Brev fra KL til Kommunalbestyrelsen vedr Monopolbrud", "1.pdf")]
    region = meeting(dev / "sbsys-publications" / "region-hovedstaden-2012" /
                     "Publication553.xml")
    assert (region.body, region.title, region.location) == (
        "Forretningsudvalget", "Ekstraordinært forretningsudvalgsmøde", "H2")
    assert len(region.items) == 4 and len(item(region, "1").attachments) == 6
    # item 1 logs the 18 September meeting's 'Sagen udsat': history, not this meeting's
    assert item(region, "1").decision is None
    assert [s.heading for s in item(region, "1").sections][:2] == [
        "PUNKTET BEHANDLET TIDLIGERE", "ADMINISTRATIONENS INDSTILLING"]


@pytest.mark.parametrize("library, home", [("docx", {"ingest.systems.word"}),
                                           ("defusedxml", {"ingest.systems.load"})])
def test_one_adapter_per_export_library(library, home):
    from tests.test_layering import imports

    users = {f for pkg in ("ingest", "index", "search") for f, m in imports(pkg)
             if m.split(".")[0] == library}
    assert users == home


@pytest.mark.parametrize("value, iso, hhmm", [
    ("2022-01-10T08:00:00+01:00", "2022-01-10", "08:00"),
    ("2023-06-19T15:00:00Z", "2023-06-19", "17:00"),  # UTC written, local time given
    ("/Date(1687186800000)/", "2023-06-19", "17:00"),
    ("04-12-2012 13:00:00", "2012-12-04", "13:00"),
    ("01-01-0001 00:00", None, None),
    ("", None, None),
])
def test_export_timestamps(value, iso, hhmm):
    moment = fields.local_time(value, ("%d-%m-%Y %H:%M:%S", "%d-%m-%Y %H:%M"))
    assert (fields.iso_date(moment), fields.hhmm(moment)) == (iso, hhmm)


def test_import_reads_exports_and_skips_other_json_with_the_reason(tmp_path):
    import shutil

    from search.importer import run_import
    from search.searcher import search

    folder = tmp_path / "arkiv"
    folder.mkdir()
    for name in ("firstagenda-udvalg.json", "sbsys-udvalg.xml", "bad/not-a-meeting.json"):
        shutil.copy(EXPORTS / name, folder)
    first = run_import([str(folder)], tmp_path / "ix", workers=1)
    assert (first.ingested, first.failed) == (2, [])
    assert [(Path(s["path"]).name, s["reason"]) for s in first.skipped] == [
        ("not-a-meeting.json", "JSON without FirstAgenda meeting keys (Dagsordenpunkter, "
                               "Moede); it has features, type: not a meeting export")]
    assert first.items == 7
    hits = search(tmp_path / "ix", "trafiksikkerhedsplan").hits
    assert [(h.item_number, h.body) for h in hits][:1] == [("2", "Teknik- og Miljøudvalget")]
    # an attachment is found by its name, on its item
    assert [h.item_number for h in search(tmp_path / "ix", "uheldskort").hits] == ["2"]
    again = run_import([str(folder)], tmp_path / "ix", workers=1)
    assert (again.ingested, again.unchanged, len(again.skipped)) == (0, 2, 1)


def test_a_hash_that_looks_like_a_cpr_number_is_kept():
    """Ten digits of a sha256 can form a valid CPR number; the source keeps its hash,
    or the catalog files the records under another one and parses the file again."""
    from ingest.privacy import mask_records
    from ingest.records import Source

    sha = "21ba9a7e5f46ee07632f7c596282ce59774fac2911907102aae5f9d71fdd5a4c"
    result = ParseResult(Source("a.json", sha, "firstagenda-json", 0), ())
    assert mask_records(result) == (result, 0)
