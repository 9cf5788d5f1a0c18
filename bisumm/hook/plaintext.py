"""The prose of a Markdown body, with a map back to the original offsets (used by the hook).

Headings, fenced code, tables, thematic breaks, link reference definitions, HTML comments
and tags, Hugo shortcodes, link targets, images and emphasis marks are dropped; the words
stay where they were, so a finding in the plain text points at the right line of the draft.
Also importable as :func:`bisumm.hook.plain_body`.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

__all__ = ["Plain", "plain_body"]


@dataclass(frozen=True)
class Plain:
    """Text with Markdown markup dropped; ``origin(i)`` maps back to the body offset."""

    text: str
    starts: tuple[int, ...] = ()
    origins: tuple[int, ...] = ()

    def origin(self, offset: int) -> int:
        if not self.starts:
            return offset
        i = bisect.bisect_right(self.starts, offset) - 1
        return self.origins[i] + offset - self.starts[i]


_BLOCK_DROP = re.compile(
    r" {0,3}(?:#{1,6}(?:[ \t].*)?|([-*_=])[ \t]*(?:\1[ \t]*){2,}|=+[ \t]*|\|.*|\[[^\[\]\n]+\]:[ \t].*)")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_MARKERS = re.compile(r"[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?")
_INLINE_DROP = re.compile(
    r"!\[[^\[\]\n]*\]\([^()\n]*\)"          # images
    r"|\]\([^()\n]*\)|\]\[[^\[\]\n]*\]"     # link targets (the text stays)
    r"|\[(?=[^\[\]\n]*\][(\[])"             # link openers
    r"|\[\^[^\[\]\n]*\]"                    # footnote references
    r"|</?[A-Za-z][^<>\n]*>"                # HTML tags, autolinks
    r"|\{\{[<%][^{}\n]*[%>]\}\}"            # Hugo shortcodes
    r"|\*+|`+|(?<![^\W_])_+|_+(?![^\W_])"   # emphasis, code
)


def plain_body(body: str, markdown: bool = True) -> Plain:
    """The prose of a Markdown body: headings, code, tables, markup and HTML dropped.

    >>> plain_body("# Заголовок\\n\\n**Хабиров** [заявил](http://x.ru) <!-- x -->: «Да».\\n").text
    '\\n\\nХабиров заявил : «Да».\\n'
    """
    if not markdown:
        return Plain(body)
    drops = _comment_drops(body)
    fence = ""
    pos = 0
    for line in body.splitlines(keepends=True):
        start, stop = pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)
        content = body[start:stop]
        opened = _FENCE.match(content)
        if fence or opened:
            drops.append((start, stop))
            if opened and (not fence or opened.group(1).startswith(fence)):
                fence = "" if fence else opened.group(1)[0] * 3
            continue
        if _BLOCK_DROP.fullmatch(content):
            drops.append((start, stop))
            continue
        marker = _MARKERS.match(content)
        drops.append((start, start + marker.end()))
        drops.extend((start + m.start(), start + m.end()) for m in _INLINE_DROP.finditer(content))
    return _keep(body, drops)


def _comment_drops(body: str) -> list[tuple[int, int]]:
    drops = []
    pos = body.find("<!--")
    while pos >= 0:
        end = body.find("-->", pos + 4)
        end = len(body) if end < 0 else end + 3
        drops.append((pos, end))
        pos = body.find("<!--", end)
    return drops


def _keep(body: str, drops: list[tuple[int, int]]) -> Plain:
    pieces, starts, origins = [], [], []
    pos = length = 0
    for a, b in sorted(drops) + [(len(body), len(body))]:
        if a > pos:
            pieces.append(body[pos:a])
            starts.append(length)
            origins.append(pos)
            length += a - pos
        pos = max(pos, b)
    return Plain("".join(pieces), tuple(starts), tuple(origins))
