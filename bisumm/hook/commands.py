"""pre-commit entry points: ``bisumm-hook check`` (read-only) and ``bisumm-hook fix``.

A thin layer over the library: read a draft (:mod:`bisumm.hook.frontmatter`), take the
plain text of its body, summarise it, compare with the summary field, report
``file:line: CODE message`` lines. Exit codes: 0 clean, 1 findings or a file
changed, 2 a file bisumm cannot read (broken front matter, no body, not UTF-8,
read-only). See docs/hook.md for the staleness rule.

>>> main(["check", "--help"]) == 0  # doctest: +ELLIPSIS
usage: bisumm-hook check ...
True
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .frontmatter import Draft, FrontMatterError, line_of, parse_mapping
from .plaintext import Plain, plain_body
from .speech import speech_slips

__all__ = ["main", "Options", "Finding", "process", "plain_body", "summary_problems", "speech_slips"]

FIELDS = ("summary", "description", "excerpt", "lead")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdx")
KEEP_MARK = re.compile(r"bisumm:\s*keep")


@dataclass(frozen=True)
class Options:
    """What the hook was asked to do (the command-line options)."""

    field: str = "summary"
    length: str = "short"
    lang: str = "auto"
    max_chars: int | None = None
    require_attribution: bool = False
    sidecar_suffix: str = ".meta.yaml"
    fix: bool = False
    tags_field: str | None = None
    tags: int = 5


@dataclass(frozen=True)
class Finding:
    """One reported problem: ``line`` is 1-based in ``path``; ``fixable`` by ``fix``."""

    path: str
    line: int
    code: str
    message: str
    fixable: bool = False

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.code} {self.message}"


class _Unusable(Exception):
    """A file the hook must leave alone (exit 2)."""

    def __init__(self, code: str, message: str, line: int = 1) -> None:
        super().__init__(message)
        self.code, self.line = code, line


# ---- staleness ------------------------------------------------------------------------------

def _key(text: str) -> str:
    """Comparison key: whitespace, soft hyphens, case and ё do not matter."""
    from ..normalize import match_form

    return " ".join(k for k in (match_form(w) for w in text.split()) if k)


def _one_line(text: str) -> str:
    return " ".join(text.replace("\u00ad", "").replace("\u200b", "").split())


def summary_problems(value: str, body: str, summary: Any) -> list[tuple[str, str]]:
    """Why ``value`` is a stale summary of ``body`` (``summary``: bisumm's summary of it).

    Rule A: every sentence of ``value`` must occur in ``body`` (comparison insensitive to
    whitespace, soft hyphens, case and ё). Rule B: at least one of them must be among the
    current summary's sentences or the top ``k = max(3, 2 × its length)`` ranked sentences.
    """
    import bisumm

    said = [s.text for s in bisumm.sentences(value)] or [value]
    keys = [_key(s.rstrip().rstrip("…")) for s in said]  # "…": cut by --max-chars
    body_key = _key(body)
    pieces: list[str] | None = None
    for sentence, key in zip(said, keys):
        if key in body_key:
            continue
        if pieces is None:  # fix joins body sentences with spaces; one without a final mark merges
            pieces = sorted({_key(s.text) for s in summary.ranked} - {""}, key=len, reverse=True)
        if not _joined_sentences(key, pieces):
            return [("BS103", f"stale summary: sentence no longer in the body: {_short(sentence)}")]
    k = max(3, 2 * len(summary.sentences))
    top = [_key(s.text) for s in tuple(summary.ranked[:k]) + tuple(summary.sentences)]
    if len(summary.ranked) > k and not any(_overlaps(key, top) for key in keys):
        return [("BS104", f"stale summary: none of its sentences is among the top {k} "
                          "of the current body")]
    return []


def _joined_sentences(key: str, pieces: list[str]) -> bool:
    """Whether ``key`` is body sentences (``pieces``, longest first) joined by single spaces."""
    pos = 0
    while pos < len(key):
        for piece in pieces:
            end = pos + len(piece)
            if key.startswith(piece, pos) and (end == len(key) or key[end] == " "):
                pos = end + 1
                break
        else:
            return False
    return True


def _overlaps(key: str, keys: list[str]) -> bool:
    return any(key and t and (key in t or t in key) for t in keys)


def _short(text: str, limit: int = 60) -> str:
    text = _one_line(text)
    return f"«{text if len(text) <= limit else text[:limit - 1] + '…'}»"


def _known_languages() -> tuple[str, ...]:
    from ..lang import available

    return available()


# ---- one file -------------------------------------------------------------------------------

@dataclass
class _Context:
    """Per-run state: options and one Summarizer per language (built once)."""

    options: Options
    summarizers: dict[str, Any] = field(default_factory=dict)

    def summarize(self, text: str, lang: str, title: str | None = None) -> Any:
        import bisumm

        if lang not in self.summarizers:
            self.summarizers[lang] = bisumm.Summarizer(lang=lang)
        return self.summarizers[lang](text, length=self.options.length, chars=self.options.max_chars,
                                      title=title)


def _read(path: Path) -> Draft:
    from .frontmatter import read_draft
    from ..errors import DecodeError

    try:
        return read_draft(path)
    except FrontMatterError as err:
        raise _Unusable("BS901", f"broken front matter: {err}", err.line) from None
    except DecodeError as err:
        raise _Unusable("BS900", f"cannot read: {err}") from None
    except OSError as err:
        raise _Unusable("BS900", f"cannot read: {err.strerror or err}") from None


def _sidecar(path: Path, options: Options) -> tuple[Path, Draft]:
    """The YAML sidecar of a plain-text draft (an empty draft when it does not exist yet)."""
    side = path.with_name(path.name + options.sidecar_suffix)
    if not side.exists():
        return side, Draft("", "sidecar", "\n")
    draft = _read(side)
    try:
        entries = parse_mapping(draft.text)
    except FrontMatterError as err:
        raise _Unusable("BS901", f"broken sidecar {side.name}: {err}", err.line) from None
    return side, Draft(draft.text, "sidecar", draft.newline, (0, len(draft.text)), len(draft.text),
                       entries, draft.bom)


def process(path: str | Path, options: Options,
            summarizers: dict[str, Any] | None = None) -> tuple[int, list[Finding]]:
    """Check (and with ``options.fix`` repair) one draft: its exit code and findings.

    ``summarizers`` caches one :class:`bisumm.Summarizer` per language across calls.
    """
    name = str(path)
    ctx = _Context(options, {} if summarizers is None else summarizers)
    try:
        return _process(Path(path), name, ctx)
    except _Unusable as err:
        return 2, [Finding(name, err.line, err.code, str(err))]
    except Exception as err:  # a library bug must not become a traceback in a commit hook
        return 2, [Finding(name, 1, "BS999", f"internal error: {type(err).__name__}: {err}")]


def _process(path: Path, name: str, ctx: _Context) -> tuple[int, list[Finding]]:
    opts = ctx.options
    draft = _read(path)
    body_start = draft.body_start
    plain = plain_body(draft.body, markdown=path.suffix.lower() in MARKDOWN_SUFFIXES
                       or draft.kind == "yaml")
    if not plain.text.strip():
        raise _Unusable("BS902", "no body: nothing to summarise", line_of(draft.text, body_start))
    target, holder = path, draft
    if draft.kind == "none" and path.suffix.lower() not in MARKDOWN_SUFFIXES:
        target, holder = _sidecar(path, opts)
    lang = opts.lang
    lang_entry = draft.entries.get("lang")
    if lang == "auto" and lang_entry is not None and lang_entry.value in _known_languages():
        lang = lang_entry.value
    title_entry = draft.entries.get("title")  # the headline informs the ranking (plain text has none)
    title = title_entry.value.strip() or None if title_entry and title_entry.value else None
    summary = ctx.summarize(plain.text, lang, title)
    shown = name if target is path else str(target)
    findings = _summary_findings(shown, holder, plain.text, summary, opts)
    keywords = None
    if opts.tags_field:
        import bisumm

        wide = bisumm.keywords(plain.text, max(30, 3 * opts.tags), lang=lang, title=title)
        keywords = wide[:max(3, 2 * opts.tags)]
        findings += _tags_findings(shown, holder, plain.text, keywords, wide, opts)
    code = 1 if findings else 0
    if opts.fix and any(f.fixable for f in findings):
        findings = _write(path, target, shown, holder, summary, keywords, findings, opts)
        code = max(code, 2 if any(f.code == "BS904" for f in findings) else 1)
    if opts.require_attribution:
        quotes = _quote_findings(name, draft.text, body_start, plain)
        code = max(code, 1 if quotes else 0)
        findings += quotes
    return code, findings


def _summary_findings(shown: str, holder: Draft, body: str, summary: Any,
                      opts: Options) -> list[Finding]:
    entry = holder.entries.get(opts.field)
    if entry is None:
        line = line_of(holder.text, holder.region[1]) if holder.kind == "yaml" else 1
        return [Finding(shown, line, "BS100", f"no {opts.field!r} field", True)]
    problems: list[tuple[str, str]] = []
    if entry.value is None:
        problems = [("BS102", f"{opts.field!r} is not a single text value")]
    elif not entry.value.strip():
        problems = [("BS101", f"{opts.field!r} is empty")]
    elif KEEP_MARK.search(entry.comment):
        return []
    elif opts.max_chars and len(entry.value) > opts.max_chars:
        problems = [("BS105", f"{opts.field!r} is longer than {opts.max_chars} characters")]
    else:
        problems = summary_problems(entry.value, body, summary)
    return [Finding(shown, entry.line, code, message, True) for code, message in problems]


def _tags_findings(shown: str, holder: Draft, body: str, keywords: list[Any], wide: list[Any],
                   opts: Options) -> list[Finding]:
    from .tags import tags_problems

    entry = holder.entries.get(opts.tags_field or "")
    if entry is None:
        line = line_of(holder.text, holder.region[1]) if holder.kind == "yaml" else 1
        return [Finding(shown, line, "BS110", f"no {opts.tags_field!r} field", True)]
    if KEEP_MARK.search(holder.text[entry.start:entry.stop]):
        return []
    problems = tags_problems(holder.text, entry, _key(body), keywords, wide, _key)
    return [Finding(shown, entry.line, code, message, True) for code, message in problems]


def _write(path: Path, target: Path, shown: str, holder: Draft, summary: Any, keywords: list[Any] | None,
           findings: list[Finding], opts: Options) -> list[Finding]:
    from .frontmatter import encode, reparse, set_line, set_value, write_atomic
    from .tags import flow_list

    rest = [f for f in findings if not f.fixable]
    line = next(f.line for f in findings if f.fixable)
    text, wrote = holder.text, []
    if any(f.fixable and f.code.startswith("BS10") for f in findings):
        value = _summary_value(summary, opts)
        if not value:
            return rest + [Finding(shown, line, "BS902", "no sentence to summarise")]
        text, wrote = set_value(holder, opts.field, value), [opts.field]
    if opts.tags_field and keywords and any(f.fixable and f.code.startswith("BS11") for f in findings):
        holder = reparse(holder, text)
        text = set_line(holder, opts.tags_field, flow_list([kw.text for kw in keywords[:opts.tags]],
                                                           holder.quote_style))
        wrote.append(opts.tags_field)
    if not wrote:
        return rest + [f for f in findings if f.fixable]
    try:
        write_atomic(target, encode(holder, text))
    except OSError as err:
        return rest + [Finding(shown, line, "BS904", f"cannot write: {err.strerror or err}")]
    why = ", ".join(f.code for f in findings if f.fixable)
    return rest + [Finding(shown, line, "BS000", f"wrote {', '.join(map(repr, wrote))} ({why})")]


def _summary_value(summary: Any, opts: Options) -> str:
    """The summary field's new value: one line, cut to ``--max-chars``."""
    said = [_one_line(s.text) for s in summary.sentences]
    while opts.max_chars and len(said) > 1 and len(" ".join(said)) > opts.max_chars:
        said.pop()
    value = " ".join(said)
    if opts.max_chars and len(value) > opts.max_chars:
        value = value[:opts.max_chars - 1].rstrip() + "…"
    return value


def _quote_findings(name: str, text: str, body_start: int, plain: Plain) -> list[Finding]:
    import bisumm

    def line(offset: int) -> int:
        return line_of(text, body_start + plain.origin(offset))

    found = [Finding(name, line(q.start), "BS200", f"quotation without a speaker: {_short(q.text, 40)}")
             for q in bisumm.quotes(plain.text) if q.speaker is None]
    found += [Finding(name, line(offset), code, message)
              for offset, code, message in speech_slips(plain.text)]
    return sorted(found, key=lambda f: f.line)


# ---- command line ---------------------------------------------------------------------------

def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="bisumm-hook", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for command, text in (("check", "report missing, empty or stale summaries (read-only)"),
                          ("fix", "write missing or stale summaries into the drafts")):
        sub = commands.add_parser(command, help=text, description=text)
        sub.add_argument("files", nargs="*", type=Path, help="drafts (Markdown or plain text)")
        sub.add_argument("--field", choices=FIELDS, default="summary", help="front-matter key")
        sub.add_argument("--length", choices=("short", "long"), default="short")
        sub.add_argument("--lang", choices=("auto", "ba", "ru"), default="auto")
        sub.add_argument("--max-chars", type=_positive, default=None, help="longest summary")
        sub.add_argument("--require-attribution", action="store_true",
                         help="also report quotations without a speaker and speech punctuation")
        sub.add_argument("--sidecar-suffix", default=".meta.yaml",
                         help="plain-text drafts keep their summary in FILE+SUFFIX")
        sub.add_argument("--tags-field", default=None, metavar="KEY",
                         help="also keep the draft's keywords in this front-matter list (e.g. tags)")
        sub.add_argument("--tags", type=_positive, default=5, metavar="N", help="keywords to write (default 5)")
    return parser


def _positive(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be a positive number")
    return value


def main(argv: list[str] | None = None, out: Callable[[str], Any] | None = None) -> int:
    """Run the hook on the files in ``argv``; returns the exit code (0, 1 or 2)."""
    try:
        args = _parser().parse_args(argv)
    except SystemExit as stop:
        return int(stop.code or 0)
    options = Options(args.field, args.length, args.lang, args.max_chars, args.require_attribution,
                      args.sidecar_suffix, fix=args.command == "fix", tags_field=args.tags_field,
                      tags=args.tags)
    if out is None:
        from ..textio import utf8_streams

        utf8_streams()  # findings quote Cyrillic text: never a UnicodeEncodeError on a cp1252/latin-1 console
    write = out or (lambda line: print(line, flush=True))
    summarizers: dict[str, Any] = {}
    code = 0
    for path in args.files:
        file_code, findings = process(path, options, summarizers)
        for finding in findings:
            write(str(finding))
        code = max(code, file_code)
    return code

