"""The real-news quotation gold: units rebuild from ../shared, offsets are clean, both parts are used."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent / "data"
sys.path.insert(0, str(DATA))

import real_quotes  # noqa: E402

_EDGE = re.compile(r"^\s|\s$")


@pytest.fixture(scope="module")
def units() -> list[dict]:
    if not (real_quotes.SHARED / "ru" / "gazeta_dev.jsonl").exists():
        pytest.skip("shared data not available")
    if not real_quotes.GOLD.exists():
        pytest.skip("no annotations yet")
    return real_quotes.load()


def test_units_file_names_both_languages_and_parts():
    rows = [json.loads(line) for line in real_quotes.UNITS.open(encoding="utf-8")]
    assert {(r["lang"], r["part"]) for r in rows} == {(lang, part) for lang in ("ru", "ba")
                                                      for part in ("dev", "test", "dev2", "dev3")}
    assert all(r["part"] == real_quotes.part_of(r["unit"]) for r in rows if r["part"] in ("dev", "test"))
    for later in ("dev2", "dev3"):  # a later batch shares no article with the units drawn before it
        earlier = {real_quotes._article(r) for r in rows[:min(i for i, r in enumerate(rows) if r["part"] == later)]}
        assert not earlier & {real_quotes._article(r) for r in rows if r["part"] == later}
    assert "text" not in rows[0]  # the corpus text is never stored in the project


def test_gold_rebuilds_with_clean_spans(units):
    assert sum(len(u["quotes"]) for u in units if u["lang"] == "ru") >= 300
    assert sum(len(u["quotes"]) for u in units if u["lang"] == "ba") >= 300
    for unit in units:
        for q in unit["quotes"]:
            span = unit["text"][q["start"]:q["stop"]]
            assert span and not _EDGE.search(span), (unit["unit"], span[:40])
            assert q["kind"] in ("direct", "indirect")


def test_negatives_are_present(units):
    assert any(not u["quotes"] and "«" in u["text"] for u in units)
