"""Direct-speech punctuation slips in drafts (``bisumm-hook check --require-attribution``).

Codes BS201-BS203 of ``docs/hook.md``; the speech verbs come from each language's
``speech_stems`` (:mod:`bisumm.lang`).
"""

from __future__ import annotations

import re

__all__ = ["speech_slips", "speech_stems"]

_DASH = r"[ \t\u00a0]*(?:[—–]|-(?=[ \t\u00a0]))[ \t\u00a0]*(?=[^\W\d_])"
_SLIPS = (
    (re.compile(r"(?<=[^\s?!…,.»])»" + _DASH), "BS201",
     "direct speech: a comma is missing between » and the dash («…», — said)"),
    (re.compile(r",»" + _DASH), "BS202", "direct speech: the comma goes after », not inside («…», —)"),
    (re.compile(r"(?<=[^.\s])\.»,?" + _DASH), "BS203",
     "direct speech: no full stop before » when the author's words follow («…», —)"),
)


def speech_stems() -> tuple[str, ...]:
    """Stems of every language's speech verbs (``сказа``, ``тине``…): they open the author's words."""
    from ..lang import available, get_language

    return tuple(stem for code in available() for stem in get_language(code).speech_stems)


def speech_slips(text: str) -> list[tuple[int, str, str]]:
    """``(offset, code, message)`` of direct-speech punctuation slips, in text order.

    Only a quotation followed by a dash and a speech verb (``сказал``, ``тине``…) counts.

    >>> [code for _, code, _ in speech_slips("«Эшләйбеҙ» — тине ул. «Да!» — сказал он. "
    ...                                      "«Газпром» — компания.")]
    ['BS201']
    """
    from ..normalize import match_form
    from ..tokens import WORD_PATTERN

    stems = speech_stems()
    found = []
    for pattern, code, message in _SLIPS:
        for m in pattern.finditer(text):
            word = WORD_PATTERN.match(text, m.end())
            if word and match_form(word.group()).startswith(stems):
                found.append((m.start(), code, message))
    return sorted(found)
