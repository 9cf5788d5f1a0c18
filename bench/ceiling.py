"""How far can a sentence scorer go on this data? A supervised, cross-validated ceiling.

Usage: ``python bench/ceiling.py``

The quality bars ask bisumm to beat Lead-3 on Gazeta by ≥ 1 ROUGE-1 point and Lead-1 on
NTREX headlines by ≥ 1 point. This benchmark asks whether *any* scorer built from the
signals an extractive ranker can see would get there. It trains a logistic regression
(scikit-learn, 5-fold cross-validation by article, so every article is scored by a model
that never saw it) on 26 features per sentence — position (one-hot and relative),
centroid and TextRank centrality, cosine to the lead and to the first three sentences,
bisumm's boilerplate penalty and context factor, length bins, digits, quote marks,
reporting verbs, capitalised words and their overlap with the lead, paragraph starts —
with the greedy oracle's sentences (Gazeta) or the best single sentence (NTREX) as the
labels. Selection is the same as bisumm's (top scores, MMR for Gazeta). The model is not
shipped: it is a measuring stick for the unsupervised ranker behind ``method="auto"``.
"""

from __future__ import annotations

import re
import statistics
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import GAZETA, NTREX, f1, oracle, read_jsonl, scorer, table  # noqa: E402

FOLDS = 5
_REPORTING = re.compile(r"по словам|сообщ|переда[её]т|заявил|отметил|рассказал|пишет|говорится|"
                        r"подчеркнул|добавил|считает|тине|тип|билдәләне|әйтте|хәбәр ит", re.I)
_CAPITAL = re.compile(r"(?<=\s)[А-ЯЁA-ZҠҒҘҪҺӘӨҮ][а-яёa-zҡғҙҫһәөүң]+")


def features(doc) -> np.ndarray:
    """One row of features per sentence of a :class:`bisumm.document.Document`."""
    from bisumm.rank.graph import centroid, textrank
    from bisumm.rank.news import context_factors, penalties
    from bisumm.rank.vectors import tfidf

    X, _ = tfidf(doc.terms)
    D = X.toarray()
    texts = [s.text for s in doc.sentences]
    n = len(texts)
    cen, tr = centroid(X), textrank(X)
    cen, tr = cen / (cen.max() or 1.0), tr / (tr.max() or 1.0)
    pen, context = penalties(texts, doc.terms), context_factors(doc)
    content = pen > 0.5
    pos = np.cumsum(content) - content
    lead = int(np.argmax(content)) if content.any() else 0
    top3 = D[:3].sum(axis=0)
    top3 = top3 / (np.linalg.norm(top3) or 1.0)
    caps = [set(_CAPITAL.findall(" " + t)) for t in texts]
    rows = []
    for i, t in enumerate(texts):
        p, chars = pos[i], len(t)
        rows.append([p == 0, p == 1, p == 2, p == 3, p == 4, p >= 5, p / n, cen[i], tr[i], D[i] @ D[lead],
                     D[i] @ top3, np.log(pen[i]), np.log(context[i]), chars < 80, 80 <= chars < 140,
                     140 <= chars < 220, chars >= 220, chars / 300, bool(re.search(r"\d", t)), "«" in t,
                     bool(_REPORTING.search(t)), t.lstrip()[:1] in "«\"—–-", len(caps[i]) / 5,
                     len(caps[i] & caps[lead]) / 3,
                     i == 0 or doc.sentences[i].paragraph != doc.sentences[i - 1].paragraph,
                     np.log1p(len(doc.terms[i]))])
    return np.asarray(rows, dtype=np.float64)


def cross_validated(groups: list[int], X: list[np.ndarray], y: list[np.ndarray]) -> list[np.ndarray]:
    """Scores of every item from a model trained on the other folds (fold = group % FOLDS)."""
    from sklearn.linear_model import LogisticRegression

    out: list[np.ndarray] = [np.zeros(0)] * len(X)
    for fold in range(FOLDS):
        train = [i for i, g in enumerate(groups) if g % FOLDS != fold]
        model = LogisticRegression(C=1.0, max_iter=5000)
        model.fit(np.vstack([X[i] for i in train]), np.concatenate([y[i] for i in train]))
        for i, g in enumerate(groups):
            if g % FOLDS == fold:
                out[i] = model.decision_function(X[i])
    return out


def gazeta() -> list[list[object]]:
    import bisumm
    from bisumm.document import Document
    from bisumm.rank.select import Budget, mmr_select
    from bisumm.rank.vectors import tfidf

    rows = read_jsonl(GAZETA)
    rouge = scorer()
    docs = [Document.from_text(r["text"]) for r in rows]
    X, y = [], []
    for doc, row in zip(docs, rows):
        texts = [s.text for s in doc.sentences]
        label = np.zeros(len(texts))
        label[list(oracle(texts, 3, row["summary"], rouge))] = 1.0
        X.append(features(doc))
        y.append(label)
    predicted = cross_validated(list(range(len(rows))), X, y)
    systems: dict[str, list[float]] = {"Lead-3 (bisumm sentences)": [], "bisumm auto": [], "supervised ceiling (5-fold CV)": []}
    auto = bisumm.Summarizer()
    for doc, row, scores in zip(docs, rows, predicted):
        texts = [s.text for s in doc.sentences]
        M, _ = tfidf(doc.terms)
        chosen = mmr_select(scores, M, Budget(sentences=3), [1] * len(texts), [len(t) for t in texts], 0.5)
        picks = {"Lead-3 (bisumm sentences)": " ".join(texts[:3]), "bisumm auto": auto(doc, sentences=3).text,
                 "supervised ceiling (5-fold CV)": " ".join(texts[i] for i in sorted(chosen))}
        for name, text in picks.items():
            systems[name].append(f1(rouge.score(row["summary"], text), "rouge1"))
    lead = statistics.fmean(systems["Lead-3 (bisumm sentences)"])
    return [[f"Gazeta, 3 sentences: {name}", f"{statistics.fmean(v):.2f}", f"{statistics.fmean(v) - lead:+.2f}"]
            for name, v in systems.items()]


def ntrex() -> list[list[object]]:
    import bisumm
    from bisumm.document import Document

    rouge = scorer(("rouge1",))
    out = []
    rows = read_jsonl(NTREX)
    for lang in ("ba", "ru"):
        docs = [Document.from_text("\n".join(r[lang]["sentences"]), lang) for r in rows]
        refs = [r[lang]["headline"] for r in rows]
        X, y = [], []
        for doc, ref in zip(docs, refs):
            r1 = np.array([f1(rouge.score(ref, s.text), "rouge1") for s in doc.sentences])
            X.append(features(doc))
            y.append((r1 == r1.max()).astype(np.float64))
        predicted = cross_validated([int(r["doc"]) for r in rows], X, y)
        auto = bisumm.Summarizer(lang=lang)
        lead = [f1(rouge.score(ref, doc.sentences[0].text), "rouge1") for doc, ref in zip(docs, refs)]
        ours = [f1(rouge.score(ref, auto(doc, sentences=1).text), "rouge1") for doc, ref in zip(docs, refs)]
        ceiling = [f1(rouge.score(ref, doc.sentences[int(np.argmax(p))].text), "rouge1")
                   for doc, ref, p in zip(docs, refs, predicted)]
        base = statistics.fmean(lead)
        for name, v in (("Lead-1 (bisumm sentences)", lead), ("bisumm auto", ours), ("supervised ceiling (5-fold CV)", ceiling)):
            out.append([f"NTREX {lang}, 1 sentence: {name}", f"{statistics.fmean(v):.2f}",
                        f"{statistics.fmean(v) - base:+.2f}"])
    return out


def main() -> int:
    print("Cross-validated supervised ceiling (logistic regression on 26 sentence features; see the "
          "module docstring). ROUGE-1 F1; Δ against Lead-3 (Gazeta) or Lead-1 (NTREX).\n")
    print(table(["set and system", "R-1", "Δ vs lead"], gazeta() + ntrex()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
