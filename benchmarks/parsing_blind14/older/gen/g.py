import json
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent


def item(number, title, dec=None, outcome=None, cases=(), closed=False, proposal=False):
    return {"number": number, "title": title, "case_numbers": list(cases), "closed": closed,
            "proposal_present": proposal,
            "decision": ({"text": dec, "outcome": outcome} if dec is not None else None)}


def person(name, role=None, party=None):
    return {"name": name, "role": role, "party": party}


def doc(kind, title, body, date, start=None, end=None, location=None, cases=(), people=(),
        attachment_of=None, items=()):
    return {"kind": kind, "title": title, "body": body, "date": date, "start": start, "end": end,
            "location": location, "case_numbers": list(cases), "people": list(people),
            "attachment_of": attachment_of, "items": list(items)}


def write_gold(fname, notes, documents):
    out = {"file": fname, "notes": notes, "documents": documents}
    p = ROOT / "gold" / (fname + ".json")
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
