"""Fit a corpus IDF on an archive of articles, save it, and summarise with it.

    python examples/corpus_idf.py                          # examples/seeds + examples/drafts
    python examples/corpus_idf.py my_articles/ -o idf.json # a folder of *.txt / *.md
    python examples/corpus_idf.py archive.jsonl            # JSON Lines with a "text" field

By default bisumm weighs a sentence's terms with the article's own IDF. An IDF fitted on
many articles of the same outlet knows which words are everyday news vocabulary
("республика", "йыл") and which are rare, so rare names count for more. The IDF is a small
UTF-8 JSON file: fit it once, then pass its path to ``bisumm.Summarizer(idf=...)`` or to
``bisumm --idf``. The same file is written by ``bisumm fit-idf``.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import bisumm
from bisumm.rank.vectors import Idf, fit_idf

HERE = Path(__file__).resolve().parent
DEFAULT = (HERE / "seeds", HERE / "drafts")


def articles(path: Path) -> Iterator[str]:
    """Texts of a folder (``*.txt``, ``*.md``, recursively), a JSONL file or one file."""
    if path.is_dir():
        for child in sorted(path.rglob("*")):
            if child.is_file() and child.suffix in (".txt", ".md"):
                yield without_front_matter(bisumm.read_text(child))
    elif path.suffix == ".jsonl":
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                if line.strip():
                    yield json.loads(line)["text"]
    else:
        yield bisumm.read_text(path)


def without_front_matter(text: str) -> str:
    """A Markdown draft without its ``---`` YAML header (its keys are not news vocabulary)."""
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            return text[end + 4:]
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="*", type=Path, default=list(DEFAULT),
                        help="folders, .jsonl files or articles (default: the example articles)")
    parser.add_argument("-o", "--output", type=Path, help="where to save the IDF (default: a temporary file)")
    args = parser.parse_args(argv)

    corpus = [text for path in args.path for text in articles(path)]
    idf = fit_idf(corpus)  # one article = one document; terms are bisumm's lemmas and stems
    print(f"fitted {idf!r} on {', '.join(p.name for p in args.path)}")
    common = sorted(idf.weights, key=lambda t: (idf[t], t))[:8]
    print("most common terms (lowest IDF):", ", ".join(f"{t} {idf[t]:.2f}" for t in common))
    print(f"a term seen nowhere gets IDF {idf['несуществующее']:.2f}")

    with tempfile.TemporaryDirectory() as tmp:
        path = args.output or Path(tmp) / "idf.json"
        idf.save(path)
        again = Idf.load(path)  # reuse: the file round-trips exactly enough
        assert again.weights.keys() == idf.weights.keys() and again.n_documents == idf.n_documents
        print(f"saved to {path.name} ({path.stat().st_size:,} bytes) and loaded back: {again!r}")

        sample = bisumm.read_text(HERE / "mixed_ba_ru.txt")
        own = bisumm.Summarizer(method="textrank")
        corpus_wide = bisumm.Summarizer(method="textrank", idf=path)  # a path or an Idf object
        print("\nmixed_ba_ru.txt, TextRank centrality (sentence numbers, best first):")
        print("  own IDF:   ", [s.index for s in own.rank(sample)][:6])
        print("  corpus IDF:", [s.index for s in corpus_wide.rank(sample)][:6])
        print("  best with the corpus IDF:", corpus_wide(sample, sentences=1).text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
