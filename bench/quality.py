"""Summary quality on Russian news: ROUGE F1 on Gazeta dev, bisumm against its peers in one run.

Usage: ``python bench/quality.py [--limit N] [--no-oracle]``

3-sentence summaries of the 200 articles of ``../shared/data/ru/gazeta_dev.jsonl`` against the
human summaries; ``rouge-score`` with ``\\w+`` tokens, lower-cased, ё→е, no stemming, F1
averaged per document. Peers get razdel sentences, a Snowball Russian stemmer and lexrank's
Russian stop list (so sumy runs offline). bisumm gets the raw text. Then bisumm's
``length="short"`` summary against Lead-1 and Lead-2. Last, the same articles with their
sentences shuffled (seed 7), as in the native Bashkir corpus our Bashkir seeds come from:
where order carries no signal, the news ranker's position prior is a cost, measured here.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import (GAZETA, f1, lead, make_random, make_sumy, oracle, paired_interval,  # noqa: E402
                     razdel_sentences, read_jsonl, scorer, summa_pick, table)

K = 3
KEYS = ("rouge1", "rouge2", "rougeL")


def run_peer(name, pick, rows, rouge, k=K):
    scores = {key: [] for key in KEYS}
    chars = []
    start = time.perf_counter()
    for row in rows:
        sents = razdel_sentences(row["text"])
        chosen = pick(sents, k) if name != "oracle" else oracle(sents, k, row["summary"], rouge)
        text = " ".join(sents[i] for i in sorted(chosen))
        _add(scores, rouge.score(row["summary"], text))
        chars.append(len(text))
    return scores, chars, time.perf_counter() - start


def run_bisumm(summarizer, rows, rouge, **budget):
    scores = {key: [] for key in KEYS}
    chars = []
    start = time.perf_counter()
    for row in rows:
        text = summarizer(row["text"], **budget).text
        _add(scores, rouge.score(row["summary"], text))
        chars.append(len(text))
    return scores, chars, time.perf_counter() - start


def _add(scores, result):
    for key in KEYS:
        scores[key].append(f1(result, key))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="first N articles only")
    parser.add_argument("--no-oracle", action="store_true")
    args = parser.parse_args(argv)
    import bisumm

    rows = read_jsonl(GAZETA)
    if args.limit:
        rows = rows[:args.limit]
    rouge = scorer()
    results = {}
    bisumm_runs = {"**bisumm auto**": "auto", "bisumm textrank": "textrank", "bisumm lexrank": "lexrank",
                   "bisumm centroid": "centroid"}
    for label, method in bisumm_runs.items():
        results[label] = run_bisumm(bisumm.Summarizer(method=method), rows, rouge, sentences=K)
    peers = {"Lead-3": lead, "random (seed 13)": make_random(13), "sumy LexRank": make_sumy("lexrank"),
             "sumy TextRank": make_sumy("textrank"), "sumy LSA": make_sumy("lsa"), "sumy Luhn": make_sumy("luhn"),
             "summa TextRank": summa_pick}
    if not args.no_oracle:
        peers["greedy oracle"] = None
    for label, pick in peers.items():
        results[label] = run_peer("oracle" if pick is None else label, pick, rows, rouge)
    print(f"### 3-sentence summaries, {len(rows)} Gazeta dev articles\n")
    print(_table(results, "Lead-3"))
    print()
    _verdict(results)
    short = {"**bisumm short**": run_bisumm(bisumm.Summarizer(), rows, rouge, length="short"),
             "Lead-1": run_peer("Lead-1", lead, rows, rouge, k=1),
             "Lead-2": run_peer("Lead-2", lead, rows, rouge, k=2)}
    print(f"\n### `length=\"short\"` (1–2 sentences, ≤ 300 chars), {len(rows)} articles\n")
    print(_table(short, "Lead-1"))
    shuffled = _shuffled(rows, seed=7)
    mixed = {label: run_bisumm(bisumm.Summarizer(method=method), shuffled, rouge, sentences=K)
             for label, method in (("**bisumm auto**", "auto"), ("bisumm centroid", "centroid"),
                                   ("bisumm textrank", "textrank"))}
    mixed.update({"first 3 (Lead-3 of the shuffled text)": run_peer("Lead-3", lead, shuffled, rouge),
                  "sumy LexRank": run_peer("sumy LexRank", make_sumy("lexrank"), shuffled, rouge)})
    print(f"\n### Sentence order shuffled (seed 7), 3 sentences, {len(rows)} articles\n")
    print(_table(mixed, "first 3 (Lead-3 of the shuffled text)"))
    return 0


def _shuffled(rows, seed):
    """``rows`` with the (razdel) sentences of each text in a random order."""
    rng = random.Random(seed)
    out = []
    for row in rows:
        sents = razdel_sentences(row["text"])
        rng.shuffle(sents)
        out.append({**row, "text": " ".join(sents)})
    return out


def _mean(values):
    return statistics.fmean(values) if values else 0.0


def _table(results, base):
    ref = {key: _mean(results[base][0][key]) for key in KEYS}
    rows = []
    for label, (scores, chars, seconds) in results.items():
        m = {key: _mean(scores[key]) for key in KEYS}
        rows.append([label] + [f"{m[k]:.2f}" for k in KEYS]
                    + [f"{m[k] - ref[k]:+.2f}" for k in KEYS]
                    + [f"{m['rouge1'] / ref['rouge1']:.3f}", f"{_mean(chars):.0f}", f"{seconds:.2f}"])
    header = ["system", "R-1", "R-2", "R-L", f"ΔR-1 vs {base}", "ΔR-2", "ΔR-L", "R-1 ratio", "avg chars", "time s"]
    return table(header, rows)


def _verdict(results):
    ours = {key: _mean(results["**bisumm auto**"][0][key]) for key in KEYS}
    lead3 = {key: _mean(results["Lead-3"][0][key]) for key in KEYS}
    peers = [p for p in results if not p.startswith(("bisumm", "**bisumm", "greedy oracle"))]
    beats_all = all(ours[k] > _mean(results[p][0][k]) for p in peers for k in KEYS)
    ok = ours["rouge1"] - lead3["rouge1"] >= 1.0 and ours["rougeL"] > lead3["rougeL"] and beats_all
    print(f"Bar (R-1 ≥ Lead-3 + 1.0, R-L > Lead-3, every peer beaten on R-1/R-2/R-L): "
          f"ΔR-1 = {ours['rouge1'] - lead3['rouge1']:+.2f}, ΔR-L = {ours['rougeL'] - lead3['rougeL']:+.2f}, "
          f"beats every peer: {'yes' if beats_all else 'no'} → **{'met' if ok else 'NOT met'}**")
    low, high = paired_interval(results["**bisumm auto**"][0]["rouge1"], results["Lead-3"][0]["rouge1"])
    print(f"\nΔR-1 vs Lead-3, 95 % paired bootstrap interval over the articles: [{low:+.2f}, {high:+.2f}]")


if __name__ == "__main__":
    raise SystemExit(main())
