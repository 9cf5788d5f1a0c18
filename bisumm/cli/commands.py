"""The ``bisumm`` command line as a typer app: commands, options, input gathering, errors.

``bisumm FILE`` summarises (the default command), ``bisumm quotes FILE`` lists quotations,
``bisumm keywords FILE`` lists key words and phrases,
``bisumm detect FILE`` names the language, ``bisumm fit-idf PATH -o idf.json`` fits a corpus
IDF. Only typer (and :mod:`bisumm.cli.plumbing`) is imported at module level; the
library loads when a command runs. The entry point is :func:`bisumm.cli.main`, which
answers a plain ``bisumm --help`` without importing this module. Reference: ``docs/cli.md``.
"""

# No ``from __future__ import annotations`` here: typer reads every command's annotations at
# start-up, and evaluating them from strings (typing.get_type_hints) costs ~10 ms per run.
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from .plumbing import DefaultGroup, LightCommand

__all__ = ["app", "run", "render_help", "HELP_WIDTH"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class Format(str, Enum):
    text = "text"
    markdown = "markdown"
    html = "html"
    json = "json"


class Lang(str, Enum):
    auto = "auto"
    ba = "ba"
    ru = "ru"


app = typer.Typer(
    cls=DefaultGroup, add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Extractive summaries and officials' quotations for Bashkir and Russian news.\n\n"
         "bisumm FILE... summarises (the default command); see COMMAND --help. "
         "Exit codes: 0 ok, 1 some documents failed, 2 usage or input error.",
)


class _UsageError(Exception):
    """A problem with the command line or its input: message on stderr, exit code 2."""


def _version(value: bool) -> None:
    if value:
        from bisumm import __version__

        typer.echo(f"bisumm {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False) -> None:
    """Extractive summaries and officials' quotations for Bashkir and Russian news."""


# --- options shared by the commands --------------------------------------------------------------

Files = Annotated[Optional[list[Path]], typer.Argument(
    show_default=False, metavar="FILE",
    help="Texts to read: files, directories (*.txt, *.md, recursively) or - for stdin (default).")]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
JsonlOpt = Annotated[bool, typer.Option(
    "--jsonl", help="Inputs are JSON Lines, one document per line (*.jsonl files always are).")]
IdFieldOpt = Annotated[str, typer.Option("--id-field", help="JSON Lines field holding the document id.")]
TextFieldOpt = Annotated[str, typer.Option("--text-field", help="JSON Lines field holding the text.")]
TitleFieldOpt = Annotated[str, typer.Option(
    "--title-field", help="JSON Lines field holding the headline ('' reads none).")]
TitleOpt = Annotated[Optional[str], typer.Option(
    "--title", "-t", show_default=False, help="Headline of the one document (informs ranking, never picked).")]
JobsOpt = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Parallel processes (order is kept).")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]
NoColorOpt = Annotated[bool, typer.Option("--no-color", help="No colour (also: NO_COLOR=1).")]
DebugOpt = Annotated[bool, typer.Option("--debug", help="Show tracebacks of unexpected errors.")]
LangOpt = Annotated[Lang, typer.Option("--lang", "-l", help="Language of the texts.")]


@app.command("summarize", cls=LightCommand)
def summarize_cmd(
    files: Files = None,
    long: Annotated[bool, typer.Option("--long", help="A longer summary (default: short).")] = False,
    sentences: Annotated[Optional[int], typer.Option("--sentences", "-n", min=1, help="Sentences to keep.")] = None,
    words: Annotated[Optional[int], typer.Option("--words", "-w", min=1, help="Word budget.")] = None,
    chars: Annotated[Optional[int], typer.Option("--chars", "-c", min=1, help="Character budget.")] = None,
    ratio: Annotated[Optional[float], typer.Option(
        "--ratio", "-r", min=0.0, max=1.0, help="Share of the sentences to keep, e.g. 0.2.")] = None,
    method: Annotated[str, typer.Option("--method", "-m", help="Ranking method (auto = news default).")] = "auto",
    lang: LangOpt = Lang.auto,
    quotes: Annotated[bool, typer.Option("--quotes", help="Add officials' quotes under the summary.")] = False,
    keywords: Annotated[Optional[int], typer.Option(
        "--keywords", "-K", min=1, show_default=False, help="Add the N best keywords (JSON: a 'keywords' list).")]
    = None,
    title: TitleOpt = None,
    idf: Annotated[Optional[Path], typer.Option(
        "--idf", exists=True, dir_okay=False, help="Corpus IDF file from 'bisumm fit-idf'.")] = None,
    fmt: FormatOpt = Format.text,
    jsonl: JsonlOpt = False, id_field: IdFieldOpt = "id", text_field: TextFieldOpt = "text",
    title_field: TitleFieldOpt = "title",
    jobs: JobsOpt = 1, quiet: QuietOpt = False, no_color: NoColorOpt = False, debug: DebugOpt = False,
) -> None:
    """Summarise texts (the default command: 'bisumm FILE' = 'bisumm summarize FILE')."""
    with _guard(debug):
        if ratio is not None and ratio <= 0:
            raise _UsageError("--ratio must be above 0")
        from ..batch import SummarizeJob

        job = SummarizeJob(length="long" if long else "short", sentences=sentences, words=words, chars=chars,
                           ratio=ratio, method=method, lang=lang.value, quotes=quotes,
                           idf=str(idf) if idf else None, keywords=keywords)
        _check_options(job)
        code = _run("summary", job, files, fmt=fmt.value, jsonl=jsonl, id_field=id_field,
                    text_field=text_field, title_field=title_field, title=title, jobs=jobs, quiet=quiet,
                    no_color=no_color)
    raise typer.Exit(code)


@app.command("quotes", cls=LightCommand)
def quotes_cmd(
    files: Files = None,
    highlight: Annotated[bool, typer.Option(
        "--highlight", "-H", help="Print the whole text with quotes and speakers marked.")] = False,
    official: Annotated[bool, typer.Option("--official", help="Only quotes of officials.")] = False,
    lang: LangOpt = Lang.auto, fmt: FormatOpt = Format.text,
    jsonl: JsonlOpt = False, id_field: IdFieldOpt = "id", text_field: TextFieldOpt = "text",
    jobs: JobsOpt = 1, quiet: QuietOpt = False, no_color: NoColorOpt = False, debug: DebugOpt = False,
) -> None:
    """List quotations with speaker, title and official flag."""
    with _guard(debug):
        from ..batch import QuotesJob

        job = QuotesJob(lang=lang.value, official=official, keep_text=highlight)
        code = _run("quotes", job, files, fmt=fmt.value, jsonl=jsonl, id_field=id_field,
                    text_field=text_field, jobs=jobs, quiet=quiet, no_color=no_color)
    raise typer.Exit(code)


class KeywordFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"


@app.command("keywords", cls=LightCommand)
def keywords_cmd(
    files: Files = None,
    k: Annotated[int, typer.Option("-k", "--top", min=1, help="Keywords per text.")] = 10,
    title: TitleOpt = None,
    lang: LangOpt = Lang.auto,
    idf: Annotated[Optional[Path], typer.Option(
        "--idf", exists=True, dir_okay=False, help="Corpus IDF file from 'bisumm fit-idf'.")] = None,
    fmt: Annotated[KeywordFormat, typer.Option("--format", "-f", help="Output format.")] = KeywordFormat.text,
    jsonl: JsonlOpt = False, id_field: IdFieldOpt = "id", text_field: TextFieldOpt = "text",
    title_field: TitleFieldOpt = "title",
    jobs: JobsOpt = 1, quiet: QuietOpt = False, no_color: NoColorOpt = False, debug: DebugOpt = False,
) -> None:
    """List the key words and phrases of texts (names, noun phrases, words), best first."""
    with _guard(debug):
        from ..batch import KeywordsJob

        job = KeywordsJob(k=k, lang=lang.value, idf=str(idf) if idf else None)
        _check_options(job)
        code = _run("keywords", job, files, fmt=fmt.value, jsonl=jsonl, id_field=id_field,
                    text_field=text_field, title_field=title_field, title=title, jobs=jobs, quiet=quiet,
                    no_color=no_color)
    raise typer.Exit(code)


@app.command("detect", cls=LightCommand)
def detect_cmd(
    files: Files = None,
    sentences: Annotated[bool, typer.Option("--sentences", "-s", help="Also the language of each sentence.")] = False,
    fmt: FormatOpt = Format.text,
    jsonl: JsonlOpt = False, id_field: IdFieldOpt = "id", text_field: TextFieldOpt = "text",
    jobs: JobsOpt = 1, quiet: QuietOpt = False, no_color: NoColorOpt = False, debug: DebugOpt = False,
) -> None:
    """Print the language of each text (and of its sentences)."""
    with _guard(debug):
        from ..batch import DetectJob

        code = _run("detect", DetectJob(sentences=sentences), files, fmt=fmt.value, jsonl=jsonl,
                    id_field=id_field, text_field=text_field, jobs=jobs, quiet=quiet, no_color=no_color)
    raise typer.Exit(code)


@app.command("fit-idf", cls=LightCommand)
def fit_idf_cmd(
    files: Files = None,
    output: Annotated[Path, typer.Option("--output", "-o", dir_okay=False, help="IDF file to write (JSON).")]
    = Path("idf.json"),
    lang: LangOpt = Lang.auto, fmt: FormatOpt = Format.text,
    jsonl: JsonlOpt = False, id_field: IdFieldOpt = "id", text_field: TextFieldOpt = "text",
    quiet: QuietOpt = False, debug: DebugOpt = False,
) -> None:
    """Fit a corpus IDF on a folder or JSON Lines archive of articles (use it with --idf)."""
    with _guard(debug):
        from .loop import fit_idf

        code = fit_idf(_records(files, jsonl, id_field, text_field)[0], output, lang=lang.value,
                       fmt=fmt.value, quiet=quiet)
    raise typer.Exit(code)


# --- running ------------------------------------------------------------------------------------

def _check_options(job: Any) -> None:
    """Build the job's models and run it once on a tiny text, so bad options fail before the batch."""
    try:
        job.run("Проба. Тест.")
    except (ValueError, OSError) as exc:  # BudgetError, UnknownLanguageError, a bad IDF file
        raise _UsageError(str(exc)) from None


def _run(kind: str, job: Any, files: list[Path] | None, *, fmt: str, jsonl: bool, id_field: str,
         text_field: str, jobs: int, quiet: bool, no_color: bool, title_field: str = "title",
         title: str | None = None) -> int:
    from .loop import write_results

    records, total = _records(files, jsonl, id_field, text_field, title_field or None)
    if title is not None:
        if total != 1:
            raise _UsageError("--title is the headline of one document; give a batch its titles "
                              "in a JSON Lines field (--title-field)")
        records = ({**record, "title": title} for record in records)
    return write_results(kind, job, records, total=total, fmt=fmt, jobs=jobs, quiet=quiet, no_color=no_color)


def _records(files: list[Path] | None, jsonl: bool, id_field: str, text_field: str,
             title_field: str | None = "title") -> tuple[Iterator[dict[str, Any]], int | None]:
    """The input records (streamed) and their number when known; checks inputs up front."""
    from ..batch import iter_paths

    sources: list[tuple[str, Any]] = []
    for path in files or [Path("-")]:
        name = str(path)
        if name == "-":
            sources.append(("stdin-jsonl" if jsonl else "stdin", name))
        elif not path.exists():
            why = "a broken or looping symbolic link" if path.is_symlink() else "no such file or directory"
            raise _UsageError(f"{name}: {why}")
        elif path.is_dir():
            found = list(iter_paths(path))
            if not found:
                raise _UsageError(f"{name}: no *.txt or *.md files in this directory")
            sources.extend(("file", str(p)) for p in found)
        else:
            sources.append(("jsonl" if jsonl or path.suffix.lower() == ".jsonl" else "file", name))
    if any(kind == "stdin" for kind, _ in sources) and sys.stdin.isatty():
        raise _UsageError("no input: give FILE arguments or pipe a text into bisumm (see bisumm --help)")
    countable = all(kind in ("file", "stdin") for kind, _ in sources)
    return _iter_sources(sources, id_field, text_field, title_field), (len(sources) if countable else None)


def _iter_sources(sources: list[tuple[str, Any]], id_field: str, text_field: str,
                  title_field: str | None) -> Iterator[dict[str, Any]]:
    from ..batch import iter_jsonl

    for kind, name in sources:
        if kind == "file":
            yield {"id": name, "path": name}
        elif kind == "stdin":
            yield _stdin_record()
        elif kind == "stdin-jsonl":
            yield from iter_jsonl(sys.stdin.buffer, id_field=id_field, text_field=text_field, source="-",
                                  title_field=title_field)
        else:
            from ..batch import error_message
            from ..textio import open_regular

            try:
                handle = open_regular(name)  # a FIFO would block: pipe JSON Lines into stdin instead
            except OSError as exc:
                yield {"id": name, "error": error_message(exc)}
                continue
            with handle:
                yield from iter_jsonl(handle, id_field=id_field, text_field=text_field, source=name,
                                      title_field=title_field)


def _stdin_record() -> dict[str, Any]:
    data = sys.stdin.buffer.read()
    if not data.strip():
        raise _UsageError("empty input on stdin")
    from ..textio import decode
    from ..errors import DecodeError

    try:
        return {"id": "-", "text": decode(data)}
    except DecodeError as exc:
        raise _UsageError(f"stdin: {exc}") from None


@contextmanager
def _guard(debug: bool) -> Iterator[None]:
    """Turn errors into a one-line message on stderr and an exit code; tracebacks only with --debug."""
    try:
        yield
    except (typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except _UsageError as exc:
        _error(str(exc))
        raise typer.Exit(EXIT_USAGE) from None
    except BrokenPipeError:
        _silence_stdout()
        raise typer.Exit(EXIT_OK) from None
    except Exception as exc:  # noqa: BLE001 - the CLI never shows a traceback unless asked
        if debug:
            raise
        _error(f"{type(exc).__name__}: {exc} (run with --debug for the traceback)")
        raise typer.Exit(EXIT_USAGE) from None


def _error(message: str) -> None:
    typer.echo(f"bisumm: error: {message}", err=True)


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


#: the widest help click renders (``Context.max_width``); any terminal at least this wide gets it
HELP_WIDTH = 80


def render_help() -> str:
    """The text of ``bisumm --help`` on a terminal at least :data:`HELP_WIDTH` columns wide."""
    command = typer.main.get_command(app)
    # click wraps at min(columns, 80) - 2; an explicit terminal_width is used as it is
    with command.make_context("bisumm", ["--help"], resilient_parsing=True,
                              terminal_width=HELP_WIDTH - 2) as ctx:
        return command.get_help(ctx) + "\n"


def run(argv: list[str] | None = None) -> None:
    """Run the typer app on ``argv`` (default ``sys.argv[1:]``); exits like a command line."""
    app(args=argv, prog_name="bisumm")
