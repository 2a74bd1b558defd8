"""A period said in words keeps its first and last years whole (issue 11).

'under krigen' is 1939-09-01 .. 1945-05-31, and was a strict filter on those days. The
minute books of the autumn of 1945 still deal out ration cards (Købekort) and wartime
grants, and readers asking about 'kort til at købe mad og tøj under krigen' count them
(heldout4 u14; 12 answers of 6 questions over five sets lay outside the exact days). Now
the whole years 1939-1945 pass, the days outside the period ranked lower, as a year said
in passing ranks other years lower.
"""
from __future__ import annotations

import pytest

from search.query import Filters, plan
from search.searcher import search
from search.understand import understand


def test_the_period_is_its_whole_years_with_its_days_preferred():
    words, findings, _ = understand("kort til at købe mad og tøj under krigen")
    dates = [(f.values, f.strict) for f in findings if f.kind == "date"]
    assert dates == [(("1939-01-01", "1945-12-31"), True),
                     (("1939-09-01", "1945-05-31"), False)]
    assert "krigen" not in words
    lines = plan("kort til at købe mad og tøj under krigen", Filters(), None).explain()
    assert "date: 'under krigen' -> 1939-09-01 .. 1945-05-31 preferred" in lines


@pytest.mark.corpus  # the dev corpus's minutes, in the shared archive
def test_ration_cards_of_the_autumn_of_1945_are_found(archive):
    """The real archive: Beder-Malling's minutes grant new Købekort in August-October
    1945; the wartime items stay first."""
    hits = search(archive, "kort til at købe mad og tøj under krigen", limit=10).hits
    late = [h for h in hits if h.date > "1945-05-31"]
    assert any("Købekort" in (h.item_title or "") for h in late)
    assert all("1939-01-01" <= h.date <= "1945-12-31" for h in hits)
