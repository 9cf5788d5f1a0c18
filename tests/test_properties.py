"""Property-based tests (hypothesis) over the public API: any text, no error, exact spans."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bisumm

# Words and marks that make the generated text look like news in both languages,
# mixed with arbitrary Unicode (control characters and NUL included).
PIECES = ["Хабиров", "Башҡортостан", "тине", "заявил", "«", "»", "„", "“", '"', "—", "–", "-", ":", ",",
          ".", "!", "?", "…", "\n", "\n\n", "\r\n", " ", "  ", "\u00ad", "т. е.", "г.", "й.", "Л.Н.",
          "2023", "Өфө", "ҙур", "республикаhы", "ёлка", "\t", "\x00", "\u200b", "ул", "он", "по словам"]
text_strategy = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=80).map("".join),
)
fast = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def assert_spans(text: str, records) -> None:
    last = -1
    for r in records:
        assert 0 <= r.start <= r.stop <= len(text)
        assert text[r.start:r.stop] == r.text
        assert r.start >= last
        last = r.start


@fast
@given(text_strategy)
def test_sentences_are_exact_ordered_spans(text):
    sents = bisumm.sentences(text)
    assert_spans(text, sents)
    for a, b in zip(sents, sents[1:]):
        assert a.stop <= b.start
    assert all(s.text.strip() for s in sents)


@fast
@given(text_strategy)
def test_detect_returns_a_valid_detection(text):
    d = bisumm.detect(text)
    assert isinstance(d.lang, str) and d.lang
    assert 0.0 <= d.confidence <= 1.0
    assert bisumm.detect(text) == d


@fast
@given(text_strategy, st.sampled_from([{}, {"length": "long"}, {"sentences": 2}, {"words": 15},
                                       {"chars": 120}, {"ratio": 0.5}]))
def test_summaries_are_sentences_of_the_input_in_order(text, budget):
    summary = bisumm.summarize(text, **budget)
    assert_spans(text, summary.sentences)
    all_sentences = {(s.start, s.stop) for s in bisumm.sentences(text)}
    assert {(s.start, s.stop) for s in summary.sentences} <= all_sentences
    assert [s.start for s in summary.sentences] == sorted(s.start for s in summary.sentences)
    if "sentences" in budget:
        assert len(summary.sentences) <= budget["sentences"]
    again = bisumm.summarize(text, **budget)
    assert json.dumps(again.to_dict(), ensure_ascii=False) == json.dumps(summary.to_dict(), ensure_ascii=False)


@fast
@given(text_strategy)
def test_quotes_are_exact_spans(text):
    found = bisumm.quotes(text)
    assert_spans(text, found)
    for q in found:
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start <= q.speaker_stop <= len(text)
        assert q.kind in ("direct", "indirect")
        assert 0.0 <= q.confidence <= 1.0
    assert bisumm.quotes(text) == found
