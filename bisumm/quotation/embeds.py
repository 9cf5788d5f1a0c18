"""Posts embedded in web news (tweets): the post's words on their own lines, then a signature line
``— Name (@handle)`` and the date. The words are a direct quote of the signed name.

>>> import re
>>> t = "Тренер был недоволен.\\nWhat a goal! Come on!\\npic.twitter.com/abc\\n— ChelseaTalk (@ChelseaTalk)\\n4 февраля 2017 г."
>>> blocks = [(m.start(), m.end()) for m in re.finditer(r"[^\\n]+", t)]
>>> [(t[p.start:p.stop], p.name, p.blocks) for p in embedded_posts(t, blocks)]
[('What a goal! Come on!', 'ChelseaTalk', (1, 2, 3))]
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Post", "embedded_posts", "is_signature"]

_SIGNATURE = re.compile(r"[—–-]\s*([^\s()@][^\n()@]{0,60}?)\s*\(@\w{1,40}\)\s*$")
#: lines of a post that are no words of it: links, tags, handles, arrows
_NOISE = re.compile(r"(?:pic\.twitter\.com/\S*|https?://\S*|[#@]\S*|[\s/→.,:;|-])*")
#: a post's lines above its last are short and end no sentence (tags broken out of it); others are the article's
SHORT_LINE = 60
#: at most this many lines of one post are read back from its signature
POST_LINES = 12


def is_signature(text: str, start: int, stop: int) -> bool:
    """``text[start:stop]`` is a post's signature line (``— Name (@handle)``)."""
    sig = _SIGNATURE.match(text, start, stop)
    return sig is not None and sig.end() >= stop


class Post(NamedTuple):
    """An embedded post: its words, the signed name and the blocks it takes (words to signature)."""

    start: int
    stop: int
    name: str
    name_start: int
    blocks: tuple[int, ...]


def embedded_posts(text: str, blocks: list[tuple[int, int]] | list) -> list[Post]:  # type: ignore[type-arg]
    """Every post of the text whose signature line is a block of its own (blocks as (start, stop, …))."""
    out = []
    for k, block in enumerate(blocks):
        bs, be = block[0], block[1]
        sig = _SIGNATURE.match(text, bs, be)
        if sig is None or sig.end() < be or k == 0:
            continue
        words: list[int] = []
        j = k - 1
        while j >= 0 and k - j <= POST_LINES:
            s, e = blocks[j][0], blocks[j][1]
            if _NOISE.fullmatch(text, s, e) is None:
                if words and (e - s > SHORT_LINE or text[s:e].rstrip()[-1:] in ".!?»:…"):
                    break  # the article's own line before the post
                words.append(j)
            j -= 1
        if not words:
            continue
        first, last = blocks[words[-1]], blocks[words[0]]
        stop = _trim_links(text, first[0], last[1])
        if sum(bool(_WORD.fullmatch(w)) for w in text[first[0]:stop].split()) >= MIN_WORDS:
            out.append(Post(first[0], stop, sig.group(1), sig.start(1), tuple(range(words[-1], k + 1))))
    return out


#: a post has at least this many plain words (not a lone «?», a code or a hash)
MIN_WORDS = 3
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*[.,!?…:;]*")
_LINK = re.compile(r"\s*(?:https?://|pic\.twitter\.com/)\S*\s*$")


def _trim_links(text: str, start: int, stop: int) -> int:
    """End of a post's words before a trailing link and space."""
    m = _LINK.search(text, start, stop)
    stop = m.start() if m else stop
    while stop > start and text[stop - 1] in " \n\t→":
        stop -= 1
    return stop
