"""Russian media and bodies named at the end of reported words: ``…, передает ТАСС``, ``сообщает Bloomberg``.

The medium passes on somebody's words; :func:`before_medium` cuts a reported clause before a short closing
``, передает X`` and :func:`medium_named` finds the name (quoted, Latin or all capitals).
"""

from __future__ import annotations

import re

from ..entities.mentions import Mention
from ..entities.titles import is_title_word, lexicon
from ..tokens import WORD_PATTERN
from .ru_names import is_participle, is_plural_noun, quoted_nominative

__all__ = ["before_medium", "medium_named", "medium_before", "is_medium_role", "COMMA_CUE", "MEDIUM_TAIL"]

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


#: words right before a medium's name that make it one (``газета The Times``, ``статьи «Коммерсанта»``, ``пишет NYT``)
_AS_MEDIUM = re.compile(r"(?i:\b((?:газет|издани|телеканал|агентств|журнал(?!ист)|радиостанци|таблоид|телекомпани|стать|"
                        r"публикаци|пишет|пишут|передает|передаёт)\w*))\s+(?:«([^«»\n]{2,40})»|"
                        r"([A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})|([А-ЯЁ]{2,6}(?:\s+Новости)?)\b)")
#: a medium is looked for at most this many characters before the role that refers to it
MEDIUM_LOOKBACK = 2000
#: writers of a medium (``автор статьи``, ``журналисты издания``); bare, they refer to the medium named before
MEDIUM_WRITERS = ("автор", "журналист", "колумнист", "обозревател")
#: what a writer writes for (``автор статьи``, ``журналисты американского издания``)
MEDIUM_WORKS = ("стать", "публикаци", "материал", "заметк", "колонк", "газет", "издани", "телеканал", "агентств")


def medium_before(text: str, pos: int, quoted: list[tuple[int, int]] = (), role: str = "") -> str | None:  # type: ignore[assignment]
    """The medium named as one before ``pos`` (within :data:`MEDIUM_LOOKBACK` characters, outside the
    ``quoted`` spans) that the text names most there, of equals the last (the one an article retells, not
    one it only mentions). A ``role`` of one kind (``газета``) takes a medium named as that kind or by its
    article (``статья X``), never one named by a verb only (``передает ТАСС``) or as another kind.

    >>> t = "заголовок статьи The New York Times. Издание пишет, что телеканал RT и The New York Times"
    >>> medium_before(t, len(t)), medium_before("сказал Иван Петров", 18), medium_before("передает ТАСС. Газета", 21, (), "газета")
    ('The New York Times', None, None)
    """
    start = max(0, pos - MEDIUM_LOOKBACK)
    spans = [(a, b) for a, b in quoted if b > start and a < pos]
    kind = _kind(role)
    named = []
    for m in _AS_MEDIUM.finditer(text, start, pos):
        cue = m.group(1).lower()
        if kind and not (cue.startswith(kind) or cue.startswith(_ARTICLES)):
            continue
        name = next(g for g in m.groups()[1:] if g)
        if not is_title_word(name.split()[0]) and name not in lexicon().country_abbreviations and \
                not any(a <= m.start() < b for a, b in spans):  # (издания США: no medium)
            named.append(quoted_nominative(name) if m.group(2) else name.rstrip("."))
    if not named:
        return None
    window = text[start:pos]
    said = "".join(window[a - start:b - start] for a, b in spans)
    return max(reversed(named), key=lambda name: window.count(name) - said.count(name))


#: kinds of media a role may name (``газета`` is no ``телеканал``)
MEDIUM_KINDS = ("газет", "телеканал", "агентств", "журнал", "радиостанци", "телекомпани", "таблоид")
#: an article of the medium, which names it whatever its kind
_ARTICLES = ("стать", "публикаци")


def _kind(role: str) -> str | None:
    """The kind of medium a role names (``немецкая газета`` → ``газет``), else ``None``."""
    return next((k for w in role.lower().split() for k in MEDIUM_KINDS if w.startswith(k) and not w.startswith("журналист")),
                None)


def is_medium_role(role: str, medium_head) -> bool:  # type: ignore[no-untyped-def]
    """A medium (``издание``: ``medium_head`` of its words) or its writer: ``автор статьи``, ``журналисты
    американского издания``, a bare singular ``журналист``."""
    words = role.lower().split()
    if not words:
        return False
    if medium_head(words):
        return True
    if not words[0].startswith(MEDIUM_WRITERS):
        return False
    if len(words) == 1:
        return not is_plural_noun(words[0])
    return any(w.startswith(MEDIUM_WORKS) for w in words[1:])
