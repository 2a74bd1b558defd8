import json, glob, re, html
import pdfplumber
def text_of(path):
    if path.endswith(".pdf"):
        with pdfplumber.open(path) as pdf:
            return "\n".join(p.extract_text() or "" for p in pdf.pages)
    raw = open(path, "rb").read()
    try: t = raw.decode("utf-8")
    except UnicodeDecodeError: t = raw.decode("cp1252")
    if path.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return t
n = lambda s: re.sub(r"\s+", " ", s or "").strip()
for g in sorted(glob.glob("gold/**/*.json", recursive=True)):
    d = json.load(open(g)); t = n(text_of("corpus/" + d["file"]))
    miss = []
    for doc in d["documents"]:
        for f in ("title", "location", "body"):
            if doc.get(f) and n(doc[f]) not in t: miss.append((f, doc[f]))
        for c in doc["case_numbers"]:
            if c not in t: miss.append(("case", c))
        for p in doc["people"]:
            if n(p["name"]) not in t: miss.append(("person", p["name"]))
        for it in doc["items"]:
            if n(it["title"]) not in t: miss.append(("title", it["title"]))
            if it["decision"] and n(it["decision"]["text"]) not in t: miss.append(("dec", it["number"], it["decision"]["text"][:70]))
    print(d["file"], "OK" if not miss else miss)
