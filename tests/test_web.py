"""`referat serve`: the web pages over a real tiny archive (samples/ plus a hostile
document), through Starlette's TestClient; and the same pages in a real headless
Chromium driven by Playwright."""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from starlette import testclient as starlette_testclient
from typer.testing import CliRunner

from search.web import PAGE_SIZE
from tests.conftest import SAMPLES, SEED_PDF

CPR = "010203-1234"  # a well-formed CPR number in the hostile document
# One xdist worker runs this module: the archive, the server and the browser start once.
pytestmark = pytest.mark.xdist_group("web")
HOSTILE = f"""Referat af mødet i Teknisk Udvalg

Dato: 4. marts 2024
Sted: Rådhuset

Pkt. 1 Klage over <script>alert('xss')</script> vejbump
Sag: 24/00517
Borgeren med CPR {CPR} klager over vejbump. Teksten "><img src=x onerror=alert(1)> står i klagen.
Beslutning: Godkendt.
"""


@pytest.fixture(scope="module")
def web_archive(tmp_path_factory) -> Path:
    """samples/ and one document whose text holds markup and a CPR number, imported."""
    from search.importer import run_import

    root = tmp_path_factory.mktemp("web")
    files = root / "files"
    shutil.copytree(SAMPLES, files / "samples")
    (files / "klage-vejbump.txt").write_text(HOSTILE, encoding="utf-8")
    index_dir = root / "index"
    summary = run_import([str(files)], index_dir, workers=2)
    assert summary.ingested > 0
    return index_dir


@pytest.fixture(scope="module")
def client(web_archive):
    from search.web import make_app

    with starlette_testclient.TestClient(make_app(web_archive)) as c:
        yield c


def cli_json(*args: str):
    from search.cli import app

    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def links(html: str, prefix: str) -> list[str]:
    """The hrefs of a page that start with a prefix (HTML entities undone)."""
    found = re.findall(r'href="(' + re.escape(prefix) + r'[^"]*)"', html)
    return [h.replace("&amp;", "&") for h in found]


def total_of(html: str) -> int:
    found = re.search(r'id="total">\s*(\d+) resultat', html)
    return int(found.group(1)) if found else 0


# --- the search page --------------------------------------------------------------------

def test_search_page_shows_hits_with_highlight_links_and_exact_total(client, web_archive):
    page = client.get("/", params={"q": "efterværn"})
    assert page.status_code == 200
    expected = cli_json("search", "efterværn", "--index", str(web_archive), "--format", "json",
                        "--limit", "0")
    assert total_of(page.text) == expected["total"] > 0
    assert "<mark>efterværn</mark>" in page.text
    assert links(page.text, "/item/")[0] == f"/item/{expected['hits'][0]['id']}"
    assert all(re.fullmatch(r"/file/[0-9a-f]{64}#page=\d+", u) for u in links(page.text, "/file/"))
    assert 'lang="da"' in page.text and "Søg" in page.text


def test_search_json_is_the_cli_json(client, web_archive):
    web = client.get("/", params={"q": "efterværn", "format": "json"})
    assert web.headers["content-type"].startswith("application/json")
    cli = cli_json("search", "efterværn", "--index", str(web_archive), "--format", "json",
                   "--facets", "--limit", str(PAGE_SIZE))
    assert web.json() == cli


@pytest.mark.parametrize("facet", ["udvalg", "type", "beslutning", "fra"])
def test_a_facet_link_narrows_to_its_count(client, facet):
    page = client.get("/").text
    link = next(u for u in links(page, "/?") if f"{facet}=" in u)
    count = int(re.search(re.escape(link.replace("&", "&amp;")) + r'">[^<]*</a>\s*'
                          r'<span class="count">(\d+)', page).group(1))
    narrowed = client.get(link)
    assert narrowed.status_code == 200
    assert total_of(narrowed.text) == count
    data = client.get(link + "&format=json").json()
    assert data["total"] == count


def test_year_facet_keeps_only_that_year(client):
    page = client.get("/").text
    link = next(u for u in links(page, "/?fra="))
    year = parse_qs(urlsplit(link).query)["fra"][0][:4]
    data = client.get(link + "&format=json").json()
    assert data["hits"] and all(h["date"].startswith(year) for h in data["hits"])


def test_date_range_and_sort_by_date(client):
    data = client.get("/", params={"q": "*", "fra": "2020-01-01", "til": "2024-12-31",
                                   "sort": "date", "format": "json"}).json()
    dates = [h["date"] for h in data["hits"]]
    assert dates and dates == sorted(dates)
    assert all("2020-01-01" <= d <= "2024-12-31" for d in dates)
    newest = client.get("/", params={"q": "*", "sort": "-date", "format": "json"}).json()
    dated = [h["date"] for h in newest["hits"] if h["date"]]
    assert dated == sorted(dated, reverse=True)


def test_without_words_the_page_lists_newest_first(client):
    for params in ({}, {"type": "referat"}):
        data = client.get("/", params={**params, "format": "json"}).json()
        dated = [h["date"] for h in data["hits"] if h["date"]]
        assert data["total"] > 0 and dated == sorted(dated, reverse=True)


def test_pages_follow_each_other_without_repeats(client):
    first = client.get("/", params={"format": "json"}).json()
    second = client.get("/", params={"side": "2", "format": "json"}).json()
    assert first["total"] == second["total"] > PAGE_SIZE
    assert not {h["id"] for h in first["hits"]} & {h["id"] for h in second["hits"]}
    assert 'rel="next"' in client.get("/").text


@pytest.mark.parametrize("params, words", [
    ({"q": '"unclosed'}, "unclosed quote"),
    ({"q": "vej", "fra": "ikke en dato"}, "fra:"),
    ({"q": "vej", "fra": "2024-05-01", "til": "2024-01-01"}, "empty"),
])
def test_a_bad_search_is_one_line_not_a_traceback(client, params, words):
    page = client.get("/", params=params)
    assert page.status_code == 400
    assert words in page.text and "Traceback" not in page.text
    data = client.get("/", params={**params, "format": "json"})
    assert data.status_code == 400 and words in data.json()["error"]


# --- item, case and person pages ----------------------------------------------------------

def _decided_item(client) -> str:
    data = client.get("/", params={"q": "høring beslutning:recommended sag:19/11234",
                                   "format": "json"}).json()
    return data["hits"][0]["id"]


def test_item_page_shows_the_record_with_links(client):
    item = client.get(f"/item/{_decided_item(client)}")
    assert item.status_code == 200
    html = item.text
    assert "Beslutning" in html and "Anbefalet" in html and "Høring om kvalitetsstandard" in html
    assert links(html, "/case/") and links(html, "/person/")
    assert re.search(r'href="/file/[0-9a-f]{64}#page=\d+"', html)


def test_item_json_is_the_cli_show_json(client, web_archive):
    doc_id = _decided_item(client)
    web = client.get(f"/item/{doc_id}", params={"format": "json"}).json()
    assert web == cli_json("show", doc_id, "--index", str(web_archive), "--format", "json")
    assert web["item"]["decision"]["outcome"] == "recommended"


def test_case_page_lists_the_case_timeline(client, web_archive):
    html = client.get(f"/item/{_decided_item(client)}").text
    case_link = links(html, "/case/")[0]
    page = client.get(case_link)
    assert page.status_code == 200
    number = unquote(case_link.rsplit("/", 1)[1])
    rows = cli_json("case", number, "--index", str(web_archive), "--format", "json")
    assert client.get(case_link, params={"format": "json"}).json() == rows
    assert len(links(page.text, "/item/")) == len(rows)


def test_person_page_lists_where_a_person_appears(client, web_archive):
    html = client.get(f"/item/{_decided_item(client)}").text
    person_link = links(html, "/person/")[0]
    page = client.get(person_link)
    assert page.status_code == 200
    name = unquote(person_link.rsplit("/", 1)[1])
    people = cli_json("people", name, "--index", str(web_archive), "--format", "json")
    assert client.get(person_link, params={"format": "json"}).json() == people
    assert name in page.text and links(page.text, "/item/")


@pytest.mark.parametrize("url", ["/item/0000000000000000-0-0", "/item/nonsense",
                                 "/case/ikke-et-sagsnummer", "/person/Ingen%20Saadan",
                                 "/ingen/side"])
def test_unknown_things_are_404_pages(client, url):
    page = client.get(url)
    assert page.status_code == 404
    assert 'role="alert"' in page.text


# --- source files -------------------------------------------------------------------------

def test_a_hit_opens_its_source_file_at_the_page(client):
    page = client.get("/", params={"q": "efterværn"}).text
    link = links(page, "/file/")[0]
    got = client.get(link.split("#")[0])
    assert got.status_code == 200
    assert got.headers["content-type"] == "application/pdf"
    assert hashlib.sha256(got.content).hexdigest() == link[6:70]
    assert got.content == SEED_PDF.read_bytes()


@pytest.mark.parametrize("url", [
    "/file/../../../../etc/passwd", "/file/..%2F..%2F..%2Fetc%2Fpasswd",
    "/file/%2Fetc%2Fpasswd", "/file/" + "0" * 64, "/file/" + "A" * 64,
    "/static/../web.py", "/static/..%2Fweb.py", "/static/%2e%2e/web.py",
    "/item/..%2F..%2Fcatalog.sqlite", "/case/..%2F..%2Fcatalog.sqlite",
])
def test_paths_from_the_url_never_reach_the_file_system(client, url):
    got = client.get(url)
    assert got.status_code == 404
    assert b"root:" not in got.content and b"import " not in got.content


def test_only_files_the_catalog_holds_are_served(client, tmp_path):
    outside = tmp_path / "hemmelig.txt"
    outside.write_text("ikke i arkivet")
    sha = hashlib.sha256(outside.read_bytes()).hexdigest()
    assert client.get(f"/file/{sha}").status_code == 404


# --- hostile text and privacy -------------------------------------------------------------

def test_markup_in_a_document_is_shown_as_text(client):
    page = client.get("/", params={"q": "vejbump"})
    item = client.get(links(page.text, "/item/")[0])
    for html in (page.text, item.text):
        assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in item.text and "&lt;img src=x onerror" in item.text


def test_cpr_numbers_are_never_shown(client):
    page = client.get("/", params={"q": "vejbump"})
    item_url = links(page.text, "/item/")[0]
    shown = [page.text, client.get("/", params={"q": "vejbump", "format": "json"}).text,
             client.get(item_url).text, client.get(item_url, params={"format": "json"}).text]
    for text in shown:
        assert "klager over vejbump" in text.replace("\\n", " ") or "vejbump" in text
        assert CPR not in text and CPR.replace("-", "") not in text


def test_a_source_file_holding_a_cpr_number_is_withheld(client):
    page = client.get("/", params={"q": "vejbump"})
    item = client.get(links(page.text, "/item/")[0])
    got = client.get(links(item.text, "/file/")[0].split("#")[0])
    assert got.status_code == 403
    assert "CPR" in got.text and CPR not in got.text


def test_serve_without_an_archive_is_one_line(tmp_path):
    from search.cli import app

    result = CliRunner().invoke(app, ["serve", "--index", str(tmp_path / "nothing")])
    assert result.exit_code == 2  # no archive: a usage error
    assert result.output.strip().startswith("referat: error: no archive at")
    assert "Traceback" not in result.output


# --- a real headless Chromium -------------------------------------------------------------

def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


needs_chromium = pytest.mark.skipif(
    not _chromium() and os.environ.get("CI") != "true",
    reason="needs Debian's chromium for the browser test: apt-get install -y chromium")


@pytest.fixture(scope="module")
def server(web_archive):
    """The app served by uvicorn on a free local port, in a thread of this process."""
    import socket

    import uvicorn

    from search.web import make_app

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(make_app(web_archive), log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "the web server did not start"
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    srv.should_exit = True
    thread.join(10)
    sock.close()


@pytest.fixture(scope="module")
def browser_page(server):
    if os.environ.get("CI") == "true":
        from playwright import sync_api  # CI installs it: a missing one fails there
    else:
        sync_api = pytest.importorskip("playwright.sync_api",
                                       reason="needs playwright: pip install -e '.[test]'")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=_chromium(), headless=True,
                                    args=["--no-sandbox"])  # root in CI: no user namespace
        page = browser.new_page()
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.dialogs = dialogs
        yield page
        browser.close()


@needs_chromium
def test_browser_search_facet_item_and_source(server, browser_page):
    page = browser_page
    page.goto(server + "/")
    page.fill("input[name=q]", "efterværn")
    page.press("input[name=q]", "Enter")
    page.wait_for_url(re.compile(r".*q=efterv"))
    assert total_of(page.content()) > 0
    assert page.locator(".hit mark").count() > 0

    facet = page.locator(".facet").first.locator("a").first
    count = int(facet.locator("xpath=following-sibling::span[@class='count']").inner_text())
    facet.click()
    page.wait_for_url(re.compile(r".*udvalg="))
    assert total_of(page.content()) == count

    page.locator("a.item-link").first.click()
    page.wait_for_url(re.compile(r".*/item/"))
    assert page.locator("h1").first.inner_text().strip()

    href = page.locator("a.file-link").first.get_attribute("href")
    assert re.fullmatch(r"/file/[0-9a-f]{64}#page=\d+", href)
    got = page.request.get(server + href.split("#")[0])
    assert got.status == 200 and got.headers["content-type"] == "application/pdf"
    assert got.body().startswith(b"%PDF")


@needs_chromium
def test_browser_shows_markup_as_text(server, browser_page):
    page = browser_page
    page.goto(server + "/?q=vejbump")
    page.locator("a.item-link").first.click()
    page.wait_for_url(re.compile(r".*/item/"))
    assert "<script>alert('xss')</script>" in page.locator("h1").inner_text()
    assert '"><img src=x onerror=alert(1)>' in page.locator("main").inner_text()
    assert page.locator("main img").count() == 0 and page.locator("main script").count() == 0
    assert page.dialogs == []
    assert page.request.get(server + "/file/..%2F..%2Fetc%2Fpasswd").status == 404


def test_the_page_sees_what_an_import_adds_while_it_runs(tmp_path):
    from search.importer import run_import
    from search.web import make_app

    files = tmp_path / "files"
    files.mkdir()
    (files / "a.txt").write_text(HOSTILE, encoding="utf-8")
    index_dir = tmp_path / "index"
    run_import([str(files)], index_dir, workers=1)
    with starlette_testclient.TestClient(make_app(index_dir)) as c:
        asked = {"q": "skaterbane", "format": "json"}
        assert c.get("/", params=asked).json()["total"] == 0
        (files / "b.txt").write_text(HOSTILE.replace("vejbump", "skaterbane"), encoding="utf-8")
        run_import([str(files)], index_dir, workers=1)
        assert c.get("/", params=asked).json()["total"] == 1


def test_facets_fold_long_lists_and_list_years_newest_first():
    from search.web import FACET_SHOWN, Ask, facet_links

    [bodies, years] = facet_links(Ask(q="vej"), {
        "body": {f"Udvalg {i}": 100 - i for i in range(FACET_SHOWN + 3)},
        "year": {"2019": 5, "2024": 1, "(ukendt)": 3}})
    assert len(bodies["values"]) == FACET_SHOWN and len(bodies["more"]) == 3
    assert bodies["values"][0]["url"] == "/?q=vej&udvalg=Udvalg+0"
    assert [v["value"] for v in years["values"]] == ["2024", "2019", "(ukendt)"]
    assert years["values"][0]["url"] == "/?q=vej&fra=2024-01-01&til=2024-12-31"
    assert years["values"][2]["url"] is None  # an unknown year is not a filter
