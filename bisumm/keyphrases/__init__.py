"""Keywords and key phrases of Bashkir and Russian texts: text → Document → candidates → scores.

Candidates are names, noun phrases and single content words (:mod:`.candidates`); a word
co-occurrence graph, a corpus TF-IDF, the first position and the title score them
(:mod:`.scoring`); each comes back as a :class:`Keyword` in a readable form (:mod:`.forms`)
with every occurrence as a span of the original text.

>>> text = ("Депутаты Государственной думы обсудили бюджет. "
...         "Радий Хабиров выступил в Государственной думе. Хабиров рассказал о бюджете республики.")
>>> [(kw.text, kw.kind) for kw in keywords(text, k=4)]
[('Радий Хабиров', 'name'), ('дума', 'word'), ('Государственная дума', 'phrase'), ('бюджет', 'word')]
>>> kw = keywords(text, k=1)[0]
>>> [text[o.start:o.stop] for o in kw.occurrences]
['Радий Хабиров', 'Хабиров']
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from typing import TYPE_CHECKING

from ..document import Document
from ..errors import BudgetError
from ..types import Span
from .record import KINDS, Keyword
from .scoring import KEYWORDS, KeywordParams

if TYPE_CHECKING:  # pragma: no cover - numpy loads with the first extraction, not with the import
    from ..rank.vectors import Idf

__all__ = ["keywords", "Keyword", "KeywordParams", "KEYWORDS", "KINDS"]


def keywords(text: str | Document, k: int = 10, *, lang: str = "auto", title: str | None = None,
             idf: Idf | str | Path | None = None, params: KeywordParams = KEYWORDS) -> list[Keyword]:
    """The ``k`` best keywords of ``text``, best first, as :class:`Keyword` records.

    ``lang`` is ``"auto"`` or a language code (``"ba"``, ``"ru"``, a registered one); ``title``
    (the headline) lifts keywords that occur in it; ``idf`` is an :class:`~bisumm.rank.vectors.Idf` (or the path of a saved
    one) to use instead of the shipped corpus IDF of each language. Scores are relative:
    the best keyword scores 1.

    Raises :class:`~bisumm.errors.BudgetError` when ``k`` is not a positive integer,
    :class:`~bisumm.errors.UnknownLanguageError` for an unknown ``lang`` and ``TypeError``
    when ``text`` or ``title`` is not a string (``idf`` not an Idf or path). Text without
    words gives an empty list.
    """
    from ..rank.vectors import Idf

    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise BudgetError(f"k must be a positive integer, not {k!r}")
    if title is not None and not isinstance(title, str):
        raise TypeError(f"title must be str or None, not {type(title).__name__}")
    if idf is not None and not isinstance(idf, (Idf, str, Path)):
        raise TypeError(f"idf must be an Idf or the path of a saved one, not {type(idf).__name__}")
    doc = text if isinstance(text, Document) else Document.from_text(text, lang)
    table = Idf.load(idf) if isinstance(idf, (str, Path)) else idf
    with _collector_paused():
        return _extract(doc, k, title, table, params)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while the extractor builds its records.

    A long text makes a record per word and per candidate, none of them in a cycle; the
    collector would walk them all again and again (it took a third of the time on a
    2,000-sentence text). Reference counting still frees everything.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _extract(doc: Document, k: int, title: str | None, idf: Idf | None, params: KeywordParams) -> list[Keyword]:
    from .candidates import candidates
    from .forms import readable
    from .scoring import centrality, merge, rank, select
    from .words import analyse

    sentences = analyse(doc)
    found = [o for words in sentences for o in candidates(words)]
    if not found:
        return []
    graph = centrality([[w.lemma for w in words if w.lemma and w.role in ("noun", "adj", "name")]
                        for words in sentences], params.window)
    chosen = select(rank(merge(found), graph, _idf_of(doc, idf), _title_lemmas(title, doc), params), k, params)
    if not chosen:
        return []
    top = chosen[0].score or 1.0
    out = []
    for c in chosen:
        spans = sorted({(o.start, o.stop) for o in c.occurrences})
        out.append(Keyword(readable(c.kind, c.occurrences), " ".join(c.lemma), c.score / top, c.kind,
                           c.occurrences[0].words[0].lang, tuple(Span(s, e, doc.text[s:e]) for s, e in spans)))
    return out


def _idf_of(doc: Document, idf: Idf | None) -> Callable[[str], float] | None:
    """A lemma → IDF function: the given ``idf``, else the shipped IDF of the document's language."""
    from .idf import default_idf

    table = idf if idf is not None else default_idf(doc.lang)
    return None if table is None else table.__getitem__


def _title_lemmas(title: str | None, doc: Document) -> frozenset[str]:
    if not title:
        return frozenset()
    from ..lang import MODULES
    from .words import analyse

    head = Document.from_text(title, doc.lang if doc.lang in MODULES else "auto")
    return frozenset(w.lemma for words in analyse(head) for w in words if w.lemma)
