"""Russian media and bodies named at the end of reported words: ``…, передает ТАСС``, ``сообщает Bloomberg``.

The medium passes on somebody's words; :func:`before_medium` cuts a reported clause before a short closing
``, передает X`` and :func:`medium_named` finds the name (quoted, Latin or all capitals).
"""

from __future__ import annotations

import re

from ..entities.mentions import Mention
from ..entities.titles import is_title_word
from ..tokens import WORD_PATTERN
from .ru_names import is_participle, quoted_nominative

__all__ = ["before_medium", "medium_named", "COMMA_CUE", "MEDIUM_TAIL"]

#: a comma followed by a word (the author's words may resume there)
COMMA_CUE = re.compile(r",\s+(?=\w)")

#: ``, передает «Пятый канал»`` / ``, сообщает ТАСС`` closing a sentence: at most this many characters
MEDIUM_TAIL = 60


_CAPITAL = re.compile(r"\b\w*[A-ZА-ЯЁ]")


def before_medium(text: str, start: int, stop: int, is_cue) -> int:  # type: ignore[no-untyped-def]
    """Where the reported clause ends: before a short closing ``, передает X`` (the medium's words)."""
    for m in COMMA_CUE.finditer(text, start, stop):
        word = WORD_PATTERN.match(text, m.end())
        if word is not None and stop - m.start() <= MEDIUM_TAIL and is_cue(word.group()) and \
                not is_participle(word.group()) and (medium_named(text, word.end(), stop) is not None or
                                                     _CAPITAL.search(text, word.end(), stop) and "," not in
                                                     text[word.end():stop]):
            return m.start()  # (…, сообщает болгарский телеканал bTV: a name with a capital in it)
    return stop


_MEDIUM = re.compile(r"«([^«»\s]{2,20}(?:\s[^«»\s]{1,20}){0,3})»|\b([A-Z][\w.&-]+(?:\s+[A-Z][\w.&-]+){0,2})|(?<=\s)([А-ЯЁ][А-ЯЁ]{1,6})\b")


def medium_named(text: str, start: int, stop: int) -> Mention | None:
    """A medium or body named in ``text[start:stop]`` by a quoted, Latin or all-capitals name.

    >>> t = "сообщает Bloomberg со ссылкой на источники"
    >>> medium_named(t, 0, len(t)).name
    'Bloomberg'
    >>> medium_named("передает «Интерфакс»", 0, 20).name, medium_named("сказал он", 0, 9)
    ('Интерфакс', None)
    """
    m = _MEDIUM.search(text, start, stop)
    if m is None:
        return None
    name = next(g for g in m.groups() if g)
    if is_title_word(name.split()[0]):
        return None
    if m.group(1):
        name = quoted_nominative(name)
    return Mention(m.start(), m.end(), "org", name, None, surface=text[m.start():m.end()])
