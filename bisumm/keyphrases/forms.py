"""Readable forms of keywords.

Russian: names and phrases in the nominative, adjectives agreeing with their noun
(``Государственной думы`` → ``Государственная дума``), single words as their lemma.
Bashkir: names without their case ending (``Рөстәм Хәмитовҡа`` → ``Рөстәм Хәмитов``),
other keywords in the form the text uses most often.

>>> from bisumm.document import Document
>>> from bisumm.keyphrases.words import analyse
>>> from bisumm.keyphrases.candidates import candidates
>>> words = analyse(Document.from_text("Депутаты Государственной думы встретились с Радием Хабировым.", "ru"))[0]
>>> [readable(o.kind, [o]) for o in candidates(words)]
['Радий Хабиров', 'Государственная дума', 'депутат', 'дума']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .candidates import Occurrence
from .words import Word

__all__ = ["readable"]


def readable(kind: str, occurrences: Sequence[Occurrence]) -> str:
    """The display form of a keyword from its occurrences (the longest, earliest one leads)."""
    lead = max(occurrences, key=lambda o: (len(o.lemma), -o.start))
    if lead.words[0].lang == "ru":
        if kind == "word":
            return lead.lemma[0]
        return _russian(lead, kind)
    if kind == "name":
        return _bashkir_name(occurrences, len(lead.words))
    spellings = [" ".join(w.text for w in o.words) for o in occurrences if len(o.lemma) == len(lead.lemma)]
    forms = Counter(f.lower() for f in spellings)
    best = min(forms, key=lambda f: (-forms[f], len(f), f))  # most often; ties: the shortest
    return best if not all(f[:1].isupper() for f in spellings) else best[:1].upper() + best[1:]


def _russian(lead: Occurrence, kind: str) -> str:
    words = [w for w in lead.words if w.lemma is not None and not w.patronymic]
    if kind == "name":
        female = any(w.info is not None and {"Name", "femn"} <= w.info.tag.grammemes for w in words)
        return " ".join(_cased(w.text, _nominative(w, female)) for w in words)
    head = next((w for w in words if w.role in ("noun", "name")), words[-1])
    position = words.index(head)
    number = head.info.tag.number if head.info is not None else None
    gender = head.info.tag.gender if head.info is not None else None
    out = []
    for i, w in enumerate(words):
        if i < position and w.role == "adj":
            form = _inflect(w, {"nomn", number or "sing"} | ({gender} if gender and number != "plur" else set()))
        elif i == position:
            form = _inflect(w, {"nomn", number} if number else {"nomn"})
        else:
            form = w.text.lower()  # a genitive complement stays as it is
        out.append(_cased(w.text, form) if w.role == "name" or not w.opens else form)
    return " ".join(out)


def _bashkir_name(occurrences: Sequence[Occurrence], size: int) -> str:
    """The most frequent spelling of a Bashkir name (as long as the longest), its case ending
    dropped (``Башҡортостан Республикаһының`` → ``Башҡортостан Республикаһы``)."""
    from .rules import ba_case_base

    forms = Counter(tuple(w.text for w in o.words if w.lemma) for o in occurrences if len(o.words) == size)
    best = max(forms, key=lambda f: (forms[f], f))
    return " ".join(best[:-1] + (ba_case_base(best[-1]),)) if best else ""


def _nominative(w: Word, female: bool = False) -> str:
    """A name word in the nominative; a surname after a woman's first name stays feminine
    (``Дарьи Касаткиной`` → ``Касаткина``)."""
    if w.info is None or "Fixd" in w.info.tag.grammemes or w.info.tag.case == "nomn":
        return w.text.lower()
    if female and "Surn" in w.info.tag.grammemes:
        return _inflect(w, {"nomn", "sing", "femn"})
    return _inflect(w, {"nomn", "sing"} if w.info.tag.number == "sing" else {"nomn"})


def _inflect(w: Word, grammemes: set) -> str:
    if w.info is None:
        return w.text.lower()
    try:
        form = w.info.inflect({g for g in grammemes if g})
    except (ValueError, KeyError):
        form = None
    word = form.word if form is not None else w.text.lower()
    return word if "ё" in w.text.lower() else word.replace("ё", "е")


def _cased(surface: str, form: str) -> str:
    """``form`` written with the capitals of ``surface`` (all capitals, or each hyphen part's first)."""
    if surface.isupper() and len(surface) > 1:
        return form.upper()
    parts, shape = form.split("-"), surface.split("-")
    return "-".join(p[:1].upper() + p[1:] if i < len(shape) and shape[i][:1].isupper() else p
                    for i, p in enumerate(parts))
