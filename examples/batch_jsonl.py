"""Summarise a JSON Lines archive with bisumm's batch functions, in parallel, streaming.

    python examples/batch_jsonl.py                         # a small archive built from examples/
    python examples/batch_jsonl.py archive.jsonl --jobs 4 -o summaries.jsonl

Each input line is ``{"id": ..., "text": ...}``. ``bisumm.batch.SummarizeJob`` is a
picklable function record → result that never raises: a bad document comes back as
``{"id": ..., "error": ..., "stage": ...}``. ``imap_ordered`` runs it over ``--jobs``
processes, keeps the input order and holds only a few documents in memory, so the
archive can be far larger than RAM. The same job object runs on Dask (docs/scaling.md).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from bisumm.batch import SummarizeJob, imap_ordered, iter_jsonl

HERE = Path(__file__).resolve().parent


def sample_archive(folder: Path) -> Path:
    """A JSONL archive of the example articles, plus one broken line and one empty text."""
    path = folder / "articles.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for article in sorted((HERE / "seeds").glob("*.txt")) + [HERE / "mixed_ba_ru.txt"]:
            record = {"id": article.stem, "text": article.read_text(encoding="utf-8")}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.write('{"id": "broken", "text": "no closing quote}\n')
        out.write('{"id": "empty", "text": "   "}\n')
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, help="a .jsonl archive (default: built from examples/)")
    parser.add_argument("-j", "--jobs", type=int, default=2, help="worker processes (default: 2)")
    parser.add_argument("-o", "--output", type=Path, help="also write every result as JSON Lines here")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        source = args.path or sample_archive(Path(tmp))
        job = SummarizeJob(length="short", quotes=True)  # options as in bisumm.summarize
        out = args.output.open("w", encoding="utf-8") if args.output else None
        done = failed = 0
        with source.open("rb") as lines:  # a stream: one line at a time
            records = iter_jsonl(lines, source=source.name)
            for result in imap_ordered(job, records, jobs=args.jobs):
                done += 1
                if out:
                    out.write(json.dumps(result, ensure_ascii=False) + "\n")
                if "error" in result:
                    failed += 1
                    print(f"{result['id']}: error ({result['stage']}): {result['error']}", file=sys.stderr)
                    continue
                quotes = len(result["quotes"])
                print(f"{result['id']} [{result['lang']}, {len(result['sentences'])} sentences, "
                      f"{quotes} quotes] {result['text'][:120] or '(empty)'}")
        if out:
            out.close()
    print(f"{done} documents, {failed} failed")
    return 1 if failed and args.path else 0


if __name__ == "__main__":
    raise SystemExit(main())
