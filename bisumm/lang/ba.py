"""Bashkir: the suffix stemmer (:mod:`bisumm.lang.ba_stem`), abbreviations, alphabet, speech verbs
and the quote grammar (:mod:`bisumm.lang.ba_quotes`).

>>> LANGUAGE.base_form("ҡалаларҙа")
'ҡала'
"""

from __future__ import annotations

from typing import Any

from . import Language
from .ba_titles import BA_TITLES
from .ba_stem import stem as stem_word
from .ru import ALPHABET as RUSSIAN_ALPHABET

__all__ = ["LANGUAGE", "Bashkir", "ALPHABET", "OWN_LETTERS", "UNIQUE_LETTERS", "SPEECH_ROOTS",
           "SPEECH_STEMS", "LIGHT_VERBS", "QUOTATIVES", "IMPERSONAL_QUOTATIVES", "is_speech_verb"]

#: letters Bashkir adds to the Russian alphabet
OWN_LETTERS = "ҙҡҫғһәөүң"
#: the Bashkir alphabet, lower case (Russian letters serve loanwords and names)
ALPHABET = RUSSIAN_ALPHABET + OWN_LETTERS
#: letters no other language bisumm's router knows writes (Tatar, Kazakh and Kyrgyz lack them)
UNIQUE_LETTERS = frozenset("ҙҡҫ")
_LETTERS = frozenset(ALPHABET)

#: roots of reporting verbs (and ``тине``, ``тигән``): a word starting with one is a speech verb form
SPEECH_ROOTS: tuple[str, ...] = (
    "әйт", "белдер", "билдәлә", "һөйлә", "өҫтә", "аңлат", "иҫкәрт", "ышандыр", "яуапла", "һора",
    "иҫәплә", "төшөр", "ҡуш", "раҫла", "тәҡдим", "саҡыр", "яҙ", "тине", "тиҙе", "тигән",
    "ҡыуан", "ҡотла", "зарлан", "хәтерлә", "шаярт", "кинәшлә", "өндә", "ризалаш", "уртаҡлаш",
    "ҡысҡыр", "үтен", "бойор", "маҡтан",
)
#: light verbs of compound reports (``хәбәр итте``, ``һыҙыҡ өҫтөнә алды``) and the quotative ``ти``
LIGHT_VERBS = frozenset({"итте", "иттеләр", "итә", "итеүенсә", "алды", "алдылар", "бирҙе", "бирә", "ҡуйҙы",
                         "ти", "тип", "тине", "тинеләр", "үтте"})
#: the quotative words that close a direct quotation (``…, — тине X``)
QUOTATIVES = ("тине", "тинеләр", "ти", "тиҙәр", "тип", "тигәйне", "тиелә", "тибеҙ")
#: quotatives of impersonal reports (``…, тиҙәр`` "they say", ``…, тиелә`` "it is said"): no speaker
IMPERSONAL_QUOTATIVES = frozenset({"тиҙәр", "тиелә", "тиелгән", "тибеҙ", "әйтәләр"})
#: prefixes of speech-verb forms, matched without morphology (the hook's punctuation check)
SPEECH_STEMS = ("тине", "тип", "әйтте", "әйтә", "белдер", "билдәлә", "һөйлә", "өҫтә", "аңлат", "иҫкәрт",
                "яуапла")


def is_speech_verb(word: str) -> bool:
    """A Bashkir reporting or light verb form (``билдәләне``; ``итте`` of ``хәбәр итте``).

    >>> is_speech_verb("билдәләне"), is_speech_verb("китап")
    (True, False)
    """
    low = word.lower()
    return low in LIGHT_VERBS or low.startswith(SPEECH_ROOTS)


class Bashkir(Language):
    code = "ba"
    name = "Bashkir"
    title_lexicon = BA_TITLES
    abbreviations = frozenset({
        # й. йыл (year), йй. йылдар, б. быуат (century), т. том, ҡ. ҡала (town), ур. урам (street)
        "й", "йй", "б", "т", "ҡ", "ур", "р",
        # т.б. тағы башҡалар, һ.б. һәм башҡалар (etc.), б.э. беҙҙең эра, б.э.т. беҙҙең эраға тиклем,
        # ш.у. шул уҡ, мәҫ. мәҫәлән (for example)
        "т.б", "һ.б", "ҡ.б", "б.э", "б.э.т", "ш.у", "мәҫ",
        # numbers and units (мең, һум are whole words that often end a sentence: not listed)
        "млн", "млрд", "трлн", "км", "кг", "га", "проф",
    })

    # ул/улар "he, they", был/ошо/шул "this, that", бында "here", шулай "so", әммә/ләкин "but",
    # тағы "also", бынан (тыш) "besides", мәҫәлән "for example"
    back_references = frozenset(
        "ул улар уның уларҙың уға уларға уны уларҙы унда был бының быға быны бында ошо шул "
        "шулай шуға шуның әммә ләкин тағы бынан мәҫәлән".split())
    # мин/беҙ "I/we" in their cases, минеңсә/беҙҙеңсә "in my/our opinion", үҙем/үҙебеҙ "myself/ourselves"
    first_person = frozenset(
        "мин беҙ минең беҙҙең миңә беҙгә мине беҙҙе миндә беҙҙә минән беҙҙән минеңсә беҙҙеңсә "
        "үҙем үҙебеҙ".split())
    # month names (ғинуар "January"; the rest are the Russian names with Bashkir endings)
    months = ("ғинуар", "феврал", "март", "апрел", "май", "июн", "июл", "август", "сентябр", "октябр",
              "ноябр", "декабр")
    # meetings (the event sentence of an official's visit: ... менән осрашты "met with ...")
    meeting_stems = ("осрашт",)

    alphabet = ALPHABET
    marker_letters = frozenset(OWN_LETTERS)
    speech_verbs = frozenset(SPEECH_ROOTS)
    speech_stems = SPEECH_STEMS

    def base_form(self, word: str) -> str:
        return stem_word(word)

    def letters_agree(self, sentence: str) -> bool:
        """Bashkir letters only, and at least a third of the words carry a letter no other
        language has (``ҙ ҡ ҫ``).

        >>> LANGUAGE.letters_agree("Өфө — Башҡортостандың баш ҡалаһы."), LANGUAGE.letters_agree("Уфа.")
        (True, False)
        """
        low = sentence.lower()  # (lowered once: every sentence of a text is asked)
        chars = set(low)
        if chars.isdisjoint(_LETTERS) or any(ch.isalpha() for ch in chars - _LETTERS):
            return False
        words = low.split()
        marked = sum(1 for w in words if not UNIQUE_LETTERS.isdisjoint(w))
        return 3 * marked >= len(words)

    def make_quote_grammar(self) -> Any:
        from .ba_quotes import BashkirQuotes

        return BashkirQuotes(self)


LANGUAGE = Bashkir()
