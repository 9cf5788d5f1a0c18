"""Quotations on real news: the figures of issue 14, on units of ``../shared`` news.

Usage::

    python bench/quotes_real.py            # frozen test part, then the development part
    python bench/quotes_real.py --errors   # also list the development part's errors
    python bench/quotes_real.py --ner      # also a Russian row with issue 14's NER fallback (bench/ner_trial.py)
    python bench/quotes_real.py --halves   # also the development part's two halves (dev-A / dev-B)
    python bench/quotes_real.py --errors dev2   # the second batch's errors instead (dev3: the third's)

Gold: ``tests/data/quotes_real.jsonl`` over the units of ``tests/data/quotes_real_units.jsonl``
(Russian Gazeta, Russia Today and Nezavisimaya Gazeta articles; Bashkir paragraphs of the native
news corpus), annotated by readers who had only ``docs/quotes-guideline.md``; the texts are
rebuilt from ``../shared`` (see ``tests/data/real_quotes.py``). Half the units (``part="test"``)
are frozen: no rule, weight or threshold is tuned on them. A second batch (``part="dev2"``, 103 units
from articles that hold no earlier unit, annotated blind on 2026-12-07) was first scored before any rule
looked at it; that first run is a second estimate on unseen text, kept beside today's figures, and
the batch is development data since. A third batch (``part="dev3"``, 142 units, drawn and annotated blind
while the next round's rules were being written, and hidden from the people writing them) was first
scored on the rules before that round and on the rules after it: the difference is the round's gain
on text no rule saw.

Metrics (quotes matched one-to-one when they overlap by ≥ 50 % of the longer span):

* direct P / R / F1: system quotes of kind ``direct`` against gold ``direct`` quotes;
* speaker accuracy: over all matched quotes, the speaker compared as in ``bench/quotes.py``
  (surname for names, words for roles and bodies, ``None`` only matches ``None``);
* indirect recall: gold ``indirect`` quotes matched by any system quote;
* officials' quotes (what ``bisumm quotes --official`` prints): a system quote flagged official
  is right when it matches a gold quote of an official with the right speaker; recall is over
  the gold quotes of officials;
* «»-names reported: quote-mark pairs of the unit that no gold quote overlaps (names of bodies,
  media, works, scare quotes) and that a system quote covers, as a share of all such pairs;
* time: ``bisumm.quotes`` per unit, mean.

First run of the frozen test part (2026-12-06, the rules as they were before issue 14), kept
for comparison:

| set | units | gold quotes | direct F1 (P / R) | speaker acc | indirect recall (gold) | officials R / P (gold) | «»-names reported (pairs) |
|---|---|---|---|---|---|---|---|
| ru test | 64 | 347 | 0.80 (0.77 / 0.83) | 0.53 | 0.26 (202) | 0.18 / 0.58 (145) | 0.066 (183) |
| ba test | 105 | 177 | 0.38 (0.46 / 0.32) | 0.60 | 0.27 (37) | 0.15 / 0.44 (27) | 0.211 (90) |
"""

from __future__ import annotations

import hashlib
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import real_quotes  # noqa: E402
from quotes import match, prf, speaker_match  # noqa: E402

_MARK_PAIR = re.compile(r"«[^«»\n]{1,200}»|“[^“”\n]{1,200}”|„[^„“”\n]{1,200}[“”]")


def _negative_marks(text: str, gold: list[dict]) -> list[tuple[int, int]]:
    """Quote-mark pairs (inner span) that no gold quotation overlaps."""
    out = []
    for m in _MARK_PAIR.finditer(text):
        inner = (m.start() + 1, m.end() - 1)
        if not any(min(inner[1], g["stop"]) > max(inner[0], g["start"]) for g in gold):
            out.append(inner)
    return out


def evaluate(units: list[dict], system) -> dict:
    """Counts per language (``ru``, ``ba``) for every metric of the module docstring."""
    stats: dict = defaultdict(lambda: defaultdict(float))
    for unit in units:
        s = stats[unit["lang"]]
        start = time.perf_counter()
        found = system(unit["text"])
        s["seconds"] += time.perf_counter() - start
        s["units"] += 1
        gold = unit["quotes"]
        pairs = match(gold, found, exact=False)
        direct_gold = [g for g in gold if g["kind"] == "direct"]
        direct_found = [q for q in found if q.kind == "direct"]
        s["direct_gold"] += len(direct_gold)
        s["direct_found"] += len(direct_found)
        s["direct_hit"] += len(match(direct_gold, direct_found, exact=False))
        s["matched"] += len(pairs)
        s["speaker_ok"] += sum(speaker_match(g["speaker"], q.speaker) for g, q in pairs)
        s["indirect_gold"] += sum(g["kind"] == "indirect" for g in gold)
        s["indirect_hit"] += sum(g["kind"] == "indirect" for g, _ in pairs)
        s["official_gold"] += sum(g["official"] for g in gold)
        s["official_found"] += sum(bool(q.official) for q in found)
        s["official_hit"] += sum(g["official"] and bool(q.official) and speaker_match(g["speaker"], q.speaker)
                                 for g, q in pairs)
        negatives = _negative_marks(unit["text"], gold)
        s["neg_marks"] += len(negatives)
        s["neg_reported"] += sum(any(min(b, q.stop) - max(a, q.start) >= 0.5 * (b - a) for q in found)
                                 for a, b in negatives)
        s["gold"] += len(gold)
        s["found"] += len(found)
    return stats


def row(label: str, s: dict) -> str:
    p, r, f = prf(int(s["direct_hit"]), int(s["direct_found"]), int(s["direct_gold"]))
    acc = s["speaker_ok"] / s["matched"] if s["matched"] else 0.0
    ind = s["indirect_hit"] / s["indirect_gold"] if s["indirect_gold"] else 0.0
    orec = s["official_hit"] / s["official_gold"] if s["official_gold"] else 0.0
    oprec = s["official_hit"] / s["official_found"] if s["official_found"] else 0.0
    neg = s["neg_reported"] / s["neg_marks"] if s["neg_marks"] else 0.0
    ms = 1000 * s["seconds"] / s["units"] if s["units"] else 0.0
    return (f"| {label} | {int(s['units'])} | {int(s['gold'])} | {f:.2f} ({p:.2f} / {r:.2f}) | {acc:.2f} | "
            f"{ind:.2f} ({int(s['indirect_gold'])}) | {orec:.2f} / {oprec:.2f} ({int(s['official_gold'])}) | "
            f"{neg:.3f} ({int(s['neg_marks'])}) | {ms:.1f} |")


HEADER = ("| set | units | gold quotes | direct F1 (P / R) | speaker acc | indirect recall (gold) | "
          "officials R / P (gold) | «»-names reported (pairs) | ms / unit |\n|---|---|---|---|---|---|---|---|---|")


#: the frozen test part's first run (the docstring's table), printed under today's rows
FIRST_RUN = {
    "ru": "| ru test, first run (2026-12-06) | 64 | 347 | 0.80 (0.77 / 0.83) | 0.53 | 0.26 (202) | 0.18 / 0.58 (145) "
          "| 0.066 (183) | 7.4 |",
    "ba": "| ba test, first run (2026-12-06) | 105 | 177 | 0.38 (0.46 / 0.32) | 0.60 | 0.27 (37) | 0.15 / 0.44 (27) "
          "| 0.211 (90) | 3.4 |",
}


#: the second batch's first run (2026-12-07, rules of e6d0a06, before any rule looked at it)
FIRST_RUN_DEV2 = {
    "ru": "| ru dev2, first run (2026-12-07) | 42 | 202 | 0.89 (0.91 / 0.87) | 0.71 | 0.68 (116) | 0.39 / 0.65 (76) "
          "| 0.010 (103) | 33.5 |",
    "ba": "| ba dev2, first run (2026-12-07) | 61 | 102 | 0.74 (0.81 / 0.68) | 0.69 | 0.73 (15) | 0.55 / 0.92 (20) "
          "| 0.000 (40) | 19.2 |",
}


#: the third batch (drawn 2026-12-07 at the start of a round, annotated blind while the round's rules
#: were written, never shown to them): its first runs, on the rules before and after the round (ms / unit
#: of both taken back to back on a quiet machine; the first scoring ran beside four busy jobs)
FIRST_RUN_DEV3 = {
    "ru": ["| ru dev3, first run, rules before the round (c945e2c) | 42 | 191 | 0.96 (0.97 / 0.96) | 0.84 | 0.78 (121) "
           "| 0.60 / 0.83 (97) | 0.012 (84) | 13.1 |",
           "| ru dev3, first run, rules after the round (cd170a7) | 42 | 191 | 0.96 (0.97 / 0.96) | 0.84 | 0.78 (121) "
           "| 0.60 / 0.87 (97) | 0.012 (84) | 13.5 |"],
    "ba": ["| ba dev3, first run, rules before the round (c945e2c) | 100 | 133 | 0.80 (0.79 / 0.80) | 0.77 | 0.68 (22) "
           "| 0.37 / 0.83 (27) | 0.063 (63) | 6.2 |",
           "| ba dev3, first run, rules after the round (cd170a7) | 100 | 133 | 0.80 (0.80 / 0.80) | 0.77 | 0.68 (22) "
           "| 0.37 / 0.83 (27) | 0.063 (63) | 6.3 |"],
}

#: the lines printed under today's row of a part
FIRST_RUNS = {"test": {k: [v] for k, v in FIRST_RUN.items()},
              "dev2": {k: [v] for k, v in FIRST_RUN_DEV2.items()}, "dev3": FIRST_RUN_DEV3}


def table(part: str, ner: bool = False) -> list[str]:
    """Markdown lines for one part (``test``, ``dev``, ``dev2`` or ``dev3``), Russian then Bashkir; the
    test part and the later batches with their first runs beside each language's row; with ``ner``, a Russian row of the rules plus the NER trial's
    fallback (:mod:`ner_trial`) under the rules' row (its ms / unit holds the rules' time too; the model
    is loaded beforehand)."""
    import bisumm

    units = real_quotes.load(part=part)
    stats = evaluate(units, bisumm.quotes)
    lines = [HEADER]
    for lang in ("ru", "ba"):
        if stats[lang]["units"]:
            lines.append(row(f"**{lang} {part}, today**" if part == "test" else f"{lang} {part}", stats[lang]))
            if lang == "ru" and ner:
                lines.append(_ner_row(part, [u for u in units if u["lang"] == "ru"]))
            lines += FIRST_RUNS.get(part, {}).get(lang, [])
    return lines


def _ner_row(part: str, units: list[dict]) -> str:
    import bisumm
    from bisumm.document import Document
    from ner_trial import fill_speakers, load_ner

    def system(text: str) -> list:
        doc = Document.from_text(text)
        return fill_speakers(doc, bisumm.quotes(doc))

    load_ner()
    return row(f"ru {part} + NER", evaluate(units, system)["ru"])


def half(unit: dict) -> str:
    """``A`` or ``B``: a fixed split of units by the parity of the sha1 of the unit key, so that a rule
    can be checked on two disjoint halves of the development part."""
    return "AB"[hashlib.sha1(unit["unit"].encode("utf-8")).digest()[-1] % 2]


def halves() -> list[str]:
    """Markdown lines for the development part's halves, Russian then Bashkir."""
    import bisumm

    units = real_quotes.load(part="dev")
    lines = [HEADER]
    for lang in ("ru", "ba"):
        for h in "AB":
            part = [u for u in units if u["lang"] == lang and half(u) == h]
            if part:
                lines.append(row(f"{lang} dev-{h}", evaluate(part, bisumm.quotes)[lang]))
    return lines


def errors(part: str = "dev") -> None:
    """Every miss, wrong speaker and false quote of a part, to read (never of the frozen test part)."""
    assert part != "test", "the frozen test part is never read for errors"
    import bisumm

    for unit in real_quotes.load(part=part):
        found = bisumm.quotes(unit["text"])
        text = unit["text"]
        pairs = match(unit["quotes"], found, exact=False)
        hit = {id(g): q for g, q in pairs}
        used = {id(q) for _, q in pairs}
        for g in unit["quotes"]:
            q = hit.get(id(g))
            snippet = text[g["start"]:g["stop"]][:60]
            if q is None:
                print(f"- {unit['unit']} MISSED {g['kind']} {snippet!r} ({g['speaker']})")
            elif not speaker_match(g["speaker"], q.speaker):
                print(f"- {unit['unit']} SPEAKER {snippet!r}: {g['speaker']!r}, got {q.speaker!r} ({q.pattern})")
        for q in found:
            if id(q) not in used:
                print(f"- {unit['unit']} FALSE [{q.pattern}] {q.text[:60]!r} ({q.speaker})")


def main() -> None:
    print("Real news, frozen test part (never tuned on):\n")
    ner = "--ner" in sys.argv[1:]
    print("\n".join(table("test", ner)))
    print("\nReal news, development part:\n")
    print("\n".join(table("dev", ner)))
    print("\nReal news, second batch (first run on unseen text, development data since):\n")
    print("\n".join(table("dev2", ner)))
    print("\nReal news, third batch (first scored on the rules of the round it was hidden from):\n")
    print("\n".join(table("dev3", ner)))
    if "--halves" in sys.argv[1:]:
        print("\nDevelopment part, halves (by sha1 of the unit key):\n")
        print("\n".join(halves()))
    if "--errors" in sys.argv[1:]:
        part = next((p for p in ("dev2", "dev3") if p in sys.argv[1:]), "dev")
        print(f"\nErrors of the {part} part:\n")
        errors(part)


if __name__ == "__main__":
    main()
