"""Sentence segmentation: bisumm vs razdel on NTREX, speed, and hostile input.

Usage::

    python bench/segment.py            # everything (about a minute)
    python bench/segment.py --quick    # skip the 50 MB run

Quality: each NTREX article's ``sentences`` joined with one space into one paragraph
per language; the gold boundaries are the joins. Errors per 1,000 gold boundaries =
false splits + missed boundaries. NTREX is noisy: some segments hold two sentences
(any correct split there counts as a false split) and subheads have no final period
(the join hides them, so they count as misses for every splitter).
razdel is given the same paragraph (it is the Russian reference).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import NTREX, read_jsonl, table  # noqa: E402

from bisumm.segment import split_sentences  # noqa: E402

LANGS = ("ba", "ru", "tt", "kk", "ky", "uk", "be", "en")
Splitter = Callable[[str], list[tuple[int, int]]]


def razdel_split(text: str) -> list[tuple[int, int]]:
    """razdel paragraph by paragraph (razdel alone reads abbreviations across blank lines)."""
    import razdel

    from bisumm.segment import split_paragraphs

    return [(a + s.start, a + s.stop) for a, b in split_paragraphs(text)
            for s in razdel.sentenize(text[a:b])]


def ours(text: str) -> list[tuple[int, int]]:
    return split_sentences(text)


def articles(docs: list[dict], lang: str) -> list[tuple[str, set[int]]]:
    """(paragraph, gold boundary offsets) per article."""
    out = []
    for doc in docs:
        sents = doc[lang]["sentences"]
        gold, pos = set(), 0
        for sent in sents[:-1]:
            pos += len(sent)
            gold.add(pos)
            pos += 1
        out.append((" ".join(sents), gold))
    return out


def errors(split: Splitter, data: list[tuple[str, set[int]]]) -> tuple[int, int, int]:
    """(gold boundaries, false splits, missed boundaries)."""
    n = false = missed = 0
    for text, gold in data:
        pred = {stop for _, stop in split(text)[:-1]}
        n += len(gold)
        false += len(pred - gold)
        missed += len(gold - pred)
    return n, false, missed


def timed(split: Splitter, text: str, repeat: int = 3) -> float:
    """Best wall time in seconds of ``split(text)``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        split(text)
        best = min(best, time.perf_counter() - start)
    return best


def quality_rows(docs: list[dict]) -> list[list[object]]:
    rows = []
    for lang in LANGS:
        data = articles(docs, lang)
        chars = sum(len(t) for t, _ in data)
        text = "\n\n".join(t for t, _ in data)
        n, f_ours, m_ours = errors(ours, data)
        _, f_rz, m_rz = errors(razdel_split, data)
        e_ours, e_rz = 1000 * (f_ours + m_ours) / n, 1000 * (f_rz + m_rz) / n
        t_ours = 1000 * timed(ours, text) * 100_000 / chars
        t_rz = 1000 * timed(razdel_split, text) * 100_000 / chars
        bar = {"ru": e_rz, "ba": 0.7 * e_rz}.get(lang)
        verdict = "" if bar is None else (" ✓" if e_ours <= bar else " ✗")
        rows.append([lang, n, f"{f_ours} + {m_ours}", f"**{e_ours:.1f}**{verdict}", f"{f_rz} + {m_rz}",
                     f"{e_rz:.1f}", f"{e_ours / e_rz:.2f}", f"{t_ours:.1f}", f"{t_rz:.1f}",
                     f"{t_rz / t_ours:.1f}×"])
    return rows


def hostile_inputs(docs: list[dict], big: bool) -> list[tuple[str, str]]:
    words = ("һүҙ", "слово", "ҡала", "город", "йыл", "Өфө")
    run = " ".join(words[i % len(words)] for i in range(10_000))
    news = "\n\n".join(" ".join(d[lang]["sentences"]) for d in docs for lang in ("ba", "ru"))
    out = [
        ("10,000 words, no punctuation", run),
        ("10,000 words, one per line", run.replace(" ", "\n")),
        ("100k «, no closing quote", "«Башҡортостан " * 100_000),
        ("100k dots, no spaces", "." * 100_000),
        ("100k initials `А. `", "А. " * 100_000),
        ("NTREX ba+ru news ×1", news),
    ]
    copies = max(1, 5_000_000 // len(news))
    out.append((f"news, {len(news) * copies / 1e6:.0f} MB", "\n\n".join([news] * copies)))
    if big:
        copies *= 10
        out.append((f"news, {len(news) * copies / 1e6:.0f} MB", "\n\n".join([news] * copies)))
    return out


def hostile_rows(docs: list[dict], big: bool) -> list[list[object]]:
    rows = []
    for name, text in hostile_inputs(docs, big):
        repeat = 1 if len(text) > 2_000_000 else 3
        t_ours, t_rz = timed(ours, text, repeat), timed(razdel_split, text, repeat)
        n = len(ours(text))
        rows.append([name, f"{len(text):,}", f"{n:,}", f"{t_ours * 1000:,.0f}", f"{t_rz * 1000:,.0f}",
                     f"{1000 * t_ours * 100_000 / len(text):.1f}", f"{t_rz / t_ours:.1f}×"])
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the 50 MB text")
    args = parser.parse_args(argv)
    docs = read_jsonl(NTREX)
    print("Errors per 1,000 gold boundaries (false splits + missed) on NTREX articles joined into one "
          "paragraph per language; time in ms per 100k characters (best of 3). "
          "Bars: ru ≤ razdel, ba ≤ 0.7 × razdel.\n")
    print(table(["lang", "gold boundaries", "bisumm false + missed", "bisumm errors ‰", "razdel false + missed",
                 "razdel errors ‰", "ratio", "bisumm ms/100k", "razdel ms/100k", "speed-up"],
                quality_rows(docs)))
    print("\nHostile and large input (wall time; linear time shows as a flat ms per 100k characters):\n")
    print(table(["input", "chars", "bisumm sentences", "bisumm ms", "razdel ms", "bisumm ms/100k", "speed-up"],
                hostile_rows(docs, not args.quick)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
