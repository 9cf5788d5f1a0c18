"""Train the order detector (``bisumm/rank/order.py``) and write ``bisumm/data/order_model.json``.

Usage: ``python bench/train_order.py [--dry-run]``

Development data only: the 200 Gazeta dev articles, RT dev articles 300–1,099 and NG dev articles
300–899 with a summary (after the first 300 of each that ``bench/quality.py`` and
``bench/tune_news.py`` score) and the 80 NTREX articles in Bashkir and Russian. Each article is one
"ordered" example; the same article with its sentences shuffled (``random.Random(11)``) is one
"order-free" example. A logistic regression on standardised features (scikit-learn, C = 1) is fitted;
the JSON holds the weights on the raw features. Printed: each feature's AUC and the 5-fold
cross-validated AUC (an article and its shuffled copy always in the same fold), per set and overall.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import GAZETA, NTREX, bucket, read_jsonl  # noqa: E402
from _web import web_rows  # noqa: E402

SEED = 11
FOLDS = 5


def documents() -> dict[str, list]:
    """set name → development Documents."""
    from bisumm.document import Document

    out = {"gazeta": [Document.from_text(r["text"]) for r in read_jsonl(GAZETA)],
           "rt": [Document.from_text(r["text"]) for r in web_rows("rt", "dev", 1100)[300:]],
           "ng": [Document.from_text(r["text"]) for r in web_rows("ng", "dev", 900)[300:]]}
    ntrex = read_jsonl(NTREX)
    for lang in ("ba", "ru"):
        out["ntrex-" + lang] = [Document.from_text("\n".join(r[lang]["sentences"]), lang) for r in ntrex]
    return out


def examples(docs_of: dict[str, list]):
    """(set, article number, label, features) for every article and its shuffled copy."""
    import numpy as np

    from bisumm.rank.news import NEWS, penalties
    from bisumm.rank.order import document_cues, order_features
    from bisumm.rank.vectors import tfidf

    rng = random.Random(SEED)
    out = []
    for name, docs in docs_of.items():
        for number, doc in enumerate(docs):
            factor = penalties([s.text for s in doc.sentences], doc.terms, NEWS.penalty)
            rows = np.flatnonzero(factor > NEWS.penalty.content)
            if len(rows) < 4:
                continue
            X, _ = tfidf(doc.terms, None)
            X = X[rows]
            cues = document_cues(doc, rows)
            shuffled = list(range(len(rows)))
            rng.shuffle(shuffled)
            for label, order in ((1, list(range(len(rows)))), (0, shuffled)):
                out.append((name, number, label, order_features(X[order], *(c[order] for c in cues)).tolist()))
    return out


def fold_of(name: str, number: int) -> int:
    return bucket(f"{name}/{number}", FOLDS)


def fit(X, y, sets):
    """(weights, intercept) on the raw features of a standardised logistic regression; every set
    weighs the same in the fit (RT has the most articles)."""
    import numpy as np

    from sklearn.linear_model import LogisticRegression

    mean, scale = X.mean(axis=0), X.std(axis=0) + 1e-9
    model = LogisticRegression(C=1.0, max_iter=2000)
    counts = {s: int((sets == s).sum()) for s in set(sets)}
    model.fit((X - mean) / scale, y, sample_weight=np.array([len(y) / (len(counts) * counts[s]) for s in sets]))
    weights = model.coef_[0] / scale
    return weights, float(model.intercept_[0] - (model.coef_[0] * mean / scale).sum())


def main(argv=None) -> int:
    import numpy as np
    from sklearn.metrics import roc_auc_score

    from bisumm.rank.order import FEATURES, MODEL_PATH

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print the AUCs, do not write the model")
    args = parser.parse_args(argv)
    data = examples(documents())
    sets = np.array([d[0] for d in data])
    folds = np.array([fold_of(d[0], d[1]) for d in data])
    y = np.array([d[2] for d in data])
    X = np.array([d[3] for d in data])
    names = sorted(set(sets))

    def by_set(p):
        return " ".join(f"{s} {roc_auc_score(y[sets == s], p[sets == s]):.3f}" for s in names)

    print(f"{len(y) // 2} articles ({', '.join(f'{s} {int((sets == s).sum()) // 2}' for s in names)})")
    for j, feature in enumerate(FEATURES):
        print(f"AUC {feature:30s} {roc_auc_score(y, X[:, j]):.3f}   {by_set(X[:, j])}")
    held_out = np.zeros(len(y))
    for k in range(FOLDS):
        train = folds != k
        weights, intercept = fit(X[train], y[train], sets[train])
        held_out[~train] = X[~train] @ weights + intercept
    print(f"cross-validated AUC {roc_auc_score(y, held_out):.3f}   {by_set(held_out)}")
    weights, intercept = fit(X, y, sets)
    model = {"features": list(FEATURES), "weights": [round(float(w), 6) for w in weights],
             "intercept": round(intercept, 6),
             "trained": "python bench/train_order.py (Gazeta, RT, NG and NTREX dev; see its docstring)",
             "cross_validated_auc": round(float(roc_auc_score(y, held_out)), 3)}
    print(json.dumps(model, ensure_ascii=False))
    if not args.dry_run:
        MODEL_PATH.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
