"""Officials' titles and the small word lists the quote rules need, for Russian and Bashkir.

Words are matched on lower-cased, ``ё``-folded prefixes ("stems"), so one entry covers the
case forms (``министр``, ``министра``, ``министры``, ``министрҙың``).

>>> title_class("глава администрации Уфы")
'mayor'
>>> title_class("республика Башлығы"), title_class("Глава Башкортостана")
('region_head', 'region_head')
>>> is_official_title("директор санатория «Ассы»"), is_official_title("министр здравоохранения")
(False, True)
"""

from __future__ import annotations

import re

from ..lang.ba import ALPHABET as BA_ALPHABET, SPEECH_ROOTS, is_speech_verb

__all__ = ["BA_VERB_ROOTS", "is_ba_verb", "TITLE_STEMS", "ROLE_STEMS", "is_title_word", "is_role_word",
           "title_class", "is_official_title", "is_state_org", "NAMING_STEMS", "PRONOUNS",
           "OBJECT_PRONOUNS", "PERSON_NOUNS", "HONORIFICS", "is_place_word", "is_place_noun"]

#: head words of titles (prefixes of lower-cased word forms)
TITLE_STEMS: tuple[str, ...] = (
    # Russian
    "глав", "врио", "президент", "премьер", "вице-премьер", "вице-губернатор", "министр", "замминистр",
    "заместител", "зампред", "губернатор", "мэр", "вице-мэр", "сити-менеджер", "депутат", "сенатор",
    "спикер", "вице-спикер", "председател", "руководител", "начальник", "директор", "гендиректор",
    "посол", "посл", "консул", "генконсул", "полпред", "прокурор", "генпрокурор", "судья", "судь",
    "уполномоченн", "омбудсмен", "пресс-секретар", "советник", "помощник", "ректор", "муфти",
    "госсекретар", "управделами", "аудитор", "представител", "командующ", "первый", "первого",
    "главврач", "главный", "главного", "градоначальник",
    # Bashkir
    "башлы", "президенты", "етәксе", "рәйес", "урынбаҫар", "илсе", "министры", "депутаты",
    "начальниг", "ойоштороусы", "мөфти", "секретары", "вәкил", "хакимиәт",
)
#: occupations that head a mention like a title (``фермер Азат Кильдибаев``) but never make an official
ROLE_STEMS: tuple[str, ...] = (
    "фермер", "тренер", "наставник", "экономист", "аналитик", "эксперт", "активист", "режисс", "актёр", "актер",
    "актрис", "писател", "поэт", "художник", "учител", "педагог", "врач", "рыбак", "волонт", "предпринимател",
    "бизнесмен", "владел", "капитан", "нападающ", "вратар", "спортсмен", "пенсионер", "механизатор", "доярк",
    "агроном", "политолог", "социолог", "историк", "юрист", "адвокат", "блогер", "студент", "школьни",
    "водител", "жител", "очевид", "прохож", "сосед",
    # Bashkir
    "тренеры", "иҡтисадсы", "уҡытыусы", "табиб", "балыҡсы", "яҙыусы", "шағир", "рәссам", "режиссёры",
    "режиссеры", "артист", "эшҡыуар", "фермеры", "ирекмән",
)
# "главное", "главным"; the plural "главами муниципалитетов"; Bashkir "министрлыҡ" (a ministry)
_NOT_TITLE = ("главн", "главе", "главам", "главами", "министрлы", "премьеран", "премьерала", "премьераға",
              "премьераһ")
_NOT_TITLE_EXACT = frozenset({"первый", "первого", "главный", "главного", "представитель", "вәкиле"})

_STATE = (
    "республик", "регион", "башкорт", "башкир", "башҡорт", "росси", "рәсәй", "правительств", "хөкүмәт",
    "администрац", "хакимиәт", "министерств", "министрлы", "минздрав", "мин", "ведомств", "управлени",
    "департамент", "комитет", "госсобран", "государствен", "курултай", "ҡоролтай", "дум", "совет",
    "мчс", "мвд", "гибдд", "фнс", "фсб", "фссп", "роспотреб", "рос", "прокуратур", "суд", "гу ",
    "гу", "сельского поселения", "города", "район", "ҡала", "ауыл", "дәүләт", "федерац", "упр",
    "уфы", "өфө", "казахстан", "ҡаҙағстан", "узбекистан", "төркиә", "турц", "цик", "избиркома",
    "палат", "муниципал", "гку", "гбу", "төбәк", "госкомитет",
)
#: title classes that are public offices whatever words qualify them
_OFFICIAL_CLASSES = frozenset({"deputy_premier", "premier", "deputy_minister", "mayor", "district_head",
                               "region_head", "ambassador", "minister", "parliament_chair", "deputy", "prosecutor"})

_ALWAYS_OFFICIAL = (
    "президент", "премьер", "вице-премьер", "министр", "замминистр", "губернатор", "мэр", "вице-мэр",
    "депутат", "сенатор", "спикер", "посол", "посл", "консул", "полпред", "прокурор", "генпрокурор",
    "судья", "уполномоченн", "омбудсмен", "градоначальник", "пресс-секретар", "госсекретар", "управделами",
    "илсе", "министры", "депутаты", "президенты", "зампред", "врио", "сити-менеджер",
)
_CLASSES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    # class, head stems, qualifier stems that must also occur ("" = any)
    ("deputy_premier", ("вице-премьер", "заместител", "урынбаҫар", "зампред"), ("премьер",)),
    ("premier", ("премьер",), ("",)),
    ("deputy_minister", ("замминистр", "заместител", "урынбаҫар"), ("министр",)),
    ("mayor", ("мэр", "сити-менеджер", "градоначальник"), ("",)),
    ("mayor", ("глав", "башлы", "етәксе"),
     ("уфы", "администрац", "хакимиәт", "ҡала", "город", "стерлитамак", "стәрлетамаҡ", "өфө")),
    ("district_head", ("глав", "башлы", "етәксе"), ("район", "поселени", "ауыл")),
    ("region_head", ("глав", "руководител", "губернатор", "президент", "башлы", "етәксе", "лидер"),
     ("регион", "республик", "башкорт", "башкир", "башҡорт", "төбәк", "субъект", "дәүләт")),
    ("ambassador", ("посол", "посл", "илсе"), ("",)),
    ("press_secretary", ("пресс-секретар", "секретары"), ("",)),
    ("minister", ("министр",), ("",)),
    ("parliament_chair", ("председател", "рәйес", "спикер"), ("собрани", "курултай", "ҡоролтай", "йыйылыш", "дум")),
    ("deputy", ("депутат",), ("",)),
    ("coach", ("тренер", "наставник"), ("",)),
    ("prosecutor", ("прокурор",), ("",)),
)

#: words before «…» that make it a name (organisation, media, event, programme, work)
NAMING_STEMS: tuple[str, ...] = (
    "ооо", "оао", "зао", "пао", "ао", "ип", "нко", "ано", "гуп", "муп", "гбу", "гку", "ия", "иа", "фгуп",
    "компани", "корпораци", "холдинг", "групп", "предприяти", "завод", "комбинат", "фабрик", "банк",
    "газет", "журнал", "телеканал", "канал", "радио", "агентств", "издани", "портал", "сайт",
    "фонд", "проект", "нацпроект", "программ", "форум", "фестивал", "акци", "конкурс", "преми",
    "театр", "фильм", "кинофильм", "книг", "роман", "повест", "песн", "спектакл", "выставк", "клуб",
    "команд", "парти", "движени", "центр", "ансамбл", "санатори", "бренд", "марк", "сет", "магазин",
    "операци", "общество", "союз", "ассоциаци", "названием", "называем", "именуем", "лозунг", "хештег",
    "рубрик", "сериал", "передач", "шоу", "платформ", "приложени", "сообществ", "турнир", "олимпиад",
    "смен", "лагер", "музе", "школ", "гимнази", "лице", "колледж", "университет", "институт", "кафе",
    "ресторан", "гостиниц", "отел", "жк", "микрорайон", "улиц", "проспект", "станци", "аэропорт",
    "орден", "медал", "звани", "номинаци", "категори", "статус", "знак",
    # Bashkir
    "гәзит", "журналы", "телеканалы", "агентлы", "ширҡәт", "компанияһ", "берекмә", "йәмғиәт",
    "фестивале", "форумы", "конкурсы", "проекты", "программаһ", "бүләге", "премияһ", "спектакле",
    "ансамбле", "театры", "китабы", "йыры", "фонды", "акцияһ", "исеме", "исемле",
)
#: words after «…» that make it a name in Bashkir (``«…» тип аталған`` = "named …")
BA_NAMING_AFTER = re.compile(
    r"\s*(?:тип\s+(?:атал|исемлән|йөрөтөл|аталыусы)|тигән\b|исемле\b|исемендәге\b|исемдәге\b|"
    rf"атамалы\b|исемен\b|исеме\b|[{BA_ALPHABET}]*(?:форум|фестивал|конкурс|проект|программа|компания|"
    r"ширҡәт|гәзит|журнал|берекмә|ансамбл|бүләк|премия|акция|фонд|театр|телеканал|агентлыҡ))",
    re.IGNORECASE)

PRONOUNS: dict[str, str] = {
    "он": "m", "она": "f", "его": "m", "ее": "f", "её": "f", "ему": "m", "ей": "f",
    "ул": "", "уның": "", "уға": "", "уны": "",
}
#: pronoun forms that are objects after a verb (``спросила его министр …``), never the speaker there
OBJECT_PRONOUNS = frozenset({"его", "ее", "её", "ему", "ей", "уға", "уны"})
#: generic person nouns that refer back to the last person of the text (``— рассказал мужчина``)
PERSON_NOUNS = frozenset({"мужчина", "женщина", "парень", "девушка", "юноша", "старик", "ир", "ҡатын", "егет",
                          "ҡыҙ", "ир-егет", "ҡатын-ҡыҙ"})
#: Bashkir honorifics that complete a first name (``Сәлимә апай``)
HONORIFICS = frozenset({"апай", "ағай", "инәй", "олатай", "әбей", "бабай", "ханым", "әфәнде", "еңгә", "апай-"})

_PLACES = (
    "башкортостан", "башкири", "башҡортостан", "росси", "рәсәй", "уф", "өфө", "казахстан", "ҡаҙағстан",
    "төркиә", "турци", "стерлитамак", "стәрлетамаҡ", "москв", "мәскәү", "республик", "федераци",
    "узбекистан", "беларус", "костана", "астан", "алмат", "сибай", "белорец", "бирск", "туймаз",
    "курултай", "ҡоролтай", "дәүләт", "йыйылыш", "собрани", "дум", "правительств", "хөкүмәт", "пфо",
    "евраз", "сочи", "дём", "кандры", "белая", "белой", "ағиҙел", "минздрав", "минэконом", "мчс",
    "мвд", "гибдд", "роспотреб", "госсобран", "госдум", "горсовет", "министерств", "государствен",
    "гордум", "минобр", "минстро", "минсельхоз", "минфин", "правительств",
)


def _low(word: str) -> str:
    return word.lower().replace("ё", "е")


def is_title_word(word: str) -> bool:
    """A head word of a title or an occupation (``Глава``, ``министры``, ``илсеһе``, ``фермер``)."""
    low = _low(word)
    if low in _NOT_TITLE_EXACT or low.startswith(_NOT_TITLE):
        return False
    return low.startswith(TITLE_STEMS) or low.startswith(ROLE_STEMS)


def is_role_word(word: str) -> bool:
    """An occupation word (``фермер``, ``тренеры``): a title head that never makes an official."""
    return _low(word).startswith(ROLE_STEMS) and not _low(word).startswith(TITLE_STEMS)


#: settlement, street and river nouns: before a place name in Russian (``в селе Красный Яр``), after it in
#: Bashkir (``Ҡыҙыл Яр ауылында``)
_PLACE_NOUNS = {"ru": ("сел", "деревн", "поселк", "посёлк", "улиц", "проспект", "река", "реке", "реки", "станиц"),
                "ba": ("ауылы", "ҡалаһ", "йылғаһ", "урамы", "районы")}  # possessive: Ҡыҙыл Яр ауылы(нда)


def is_place_noun(word: str, lang: str) -> bool:
    """A common noun naming a settlement, street or river (``селе``, ``ауылында``)."""
    return _low(word).startswith(_PLACE_NOUNS["ba" if lang == "ba" else "ru"])



def is_place_word(word: str) -> bool:
    """A capitalised word that names a place or body, never a person (``Башкортостана``)."""
    return _low(word).startswith(_PLACES)


def title_class(title: str | None) -> str | None:
    """Coarse class of a title (``region_head``, ``minister``, ``mayor``, …) or the head stem."""
    if not title:
        return None
    low = _low(title)
    words = re.findall(r"[\w-]+", low)
    if not words:
        return None
    for name, heads, quals in _CLASSES:
        if any(w.startswith(heads) for w in words) and any(q == "" or q in low for q in quals):
            return name
    for w in words:
        if is_title_word(w):
            return w[:5]
    return words[0][:5]


def is_state_org(phrase: str) -> bool:
    """An organisation phrase that names a state body (ministry, government, MChS, …)."""
    low = _low(phrase)
    return any(re.search(rf"(?:^|[\s(«\"-]){re.escape(s)}", low) for s in _STATE if len(s) > 2)


def is_official_title(title: str | None) -> bool:
    """Whether ``title`` marks a state official (heads, ministers, deputies, ambassadors, …).

    Generic heads (``директор``, ``руководитель``, ``етәксе``) count only with a state body.
    """
    if not title:
        return False
    low = _low(title)
    words = re.findall(r"[\w-]+", low)
    if any(w.startswith(_ALWAYS_OFFICIAL) for w in words) or title_class(title) in _OFFICIAL_CLASSES:
        return True
    if any(is_title_word(w) and not is_role_word(w) for w in words):
        return is_state_org(low)
    return False


BA_VERB_ROOTS = SPEECH_ROOTS


def is_ba_verb(word: str) -> bool:
    """A Bashkir reporting or light verb form (``билдәләне``, ``хәбәр итте`` → ``итте``)."""
    return is_speech_verb(word)
