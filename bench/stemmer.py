"""Bashkir stemmer bar: conflation accuracy, collisions, accuracy by suffix class, speed.

Usage: ``python bench/stemmer.py [--tsv ../shared/data/ba/morph/ba_form_lemma_corpus.tsv]``

Rows: the unambiguous, inflected (surface ≠ lemma), lower-case rows whose part of speech
includes n, v or adj and none of np, post, cop (28,342 rows). A row is conflated when
stem(form) == stem(lemma); a lemma *collides* when another distinct lemma gets its stem.
Suffix classes come from the first analysis in the ``analyses`` column.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from _common import table  # noqa: E402

from bisumm.lang.ba_stem import stem as ba_stem  # noqa: E402
from bisumm.normalize import match_form  # noqa: E402

DEFAULT_TSV = ROOT.parent / "shared" / "data" / "ba" / "morph" / "ba_form_lemma_corpus.tsv"
VERB_CLASSES = [("ifi", "verb: definite past"), ("ger_past", "verb: participle -ған"),
                ("gpr_past", "verb: participle -ған"), ("past", "verb: participle -ған"),
                ("pres", "verb: present"), ("prc_impf", "verb: present"), ("fut", "verb: future"),
                ("fut2", "verb: future"), ("gpr_fut", "verb: infinitive"), ("inf", "verb: infinitive"),
                ("gna_perf", "verb: converb"), ("prc_perf", "verb: converb"), ("gna_after", "verb: converb"),
                ("gna_until", "verb: converb"), ("ger", "verb: verbal noun -ыу"),
                ("gna_cond", "verb: conditional"), ("opt", "verb: imperative/optative"),
                ("imp", "verb: imperative/optative"), ("gpr_pot", "verb: agent -ыусы"),
                ("gpr_ppot", "verb: other")]


def load_pairs(path: Path) -> list[tuple[str, str, str]]:
    """(form, lemma, suffix class) rows of the benchmark filter, folded with match_form."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            pos = set(r["pos"].split(","))
            if (r["ambiguous"] == "0" and r["surface"] != r["lemmas"] and r["surface"] == r["surface"].lower()
                    and pos & {"n", "v", "adj"} and not pos & {"np", "post", "cop"}):
                first = r["analyses"].split(" ; ")[0]
                out.append((match_form(r["surface"]), match_form(r["lemmas"]), suffix_class(first)))
    return out


def suffix_class(analysis: str) -> str:
    """A coarse suffix class from apertium tags (``кит<v><iv><ifi><p3><sg>`` → verb: definite past)."""
    tags = set(re.findall(r"<(\w+)>", analysis))
    if "v" in tags:
        return next((name for tag, name in VERB_CLASSES if tag in tags), "verb: other")
    case = next((t for t in ("gen", "dat", "acc", "loc", "abl") if t in tags), None)
    poss = any(t.startswith("px") for t in tags)
    if poss and case:
        return "noun: possessive + case"
    if case:
        return f"noun: case {case}" + (" (plural)" if "pl" in tags else "")
    if poss:
        return "noun: possessive" + (" (plural)" if "pl" in tags else "")
    if "pl" in tags:
        return "noun: plural"
    if "comp" in tags:
        return "adj: comparative"
    return "noun: other (-лы, copula, -са)"


def measure(pairs, fn) -> tuple[float, float, dict[str, tuple[int, int]]]:
    """Accuracy, lemma collision rate, and per-class (correct, total)."""
    ok = 0
    by_class: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for form, lemma, cls in pairs:
        hit = fn(form) == fn(lemma)
        ok += hit
        by_class[cls][0] += hit
        by_class[cls][1] += 1
    lemmas = {lemma for _, lemma, _ in pairs}
    groups = Counter(fn(lemma) for lemma in lemmas)
    collide = sum(1 for lemma in lemmas if groups[fn(lemma)] > 1)
    return ok / len(pairs), collide / len(lemmas), {k: tuple(v) for k, v in by_class.items()}


def speed(words: list[str], fn, repeat: int = 3) -> float:
    """Words per second, uncached (best of ``repeat`` passes)."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for w in words:
            fn(w)
        best = min(best, time.perf_counter() - t0)
    return len(words) / best


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tsv", type=Path, default=DEFAULT_TSV)
    args = parser.parse_args(argv)
    if not args.tsv.exists():
        sys.exit(f"missing {args.tsv} (needs ../shared)")
    pairs = load_pairs(args.tsv)
    ba_stem("ҡала")                                   # load tables and lexicon outside timing
    print(f"{len(pairs):,} pairs (unambiguous, inflected, lower-case noun/verb/adjective rows).\n")
    systems = {"no stemming": lambda w: w, "first 5 letters": lambda w: w[:5], "bisumm ba_stem": ba_stem}
    words = [w for f, lemma, _ in pairs for w in (f, lemma)]
    results = {name: measure(pairs, fn) for name, fn in systems.items()}
    ours = results["bisumm ba_stem"][0]
    rows = []
    for name, fn in systems.items():
        acc, coll, _ = results[name]
        label = f"**{name}**" if name == "bisumm ba_stem" else name
        rows.append([label, f"{acc:.1%}", f"{coll:.1%}", f"{speed(words, fn):,.0f}",
                     f"{acc / ours:.2f}×" if ours else "-"])
    print(table(["system", "conflation accuracy", "lemmas sharing a stem", "words/s", "accuracy vs bisumm"], rows))
    acc, coll, _ = results["bisumm ba_stem"]
    met = "met" if acc >= 0.88 and coll <= 0.10 else "**NOT met**"
    print(f"\nBar (accuracy ≥ 88 %, lemmas sharing a stem ≤ 10 %): {acc:.1%} / {coll:.1%} → {met}\n")
    _, _, ours_cls = results["bisumm ba_stem"]
    _, _, t5_cls = results["first 5 letters"]
    print("Accuracy by suffix class:\n")
    print(table(["suffix class", "pairs", "bisumm", "first 5 letters"],
                [[cls, ours_cls[cls][1], f"{ours_cls[cls][0] / ours_cls[cls][1]:.1%}",
                  f"{t5_cls[cls][0] / ours_cls[cls][1]:.1%}"]
                 for cls in sorted(ours_cls, key=lambda c: -ours_cls[c][1])]))

if __name__ == "__main__":
    main()
