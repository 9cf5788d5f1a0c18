"""The CLI's batch loop: run a job over records, write results in order, report failures.

Kept apart from :mod:`bisumm.cli.commands` so that ``bisumm --help`` never imports it.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from ..batch import imap_ordered, record_text
from .render import epilogue, json_line, prologue, render, use_color

__all__ = ["write_results", "fit_idf"]


def write_results(kind: str, job: Callable[[dict[str, Any]], dict[str, Any]], records: Iterable[dict[str, Any]],
                  *, total: int | None, fmt: str, jobs: int = 1, quiet: bool = False, no_color: bool = False,
                  out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run ``job`` over ``records`` (``jobs`` processes) and write each result as it comes.

    Returns the exit code: 0 all fine, 1 some documents failed, 2 the only document
    could not be read (not UTF-8, binary...).
    """
    out = out or sys.stdout
    err = err or sys.stderr
    color = fmt == "text" and use_color(out, no_color)
    heading = total != 1
    count = failed = unreadable = 0
    out.write(prologue(fmt))
    with _progress(total, quiet, err) as advance:
        for result in imap_ordered(job, records, jobs):
            count += 1
            if "error" in result:
                failed += 1
                unreadable += result.get("stage") == "input"
                err.write(failure_line(result))
            text = render(result, kind=kind, fmt=fmt, color=color, heading=heading)
            if text:
                out.write(text)
                out.flush()
            advance()
    out.write(epilogue(fmt))
    out.flush()
    if not failed:
        return 0
    if count == 1 and unreadable:
        return 2
    err.write(f"bisumm: {failed} of {count} documents failed\n")
    return 1


def failure_line(record: dict[str, Any]) -> str:
    """``bisumm: ID: ERROR`` for stderr, without naming the document twice.

    >>> failure_line({"id": "a.jsonl:2", "error": "a.jsonl:2: invalid JSON: Expecting value"})
    'bisumm: a.jsonl:2: invalid JSON: Expecting value\\n'
    >>> failure_line({"id": "a.txt", "error": "Permission denied: a.txt"})
    'bisumm: a.txt: Permission denied\\n'
    """
    rid, error = str(record.get("id")), str(record.get("error"))
    error = error.removeprefix(f"{rid}: ").removesuffix(f": {rid}")
    return f"bisumm: {rid}: {error}\n"


@contextmanager
def _progress(total: int | None, quiet: bool, err: TextIO) -> Iterator[Callable[[], None]]:
    """A rich progress bar on stderr, only on a terminal, not with ``--quiet`` nor for one document."""
    isatty = getattr(err, "isatty", None)
    if quiet or total == 1 or not (isatty and isatty()):
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(file=err), transient=True) as bar:
        task = bar.add_task("documents", total=total)
        yield lambda: bar.advance(task)


def fit_idf(records: Iterable[dict[str, Any]], output: Path, *, lang: str = "auto", fmt: str = "text",
            quiet: bool = False, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Fit a corpus IDF on the readable records and save it to ``output``; returns the exit code."""
    from ..rank.vectors import fit_idf as fit

    out = out or sys.stdout
    err = err or sys.stderr
    if not output.parent.is_dir():
        err.write(f"bisumm: error: cannot write {output}: no folder {output.parent}\n")
        return 2
    stats = {"documents": 0, "failed": 0}

    def texts() -> Iterator[str]:
        for record in records:
            try:
                text = record_text(record) if "error" not in record else None
            except Exception as exc:  # noqa: BLE001 - skip the bad document, keep fitting
                text, record = None, {**record, "error": str(exc)}
            if text is None:
                stats["failed"] += 1
                err.write(failure_line(record))
                continue
            stats["documents"] += 1
            yield text

    idf = fit(texts(), lang=lang)
    if not stats["documents"]:
        err.write("bisumm: error: no readable documents to fit an IDF on\n")
        return 2
    try:
        idf.save(output)
    except OSError as exc:
        err.write(f"bisumm: error: cannot write {output}: {exc.strerror or exc}\n")
        return 2
    report = {"output": str(output), "documents": stats["documents"], "terms": len(idf),
              "failed": stats["failed"]}
    out.write(_fit_report(report, fmt))
    return 1 if stats["failed"] else 0


def _fit_report(report: dict[str, Any], fmt: str) -> str:
    if fmt == "json":
        return json_line(report)
    line = (f"IDF of {report['terms']} terms fitted on {report['documents']} documents "
            f"({report['failed']} failed) -> {report['output']}")
    if fmt == "html":
        import html

        return f"<p>{html.escape(line)}</p>\n"
    return line + "\n"
