"""Russian quotation grammar: reporting verbs by lemma, indirect speech, names in the nominative.

Every indirect rule returns :class:`~bisumm.quotation.clauses.Raw` candidates: the content
span, the span to look for the speaker in, and the rule's name. Regexes are bounded (no nested
quantifiers) and run on one block at a time, so they stay linear.

>>> from bisumm.lang import get_language
>>> grammar = get_language("ru").quote_grammar
>>> grammar.is_cue("заявила"), grammar.is_cue("сообщили"), grammar.is_cue("поблагодарил"), grammar.is_cue("дом")
(True, True, False, False)
>>> t = "По словам министра Айрата Рахматуллина, число вызовов выросло."
>>> [(t[r.start:r.stop], r.pattern) for r in grammar.indirect(t, 0, len(t))]
[('число вызовов выросло', 'ru.po_slovam')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..quotation.clauses import Raw, clause_begin, clause_start, sentence_end, skip_space
from ..entities.grammar import MentionFound
from ..quotation.grammar import QuoteGrammar
from ..entities.mentions import ORG_HEADS, Tok, org_chain
from ..entities.titles import is_title_word
from ..tokens import WORD_PATTERN
from . import ru_names
from .ru import SPEECH_LEMMAS

__all__ = ["RussianQuotes", "is_cue"]

#: nouns before a place name (``в селе Красный Яр``): the next capitalised word names no person
PLACE_NOUNS = ("сел", "деревн", "поселк", "посёлк", "улиц", "проспект", "река", "реке", "реки", "станиц")
_CUE_TAGS = frozenset({"VERB", "INFN", "PRTS", "ADJS", "GRND", "PRTF"})


@lru_cache(maxsize=8192)
def is_cue(word: str) -> bool:
    """Whether a word form is a Russian reporting verb (by its pymorphy3 lemma)."""
    low = word.lower()
    if len(low) < 4 or not low.isalpha() and "-" not in low:
        return False
    for parse in ru_names.parse(low)[:3]:
        if parse.normal_form.replace("ё", "е") in SPEECH_LEMMAS or parse.normal_form in SPEECH_LEMMAS:
            if _CUE_TAGS & set(parse.tag.grammemes) or parse.tag.POS == "ADJF":
                return True
    return False


_PO_SLOVAM = re.compile(r"(?i)\b(?:по\s+(?:(?:его|её|ее|их)\s+)?(словам|мнению|оценке|данным|информации)|"
                        r"как\s+(\w{3,20}))\s*")
_CHTO = re.compile(r",\s+что\s+")
_PRESS_SERVICE = re.compile(r"(?i)(пресс-служб)[аеуыи]$")


class RussianQuotes(QuoteGrammar):
    """Russian: ``«…», — сказал X``, ``по словам X, …``, ``X заявил, что …``; pymorphy3 cases."""

    place_nouns_before = PLACE_NOUNS
    role_names_last_person = True  # ru dev part of tests/data/quotes_real.jsonl: speaker acc 0.48 → 0.57

    def is_cue(self, word: str) -> bool:
        return is_cue(word)

    def indirect(self, text: str, start: int, stop: int) -> list[Raw]:
        """``по словам X, …``, ``как отметил X, …``, ``X заявил, что …``."""
        return _po_slovam(text, start, stop) + _chto(text, start, stop)

    def name_like(self, word: str) -> bool:
        return ru_names.is_name_word(word)

    def single_name_ok(self, word: str) -> bool:
        return ru_names.is_surname_word(word)

    def organisation_at(self, text: str, toks: list[Tok], i: int) -> MentionFound | None:
        word = toks[i].word
        if ORG_HEADS.match(word) and not is_title_word(word):
            return org_chain(text, toks, i, self)
        return None

    def organisation_name(self, phrase: str) -> str:
        """``пресс-службе Минздрава`` → ``пресс-служба Минздрава``; a lower-case head in the nominative."""
        words = phrase.split()
        if not words:
            return phrase
        head = _PRESS_SERVICE.sub(r"\1а", words[0])
        if head == words[0] and not words[0][:1].isupper():
            head = ru_names.noun_nominative(words[0])
        words[0] = head
        return " ".join(words)

    def name_nominative(self, words: list[str], context: str = "", title_case: str | None = None,
                        after: str = "") -> tuple[str, str]:
        return ru_names.name_nominative(words, context, title_case, after)

    def title_case(self, head: str) -> str | None:
        return ru_names.title_case(head)

    def title_nominative(self, title: str) -> str:
        return ru_names.title_nominative(title)

    def role_name(self, role: str) -> str:
        return ru_names.title_nominative(role)

    def is_plural_role(self, role: str) -> bool:
        return ru_names.is_plural_noun(role.split()[0]) if role.split() else False


def _po_slovam(text: str, start: int, stop: int) -> list[Raw]:
    out = []
    for m in _PO_SLOVAM.finditer(text, start, stop):
        if not clause_start(text, m.start(), start):
            continue
        word, verb = m.group(1), m.group(2)
        if word and word.lower() in ("данным", "информации", "оценке"):
            continue
        if verb and not is_cue(verb):
            continue
        comma = text.find(",", m.end(), min(stop, m.end() + 160))
        if comma < 0 or "." in text[m.end():comma]:
            continue
        body_start = skip_space(text, comma + 1, stop)
        body_stop = sentence_end(text, body_start, stop)
        if body_stop - body_start < 8:
            continue
        name = "ru.po_slovam" if word and word.lower() == "словам" else (
            "ru.po_mneniyu" if word else "ru.kak_otmetil")
        out.append(Raw(body_start, body_stop, m.start(), comma, name))
    return out


def _chto(text: str, start: int, stop: int) -> list[Raw]:
    out = []
    for m in _CHTO.finditer(text, start, stop):
        words = list(WORD_PATTERN.finditer(text, max(start, m.start() - 40), m.start()))
        if not words or words[-1].end() != m.start() or not is_cue(words[-1].group()):
            continue
        verb = words[-1]
        clause = clause_begin(text, verb.start(), start)
        body_start = m.end()
        body_stop = sentence_end(text, body_start, stop)
        if body_stop - body_start < 8 or clause >= verb.start():
            continue
        out.append(Raw(body_start, body_stop, clause, verb.start(), "ru.chto"))
    return out
