"""List the quotations of an article and who said them, then mark them in the text.

    python examples/find_quotes.py                           # the mixed ba/ru example article
    python examples/find_quotes.py examples/seeds/ru_nazarov_kazakhstan.txt --official

Each quote is a span of the original text, and so is its speaker mention: the script
marks them with ⟦…⟧ (quote) and ⟨…⟩ (speaker) using the offsets alone.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import bisumm

HERE = Path(__file__).resolve().parent
DEFAULT = HERE / "mixed_ba_ru.txt"


def describe(q: bisumm.Quote) -> str:
    """One line per quote: speaker, title, kind, rule and confidence."""
    who = q.speaker or "(unattributed)"
    title = f", {q.title}" if q.title else ""
    flag = "official" if q.official else "not official"
    return (f"{who}{title}\n    {q.kind} speech, {flag}, rule {q.pattern}, confidence {q.confidence:.2f}, "
            f"{q.lang}\n    «{q.text}»")


def mark(text: str, quotes: list[bisumm.Quote]) -> str:
    """``text`` with ⟦quotes⟧ and ⟨speakers⟩ marked, from the offsets only."""
    marks = []
    for q in quotes:
        marks.append((q.start, q.stop, "⟦", "⟧"))
        if q.speaker_start is not None and q.speaker_stop is not None:
            marks.append((q.speaker_start, q.speaker_stop, "⟨", "⟩"))
    out, pos = [], 0
    for start, stop, left, right in sorted(set(marks)):
        if start < pos:  # a speaker shared by two quotes, or nested spans: mark once
            continue
        out += [text[pos:start], left, text[start:stop], right]
        pos = stop
    out.append(text[pos:])
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT, help="a .txt or .md article")
    parser.add_argument("--official", action="store_true", help="only quotes of officials")
    args = parser.parse_args(argv)

    text = bisumm.read_text(args.path)
    found = [q for q in bisumm.quotes(text) if q.official or not args.official]
    print(f"{args.path.name}: {len(found)} quotations\n")
    for number, q in enumerate(found, 1):
        assert text[q.start:q.stop] == q.text  # offsets index the original text
        print(f"{number:>2}. {describe(q)}")
    print("\nMarked text (⟦quote⟧, ⟨speaker⟩):\n")
    print(mark(text, found).strip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
