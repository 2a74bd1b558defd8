import json, re, sys, glob, os, html
import pdfplumber
def txt(path):
    if path.endswith(".pdf"):
        with pdfplumber.open(path) as p:
            return "\n".join(pg.extract_text() or "" for pg in p.pages)
    b = open(path, "rb").read()
    for enc in ("utf-8", "cp1252", "latin-1"):
        try:
            t = b.decode(enc); break
        except UnicodeDecodeError: pass
    if path.endswith(".html"):
        t = html.unescape(re.sub(r"<[^>]+>", " ", t))
    return t
def n(s): return re.sub(r"\s+", " ", s).strip()
for g in sorted(glob.glob("../gold/*.json")):
    G = json.load(open(g))
    T = n(txt(os.path.join("../corpus", G["file"])))
    bad = []
    for d in G["documents"]:
        for c in d["case_numbers"]:
            if c not in T: bad.append(("case", c))
        for p in d["people"]:
            if p["name"] not in T: bad.append(("person", p["name"]))
        for f in ("body", "location"):
            if d[f] and d[f] not in T: bad.append((f, d[f]))
        for it in d["items"]:
            if it["title"] not in T: bad.append(("title", it["number"], it["title"]))
            if it["decision"] and it["decision"]["text"] not in T: bad.append(("dec", it["number"], it["decision"]["text"][:60]))
            for c in it["case_numbers"]:
                if c not in d["case_numbers"]: bad.append(("itemcase-not-in-doc", c))
    print(G["file"], len(G["documents"]), sum(len(d["items"]) for d in G["documents"]), "OK" if not bad else bad)
