"""Russian: pymorphy3 lemmas (cached), abbreviations, alphabet, speech verbs, quote grammar.

>>> LANGUAGE.base_form("заявил")
'заявить'
>>> LANGUAGE.term("Башкортостана")
'башкортостан'
"""

from __future__ import annotations

import threading
from typing import Any

from . import Language
from .ru_titles import RU_TITLES

__all__ = ["LANGUAGE", "Russian", "ALPHABET", "SPEECH_LEMMAS", "SPEECH_STEMS"]

#: the Russian alphabet, lower case
ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_LETTERS = frozenset(ALPHABET)
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyz")
#: Cyrillic letters of the neighbours (ba, tt, kk, ky, uk, be) that Russian lacks
_FOREIGN = frozenset("ҙҡҫғһәөүңҗұқіїєґў")

#: lemmas of reporting verbs (and ``уверенный``, ``убеждённый``): a form of one opens or closes
#: the author's words of a quotation
SPEECH_LEMMAS = frozenset("""
сказать заявить отметить подчеркнуть написать сообщить рассказать добавить пояснить уточнить объяснить
ответить говорить заявлять отмечать подчёркивать подчеркивать сообщать рассказывать добавлять пояснять
объявить констатировать указать напомнить заметить признать признаться подтвердить опровергнуть заверить
уверить пообещать обещать предупредить призвать потребовать попросить посоветовать согласиться возразить
парировать спросить поинтересоваться прокомментировать резюмировать подытожить заключить продолжить
высказаться поделиться озвучить акцентировать процитировать цитировать передать сетовать посетовать
пожаловаться настаивать утверждать считать полагать уверенный убеждённый убежденный анонсировать
информировать уведомить говориться пообещать писать признавать уточнять объяснять отвечать
радоваться порадоваться возмущаться возмутиться воскликнуть восклицать сокрушаться удивляться удивиться
вспомнить вспоминать пошутить шутить признаваться рассуждать размышлять уверять предложить предлагать
добавлять повторить повторять возражать жаловаться сетовать недоумевать негодовать поздравить
выразить обратить приводить привести передавать цитировать
напоминать допустить допускать предположить предполагать отрицать выяснить выяснять свидетельствовать
надеяться утверждаться отмечаться сообщаться подчеркиваться подчёркиваться указываться
исключить исключать
""".split())
#: prefixes of speech-verb forms, matched without morphology (the hook's punctuation check)
SPEECH_STEMS = (
    "сказа", "заяв", "отмет", "подчеркн", "сообщ", "рассказ", "добав", "поясн", "уточн", "ответ",
    "говор", "замет", "призна", "напомн", "подыто", "написа", "пишет", "счита", "объясн", "констат",
    "указа", "предупред", "пообещ", "обеща", "подтверд", "спрос", "резюмир", "заключ", "продолж",
)
#: pronouns that are possessives before a noun (``его жена``, ``по их словам``)
POSSESSIVES = frozenset({"его", "её", "ее", "их"})


class Russian(Language):
    code = "ru"
    name = "Russian"
    title_lexicon = RU_TITLES
    abbreviations = frozenset({
        # one letter: г(од), в(ек), т(ом), п(ункт), с(ело), д(ом), р(ека), х(утор) ...
        "г", "гг", "в", "вв", "т", "е", "д", "п", "с", "р", "х", "ч", "м", "л", "н",
        # combinations, written without spaces ("т. е." and "т.е." are both "т.е")
        "т.е", "т.д", "т.п", "т.к", "т.н", "т.ч", "и.о", "н.э", "дон.э", "т.о", "и.др", "ж.д",
        # places and addresses ("ул" only after a preposition or a comma, see bisumm.segment)
        "ул", "пл", "просп", "пр", "пер", "наб", "ш", "обл", "респ", "пос", "пгт", "дер",
        "ст", "оз", "о", "корп", "кв", "стр", "эт", "каб", "им",
        # titles and positions before a name
        "проф", "акад", "доц", "канд", "докт", "ген", "полк", "подп", "лейт", "зам",
        "нач", "зав", "пред", "ред", "корр", "чл", "тов", "св", "гр", "дж", "мр", "мс",
        # references and text
        "рис", "табл", "гл", "разд", "прим", "напр", "см", "ср", "сокр", "букв", "англ", "рус",
        "лат", "франц", "фр", "нем", "итал", "исп", "кит", "яп", "укр", "башк",
        "изд", "соч", "вып", "кн", "мн", "ед", "др", "вкл", "искл", "мед", "юр", "экон",
        # numbers, money and units ("мин", "тел" are Bashkir words: "I", "language")
        "тыс", "млн", "млрд", "трлн", "руб", "коп", "долл", "дол", "проц", "чел", "шт", "экз",
        "км", "мм", "кг", "мг", "га", "мл", "сек", "мес", "сут", "барр",
    })

    back_references = frozenset(
        "он она оно они его ее их ему ей им нем ней них этот эта это эти этого этой этом этим этих "
        "тот та те тогда также однако поэтому впрочем причем кроме например".split())
    first_person = frozenset(
        "я мы мне меня мной нас нам нами мой моя мое мои моего моей моим моих мою "
        "наш наша наше наши нашего нашей нашим наших нашу".split())
    months = ("январ", "феврал", "март", "апрел", "мая", "май", "июн", "июл", "август", "сентябр",
              "октябр", "ноябр", "декабр")
    # meetings (the event sentence of an official's visit: встретился с ...)
    meeting_stems = ("встретил",)

    alphabet = ALPHABET
    speech_verbs = SPEECH_LEMMAS
    speech_stems = SPEECH_STEMS
    unsure_letters = _FOREIGN

    def __init__(self) -> None:
        super().__init__()
        self._morph: Any = None
        self._morph_lock = threading.Lock()

    @property
    def morph(self) -> Any:
        """The shared ``pymorphy3.MorphAnalyzer`` (created on first use)."""
        if self._morph is None:
            with self._morph_lock:
                if self._morph is None:
                    import pymorphy3

                    self._morph = pymorphy3.MorphAnalyzer()
        return self._morph

    def letters_agree(self, sentence: str) -> bool:
        """Letters of the Russian alphabet only, with Latin words (names, brands: ``Twitter``,
        ``iPhone``) allowed up to a quarter of the words.

        >>> LANGUAGE.letters_agree("Уфа — столица."), LANGUAGE.letters_agree("Өфө — баш ҡала.")
        (True, False)
        """
        lowered = sentence.lower()
        chars = set(lowered)
        other = {ch for ch in chars - _LETTERS if ch.isalpha()}
        if not other:
            return not chars.isdisjoint(_LETTERS)
        if not other <= _LATIN or chars.isdisjoint(_LETTERS):
            return False
        words = lowered.split()
        latin = sum(1 for w in words if not _LATIN.isdisjoint(w))
        return 4 * latin <= len(words)

    def vocabulary(self) -> Any:
        """pymorphy3's dictionary."""
        return self.morph.word_is_known

    def make_quote_grammar(self) -> Any:
        from .ru_quotes import RussianQuotes

        return RussianQuotes(self)

    def base_form(self, word: str) -> str:
        if not any("\u0400" <= ch <= "\u04ff" for ch in word):
            return word
        return _lemma(self.morph, word).replace("ё", "е")


def _lemma(morph: Any, word: str) -> str:
    """The normal form of pymorphy3's most probable parse of a lower-case ``word``.

    Same answer as ``morph.parse(word)[0].normal_form``, about twice as fast on new words:
    the raw parses are collected as ``MorphAnalyzer.parse`` does, and the probability
    estimate (the costly part) is only computed when the parses disagree on the lemma
    (about one word in ten). Falls back to ``morph.parse`` if pymorphy3's internals change.
    """
    units = getattr(morph, "_units", None)
    estimator = getattr(morph, "prob_estimator", None)
    if units is None or estimator is None:
        return morph.parse(word)[0].normal_form
    parses: list[Any] = []
    seen: set[Any] = set()
    for unit, is_terminal in units:
        parses.extend(unit.parse(word, word, seen))
        if is_terminal and parses:
            break
    if not parses:
        return word
    lemma = parses[0][2]
    if any(p[2] != lemma for p in parses):
        lemma = estimator.apply_to_parses(word, word, parses)[0][2]
    return lemma


LANGUAGE = Russian()
