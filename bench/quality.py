"""Summary quality on every development set, bisumm against its peers, Lead-k and the greedy oracle, in one run.

Usage: ``python bench/quality.py [--limit N] [--web-limit 300] [--no-oracle]``

One table of every development set: Gazeta dev (200 articles, 3 sentences vs the human summary),
the same articles with their sentences shuffled (seed 7), Russia Today web articles (the first
``--web-limit`` dev articles, 3 sentences vs the long teaser) and Nezavisimaya Gazeta web articles
(the first ``--web-limit`` dev articles with a summary, 1 sentence vs the one-line subtitle), each
without and with the article's title given to bisumm, and NTREX (80 articles, 1 sentence vs the
headline, ba and ru): ROUGE F1, Δ vs Lead-3 (Lead-1 for 1-sentence sets) with a 95 % paired
bootstrap interval, the best peer, the greedy oracle. Then the frozen RT and NG test parts (the
same first-N rule; never tuned on) beside their first-run figures; then the share of unfit
sentences in bisumm's ``length="long"`` summaries of RT articles (named checks in
``bench/_web.py``); then the Gazeta details (every peer, ``length="short"``, shuffled order).

``rouge-score`` with ``\\w+`` tokens, lower-cased, ё→е, no stemming, F1 averaged per document.
Peers get razdel sentences, a Snowball Russian stemmer and lexrank's Russian stop list (so sumy
runs offline); on NTREX, sumy gets bisumm's tokens (see ``bench/ntrex.py``). bisumm gets the raw text.
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

from _common import (GAZETA, NTREX, f1, lead, make_random, make_sumy, oracle, paired_interval,  # noqa: E402
                     razdel_sentences, read_jsonl, scorer, summa_pick, table)
from _web import CHECKS, SETS, bisumm_texts, peer_texts, score_texts, unfit_counts, web_rows  # noqa: E402

#: the frozen test parts' first run (ranker of 2026-12-06 before titles and web text; no title given;
#: first 300 RT test articles, the NG test articles with a summary among the first 300): R-1, R-2, R-L
FIRST_RUN = {"rt": {"bisumm": (25.42, 9.66, 17.44), "lead": (24.47, 9.30, 16.89), "sumy LexRank": 20.40},
             "ng": {"bisumm": (7.87, 1.93, 7.11), "lead": (7.48, 1.75, 6.82), "sumy LexRank": 7.27}}
#: unfit long-summary sentences of the same ranker (first 300 articles): dev, test
UNFIT_BEFORE = {"dev": (122, 1475), "test": (127, 1460)}
WEB_PEERS = ("sumy LexRank", "sumy TextRank", "sumy LSA", "sumy Luhn", "summa TextRank")

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
    parser.add_argument("--web-limit", type=int, default=300, help="first N RT/NG articles of each part")
    parser.add_argument("--no-oracle", action="store_true")
    args = parser.parse_args(argv)
    import bisumm

    rows = read_jsonl(GAZETA)
    if args.limit:
        rows = rows[:args.limit]
    rouge = scorer()
    shuffled = _shuffled(rows, seed=7)
    overview = [_set_row("Gazeta dev", rows, K, None, rouge, args.no_oracle),
                _set_row("Gazeta dev, shuffled", shuffled, K, None, rouge, args.no_oracle)]
    web = {}
    for source, k in SETS.items():
        for part in ("dev", "test"):
            web[(source, part)] = web_rows(source, part, args.web_limit)
        name = {"rt": "RT", "ng": "NG"}[source]
        overview.append(_set_row(f"{name} dev", web[(source, "dev")], k, False, rouge, args.no_oracle))
        overview.append(_set_row(f"{name} dev + title", web[(source, "dev")], k, True, rouge, True))
    overview += _ntrex_rows()
    print(f"### Every development set: bisumm auto vs Lead-k, the best peer and the greedy oracle\n")
    print(f"Web sets: the first {args.web_limit} dev articles of each source with a summary "
          f"(RT {len(web[('rt', 'dev')])}, NG {len(web[('ng', 'dev')])}); test parts below.\n")
    print(table(OVERVIEW_HEADER, overview))
    print()
    test_rows = []
    for source, k in SETS.items():
        name = {"rt": "RT", "ng": "NG"}[source]
        test_rows.append(_first_run_row(f"{name} test, first run", source, len(web[(source, "test")])))
        test_rows.append(_set_row(f"{name} test", web[(source, "test")], k, False, rouge, args.no_oracle))
        test_rows.append(_set_row(f"{name} test + title", web[(source, "test")], k, True, rouge, True))
    print(f"### Frozen test parts (never tuned on): first run and today\n")
    print(table(OVERVIEW_HEADER, test_rows))
    print()
    _unfit(web)
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
    mixed = {label: run_bisumm(bisumm.Summarizer(method=method), shuffled, rouge, sentences=K)
             for label, method in (("**bisumm auto**", "auto"), ("bisumm centroid", "centroid"),
                                   ("bisumm textrank", "textrank"))}
    mixed.update({"first 3 (Lead-3 of the shuffled text)": run_peer("Lead-3", lead, shuffled, rouge),
                  "sumy LexRank": run_peer("sumy LexRank", make_sumy("lexrank"), shuffled, rouge)})
    print(f"\n### Sentence order shuffled (seed 7), 3 sentences, {len(rows)} articles\n")
    print(_table(mixed, "first 3 (Lead-3 of the shuffled text)"))
    return 0


OVERVIEW_HEADER = ["set", "articles", "k", "bisumm R-1 / R-2 / R-L", "Lead-k R-1 / R-2 / R-L", "ΔR-1 [95 % interval]",
                   "ΔR-L", "best peer R-1", "greedy oracle R-1"]


def _set_row(name, rows, k, title, rouge, no_oracle):
    """One overview row: bisumm (``title``: give it the titles; ``None``: no titles exist) vs Lead-k, peers, oracle."""
    import bisumm

    ours = score_texts(rows, bisumm_texts(bisumm.Summarizer(), rows, k, bool(title)), rouge)
    base = score_texts(rows, peer_texts(lead, rows, k), rouge)
    peers = {label: _mean(score_texts(rows, peer_texts(_peer(label), rows, k), rouge)["rouge1"])
             for label in WEB_PEERS}
    best = max(peers, key=peers.get)
    best_oracle = "—" if no_oracle else f"{_mean(score_texts(rows, peer_texts(None, rows, k, rouge), rouge)['rouge1']):.2f}"
    return _row(name, len(rows), k, ours, base, f"{peers[best]:.2f} ({best})", best_oracle)


def _row(name, n, k, ours, base, peer, best_oracle):
    low, high = paired_interval(ours["rouge1"], base["rouge1"])
    m = {key: _mean(ours[key]) for key in KEYS}
    b = {key: _mean(base[key]) for key in KEYS}
    return [name, n, k, " / ".join(f"{m[key]:.2f}" for key in KEYS), " / ".join(f"{b[key]:.2f}" for key in KEYS),
            f"{m['rouge1'] - b['rouge1']:+.2f} [{low:+.2f}, {high:+.2f}]", f"{m['rougeL'] - b['rougeL']:+.2f}",
            peer, best_oracle]


def _first_run_row(name, source, n):
    ours, base = FIRST_RUN[source]["bisumm"], FIRST_RUN[source]["lead"]
    return [name, n, SETS[source], " / ".join(f"{v:.2f}" for v in ours), " / ".join(f"{v:.2f}" for v in base),
            f"{ours[0] - base[0]:+.2f}", f"{ours[2] - base[2]:+.2f}", f"{FIRST_RUN[source]['sumy LexRank']:.2f} (sumy LexRank)", "—"]


def _peer(label):
    return summa_pick if label == "summa TextRank" else make_sumy(label.split()[1].lower())


def _ntrex_rows():
    from ntrex import LANGS, SYSTEMS, run

    systems = {label: method for label, method in SYSTEMS.items() if label == "**bisumm auto**" or "sumy" in label}
    labels, scores, chosen = run(read_jsonl(NTREX), KEYS, systems)
    docs = sorted({doc for doc, _ in chosen["**bisumm auto**"]})
    same = _mean([chosen["**bisumm auto**"][(d, "ba")] == chosen["**bisumm auto**"][(d, "ru")] for d in docs])
    out = []
    for lang in LANGS:
        peers = {label: _mean(scores[(label, lang)]["rouge1"]) for label in labels if label.startswith("sumy")}
        best = max(peers, key=peers.get)
        out.append(_row(f"NTREX {lang} (same sentence ba/ru {100 * same:.0f} %)", len(docs), 1,
                        scores[("**bisumm auto**", lang)], scores[("Lead-1", lang)], f"{peers[best]:.2f} ({best})",
                        f"{_mean(scores[('best single sentence', lang)]['rouge1']):.2f} (best single)"))
    return out


def _unfit(web):
    import bisumm

    header = ["RT part", "long-summary sentences", "unfit", "share"] + list(CHECKS) + ["share before (first run)"]
    rows = []
    for part in ("dev", "test"):
        for title in (False, True):
            total, kinds, _ = unfit_counts(bisumm.Summarizer(), web[("rt", part)], title)
            bad, before = sum(kinds.values()), UNFIT_BEFORE[part]
            rows.append([f"{part}{' + title' if title else ''}", total, bad, f"{100 * bad / max(total, 1):.2f} %"]
                        + [kinds[name] for name in CHECKS] + [f"{100 * before[0] / before[1]:.1f} % ({before[0]} of {before[1]})"])
    print("### Unfit sentences in bisumm's `length=\"long\"` summaries of RT articles (bar ≤ 0.3 %)\n")
    print(table(header, rows))
    print()


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
