"""Bashkir words in quote marks: names of bodies, media, works and events (``«Башҡортостан» гәзите``,
``«…» тип аталған``), titles of laws and documents (``«… тураһында» Закон``), sayings (``«…» тигән фекер``);
read by :class:`bisumm.lang.ba_quotes.BashkirQuotes`.

>>> t = "«Башҡортостан Республикаһында мәғариф тураһында» Закон"
>>> is_title(t, 1, t.index("»")), naming_after(t, t.index("»") + 1, len(t))
(True, True)
>>> t = "«Эш бөттө» тигән фекер"
>>> quoting_after(t, t.index("»") + 1, len(t)), naming_after(t, t.index("»") + 1, len(t))
(True, False)
"""

from __future__ import annotations

import re

from .ba import ALPHABET

__all__ = ["NAME_HEADS", "naming_after", "quoting_after", "is_title", "saying_noun"]

#: head nouns a name in quote marks stands before (``«Башҡортостан» гәзите``, ``“Йәдкәр” төркөмө``,
#: ``«…» исемле китабында``): bodies, media, works, programmes, events, awards, documents
NAME_HEADS = (
    "форум", "фестивал", "конкурс", "проект", "программа", "компания", "ширҡәт", "гәзит", "журнал", "берекмә",
    "ансамбл", "бүләк", "премия", "акция", "фонд", "театр", "телеканал", "агентлыҡ", "агентлығ", "төркөм",
    "коллектив", "хор", "клуб", "музей", "нәшриәт", "китап", "китаб", "йыйынтыҡ", "йыйынтығ", "спектакл",
    "фильм", "кинофильм", "йыр", "көй", "повесть", "повест", "роман", "поэма", "шиғыр", "әҫәр", "пьеса",
    "тапшырыу", "тапшырыуы", "номинация", "орден", "миҙал", "исем", "мәктәп", "гимназия", "лицей",
    "колхоз", "совхоз", "завод", "комбинат", "предприятие", "ойошма", "йәмғиәт", "үҙәк", "станция",
    "берләшмә", "учреждение",
    "йыйын", "байрам", "сара", "ярыш", "турнир", "олимпиада", "партия", "хәрәкәт", "союз", "закон",
    "указ", "ҡарар", "кодекс", "концепция", "рубрика", "сериал", "альбом", "студия", "кафе", "магазин",
    "санаторий", "лагерь", "команда", "бренд", "ассоциация", "банк", "холдинг", "порталы", "сайт",
    "мәҡәлә", "мәҡәләһ", "яҙма", "дастан", "эпос", "ҡобайыр", "операция", "марафон", "флешмоб", "тема",
    "серия", "таныҡлыҡ", "таныҡлығ", "грамота", "ҡушымта", "мультфильм", "күргәҙмә", "спартакиада", "чемпионат",
)
#: nouns of sayings and opinions after ``«…» тигән`` (``фекер``, ``һүҙ``, ``әйтем``): the words are quoted
_SAYING_NOUNS = r"(?:фекер|һүҙ|әйтем|мәҡәл(?!ә)|һорау|теләк|ҡағиҙә)"
#: words after «…» that make it a name (``«…» тип аталған`` = "named …", ``«…» исемле``), or a name
#: head within the next three words (``«…» Башҡортостан Республикаһы Законы``)
_NAMING_AFTER = re.compile(
    # a case ending glued to the closing mark (``“Ҡарман балыҡ хужалығы”ның``, ``«Йәшлек-шоу»ҙа``, ``"5"-кә``)
    r"-?[а-яәөүғҡңҙҫһ]|"
    r"\s*(?:тип\s+(?:атал|исемлән|йөрөтөл|аталыусы|атау|атай(?:ыҡ|ҙар)?\b|атар|атап\b|атаны|атаған|атаһаҡ|йөрөт)|"
    # a nickname: ``«Йоҡосо» тиҙәр мине`` "they call me …"
    r"[,\s—–-]*ти(?:ҙәр|йҙәр|нәр|неләр)\s+(?:мине|уны|беҙҙе|уларҙы|һине)\b|"
    # a passive participle made a noun (``«…» тип баһаланғандарҙы`` "those rated …")
    r"тип\s+[\w-]+(?:лған|лгән|нған|нгән)[а-яәөүғҡңҙҫһ]+|"
    # a passive participle before a noun labels a thing (``«…» тип яҙылған ҡарасҡы``, ``тип раҫланған указ``);
    # before an auxiliary it reports words (``«…» тип яҙылған була``)
    r"тип\s+[\w-]+(?:лған|лгән|нған|нгән)\s+(?!(?:була|булған|ине|икән|ул|бит|ти)\b)[а-яёәөүғҡңҙҫһ]|тигән\b(?!\s+(?:[\w-]+\s+)?" + _SAYING_NOUNS + r")|исемле\b|исемендәге\b|исемдәге\b|"
    rf"атамалы\b|исемен\b|исеме\b|(?:[{ALPHABET}-]+\s+){{0,2}}(?:{'|'.join(NAME_HEADS)}))",
    re.IGNORECASE)


#: ``«…» тигән фекер / һүҙҙәр / әйтем``: the words are a saying or an opinion, quoted with no speaker
_QUOTING_AFTER = re.compile(r"[\s,—–-]*тигән\s+(?:[\w-]+\s+)?" + _SAYING_NOUNS, re.IGNORECASE)


#: the postpositions "about, on" that end the title of a law, a document or a topic (``«Мәғариф тураһында»``)
_TITLE_END = re.compile(r"(?:тураһында|хаҡында)\W*$", re.IGNORECASE)


def naming_after(text: str, pos: int, stop: int) -> bool:
    """Words after «…» that make it a name, not a quotation (``«…» тип аталған``, ``«…» гәзите``)."""
    return _NAMING_AFTER.match(text, pos, stop) is not None


def quoting_after(text: str, pos: int, stop: int) -> bool:
    """``«…» тигән фекер``: words presented as a saying or an opinion, with no speaker named."""
    return _QUOTING_AFTER.match(text, pos, stop) is not None


def is_title(text: str, start: int, stop: int) -> bool:
    """``«Мәғариф тураһында» Закон``: words in marks that end in "about, on" title a law or a document."""
    return _TITLE_END.search(text, start, stop) is not None


_SAYING = re.compile(_SAYING_NOUNS, re.IGNORECASE)


def saying_noun(word: str) -> bool:
    """``фекерҙә``, ``һүҙе``, ``һорауға``: a noun of sayings and opinions (any case)."""
    return _SAYING.match(word) is not None
