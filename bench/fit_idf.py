"""Fit the corpus IDF that bisumm ships for keywords: ``bisumm/data/idf_ru.json``, ``idf_ba.json``.

    python bench/fit_idf.py [--max-terms 40000]

Russian: the dev parts of the RT and NG web articles (``_common.read_web(..., "dev")``: the
frozen test parts are never read) and the Gazeta articles. Bashkir: the native news corpora
(``../shared/data/ba/news_*.jsonl``; sentences shuffled inside an article, which IDF ignores).
One article = one document; terms are bisumm's (lemmas, stems, stop words dropped). The
``max_terms`` terms with the highest document frequency are kept (the rest are rare and get
the IDF of an unseen term, within a few hundredths of theirs); values rounded to 3 decimals.
The files hold counts-derived numbers only, no text.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import GAZETA, SHARED, read_jsonl, read_web  # noqa: E402

from bisumm.document import Document  # noqa: E402
from bisumm.rank.vectors import fit_idf  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "bisumm" / "data"


def russian_texts() -> tuple[list[str], str]:
    texts = [r["title"] + "\n\n" + r["text"] for source in ("rt", "ng") for r in read_web(source, "dev")]
    texts += [r["text"] for r in read_jsonl(GAZETA)]
    return texts, "RT and NG web articles, dev part only (mannefedov/ru_kw_eval_datasets); Gazeta v1 dev (200)"


def bashkir_texts() -> tuple[list[str], str]:
    texts = []
    for path in sorted((SHARED / "ba").glob("news_*.jsonl")):
        for row in read_jsonl(path):
            texts.append("\n\n".join(" ".join(chunks) for chunks in row["paragraphs"]))
    return texts, "nevmenandr/bashkir-corpus news (Башҡортостан, Киске Өфө, Йәшлек, Ҡоролтай)"


def fit(lang: str, max_terms: int) -> None:
    started = time.perf_counter()
    texts, source = russian_texts() if lang == "ru" else bashkir_texts()
    idf = fit_idf((Document.from_text(t, lang) for t in texts), lang)
    kept = sorted(idf.weights, key=lambda t: (idf.weights[t], t))[:max_terms]
    data = {"format": "bisumm-idf", "version": 1, "n_documents": idf.n_documents,
            "source": source, "command": f"python bench/fit_idf.py --max-terms {max_terms}",
            "terms_fitted": len(idf), "idf": {t: round(idf.weights[t], 3) for t in sorted(kept)}}
    path = OUT / f"idf_{lang}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{lang}: {idf.n_documents} documents, {len(idf)} terms, kept {len(kept)} → {path.name} "
          f"({path.stat().st_size / 1e6:.2f} MB, {time.perf_counter() - started:.0f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-terms", type=int, default=40_000)
    parser.add_argument("--lang", choices=("ru", "ba"), action="append")
    args = parser.parse_args()
    for lang in args.lang or ("ru", "ba"):
        fit(lang, args.max_terms)


if __name__ == "__main__":
    main()
