"""Build ``bisumm/data/ba_stems.txt``, the Bashkir stem lexicon, from raw news text.

Usage: ``python bench/build_ba_lexicon.py [--data ../shared/data/ba] [--out bisumm/data/ba_stems.txt]``

Only raw text is read: the four native news corpora ``news_*.jsonl`` (never the lemma pairs,
which are kept for measuring). Every word type is split by the stemmer's suffix grammar
(:func:`bisumm.lang.ba_stem.candidates`); a candidate stem's *support* is the number of
distinct endings it was seen with, counting the bare word itself as one. Entries with support
below ``--min-support`` are dropped. The output is deterministic (sorted) and has a header.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bisumm.lang.ba_stem import MIN_SUPPORT, candidates, fold_final  # noqa: E402
from bisumm.normalize import match_form  # noqa: E402
from bisumm.tokens import iter_words  # noqa: E402

_CYRILLIC_WORD = re.compile("[а-яәөүғҡңҙҫһ]+")
CORPORA = ("news_bashgazet.jsonl", "news_kiskeufa.jsonl", "news_jeshlek.jsonl", "news_gsrb.jsonl")


def word_types(data: Path) -> dict[str, int]:
    """Folded, purely alphabetic word types of the news corpora with their counts."""
    counts: dict[str, int] = defaultdict(int)
    for name in CORPORA:
        with open(data / name, encoding="utf-8") as fh:
            for line in fh:
                for paragraph in json.loads(line)["paragraphs"]:
                    for chunk in paragraph:
                        for m in iter_words(chunk):
                            word = match_form(m.group())
                            if _CYRILLIC_WORD.fullmatch(word):
                                counts[word] += 1
    return counts


def support(types: dict[str, int]) -> dict[str, int]:
    """Candidate stem → number of distinct endings seen after it (bare word = one ending)."""
    endings: dict[str, set[str]] = defaultdict(set)
    for word in types:
        endings[fold_final(word)].add("")
        for cand in candidates(word):
            endings[cand].add(word[len(cand):])
    return {stem: len(e) for stem, e in endings.items()}


def write(table: dict[str, int], out: Path, min_support: int, n_types: int, n_tokens: int) -> int:
    rows = sorted((s, n) for s, n in table.items() if n >= min_support)
    header = [
        "# Bashkir stem lexicon for bisumm.lang.ba_stem (stem<TAB>support).",
        "# Built by bench/build_ba_lexicon.py from raw text only: the native news corpora",
        "# (nevmenandr/bashkir-corpus: Башҡортостан, Киске Өфө, Йәшлек, Ҡоролтай; "
        f"{n_tokens:,} tokens, {n_types:,} word types).",
        "# support = distinct suffix chains (bisumm.lang.ba_suffixes) seen after the stem, the bare",
        f"# word counting as one; entries with support < {min_support} dropped. Facts (counts), no text.",
    ]
    out.write_text("\n".join(header + [f"{s}\t{n}" for s, n in rows]) + "\n", encoding="utf-8")
    return len(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "ba")
    parser.add_argument("--out", type=Path, default=ROOT / "bisumm" / "data" / "ba_stems.txt")
    parser.add_argument("--min-support", type=int, default=MIN_SUPPORT)
    args = parser.parse_args(argv)
    types = word_types(args.data)
    rows = write(support(types), args.out, args.min_support, len(types), sum(types.values()))
    print(f"{args.out}: {rows:,} stems, {args.out.stat().st_size / 1024:.0f} KB")


if __name__ == "__main__":
    main()
