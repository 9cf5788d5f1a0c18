"""Issue 14's NER trial: a slovnet NER fallback for Russian quote speakers, measured, not shipped.

Usage::

    python bench/ner_trial.py            # cost: model load, RSS, ms per article (Russian dev units)
    python bench/quotes_real.py --ner    # quality: a ``+ NER`` Russian row under each rules' row

Needs ``pip install natasha==1.6.0`` in a venv of its own (it pulls pymorphy2, whose DAWG-Python
installs the same ``dawg_python`` module as pymorphy3's DAWG2-Python). Measured on the development
part (2026-12-07) it did not add on top of the rules, so bisumm has no ``ner`` option or extra;
the figures and the costs are in ``docs/evaluation.md``.

:func:`fill_speakers`: a Russian quote the rules left without a speaker
(``speaker is None``) gets one from slovnet's PER/ORG spans, in this order: a span in the
attribution clause after the quote (to the end of the sentence its closing mark stands in), else
in the clause before it (from the start of its sentence), else, when the clause holds a personal
pronoun, the latest person named earlier if their gender agrees. Only clauses with a speech cue
count, and no span right after a stop word (``в Мосгорсуде``). A speaker the rules found is never
changed. Names take their nominative, fullest form, title and official flag through the
entity layer (:class:`bisumm.quotation.speakers.Speakers`), bodies through the grammar.

The model is slovnet's news NER with navec embeddings, read from the files the ``natasha``
package ships (no download, no import of natasha or pymorphy2 at run time), loaded once per
process on first use.
"""

from __future__ import annotations

import os
import re
import sys
import time
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "data"))

if TYPE_CHECKING:  # pragma: no cover
    from bisumm.document import Document
    from bisumm.types import Quote

#: the farthest (characters) an attribution clause reaches from its quote
NER_REACH = 200
_SENTENCE_END = re.compile(r"[.!?…\n]")


class NerSpan(NamedTuple):
    """A named entity of the text: offsets into the text and ``PER``, ``ORG`` or ``LOC``."""

    start: int
    stop: int
    type: str


@lru_cache(maxsize=1)
def load_ner() -> Any:
    """slovnet's news NER with its navec embeddings (the files of the installed ``natasha``)."""
    import importlib.util

    try:
        from navec import Navec
        from slovnet import NER
    except ImportError as exc:
        raise SystemExit("the NER trial needs: pip install natasha==1.6.0 (in a venv of its own)") from exc

    spec = importlib.util.find_spec("natasha")  # its data files only: natasha itself is not imported
    if spec is None or spec.origin is None:
        raise SystemExit("the NER trial needs natasha's model files: pip install natasha==1.6.0")
    data = os.path.join(os.path.dirname(spec.origin), "data")
    ner = NER.load(os.path.join(data, "model", "slovnet_ner_news_v1.tar"))
    ner.navec(Navec.load(os.path.join(data, "emb", "navec_news_v1_1B_250K_300d_100q.tar")))
    return ner


def ner_spans(text: str, blocks: list[tuple[int, int]]) -> list[NerSpan]:
    """PER/ORG spans of the given blocks (tagged block by block), in text order."""
    ner = load_ner()
    chunks = [text[s:e] for s, e in blocks]
    out = []
    for (bs, _), markup in zip(blocks, ner.map(chunks)):
        out.extend(NerSpan(bs + sp.start, bs + sp.stop, sp.type) for sp in markup.spans if sp.type in ("PER", "ORG"))
    return out


def fill_speakers(doc: Document, found: list[Quote]) -> list[Quote]:
    """``found`` with a speaker for each Russian quote the rules left without one (see the module)."""
    todo = [k for k, q in enumerate(found) if q.speaker is None and q.lang == "ru"]
    if not todo:
        return found
    from bisumm.lang import get_language
    from bisumm.quotation.speakers import Speakers

    text = doc.text
    blocks = [(b.start, b.stop) for b in doc.entities.blocks if b.lang == "ru"]
    spans = ner_spans(text, blocks)
    grammar = get_language("ru").quote_grammar
    registry = Speakers(doc.entities, text)
    out = list(found)
    for k in todo:
        q = out[k]
        span = _attribution(text, q, spans, grammar)
        if span is not None:
            out[k] = _with_speaker(text, q, span, registry, grammar)
    return out


def _attribution(text: str, q: Quote, spans: list[NerSpan], g: Any) -> NerSpan | None:
    """The clause after the quote, else the one before; else the last person before a pronoun or role."""
    stop = _clause_end(text, q.stop)
    start = _clause_start(text, q.start)
    after = [s for s in spans if q.stop <= s.start and s.stop <= stop and not _after_stop_word(text, s)]
    if after and _has_cue(text, q.stop, stop, g):
        return after[0]
    before = [s for s in spans if start <= s.start and s.stop <= q.start and not _after_stop_word(text, s)]
    if before and _has_cue(text, start, q.start, g):
        return before[-1]
    gender = _pronoun_gender(text, q.stop, stop, g) or _pronoun_gender(text, start, q.start, g)
    if gender:
        people = [s for s in spans if s.type == "PER" and s.stop <= start]
        return people[-1] if people and _gender(text, people[-1], g) == gender else None
    return None


def _after_stop_word(text: str, s: NerSpan) -> bool:
    """A span right after a preposition or another stop word (``в Twitter``, ``в Мосгорсуде``): not a subject."""
    from bisumm.entities.titles import lexicon

    words = _words(text, max(0, s.start - 20), s.start)
    return bool(words) and words[-1].lower() in lexicon().stop_words


def _pronoun_gender(text: str, start: int, stop: int, g: Any) -> str:
    """The gender of a personal pronoun in a clause with a speech cue (``— пояснил он``), else ``""``."""
    from bisumm.entities.mentions import find_mentions

    if not _has_cue(text, start, stop, g):
        return ""
    return next((m.gender for m in find_mentions(text, start, stop, g) if m.kind == "pronoun" and m.gender), "")


def _gender(text: str, s: NerSpan, g: Any) -> str:
    from bisumm.entities.mentions import find_mentions, normalize_name

    m = next((m for m in find_mentions(text, s.start, s.stop, g) if m.kind == "name"), None)
    return m.gender if m is not None else normalize_name(_words(text, s.start, s.stop), "ru")[1]


def _clause_end(text: str, pos: int) -> int:
    """The end of the sentence the quote's closing mark stands in (the quote's own end when a stop
    closes the sentence right after it: the next sentence is no attribution clause)."""
    p = pos
    while p < len(text) and text[p] in ".!?…":
        p += 1  # the quote's own final stop, inside its marks
    if p < len(text) and text[p] in "»\"”":
        while p < len(text) and text[p] in "»\"”":
            p += 1
        pos = p
    if pos >= len(text) or text[pos] in ".!?…\n":
        return pos
    m = _SENTENCE_END.search(text, pos, min(len(text), pos + NER_REACH))
    return m.start() if m else min(len(text), pos + NER_REACH)


def _clause_start(text: str, pos: int) -> int:
    lo = max(0, pos - NER_REACH)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, max(lo, pos - 1))]
    return ends[-1] if ends else lo


def _words(text: str, start: int, stop: int) -> list[str]:
    return re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", text[start:stop])


def _has_cue(text: str, start: int, stop: int, g: Any) -> bool:
    return any(g.is_cue(w) for w in _words(text, start, stop))


def _with_speaker(text: str, q: Quote, span: NerSpan, registry: Any, g: Any) -> Quote:
    """The quote with the span's entity as speaker (nominative, fullest name, title, official)."""
    from bisumm.entities.mentions import Mention, find_mentions, normalize_name
    from bisumm.quotation.speakers import is_official

    words = _words(text, span.start, span.stop)
    if span.type == "PER":
        m = next((m for m in find_mentions(text, span.start, span.stop, g) if m.kind == "name"), None)
        if m is None:
            name, gender = normalize_name(words, "ru", context=text[max(0, span.start - 30):span.start])
            m = Mention(span.start, span.stop, "name", name, None, gender, surface=text[span.start:span.stop])
        speaker, title, _, official = registry.speaker_of(m, g)
    else:
        speaker, title = g.body_nominative(text[span.start:span.stop]), None
        official = is_official(speaker, None, "org")
    if not speaker:
        return q
    return replace(q, speaker=speaker, speaker_start=span.start, speaker_stop=span.stop, title=title,
                   official=official, pattern=q.pattern + "+ner", mention=text[span.start:span.stop])


def _rss_mb() -> float:
    """Resident set size now (VmRSS), in MB."""
    with open("/proc/self/status", encoding="ascii") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:")) / 1024


def main() -> None:
    """Load time and RSS of the model, then NER ms per Russian dev article (after the rules' quotes)."""
    import bisumm
    from bisumm.document import Document
    import real_quotes

    units = [u for u in real_quotes.load(part="dev") if u["lang"] == "ru"]
    docs = [Document.from_text(u["text"]) for u in units]
    found = [bisumm.quotes(d) for d in docs]  # the rules' caches (pymorphy3) warm before the model
    before = _rss_mb()
    start = time.perf_counter()
    load_ner()
    load = time.perf_counter() - start
    after = _rss_mb()
    start = time.perf_counter()
    for doc in docs:
        ner_spans(doc.text, [(b.start, b.stop) for b in doc.entities.blocks if b.lang == "ru"])
    tag = (time.perf_counter() - start) / len(docs)
    start = time.perf_counter()
    changed = sum(q.pattern.endswith("+ner") for d, f in zip(docs, found) for q in fill_speakers(d, f))
    fill = (time.perf_counter() - start) / len(docs)
    print(f"model load {load:.2f} s; RSS {before:.0f} -> {after:.0f} MB (+{after - before:.0f}); "
          f"NER tagging {1000 * tag:.1f} ms / article, fill_speakers {1000 * fill:.1f} ms / article "
          f"({len(docs)} Russian dev articles); {changed} speakers filled by NER")


if __name__ == "__main__":
    main()
