"""Summarise a JSON Lines archive with Dask: one summary per article, written as JSON Lines.

When to use it: ``bisumm --jsonl archive.jsonl --jobs N`` already uses every core of one
machine with flat memory, and is the simplest choice up to a few hundred thousand
articles. Use Dask when the archive lives on shared or cloud storage split into many
files, when one machine is not enough (a ``dask.distributed`` cluster of several
machines), or when the summaries feed a larger Dask pipeline (dataframes, joins).

The work is done by :class:`bisumm.batch.SummarizeJob`, a plain picklable callable: each
Dask worker unpickles it once per task and builds its summariser on first use.

    python examples/dask_batch.py archive.jsonl summaries/ --workers 4 --sentences 2

Each output partition ``summaries/part-*.jsonl`` holds ``{"id", "lang", "method", "text",
"sentences", "quotes"}`` objects (or ``{"id", "error", "stage"}``), in input order.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from bisumm.batch import SummarizeJob, iter_jsonl


def summarize_archive(paths: str | list[str], out_dir: str | Path, *, job: SummarizeJob | None = None,
                      id_field: str = "id", text_field: str = "text", blocksize: str = "64MiB") -> list[str]:
    """Summarise JSON Lines ``paths`` (files or globs) into ``out_dir``; returns the files written.

    Runs on the current Dask scheduler (a ``distributed.Client`` if one is active).
    """
    import dask.bag as db

    job = job or SummarizeJob()
    lines = db.read_text(paths, blocksize=blocksize, encoding="utf-8")
    records = lines.map_partitions(_parse, id_field=id_field, text_field=text_field)
    results = records.map(job).map(lambda r: json.dumps(r, ensure_ascii=False))
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    return results.to_textfiles(str(Path(out_dir) / "part-*.jsonl"), encoding="utf-8")


def _parse(lines: list[str], id_field: str, text_field: str) -> list[dict[str, Any]]:
    return list(iter_jsonl(lines, id_field=id_field, text_field=text_field, source="archive"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("archive", nargs="+", help="JSON Lines files or globs")
    parser.add_argument("out_dir")
    parser.add_argument("--workers", type=int, default=2, help="local worker processes")
    parser.add_argument("--scheduler", help="address of an existing dask.distributed scheduler")
    parser.add_argument("--sentences", type=int, default=None)
    parser.add_argument("--lang", default="auto")
    args = parser.parse_args()
    from dask.distributed import Client, LocalCluster

    job = SummarizeJob(sentences=args.sentences, lang=args.lang)
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True))
    with client:
        for name in summarize_archive(args.archive, args.out_dir, job=job):
            print(name)


if __name__ == "__main__":
    main()
