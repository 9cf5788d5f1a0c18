"""Every development set at once: ΔR-1 of the news ranker vs the lead baseline, for variants of NewsParams.

Usage: ``python bench/tune_news.py [--limit 300] [--rt-from N --rt-limit M] [--half 0|1] [--set name=value ...]``

The sets the news ranker is tuned on, together, so a gain on one is not paid for on another:
Gazeta dev (3 sentences vs Lead-3), the same articles shuffled (seed 7, vs the first 3), RT dev
with and without titles (3 sentences vs Lead-3), NG dev with and without titles (1 sentence vs
Lead-1), NTREX ba and ru (1 sentence vs the headline, vs Lead-1; the NTREX headline is never
given as a title; bisumm's own sentence is scored, where ``bench/ntrex.py`` scores the NTREX
segment holding it, so the NTREX figures differ a little). Each cell is ΔR-1/ΔR-L against the
lead baseline. Documents are segmented once; each variant re-ranks them. Test parts are never
read. Example: ``python bench/tune_news.py --set position_weight=0.7 --set penalty.unfinished=0.1``.
``--rt-from``/``--rt-limit`` take RT dev articles N to N+M instead of the first ``--limit`` (a larger
sample away from the 300 that ``bench/quality.py`` reports; ``bench/train_order.py`` trains on RT
300–1,099, so start at 1,100); ``--half`` keeps the articles of one half of every set (even or odd
first byte of the SHA-1 of the article's set and number), to check that a gain holds on both;
``--halves`` prints both halves of every set beside the whole in one run.
``--only rt+title ng+title`` scores those sets only (a variant of the title terms changes no set
without a title). ``--peers`` first prints the same cells for the sumy peers on Gazeta and shuffled Gazeta (the bar
on the shuffled set is every peer beaten, not only its first 3 sentences).
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

from _common import GAZETA, NTREX, bucket, f1, razdel_sentences, read_jsonl, scorer  # noqa: E402
from _web import web_rows  # noqa: E402


def raw_rows(limit: int, rt_from: int = 0, rt_limit: int = 0) -> dict[str, list[dict]]:
    """name → the rows of the sets segmented by razdel (Gazeta dev, shuffled with seed 7, RT and NG dev)."""
    gazeta = read_jsonl(GAZETA)[:limit]
    rng = random.Random(7)
    shuffled = []
    for row in gazeta:
        sents = razdel_sentences(row["text"])
        rng.shuffle(sents)
        shuffled.append({**row, "text": " ".join(sents)})
    rt = web_rows("rt", "dev", rt_from + rt_limit)[rt_from:] if rt_limit else web_rows("rt", "dev", limit)
    return {"gazeta": gazeta, "shuffled": shuffled, "rt": rt, "ng": web_rows("ng", "dev", limit)}


def half_of(rows_of: dict[str, list[dict]], half: int) -> dict[str, list[dict]]:
    """The rows of every set whose SHA-1 of ``set/number`` starts with an even (0) or odd (1) byte."""
    def keep(name: str, number: int) -> bool:
        key = "gazeta" if name == "shuffled" else name  # an article and its shuffled copy together
        return bucket(f"{key}/{number}", 2) == half

    return {name: [r for i, r in enumerate(rows) if keep(name, i)] for name, rows in rows_of.items()}


def dev_sets(rows_of: dict[str, list[dict]], half: int | None = None, ntrex: bool = True) -> dict[str, tuple[list, int, list[str], list[str], list[str | None]]]:
    """name → (documents, k, references, lead-k texts, titles)."""
    from bisumm.document import Document

    out = {}
    for name, rows in rows_of.items():
        k = 1 if name == "ng" else 3
        docs = [Document.from_text(r["text"]) for r in rows]
        out[name] = (docs, k, [r["summary"] for r in rows],
                     [" ".join(razdel_sentences(r["text"])[:k]) for r in rows], [None] * len(rows))
        if name in ("rt", "ng"):
            out[name + "+title"] = (*out[name][:4], [r["title"] for r in rows])
    if not ntrex:
        return out
    ntrex = read_jsonl(NTREX)
    if half is not None:
        ntrex = half_of({"ntrex": ntrex}, half)["ntrex"]
    for lang in ("ba", "ru"):
        docs = [Document.from_text("\n".join(r[lang]["sentences"]), lang) for r in ntrex]
        out["ntrex-" + lang] = (docs, 1, [r[lang]["headline"] for r in ntrex],
                                [r[lang]["sentences"][0] for r in ntrex], [None] * len(ntrex))
    return out


def evaluate(sets, params, halves=None) -> dict[str, tuple[float, float, float]]:
    """name → (bisumm R-1, lead R-1, R-L difference); with ``halves`` (name → the half of each
    document, :func:`halves_of`) also ``name/0`` and ``name/1``, one cell per half."""
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
        for half in (0, 1) if halves else ():
            keep = [i for i, h in enumerate(halves[name]) if h == half]
            out[f"{name}/{half}"] = tuple(statistics.fmean(v[i] for i in keep) for v in (ours, base, dl))
    return out


def halves_of(rows_of: dict[str, list[dict]], sets) -> dict[str, list[int]]:
    """name of a set → the half (:func:`half_of`) of each of its documents."""
    def key(name: str) -> str:
        base = name.split("+")[0]
        return "gazeta" if base == "shuffled" else "ntrex" if base.startswith("ntrex") else base

    return {name: [bucket(f"{key(name)}/{i}", 2) for i in range(len(sets[name][0]))] for name in sets}


def peer_cells(sets, rows_of) -> str:
    """ΔR-1/ΔR-L of sumy LexRank and TextRank vs the lead baseline on the sets in ``rows_of``."""
    from _common import make_sumy

    rouge = scorer(("rouge1", "rougeL"))
    lines = []
    for label in ("lexrank", "textrank"):
        pick = make_sumy(label)
        cells = []
        for name, rows in rows_of.items():
            _, k, refs, leads, _ = sets[name]
            d1, dl = [], []
            for row, ref, lead in zip(rows, refs, leads):
                sents = razdel_sentences(row["text"])
                a = rouge.score(ref, " ".join(sents[i] for i in sorted(pick(sents, k))))
                b = rouge.score(ref, lead)
                d1.append(f1(a, "rouge1") - f1(b, "rouge1"))
                dl.append(f1(a, "rougeL") - f1(b, "rougeL"))
            cells.append(f"{name} {statistics.fmean(d1):+.2f}/{statistics.fmean(dl):+.2f}")
        lines.append(f"sumy {label}: " + "  ".join(cells))
    return "\n".join(lines)


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
    parser.add_argument("--rt-from", type=int, default=0, help="RT dev articles from this one on ...")
    parser.add_argument("--rt-limit", type=int, default=0, help="... this many (instead of the first --limit)")
    parser.add_argument("--half", type=int, choices=(0, 1), help="one half of every set only")
    parser.add_argument("--halves", action="store_true", help="also print each set's two halves (name/0, name/1)")
    parser.add_argument("--peers", action="store_true", help="print the sumy peers' cells first")
    parser.add_argument("--only", nargs="*", help="score these sets only (e.g. rt+title ng+title: a "
                        "title-only variant leaves every set without a title unchanged)")
    args = parser.parse_args(argv)
    rows_of = raw_rows(args.limit, args.rt_from, args.rt_limit)
    if args.half is not None:
        rows_of = half_of(rows_of, args.half)
    if args.only:
        rows_of = {name: rows for name, rows in rows_of.items() if any(o.split("+")[0] == name for o in args.only)}
    sets = dev_sets(rows_of, args.half, ntrex=not args.only or any(o.startswith("ntrex") for o in args.only))
    if args.only:
        sets = {name: value for name, value in sets.items() if name in args.only}
    if args.peers:
        print(peer_cells(sets, {name: rows_of[name] for name in ("gazeta", "shuffled")}), flush=True)
    variants = args.set or [[]]
    for variant in variants:
        result = evaluate(sets, parse(variant), halves_of(rows_of, sets) if args.halves else None)
        cells = "  ".join(_cell(name, result) for name in sets)
        print(f"{' '.join(variant) or 'default'}: {cells}", flush=True)
    return 0


def _cell(name: str, result) -> str:
    """``name ΔR-1/ΔR-L``, with the halves' ΔR-1 in brackets when they were measured."""
    ours, base, dl = result[name]
    halves = [result[f"{name}/{h}"] for h in (0, 1) if f"{name}/{h}" in result]
    split = f" [{' '.join(f'{o - b:+.2f}' for o, b, _ in halves)}]" if halves else ""
    return f"{name} {ours - base:+.2f}/{dl:+.2f}{split}"


if __name__ == "__main__":
    raise SystemExit(main())
