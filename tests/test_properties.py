"""Property-based tests (hypothesis) over the public API: any text, no error, exact spans."""

from __future__ import annotations

import json
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bisumm

# Words and marks that make the generated text look like news in both languages,
# mixed with arbitrary Unicode (control characters and NUL included).
PIECES = ["Хабиров", "Башҡортостан", "тине", "заявил", "«", "»", "„", "“", '"', "—", "–", "-", ":", ",",
          ".", "!", "?", "…", "\n", "\n\n", "\r\n", " ", "  ", "\u00ad", "т. е.", "г.", "й.", "Л.Н.",
          "2023", "Өфө", "ҙур", "республикаhы", "ёлка", "\t", "\x00", "\u200b", "ул", "он", "по словам"]


def _named(ch: str) -> bool:
    """False for letters without a Unicode name (Tangut...): pymorphy3 fails on them in quotes().

    Known bug, pinned by ``tests/test_regressions.py::test_quotes_survive_unnamed_letters``
    (xfail); drop this filter when it is fixed.
    """
    return not ch.isalpha() or unicodedata.name(ch, None) is not None


chars = st.characters().filter(_named)
text_strategy = st.one_of(
    st.text(chars, max_size=300),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(chars, max_size=8)), max_size=80).map("".join),
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


# ---- hardening (issue 8): hostile text, every budget, the other public functions --------------

# Any code point, lone surrogates included (a str from Python code can hold them), with
# control characters, NUL, separators and the marks the segmenter and quote rules look at.
HOSTILE = ["\x00", "\x1b", "\x7f", "\x85", "\u2028", "\u2029", "\ufeff", "\ud800", "\udfff", "\u0301",
           "\r", "\x0c", "\x0b", "«»", "»«", "„“", "‹›", '""', "— —", ":::", "...", "?!", "\U0001f600"]
hostile_text = st.lists(st.one_of(st.sampled_from(PIECES + HOSTILE), st.text(
    alphabet=st.characters(codec=None, categories=None).filter(_named), max_size=6)), max_size=120).map("".join)
budgets = st.one_of(st.just({}), st.just({"length": "long"}), st.builds(dict, sentences=st.integers(1, 6)),
                    st.builds(dict, words=st.integers(1, 60)), st.builds(dict, chars=st.integers(1, 400)),
                    st.builds(dict, ratio=st.floats(0.01, 1.0)))


@fast
@given(hostile_text)
def test_hostile_text_keeps_exact_spans_everywhere(text):
    assert_spans(text, bisumm.sentences(text))
    assert_spans(text, bisumm.quotes(text))
    assert_spans(text, bisumm.summarize(text, quotes=True).sentences)
    assert 0.0 <= bisumm.detect(text).confidence <= 1.0
    for p in bisumm.paragraphs(text):
        assert text[p.start:p.stop] == p.text


@fast
@given(hostile_text, budgets, st.sampled_from(["auto", "ba", "ru"]))
def test_summary_respects_every_budget(text, budget, lang):
    summary = bisumm.summarize(text, lang=lang, **budget)
    doc = bisumm.Document.from_text(text, lang)
    chosen = summary.sentences
    assert [s.index for s in chosen] == sorted({s.index for s in chosen})
    for s in chosen:
        assert doc.sentences[s.index].start == s.start and doc.sentences[s.index].stop == s.stop
    if "sentences" in budget:
        assert len(chosen) <= budget["sentences"]
    # words/chars: within the budget, or, when no sentence fits it alone, the single best one
    if "words" in budget and sum(len(doc.tokens(s.index)) for s in chosen) > budget["words"]:
        assert len(chosen) == 1 and all(len(doc.tokens(i)) > budget["words"] for i in range(len(doc.sentences)))
    if "chars" in budget and sum(len(s.text) for s in chosen) + len(chosen) - 1 > budget["chars"]:
        assert len(chosen) == 1 and all(len(s.text) > budget["chars"] for s in doc.sentences)
    if "ratio" in budget:
        assert len(chosen) <= max(1, int(budget["ratio"] * len(doc.sentences) + 0.5))
    if doc.sentences and not ({"words", "chars"} & set(budget)):
        assert chosen, "a text with sentences gets a non-empty summary"
    ranked = summary.ranked
    assert sorted(s.index for s in ranked) == list(range(len(doc.sentences)))
    assert [s.rank for s in ranked] == list(range(len(ranked)))


@fast
@given(hostile_text)
def test_blank_text_gives_empty_results(text):
    blank = "".join(ch for ch in text if ch.isspace())
    assert bisumm.sentences(blank) == []
    assert bisumm.quotes(blank) == []
    assert not bisumm.summarize(blank)


@fast
@given(st.text(max_size=40), st.sampled_from(["ba", "ru"]))
def test_stem_of_any_word_is_a_string(word, lang):
    assert isinstance(bisumm.stem(word, lang), str)
    assert bisumm.stem(word, lang) == bisumm.stem(word, lang)


@fast
@given(hostile_text)
def test_document_tokens_lie_inside_their_sentence(text):
    doc = bisumm.Document.from_text(text)
    for i, s in enumerate(doc.sentences):
        for t in doc.tokens(i):
            assert s.start <= t.start < t.stop <= s.stop
            assert text[t.start:t.stop] == t.text
    assert len(doc.terms) == len(doc.sentences)


@fast
@given(st.binary(max_size=200))
def test_decode_returns_text_or_a_decode_error(data):
    try:
        text = bisumm.decode(data)
    except bisumm.DecodeError as err:
        assert err.offset is None or 0 <= err.offset <= len(data)
        assert "\n" not in str(err)
    else:
        assert isinstance(text, str) and not text.startswith("\ufeff") or data.startswith(b"\xef\xbb\xbf\xef\xbb\xbf")
