"""The blind held-out quote gold set is well-formed (spans, keys, coverage) — not its scores."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
GOLD = DATA / "quotes_heldout.jsonl"
GOLD2 = DATA / "quotes_heldout2.jsonl"
QUOTE_KEYS = {"start", "stop", "text", "speaker", "kind", "title", "official", "pattern"}


def _rows(path: Path = GOLD) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


ROWS = _rows()
ROWS2 = _rows(GOLD2)


@pytest.mark.parametrize("row", ROWS + ROWS2, ids=[r["id"] for r in ROWS + ROWS2])
def test_record_is_well_formed(row):
    assert set(row) == {"id", "lang", "text", "quotes"}
    assert row["lang"] in {"ru", "ba"}
    text = row["text"]
    assert text.strip()
    previous_stop = 0
    for q in row["quotes"]:
        assert set(q) == QUOTE_KEYS
        assert 0 <= q["start"] < q["stop"] <= len(text)
        assert text[q["start"]:q["stop"]] == q["text"]
        assert q["text"] == q["text"].strip()
        assert q["start"] >= previous_stop, "quotes are sorted and do not overlap"
        previous_stop = q["stop"]
        assert q["kind"] in {"direct", "indirect"}
        assert isinstance(q["official"], bool)
        assert q["speaker"] is None or (isinstance(q["speaker"], str) and q["speaker"].strip())
        assert q["title"] is None or isinstance(q["title"], str)
        assert isinstance(q["pattern"], str) and q["pattern"]


def test_quoted_words_exclude_quote_marks_and_author_punctuation():
    for row in ROWS:
        for q in row["quotes"]:
            # inner „…“ may open or close the quoted words; outer marks and dashes may not
            assert q["text"][0] not in "«»\"—–-, ", (row["id"], q["text"])
            assert q["text"][-1] not in "«»—–-,.:; ", (row["id"], q["text"])


def test_coverage_meets_the_brief():
    for lang in ("ru", "ba"):
        mine = [r for r in ROWS if r["lang"] == lang]
        quotes = [q for r in mine for q in r["quotes"]]
        assert len(quotes) >= 45
        assert sum(q["kind"] == "indirect" for q in quotes) >= 10
        assert sum(q["official"] for q in quotes) >= 20
        assert sum(not q["official"] for q in quotes) >= 10
    negatives = [r for r in ROWS if not r["quotes"]]
    assert len(negatives) >= 15
    assert len({r["id"] for r in ROWS}) == len(ROWS)


def test_builder_reproduces_the_file():
    spec = importlib.util.spec_from_file_location("build_quotes_heldout",
                                                  DATA / "build_quotes_heldout.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.records() == ROWS


def test_second_heldout_covers_both_languages_and_negatives():
    for lang in ("ru", "ba"):
        quotes = [q for r in ROWS2 if r["lang"] == lang for q in r["quotes"]]
        assert len(quotes) >= 20 and any(q["kind"] == "indirect" for q in quotes)
        assert any(not r["quotes"] for r in ROWS2 if r["lang"] == lang)
    assert len({r["id"] for r in ROWS + ROWS2}) == len(ROWS) + len(ROWS2)
