import json, re, sys
from pathlib import Path
R = Path(__file__).resolve().parent.parent
OUT = {"approved","recommended","noted","discussed","referred","postponed","rejected","withdrawn","other"}
for g in sorted((R/"gold").glob("*.json")):
    d = json.loads(g.read_text())
    assert (R/"corpus"/d["file"]).exists(), d["file"]
    assert g.name == d["file"] + ".json"
    n = 0
    for doc in d["documents"]:
        assert doc["kind"] in {"referat","dagsorden","indstilling","notat","bilag","rapport","andet"}
        assert doc["date"] is None or re.fullmatch(r"\d{4}-\d\d-\d\d", doc["date"])
        for k in ("start","end"):
            assert doc[k] is None or re.fullmatch(r"\d\d:\d\d", doc[k])
        for p in doc["people"]:
            assert p["party"] is None or re.fullmatch("[A-ZÆØÅ]", p["party"])
        nums = [i["number"] for i in doc["items"]]
        assert len(nums) == len(set(nums)), nums
        for i in doc["items"]:
            n += 1
            if i["decision"]:
                assert i["decision"]["outcome"] in OUT
            if doc["kind"] == "dagsorden":
                assert i["decision"] is None
        allc = [c for i in doc["items"] for c in i["case_numbers"]]
        for c in allc:
            assert c in doc["case_numbers"], (g.name, c)
    print(f"{d['file']}: docs={len(d['documents'])} items={n}")
