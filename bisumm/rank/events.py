"""Sentences that state the event: a dated one (``15 ноябрҙә …``), one that reports a meeting, one that introduces the people.

The news ranker (:mod:`bisumm.rank.news`) raises their centrality; where the order of the text
carries nothing, they are the ones to lead a summary.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

__all__ = ["dated", "introducing", "stating", "event_sentence", "event_prior"]

_DAY_WORD = re.compile(r"\b\d{1,2}\s+[^\W\d_]")


def dated(doc: Any) -> np.ndarray:
    """1.0 for a sentence that dates an event (a day number before a month: ``15 ноябрҙә``), else 0.0.

    >>> from bisumm.document import Document
    >>> dated(Document.from_text("15 ноября глава района открыл школу. Школа новая.")).tolist()
    [1.0, 0.0]
    """
    out = np.zeros(len(doc.sentences))
    for i, sentence in enumerate(doc.sentences):
        if _DAY_WORD.search(sentence.text) is None:
            continue
        language = doc.language_of(sentence)
        months = language.months if language is not None else ()
        if not months:
            continue
        words = doc.words(i)
        for day, word in zip(words, words[1:]):
            if day.isdigit() and 1 <= int(day) <= 31 and word.lower().startswith(months):
                out[i] = 1.0
                break
    return out


def stating(doc: Any) -> np.ndarray:
    """1.0 for a sentence that dates an event (:func:`dated`) or reports a meeting (its language's
    ``meeting_stems``: ``осрашты``, ``встретился``), else 0.0.

    >>> from bisumm.document import Document
    >>> stating(Document.from_text("Глава района встретился с учителями. Школа новая.")).tolist()
    [1.0, 0.0]
    """
    out = dated(doc)
    for i, sentence in enumerate(doc.sentences):
        language = doc.language_of(sentence)
        stems = language.meeting_stems if language is not None else ()
        if out[i] or not stems:
            continue
        low = sentence.text.lower()  # a plain substring test first (most sentences hold no stem)
        if any(stem in low for stem in stems) and any(word.lower().startswith(stems) for word in doc.words(i)):
            out[i] = 1.0
    return out


def introducing(doc: Any) -> np.ndarray:
    """1.0 for a sentence that names someone in full whom another sentence names alone, else 0.0.

    Whatever the order, the sentence that introduces the people (``Иван Петров открыл школу``,
    later ``Петров …``) is the one that states the event.

    >>> from bisumm.document import Document
    >>> introducing(Document.from_text("Школа новая. Глава района Иван Петров открыл школу. Петров осмотрел классы.")).tolist()
    [0.0, 1.0, 0.0]
    """
    from .order import name_mentions

    mentions = [name_mentions(doc.words(i)) for i in range(len(doc.sentences))]
    alone: dict[str, set[int]] = {}
    for i, sentence in enumerate(mentions):
        for key, full, _ in sentence:
            if not full:
                alone.setdefault(key, set()).add(i)
    out = np.zeros(len(mentions))
    for i, sentence in enumerate(mentions):
        if any(full and alone.get(key, set()) - {i} for key, full, _ in sentence):
            out[i] = 1.0
    return out


def event_sentence(cues: np.ndarray) -> int | None:
    """The sentence that states the event: the most event ``cues`` (:func:`stating` plus
    :func:`introducing`), the earliest of equals (a lead among them stays the lede); ``None`` without any cue.

    >>> event_sentence(np.array([0.0, 1.0, 2.0, 2.0]))
    2
    """
    if not len(cues) or cues.max() <= 0:
        return None
    return int(np.argmax(cues))


def event_prior(prior: np.ndarray, event: int, trust: float) -> np.ndarray:
    """The position ``prior`` with a share ``1 − trust`` of it moved to sentence ``event``: where the
    order of a text carries nothing, the sentence that states the event, not the first one, is the lede.

    >>> event_prior(np.array([1.0, 0.5, 0.25]), 2, 0.75).tolist()
    [0.75, 0.375, 0.4375]
    """
    out = trust * prior
    out[event] += 1.0 - trust
    return out
