"""Summarise one news article (Bashkir, Russian or both) with bisumm's public API.

    python examples/summarize_article.py                     # the mixed ba/ru example article
    python examples/summarize_article.py examples/seeds/ba_khamitov_turkey.txt

Prints the detected language, the short summary, a longer ranked summary with each
sentence's language, score and rank, and the officials' quotes bisumm attaches.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import bisumm

HERE = Path(__file__).resolve().parent
DEFAULT = HERE / "mixed_ba_ru.txt"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT, help="a .txt or .md article")
    args = parser.parse_args(argv)

    text = bisumm.read_text(args.path)  # UTF-8 / UTF-16 / cp1251, soft hyphens kept
    found = bisumm.detect(text)
    print(f"{args.path.name}: language {found.lang} (confidence {found.confidence:.2f})")

    short = bisumm.summarize(text)  # one or two sentences within ~300 characters
    print("\nShort summary:")
    print(f"  {short.text}")

    summarizer = bisumm.Summarizer()  # reusable: keep one for many articles
    long = summarizer(text, length="long", quotes=True)
    counts: dict[str, int] = {}
    for s in long.ranked:  # every sentence is routed to its own language
        counts[s.lang] = counts.get(s.lang, 0) + 1
    print("\nSentences by language:", ", ".join(f"{lang} {n}" for lang, n in sorted(counts.items())))

    print(f"\nLong summary ({len(long.sentences)} of {len(long.ranked)} sentences):")
    for s in long.sentences:
        assert text[s.start:s.stop] == s.text  # every sentence is a span of the original text
        print(f"  [{s.lang} #{s.index:<2} rank {s.rank:<2} score {s.score:.3f}] {s.text}")

    print("\nOfficials' quotes:")
    for q in long.quotes:
        print(f"  {q.speaker} ({q.title}): «{q.text}»")
    if not long.quotes:
        print("  (none found)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
