"""Every development set at once: ΔR-1 of the news ranker vs the lead baseline, for variants of NewsParams.

Usage: ``python bench/tune_news.py [--limit 300] [--set name=value ...]``

The sets the news ranker is tuned on, together, so a gain on one is not paid for on another:
Gazeta dev (3 sentences vs Lead-3), the same articles shuffled (seed 7, vs the first 3), RT dev
with and without titles (3 sentences vs Lead-3), NG dev with and without titles (1 sentence vs
Lead-1), NTREX ba and ru (1 sentence vs the headline, vs Lead-1; the NTREX headline is never
given as a title; bisumm's own sentence is scored, where ``bench/ntrex.py`` scores the NTREX
segment holding it, so the NTREX figures differ a little). Each cell is ΔR-1/ΔR-L against the
lead baseline. Documents are segmented once; each variant re-ranks them. Test parts are never
read. Example: ``python bench/tune_news.py --set position_weight=0.7 --set penalty.unfinished=0.1``.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import GAZETA, NTREX, f1, razdel_sentences, read_jsonl, scorer  # noqa: E402
from _web import web_rows  # noqa: E402


def dev_sets(limit: int) -> dict[str, tuple[list, int, list[str], list[str], list[str | None]]]:
    """name → (documents, k, references, lead-k texts, titles)."""
    from bisumm.document import Document

    out = {}
    gazeta = read_jsonl(GAZETA)[:limit]
    rng = random.Random(7)
    shuffled = []
    for row in gazeta:
        sents = razdel_sentences(row["text"])
        rng.shuffle(sents)
        shuffled.append({**row, "text": " ".join(sents)})
    for name, rows in (("gazeta", gazeta), ("shuffled", shuffled)):
        out[name] = ([Document.from_text(r["text"]) for r in rows], 3, [r["summary"] for r in rows],
                     [" ".join(razdel_sentences(r["text"])[:3]) for r in rows], [None] * len(rows))
    for source, k in (("rt", 3), ("ng", 1)):
        rows = web_rows(source, "dev", limit)
        docs = [Document.from_text(r["text"]) for r in rows]
        leads = [" ".join(razdel_sentences(r["text"])[:k]) for r in rows]
        refs = [r["summary"] for r in rows]
        out[source] = (docs, k, refs, leads, [None] * len(rows))
        out[source + "+title"] = (docs, k, refs, leads, [r["title"] for r in rows])
    ntrex = read_jsonl(NTREX)
    for lang in ("ba", "ru"):
        docs = [Document.from_text("\n".join(r[lang]["sentences"]), lang) for r in ntrex]
        out["ntrex-" + lang] = (docs, 1, [r[lang]["headline"] for r in ntrex],
                                [r[lang]["sentences"][0] for r in ntrex], [None] * len(ntrex))
    return out


def evaluate(sets, params) -> dict[str, tuple[float, float, float]]:
    """name → (bisumm R-1, lead R-1, R-L difference)."""
    import bisumm

    rouge = scorer(("rouge1", "rougeL"))
    summarizer = bisumm.Summarizer(params=params)
    out = {}
    for name, (docs, k, refs, leads, titles) in sets.items():
        ours, base, dl = [], [], []
        for doc, ref, lead, title in zip(docs, refs, leads, titles):
            a = rouge.score(ref, summarizer(doc, sentences=k, title=title).text)
            b = rouge.score(ref, lead)
            ours.append(f1(a, "rouge1"))
            base.append(f1(b, "rouge1"))
            dl.append(f1(a, "rougeL") - f1(b, "rougeL"))
        out[name] = (statistics.fmean(ours), statistics.fmean(base), statistics.fmean(dl))
    return out


def parse(assignments: list[str]):
    """``NewsParams`` with ``name=value`` overrides (``penalty.unfinished=0.1`` reaches nested ones)."""
    from bisumm.rank import NEWS

    params = NEWS
    for item in assignments:
        name, value = item.split("=", 1)
        if "." in name:
            outer, inner = name.split(".", 1)
            sub = getattr(params, outer)
            params = dataclasses.replace(params, **{outer: dataclasses.replace(sub, **{inner: type(getattr(sub, inner))(value)})})
        else:
            params = dataclasses.replace(params, **{name: type(getattr(params, name))(value)})
    return params


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--set", nargs="*", default=[], action="append")
    args = parser.parse_args(argv)
    sets = dev_sets(args.limit)
    variants = args.set or [[]]
    for variant in variants:
        result = evaluate(sets, parse(variant))
        cells = "  ".join(f"{name} {ours - base:+.2f}/{dl:+.2f}" for name, (ours, base, dl) in result.items())
        print(f"{' '.join(variant) or 'default'}: {cells}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
