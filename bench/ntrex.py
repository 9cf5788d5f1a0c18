"""Bashkir and Russian: 1-sentence summaries of NTREX articles against their headlines.

Usage: ``python bench/ntrex.py``

``../shared/data/ntrex/ntrex.jsonl`` holds 80 news articles translated sentence by sentence
into Bashkir and Russian (and more). Each article's segments are joined one per line; every
system picks one sentence, scored with ROUGE-1 F1 (``\\w+`` tokens, lower-cased, ё→е, no
stemming) against the headline of the same language. Agreement: the share of articles for
which the ba and the ru version picked the same segment (bisumm's sentence is mapped to the
segment that holds its start). sumy gets bisumm's tokenizer and stemmer (sumy has no Bashkir).
"""

from __future__ import annotations

import bisect
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import NTREX, f1, paired_interval, read_jsonl, scorer, table  # noqa: E402

LANGS = ("ba", "ru")


def segment_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1


def pick_bisumm(summarizer, text: str, starts: list[int]) -> int:
    summary = summarizer(text, sentences=1)
    return segment_of(starts, summary.sentences[0].start) if summary.sentences else 0


SYSTEMS = {"**bisumm auto**": "auto", "bisumm textrank": "textrank", "bisumm lexrank": "lexrank",
           "sumy LexRank (bisumm tokens)": "sumy-lexrank", "sumy TextRank (bisumm tokens)": "sumy-textrank",
           "sumy Luhn (bisumm tokens)": "sumy-luhn"}


def run(rows, keys=("rouge1",), systems=SYSTEMS):
    """Per (system, lang): ROUGE F1 lists by key, and the segment each system chose per (doc, lang).

    Systems are ``systems`` plus ``Lead-1`` and ``best single sentence`` (best by R-1).
    """
    import bisumm

    rouge = scorer(tuple(keys))
    summarizers = {(label, lang): bisumm.Summarizer(method=method, lang=lang)
                   for label, method in systems.items() for lang in LANGS}
    labels = list(systems) + ["Lead-1", "best single sentence"]
    scores = {(label, lang): {key: [] for key in keys} for label in labels for lang in LANGS}
    chosen = {label: {} for label in labels}
    for row in rows:
        for lang in LANGS:
            segs = row[lang]["sentences"]
            text = "\n".join(segs)
            starts, pos = [], 0
            for seg in segs:
                starts.append(pos)
                pos += len(seg) + 1
            ref = row[lang]["headline"]
            single = [rouge.score(ref, seg) for seg in segs]
            picks = {label: pick_bisumm(summarizers[(label, lang)], text, starts) for label in systems}
            picks["Lead-1"] = 0
            picks["best single sentence"] = max(range(len(segs)), key=lambda j: (single[j]["rouge1"].fmeasure, -j))
            for label, i in picks.items():
                chosen[label][(row["doc"], lang)] = i
                for key in keys:
                    scores[(label, lang)][key].append(f1(single[i], key))
    return labels, scores, chosen


def main() -> int:
    rows = read_jsonl(NTREX)
    labels, by_key, chosen = run(rows)
    scores = {k: v["rouge1"] for k, v in by_key.items()}
    docs = [row["doc"] for row in rows]
    lead = {lang: statistics.fmean(scores[("Lead-1", lang)]) for lang in LANGS}
    out = []
    for label in labels:
        m = {lang: statistics.fmean(scores[(label, lang)]) for lang in LANGS}
        agree = statistics.fmean(chosen[label][(d, "ba")] == chosen[label][(d, "ru")] for d in docs)
        out.append([label] + [f"{m[lang]:.2f}" for lang in LANGS]
                   + [f"{m[lang] - lead[lang]:+.2f}" for lang in LANGS] + [f"{100 * agree:.0f} %"])
        if label == "**bisumm auto**":
            ours, ours_agree = m, agree
    print(f"### 1-sentence summary vs headline, ROUGE-1 F1, {len(rows)} NTREX articles\n")
    print(table(["system", "ba R-1", "ru R-1", "Δ ba vs Lead-1", "Δ ru vs Lead-1", "same sentence ba/ru"], out))
    ok = all(ours[lang] >= lead[lang] + 1.0 for lang in LANGS) and ours_agree >= 0.8
    print(f"\nBar (≥ Lead-1 + 1 point in ba and in ru; same sentence in ≥ 80 % of articles): "
          f"{ours['ba'] - lead['ba']:+.2f} / {ours['ru'] - lead['ru']:+.2f}, {100 * ours_agree:.0f} % "
          f"→ **{'met' if ok else 'NOT met'}**")
    spans = [paired_interval(scores[("**bisumm auto**", lang)], scores[("Lead-1", lang)]) for lang in LANGS]
    print("\nΔ vs Lead-1, 95 % paired bootstrap interval over the articles: "
          + ", ".join(f"{lang} [{low:+.2f}, {high:+.2f}]" for lang, (low, high) in zip(LANGS, spans)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
