"""Name runs: the capitalised words of a person's name in a mention span (first names, surnames,
patronymics, initials), with the word tests they rely on (organisation heads, function words).

>>> from bisumm.lang import get_language
>>> toks = [Tok(0, 4, "Иван", False), Tok(5, 11, "Петров", False), Tok(12, 18, "сказал", False)]
>>> [t.word for t in name_run("Иван Петров сказал", toks, 0, get_language("ru").quote_grammar)[1]]
['Иван', 'Петров']
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from ..lang.lexicon import TitleLexicon
from ..tokens import WORD_PATTERN as WORD
from .names import is_capitalised, name_pattern, word_memo
from .titles import is_place_word, is_title_word, lexicon

if TYPE_CHECKING:  # pragma: no cover
    from .grammar import MentionGrammar

__all__ = ["Tok", "is_org_head", "ends_chain", "is_function_word", "name_like", "surname_shaped", "name_run",
           "is_initial_tok", "is_oblique_name", "MAX_INITIALS", "complement_name", "name_follows", "word_before"]


@lru_cache(maxsize=8)
def _org_pattern(lex: TitleLexicon) -> re.Pattern[str]:
    return re.compile(r"^(?:" + "|".join(lex.org_heads + lex.ministry_stems) + ")", re.IGNORECASE)


def is_org_head(word: str) -> bool:
    """The head of an organisation phrase (press service, ministry, administration).

    >>> is_org_head("Минздрав"), is_org_head("Хөкүмәте"), is_org_head("Минимальная")
    (True, True, False)
    """
    return _org_pattern(lexicon()).match(word) is not None


def ends_chain(low: str) -> bool:
    """A lower-cased word that ends a title chain or an organisation phrase (a stop word that may not
    stand inside a chain)."""
    lex = lexicon()
    return low in lex.stop_words and low not in lex.chain_preps


def is_function_word(low: str) -> bool:
    """A lower-cased capitalised function word that opens sentences and never starts a name."""
    return low in lexicon().function_words


class Tok(NamedTuple):
    """A word of a mention span; ``quoted`` words (``«Салавата Юлаева»``) name no person."""

    start: int
    stop: int
    word: str
    quoted: bool


@word_memo
def name_like(word: str, g: MentionGrammar) -> bool:
    """A word that may be (part of) a person's name in ``g``: capitalised, no place, title, pronoun,
    organisation head or function word (remembered per word: every token of a text asks)."""
    if not is_capitalised(word) or is_place_word(word) or is_title_word(word):
        return False
    low = word.lower()
    if low in lexicon().pronouns or is_org_head(word):
        return False
    if is_function_word(low) and not g.is_first_name(word):  # (the union's Bashkir сара is the name Сара in Russian)
        return False
    return g.name_like(word)


def _surname_after(first: str, word: str, g: MentionGrammar) -> bool:
    return is_capitalised(word) and not is_title_word(word) and not is_function_word(word.lower()) and \
        g.surname_after(first, word)


@word_memo
def surname_shaped(word: str, g: MentionGrammar) -> bool:
    """A word shaped like a surname once the language drops its case ending."""
    low = g.surname_base(word.lower())
    return len(low) >= 5 and bool(name_pattern("SURNAME").search(low))


def name_run(text: str, toks: list[Tok], i: int, g: MentionGrammar) -> tuple[int, list[Tok]]:
    """Name-like capitalised tokens from ``i`` (≤ 3, ending at a surname); ``[]`` if not a name."""
    if toks[i].quoted or (i > 0 and g.place_nouns_before and _low(toks[i - 1].word).startswith(g.place_nouns_before)):
        return i + 1, []
    initials = _initials(text, toks, i, g)
    if initials:
        return initials, toks[i:initials]
    if syllable_name(text, toks, i, g):
        return i + 3, toks[i:i + 3]
    j = i
    while j < len(toks) and j - i < 3 and not toks[j].quoted and (
            name_like(toks[j].word, g) or j > i and (_surname_after(toks[j - 1].word, toks[j].word, g) or
                                                      _particle_word(toks[j].word))):
        if j > i and (text[toks[j - 1].stop:toks[j].start].strip() or _latin(toks[j].word) != _latin(toks[i].word)):
            break  # a gap, or a change of script (компании Antal Татьяна Баклагова)
        j += 1
        if j - 1 > i and surname_shaped(toks[j - 1].word, g) and not name_pattern("PATRONYMIC").search(toks[j - 1].word.lower()):
            break
        if _particle_next(text, toks, j, g):
            return _particle_name(text, toks, i, j, g)  # Баудевейн ван Эйк, Мешаль бин Хамад
    if j - i == 2 and j < len(toks) and g.name_joiner(toks[j].word) and not text[toks[j - 1].stop:toks[j].start].strip():
        return _joined_name(text, toks, i, j + 1, g)  # Эльвира Ринат ҡыҙы (Сәлимова)
    run = toks[i:j]
    if not run:
        return i + 1, []
    if j < len(toks) and _latin(run[0].word) and not _latin(toks[j].word) and name_like(toks[j].word, g) and \
            not text[toks[j - 1].stop:toks[j].start].strip():
        return j, []  # команды Toro Rosso Даниил Квят: the Latin words name the body, the person follows
    if j < len(toks) and g.place_nouns_after and _low(toks[j].word).startswith(g.place_nouns_after):
        return j, []  # Ҡыҙыл Яр ауылында
    if len(run) == 3 and _oblique_pair_first(text, toks, i, j, g):
        return i + 2, run[:2]  # помощник Колина Пауэлла Лоуренс Уилкерсон: two people, the first in an oblique case
    if len(run) == 3 and not name_pattern("PATRONYMIC").search(run[1].word.lower()) and (
            not g.is_first_name(run[0].word) or surname_shaped(run[0].word, g) and g.is_first_name(run[1].word) and
            not name_pattern("PATRONYMIC").search(run[2].word.lower())):
        return i + 1, []  # Сабантуйҙа Радий Хәбиров; одноклубника Зобнина Дениса Глушакова: the name starts next
    if len(run) == 3 and g.is_first_name(run[0].word) and g.is_first_name(run[2].word) and \
            (g.is_oblique_first_name(run[0].word) or g.is_oblique_first_name(run[2].word)) and \
            not g.is_first_name(run[1].word) and not name_pattern("PATRONYMIC").search(run[1].word.lower()):
        return i + 2, run[:2]  # штаба Ксении Собчак Елене Самошиной: two people, the second name starts next
    split = _second_person(run, g)
    if split:
        return i + split, run[:split]  # адвокат Мастикашевой Валентин Рыбин; дочь Шумахера Джина: two people
    if len(run) == 1 and j < len(toks) and toks[j].word.lower() in g.honorifics:
        k = j + 1
        if k < len(toks) and not text[toks[j].stop:toks[k].start].strip() and not toks[k].quoted and \
                is_capitalised(toks[k].word) and name_like(toks[k].word, g) and surname_shaped(toks[k].word, g):
            return k + 1, toks[i:k + 1]  # Төхвәт ағай Аслаев: the surname after the honorific
        return j + 1, toks[i:j + 1]  # Сәлимә апай
    if len(run) == 1 and not surname_shaped(run[0].word, g) and not g.single_name_ok(run[0].word):
        return j, []
    return j, run


def is_oblique_name(words: list[str], g: MentionGrammar) -> bool:
    """The name's last word stands in an oblique case, read in the whole name and alone: its base form
    differs from it (``Шумахера``, ``Глеба Грозовского``; not ``Валерия Гонтарева``, ``Фернанду Сантуш``,
    whose first words may read as oblique first names, nor ``Сандра Камилова``)."""
    base = g.name_nominative(words)[0].split()
    if len(words) > 1 and base[0] == words[0]:
        return False  # Мэр Лиона Грегори Дусе: the first name stays, whatever case the foreign surname reads
    return base[-1] != words[-1] and g.name_nominative(words[-1:])[0] != words[-1]


def complement_name(text: str, toks: list[Tok], at: tuple[int, int, int], name_toks: list[Tok], g: MentionGrammar) -> bool:
    """A name in an oblique case after a title head in the nominative (``at``: the title's first character, its
    head token, the token after the name): it complements the title (``адвокат Глеба Грозовского``; ``Пресс-секретарь
    Путина заявил``, read from the verbs around), it is not the title holder's name."""
    first, i, k = at
    words, nxt = [t.word for t in name_toks], WORD.match(text, toks[k - 1].stop + 1)
    after = nxt.group() if nxt and text[toks[k - 1].stop:toks[k - 1].stop + 1] == " " else ""
    return g.title_case(toks[i].word) == "nomn" and (is_oblique_name(words, g) or g.complement_surname(
        words, (g.verb_gender(word_before(text, first)), g.verb_gender(after))))


def name_follows(text: str, toks: list[Tok], k: int, g: MentionGrammar) -> bool:
    """Another name run starts right at token ``k`` (only spaces before it)."""
    if k >= len(toks) or text[toks[k - 1].stop:toks[k].start].strip() or not name_like(toks[k].word, g):
        return False
    return bool(name_run(text, toks, k, g)[1])


def word_before(text: str, pos: int) -> str:
    """The word right before ``pos`` in the whole text (a span's first token has one too)."""
    words = WORD.findall(text, max(0, pos - 30), pos)
    return words[-1] if words else ""


def _oblique_pair_first(text: str, toks: list[Tok], i: int, j: int, g: MentionGrammar) -> bool:
    """Four name words in a row from token ``i`` (``j``: the fourth), the first an oblique first name: a first
    name and surname complementing a title, then the speaker's own two (``советник Артура Беннета Лоуренс
    Уиттакер``)."""
    return j < len(toks) and not text[toks[j - 1].stop:toks[j].start].strip() and not toks[j].quoted and \
        is_capitalised(toks[j].word) and name_like(toks[j].word, g) and g.is_oblique_first_name(toks[i].word) and \
        not name_pattern("PATRONYMIC").search(toks[i + 1].word.lower())


def _second_person(run: list[Tok], g: MentionGrammar) -> int:
    """Where a second person's name starts in ``run``: a first name in the nominative right after a
    surname in an oblique case (``Загитовой Сабина``; not ``Романа Вильфанда``), whose case shows it
    names someone else; else 0."""
    for k in range(1, len(run)):
        a, b = run[k - 1].word, run[k].word
        if g.is_first_name(b) and not g.is_oblique_first_name(b) and not is_oblique_name([b], g) and \
                (not g.is_first_name(a) or k == 1 and len(run) == 3 and not g.is_first_name(run[2].word)) and \
                not g.is_oblique_first_name(a) and is_oblique_name([a], g):
            return k  # (Визави Венгера Антонио Конте: a surname read as a first name too, before a full name)
    return 0


_VOWELS = re.compile(r"[аеёиоуыэюяaeiouy]", re.I)


def syllable_name(text: str, toks: list[Tok], i: int, g: MentionGrammar) -> bool:
    """``Ким Чен Ын``, ``Пак Кын Хе``, ``Мун Чжэ Ина``: three capitalised words of one syllable (the last
    may carry a case ending), one space apart, in a grammar that reads them as one name."""
    run = toks[i:i + 3]
    if not g.syllable_names or len(run) < 3 or any(t.quoted or not is_capitalised(t.word) or _latin(t.word) for t in run):
        return False
    if any(text[a.stop:b.start] != " " for a, b in zip(run, run[1:])) or g.opens_clause(run[0].word):
        return False  # (У Ким Чен Ына, Не Лев Яшин: a preposition or a particle first)
    short = all(len(t.word) <= 3 and len(_VOWELS.findall(t.word)) == 1 for t in run[:2])
    return short and len(run[2].word) <= 4 and 1 <= len(_VOWELS.findall(run[2].word)) <= 2


#: at most this many initials before a surname (``К. Б. Толкачев``)
MAX_INITIALS = 2


def _initials(text: str, toks: list[Tok], i: int, g: MentionGrammar) -> int:
    """``Р. Бикбаев``, ``В.И. Филоненко``: one or two initials (a capital letter and a dot) and a
    surname; where the name ends, or 0."""
    j = i
    while j < len(toks) and j - i < MAX_INITIALS and is_initial_tok(text, toks[j]) and \
            (j == i or not text[toks[j - 1].stop + 1:toks[j].start].strip()):
        j += 1
    if j == i or j >= len(toks) or text[toks[j - 1].stop + 1:toks[j].start].strip() or toks[j].quoted:
        return 0
    last = toks[j].word
    return j + 1 if is_capitalised(last) and name_like(last, g) and surname_shaped(last, g) else 0


def is_initial_tok(text: str, tok: Tok) -> bool:
    return len(tok.word) == 1 and tok.word.isupper() and text[tok.stop:tok.stop + 1] == "."


def _latin(word: str) -> bool:
    return word[:1].isascii()


def _joined_name(text: str, toks: list[Tok], i: int, j: int, g: MentionGrammar) -> tuple[int, list[Tok]]:
    """A first name, a patronymic joined by its lower-case word (``Ринат ҡыҙы``) and an optional surname."""
    if j < len(toks) and not toks[j].quoted and not text[toks[j - 1].stop:toks[j].start].strip() and \
            name_like(toks[j].word, g) and surname_shaped(toks[j].word, g):
        j += 1
    return j, toks[i:j]


def _particle_word(word: str) -> bool:
    """A name particle hyphened to a capitalised name word (``ас-Сиси``, ``аль-Джаруши``)."""
    particle, _, rest = word.partition("-")
    return particle in lexicon().name_particles and is_capitalised(rest)


def _particle_next(text: str, toks: list[Tok], j: int, g: MentionGrammar) -> bool:
    """Token ``j`` is a name particle (``ван``, ``Ле``) joined by spaces to a capitalised name word after it."""
    return j + 1 < len(toks) and toks[j].word.lower() in lexicon().name_particles and not toks[j + 1].quoted and \
        not text[toks[j - 1].stop:toks[j].start].strip() and not text[toks[j].stop:toks[j + 1].start].strip() and \
        is_capitalised(toks[j + 1].word) and name_like(toks[j + 1].word, g)


#: a name holding particles has at most this many words (``шейх Мешаль бин Хамад Аль Тани``: five)
PARTICLE_NAME_WORDS = 5


def _particle_name(text: str, toks: list[Tok], i: int, j: int, g: MentionGrammar) -> tuple[int, list[Tok]]:
    """The words from ``i`` on, through each particle and the capitalised words after it."""
    while j < len(toks) and j - i < PARTICLE_NAME_WORDS and not text[toks[j - 1].stop:toks[j].start].strip():
        if _particle_next(text, toks, j, g):
            j += 2
        elif is_capitalised(toks[j].word) and name_like(toks[j].word, g) and not toks[j].quoted:
            j += 1
        else:
            break
    return j, toks[i:j]


def _low(word: str) -> str:
    return word.lower().replace("ё", "е")
