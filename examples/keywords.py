"""List the keywords of an article (names, phrases, single words) and mark where they occur.

    python examples/keywords.py                                      # the mixed ba/ru example article
    python examples/keywords.py examples/seeds/ba_khamitov_turkey.txt -k 5 --title "Хәмитов Төркиәлә"

Each keyword comes with every place it occurs as a span of the original text: the script
marks the occurrences of the best keywords with ⟦…⟧ using the offsets alone, and prints the
keywords of each language of a mixed article apart.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import bisumm

HERE = Path(__file__).resolve().parent
DEFAULT = HERE / "mixed_ba_ru.txt"


def describe(kw: bisumm.Keyword) -> str:
    """One line per keyword: text, kind, language, score and how often it occurs."""
    return f"{kw.text} ({kw.kind}, {kw.lang}, score {kw.score:.2f}, {kw.count}×)"


def mark(text: str, found: list[bisumm.Keyword]) -> str:
    """``text`` with every occurrence of the keywords marked ⟦…⟧, from the offsets only
    (inserted from the end, so earlier offsets stay valid; an occurrence inside one already
    marked, such as a surname inside a full name, is left alone)."""
    spans = {(o.start, o.stop) for kw in found for o in kw.occurrences}
    outer = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    marked, limit = text, len(text)
    for start, stop in sorted(outer, reverse=True):
        if stop <= limit:  # two phrases that overlap: the later one is marked
            marked = marked[:start] + "⟦" + marked[start:stop] + "⟧" + marked[stop:]
            limit = start
    return marked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT, help="a .txt or .md article")
    parser.add_argument("-k", type=int, default=8, help="how many keywords (default 8)")
    parser.add_argument("--title", default=None, help="the article's headline (lifts its words)")
    args = parser.parse_args(argv)

    text = bisumm.read_text(args.path)
    try:
        found = bisumm.keywords(text, k=args.k, title=args.title)
    except bisumm.BisummError as error:  # k < 1: a clear message, no traceback
        parser.error(str(error))
    print(f"{args.path.name}: {len(found)} keywords\n")
    for number, kw in enumerate(found, 1):
        assert all(text[o.start:o.stop] == o.text for o in kw.occurrences)  # offsets index the text
        print(f"{number:>2}. {describe(kw)}")
    by_language: dict[str, list[str]] = {}
    for kw in found:
        by_language.setdefault(kw.lang, []).append(kw.text)
    print("\nBy language: " + "; ".join(f"{lang}: {', '.join(words)}" for lang, words in sorted(by_language.items())))
    print("\nMarked text (the top 3):\n")
    print(mark(text, found[:3]).strip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
