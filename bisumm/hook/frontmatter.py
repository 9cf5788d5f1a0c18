"""Byte-preserving front matter: read a draft, change one YAML line, write atomically.

Only the top level of a YAML front matter is read (``key: value`` lines, their
indented continuations, comments); values bisumm writes are one line, double-quoted
(or single-quoted when the file prefers that style). Everything else in the file —
BOM, CRLF, comments, key order, quoting, trailing newline, permissions — stays.

>>> d = parse('---\\ntitle: "Уфа"   # heading\\nsummary: \\'\\'\\n---\\nТекст.\\n')
>>> d.entries["title"].value, d.entries["summary"].style, d.body
('Уфа', 'single', 'Текст.\\n')
>>> print(set_value(d, "summary", 'Он сказал: "да".'), end="")
---
title: "Уфа"   # heading
summary: 'Он сказал: "да".'
---
Текст.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import BisummError
from .atomic import write_atomic

__all__ = ["Draft", "Entry", "FrontMatterError", "parse", "parse_mapping", "read_draft", "set_value",
           "set_line", "reparse", "yaml_quote", "write_atomic", "encode", "line_of", "split_comment",
           "read_quoted"]

_OPEN = ("---", "+++")
_CLOSE = ("---", "...")
_SIMPLE_ESCAPES = {"0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v",
                   "f": "\f", "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\",
                   "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029"}
_HEX_ESCAPES = {"x": 2, "u": 4, "U": 8}
_WRITE_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\0": "\\0",
                  "\x85": "\\N", "\u2028": "\\L", "\u2029": "\\P", "\ufeff": "\\uFEFF"}


class FrontMatterError(BisummError, ValueError):
    """Front matter bisumm cannot read safely (``line`` is 1-based in the file)."""

    def __init__(self, message: str, line: int = 1) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class Entry:
    """One top-level key: ``text[start:stop]`` are its lines (without the last line break).

    ``prefix`` is ``key:`` plus the spaces before the value, ``comment`` the trailing
    `` # ...``; ``value`` is the decoded scalar (``None`` for lists, mappings, aliases).
    """

    key: str
    start: int
    stop: int
    line: int
    prefix: str
    style: str
    value: str | None
    comment: str = ""


@dataclass(frozen=True)
class Draft:
    """A decoded draft. ``kind`` is ``"yaml"`` (front matter found) or ``"none"``."""

    text: str
    kind: str
    newline: str
    region: tuple[int, int] = (0, 0)
    body_start: int = 0
    entries: dict[str, Entry] = field(default_factory=dict)
    bom: bool = False

    @property
    def body(self) -> str:
        """Everything after the front matter."""
        return self.text[self.body_start:]

    @property
    def quote_style(self) -> str:
        """``"single"`` when the file quotes values mostly with ``'``, else ``"double"``."""
        styles = [e.style for e in self.entries.values()]
        return "single" if styles.count("single") > styles.count("double") else "double"


def line_of(text: str, offset: int) -> int:
    """1-based line number of ``offset`` in ``text``."""
    return text.count("\n", 0, offset) + 1


def read_draft(path: str | Path) -> Draft:
    """Read and :func:`parse` a UTF-8 draft (a BOM is remembered and written back)."""
    from ..textio import decode, read_bytes

    data = read_bytes(path)  # a pipe or device is refused: reading one could block forever
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        from ..errors import DecodeError

        raise DecodeError("not UTF-8 (UTF-16 byte-order mark)", 0)
    draft = parse(decode(data))
    return Draft(draft.text, draft.kind, draft.newline, draft.region, draft.body_start,
                 draft.entries, data.startswith(codecs.BOM_UTF8))


def encode(draft: Draft, text: str) -> bytes:
    """``text`` as the bytes of the file ``draft`` came from (its BOM kept)."""
    return (codecs.BOM_UTF8 if draft.bom else b"") + text.encode("utf-8")


def _lines(text: str, start: int, stop: int) -> list[tuple[int, int, int]]:
    """``(start, content_end, next_start)`` of each line in ``text[start:stop]``."""
    out = []
    pos = start
    while pos < stop:
        nl = text.find("\n", pos, stop)
        nxt = stop if nl < 0 else nl + 1
        end = nxt if nl < 0 else (nl - 1 if nl > pos and text[nl - 1] == "\r" else nl)
        out.append((pos, end, nxt))
        pos = nxt
    return out


def parse(text: str) -> Draft:
    """Find the front matter of ``text`` (no BOM) and read its top-level keys.

    Raises :class:`FrontMatterError` for unclosed or malformed YAML front matter
    and for TOML (``+++``) front matter, which bisumm does not edit.
    """
    newline = "\r\n" if "\r\n" in text[:text.find("\n") + 1 or len(text)] else "\n"
    lines = _lines(text, 0, len(text))
    first = text[lines[0][0]:lines[0][1]].rstrip() if lines else ""
    if first not in _OPEN:
        if first.partition("\r")[0].rstrip() in _OPEN and "\r" in first:
            # classic Mac OS line ends: read as one line, the front matter would be summarised as body
            raise FrontMatterError("front matter with bare CR line endings (classic Mac OS); "
                                   "save the draft with LF or CRLF line endings")
        return Draft(text, "none", newline)
    if first == "+++":
        raise FrontMatterError("TOML front matter (+++) is not supported; use YAML (---)")
    for number, (start, end, nxt) in enumerate(lines[1:], start=2):
        if text[start:end].rstrip() in _CLOSE:
            region = (lines[0][2], start)
            return Draft(text, "yaml", newline, region, nxt, parse_mapping(text, *region))
    raise FrontMatterError("front matter is not closed (no line '---' after the opening one)")


def parse_mapping(text: str, start: int = 0, stop: int | None = None) -> dict[str, Entry]:
    """Top-level ``key: value`` entries of the YAML mapping in ``text[start:stop]``."""
    stop = len(text) if stop is None else stop
    entries: dict[str, Entry] = {}
    current: list = []  # [key, start, last_end, line, rest_start, continuation lines]
    first = line_of(text, start)
    for number, (start_, end, _) in enumerate(_lines(text, start, stop), start=first):
        line = text[start_:end]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0] in " \t":
            if not current:
                raise FrontMatterError("indented line before any key", number)
            current[2] = end
            current[5].append(line)
            continue
        if current:
            _add(entries, _entry(text, *current))
        current = _start_entry(line, start_, end, number)
    if current:
        _add(entries, _entry(text, *current))
    return entries


def _add(entries: dict[str, Entry], entry: Entry) -> None:
    if entry.key in entries:
        raise FrontMatterError(f"duplicate key {entry.key!r}", entry.line)
    entries[entry.key] = entry


def _start_entry(line: str, start: int, end: int, number: int) -> list:
    if line.startswith(("- ", "? ")) or line == "-":
        raise FrontMatterError("front matter must be a mapping of 'key: value' lines", number)
    colon = _key_colon(line)
    if colon < 0:
        raise FrontMatterError(f"expected 'key: value', got {line[:40]!r}", number)
    key = line[:colon].rstrip()
    if key[:1] in "\"'" and len(key) >= 2 and key[-1] == key[0]:
        key = key[1:-1]
    rest = colon + 1
    while rest < len(line) and line[rest] in " \t":
        rest += 1
    return [key, start, end, number, start + rest, []]


def _key_colon(line: str) -> int:
    """Index of the ``:`` that ends the key (followed by a space or the line end), or -1."""
    if line[0] in "\"'":
        close = line.find(line[0], 1)
        return close + 1 if close > 0 and line[close + 1:close + 2] == ":" else -1
    pos = line.find(":")
    while pos >= 0:
        if pos + 1 == len(line) or line[pos + 1] in " \t":
            return pos if pos > 0 and "#" not in line[:pos] else -1
        pos = line.find(":", pos + 1)
    return -1


def _entry(text: str, key: str, start: int, end: int, number: int, rest_start: int,
           more: list[str]) -> Entry:
    first_end = text.find("\n", start, end)
    first_end = end if first_end < 0 else first_end - (text[first_end - 1] == "\r")
    rest = text[rest_start:first_end]
    prefix = text[start:rest_start]
    style, value, comment = _scalar(rest, more, number)
    if more and style in ("double", "single", "plain") and comment:
        comment = ""
    return Entry(key, start, end, number, prefix, style, value, comment)


def _scalar(rest: str, more: list[str], number: int) -> tuple[str, str | None, str]:
    """``(style, value, comment)`` of a value; raises on what YAML would reject."""
    head = rest.rstrip()
    if not head or head.startswith("#"):
        if not more:
            return "empty", "", head and " " + head
        if any(ln.lstrip().startswith(("- ", "#")) or _key_colon(ln.lstrip()) >= 0 for ln in more):
            return "complex", None, ""
        return "plain", " ".join(ln.strip() for ln in more), ""
    if head[0] in "\"'":
        return read_quoted(rest, more, number)
    if head[0] in "|>":
        body = [ln.strip() for ln in more]
        return ("block", ("\n" if head[0] == "|" else " ").join(body).strip(), "")
    if head[0] in "[{&*!":
        return ("complex", None, "")
    value, comment = split_comment(head)
    if ": " in value or value.endswith(":"):
        raise FrontMatterError("a plain value contains ': '; quote it", number)
    if head[0] in "@`%":
        raise FrontMatterError(f"a plain value cannot start with {head[0]!r}; quote it", number)
    value = " ".join([value] + [ln.strip() for ln in more if not ln.lstrip().startswith("#")])
    return ("plain", value.strip(), comment)


def split_comment(value: str) -> tuple[str, str]:
    """``value`` without its trailing `` # comment``, and the comment (with its spaces) apart."""
    cut = value.find(" #")
    tab = value.find("\t#")
    cut = min(c for c in (cut, tab) if c >= 0) if max(cut, tab) >= 0 else -1
    if cut < 0:
        return value, ""
    kept = value[:cut].rstrip()
    return kept, value[len(kept):]


def read_quoted(rest: str, more: list[str], number: int) -> tuple[str, str, str]:
    """A quoted scalar opening ``rest`` (continued on ``more``): its style, value and trailing comment."""
    quote = rest[0]
    whole = "\n".join([rest] + more)
    close = _closing_quote(whole, quote)
    if close < 0:
        raise FrontMatterError(f"unclosed {quote} quote", number)
    tail = whole[close + 1:]
    if tail.strip() and not tail.lstrip().startswith("#"):
        raise FrontMatterError(f"text after the closing {quote} quote", number)
    inner = whole[1:close]
    inner = " ".join(part.strip() for part in inner.split("\n")) if "\n" in inner else inner
    if quote == "'":
        return "single", inner.replace("''", "'"), tail.rstrip() if "\n" not in tail else ""
    return "double", _unescape(inner, number), tail.rstrip() if "\n" not in tail else ""


def _closing_quote(text: str, quote: str) -> int:
    pos = 1
    while True:
        pos = text.find(quote, pos)
        if pos < 0:
            return -1
        if quote == "'":
            if text[pos + 1:pos + 2] != "'":
                return pos
            pos += 2
            continue
        slashes = 0
        while text[pos - 1 - slashes] == "\\":
            slashes += 1
        if slashes % 2 == 0:
            return pos
        pos += 1


def _unescape(inner: str, number: int) -> str:
    out: list[str] = []
    pos = 0
    while True:
        slash = inner.find("\\", pos)
        if slash < 0:
            out.append(inner[pos:])
            return "".join(out)
        out.append(inner[pos:slash])
        code = inner[slash + 1:slash + 2]
        if code in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[code])
            pos = slash + 2
        elif code in _HEX_ESCAPES:
            digits = inner[slash + 2:slash + 2 + _HEX_ESCAPES[code]]
            try:
                out.append(chr(int(digits, 16)))
            except ValueError:
                raise FrontMatterError(f"bad escape \\{code}{digits}", number) from None
            pos = slash + 2 + len(digits)
        else:
            raise FrontMatterError(f"unknown escape \\{code}", number)


def yaml_quote(value: str, style: str = "double") -> str:
    """``value`` as one YAML line: single-quoted if asked and possible, else double-quoted.

    >>> print(yaml_quote('«Эш», — тине ул. \\\\ "x"'))
    "«Эш», — тине ул. \\\\ \\"x\\""
    >>> print(yaml_quote("it's", "single"))
    'it''s'
    """
    printable = all(ch.isprintable() or ch == " " for ch in value)
    if style == "single" and printable:
        return "'" + value.replace("'", "''") + "'"
    out = []
    for ch in value:
        if ch in _WRITE_ESCAPES:
            out.append(_WRITE_ESCAPES[ch])
        elif ch == " " or ch.isprintable():
            out.append(ch)
        else:
            code = ord(ch)
            out.append(f"\\x{code:02X}" if code < 0x100 else f"\\u{code:04X}" if code < 0x10000
                       else f"\\U{code:08X}")
    return '"' + "".join(out) + '"'


def set_value(draft: Draft, key: str, value: str, style: str | None = None) -> str:
    """The text of ``draft`` with ``key`` set to ``value`` on one line; nothing else changes.

    An existing entry keeps its key spelling, spacing and trailing comment; a new key
    goes last in the front matter; a draft without front matter gets one at the top.
    """
    entry = draft.entries.get(key)
    if style is None:
        style = entry.style if entry is not None and entry.style in ("single", "double") \
            else draft.quote_style
    return set_line(draft, key, yaml_quote(value, style))


def set_line(draft: Draft, key: str, quoted: str) -> str:
    """The text of ``draft`` with ``key`` set to the YAML ``quoted`` (one line), as :func:`set_value`.

    An existing entry's continuation lines (a block list) are replaced with it.
    """
    entry = draft.entries.get(key)
    nl = draft.newline
    text = draft.text
    if entry is not None:
        prefix = entry.prefix if entry.prefix.endswith((" ", "\t")) else entry.prefix + " "
        return text[:entry.start] + prefix + quoted + entry.comment + text[entry.stop:]
    line = f"{key}: {quoted}{nl}"
    if draft.kind != "none":  # front matter, or a sidecar holding the mapping alone
        at = draft.region[1]
        if at and text[at - 1] != "\n":
            line = nl + line
        return text[:at] + line + text[at:]
    return f"---{nl}{line}---{nl}" + text


def reparse(draft: Draft, text: str) -> Draft:
    """``draft`` after an edit gave ``text`` (a sidecar stays a bare mapping; the BOM is kept)."""
    if text == draft.text:
        return draft
    if draft.kind == "sidecar":
        return Draft(text, "sidecar", draft.newline, (0, len(text)), len(text), parse_mapping(text), draft.bom)
    new = parse(text)
    return Draft(text, new.kind, new.newline, new.region, new.body_start, new.entries, draft.bom)
