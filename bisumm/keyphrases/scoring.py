"""Scoring keyword candidates: a word graph, TF-IDF, first position and the title.

1. **Merge.** Occurrences with the same lemmas are one candidate; a shorter name folds into
   the longer name that ends with it (``Хабиров`` into ``Радий Хабиров``).
2. **Graph.** The content words of each sentence (nouns, adjectives, names) are linked to
   their neighbours within :attr:`KeywordParams.window` words; PageRank on that graph gives
   each lemma a centrality (mean 1 over the graph).
3. **Score.** ``tf^tf_power × idf × centrality^graph_power × position × title × kind``, where
   ``idf`` is the mean IDF of the candidate's lemmas (a corpus IDF), ``position`` favours
   candidates met early and ``title`` those whose lemmas are in the title.

>>> ranked = rank([])
>>> ranked
[]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover - types only: importing the extractor stays light
    from .candidates import Occurrence

__all__ = ["KeywordParams", "KEYWORDS", "Candidate", "rank", "merge", "centrality"]


@dataclass(frozen=True)
class KeywordParams:
    """Tuned numbers of the keyword scorer.

    Tuned on the dev parts of the RT and NG articles only (the first 250 of each, F1@10 on
    the editors' keywords, see docs/keywords.md); the frozen test parts played no part.
    """

    #: co-occurrence window (in content words) of the word graph
    window: int = 3
    #: exponent of the term frequency (1 = raw counts, 0.5 = square root)
    tf_power: float = 1.0
    #: exponent of the graph centrality
    graph_power: float = 0.5
    #: bonus of a candidate first met in sentence ``s``: ``1 + position / (1 + s)``
    position: float = 3.0
    #: bonus of a candidate whose lemmas are all in the title: ``1 + title``
    title: float = 2.0
    #: weight of each kind
    kind_weight: dict[str, float] = field(default_factory=lambda: {"name": 2.0, "phrase": 1.0, "word": 1.0})
    #: skip a single word when a better-ranked phrase or name already contains it (a word
    #: ranked above its phrase stays: editors often tag both)
    redundancy: bool = True


#: the default parameters
KEYWORDS = KeywordParams()
#: up to this many distinct lemmas the co-occurrence graph is a dense array (a news article has a
#: few hundred; 2,000² floats is 32 MB): no scipy import, which costs a cold command ~0.2 s
DENSE_WORD_GRAPH = 2000


@dataclass
class Candidate:
    """A keyword candidate: its lemmas, kind, occurrences and score."""

    lemma: tuple[str, ...]
    kind: str
    occurrences: list[Occurrence]
    score: float = 0.0

    @property
    def first(self) -> int:
        return min(o.start for o in self.occurrences)

    @property
    def first_sentence(self) -> int:
        return min(o.sentence for o in self.occurrences)


def merge(occurrences: Sequence[Occurrence]) -> list[Candidate]:
    """Group occurrences by lemmas, then fold short names into the longer names containing them."""
    groups: dict[tuple[str, ...], list[Occurrence]] = {}
    for o in occurrences:
        if o.lemma:
            groups.setdefault(o.lemma, []).append(o)
    cands = {key: Candidate(key, _kind(occ), occ) for key, occ in groups.items()}
    names = sorted((c for c in cands.values() if c.kind == "name"), key=lambda c: -len(c.lemma))
    by_ending: dict[tuple[str, ...], list[Candidate]] = {}
    for c in names:
        if len(c.lemma) > 1 and _person(c):
            for size in range(1, len(c.lemma)):
                by_ending.setdefault(c.lemma[-size:], []).append(c)
    for short in names:
        hosts = [c for c in by_ending.get(short.lemma, ()) if c.lemma in cands]
        if not hosts:
            continue
        host = max(hosts, key=lambda c: (len(c.occurrences), -c.first))
        host.occurrences.extend(short.occurrences)
        del cands[short.lemma]
    return list(cands.values())


def _kind(occurrences: list[Occurrence]) -> str:
    kinds = [o.kind for o in occurrences]
    return "name" if kinds.count("name") * 2 >= len(kinds) else kinds[0] if kinds[0] != "name" else "word"


def _person(candidate: Candidate) -> bool:
    """Does a name look like a person's (a first name or initials before the rest)? Only a
    person's full name absorbs its last word (``Хабиров``); ``Төркиә`` stays apart from
    ``Республика Төркиә``. The language's grammar judges the first word."""
    from .grammar import grammar_of

    first = next((w for o in candidate.occurrences for w in o.words[:1]), None)
    if first is None or first.role == "initial":
        return True
    return grammar_of(first.lang).is_person(first)


def centrality(sentences: Sequence[Sequence[str]], window: int) -> dict[str, float]:
    """PageRank of each lemma on the co-occurrence graph of ``sentences`` (mean 1).

    >>> c = centrality([["уфа", "город", "река"], ["город", "школа"]], window=2)
    >>> max(c, key=c.get)
    'город'
    """
    import numpy as np

    from ..rank.graph import pagerank

    index: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for lemmas in sentences:
        ids = [index.setdefault(t, len(index)) for t in lemmas]
        for i, a in enumerate(ids):
            for b in ids[i + 1:i + window]:
                if a != b:
                    rows += (a, b)
                    cols += (b, a)
    n = len(index)
    if n == 0:
        return {}
    if n <= DENSE_WORD_GRAPH:
        W = np.zeros((n, n))
        np.add.at(W, (rows, cols), 1.0)
    else:
        from scipy.sparse import coo_matrix

        W = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n)).tocsr()
    ranks = pagerank(W) * n
    return {t: float(ranks[i]) for t, i in index.items()}


def rank(candidates: list[Candidate], graph: dict[str, float] | None = None,
         idf: Callable[[str], float] | None = None, title: frozenset[str] = frozenset(),
         params: KeywordParams = KEYWORDS) -> list[Candidate]:
    """Score ``candidates`` in place and return them best first (ties: earlier first)."""
    graph = graph or {}
    for c in candidates:
        tf = float(len(c.occurrences))
        weight = sum(idf(t) for t in c.lemma) / len(c.lemma) if idf is not None else 1.0
        central = sum(graph.get(t, 1.0) for t in c.lemma) / len(c.lemma)
        position = 1.0 + params.position / (1.0 + c.first_sentence)
        in_title = 1.0 + params.title if title and all(t in title for t in c.lemma) else 1.0
        c.score = tf ** params.tf_power * weight * central ** params.graph_power * position * in_title \
            * params.kind_weight.get(c.kind, 1.0)
    return sorted(candidates, key=lambda c: (-c.score, c.first, c.lemma))


def select(ranked: list[Candidate], k: int, params: KeywordParams = KEYWORDS) -> list[Candidate]:
    """The top ``k`` of ``ranked``; with ``params.redundancy`` a word already inside a chosen
    phrase or name is skipped."""
    out: list[Candidate] = []
    for c in ranked:
        if len(out) >= k:
            break
        if params.redundancy and len(c.lemma) == 1 and any(c.lemma[0] in o.lemma for o in out):
            continue
        out.append(c)
    return out
