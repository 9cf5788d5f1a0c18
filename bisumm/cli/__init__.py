"""Entry point of ``bisumm`` and of ``python -m bisumm``; the app is :mod:`bisumm.cli.commands`.

A plain ``bisumm --help`` (or ``-h``) prints ``cli-help.txt``, the help text rendered from the
typer app and shipped with the package, without importing typer: typer's import alone is
most of the start-up of ``--help``. ``tests/test_cli.py`` keeps the file equal to what the
app renders (``python -m bisumm.cli --write-help`` rewrites it). Everything else, and a
terminal narrower than the help, goes to the typer app. Reference: ``docs/cli.md``.

The app layer over the library, beside :mod:`bisumm.hook`; nothing in the core imports it.

* :mod:`bisumm.cli.commands`: the typer app: commands, options, input gathering, errors
* :mod:`bisumm.cli.plumbing`: typer plumbing (the default command, light option parsing)
* :mod:`bisumm.cli.loop`: the batch loop: run a job over records, write results, report failures
* :mod:`bisumm.cli.render`: results as text, Markdown, HTML or JSON
"""

from __future__ import annotations

import os
import sys
from typing import Any

__all__ = ["app", "main", "write_help", "HELP_FILE"]

#: the cached text of ``bisumm --help`` (package data)
HELP_FILE = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data", "cli-help.txt")
_HELP_WIDTH = 80  # = bisumm.cli.commands.HELP_WIDTH (checked by a test), not imported: that would import typer


def main(argv: list[str] | None = None) -> None:
    """Run the command line on ``argv`` (default ``sys.argv[1:]``)."""
    from ..textio import utf8_streams

    utf8_streams()
    args = sys.argv[1:] if argv is None else list(argv)
    if args in (["--help"], ["-h"]) and _cached_help():
        return
    from .commands import run

    run(argv)


def _cached_help() -> bool:
    """Print the cached help when the terminal is wide enough for it; ``False`` otherwise."""
    if _columns() < _HELP_WIDTH:
        return False
    try:
        with open(HELP_FILE, encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, UnicodeDecodeError):
        return False
    if not text.startswith("Usage: bisumm"):  # damaged or emptied: typer renders it
        return False
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:  # bisumm --help | head -1
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
    return True


def _columns() -> int:
    """The terminal width as click sees it (``shutil.get_terminal_size``, without importing shutil)."""
    env = os.environ.get("COLUMNS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or _HELP_WIDTH
    except (AttributeError, ValueError, OSError):
        return _HELP_WIDTH  # not a terminal: click falls back to 80 columns as well


def __getattr__(name: str) -> Any:
    if name == "app":  # ``from bisumm.cli import app`` (tests, CliRunner) still works
        from .commands import app

        return app
    raise AttributeError(f"module 'bisumm.cli' has no attribute {name!r}")


def write_help() -> None:
    """Rewrite the pre-rendered help (``bisumm/data/cli-help.txt``) from the typer app."""
    from .commands import render_help

    text = render_help()
    with open(HELP_FILE, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    print(f"wrote {HELP_FILE}")

