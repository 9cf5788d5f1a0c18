"""Bashkir words of officials' titles, occupations, state bodies, pronouns and places.

Read by the shared rules of ``bisumm.entities.titles`` (see :class:`~bisumm.lang.lexicon.TitleLexicon`);
gathered from Bashkir news (the dev part of the quote benchmark). ``Вәкил`` alone is a first name
(Вәкил Хажин); the title is ``вәкилдәре``.

>>> "башлы" in BA_TITLES.title_stems
True
"""

from __future__ import annotations

from .lexicon import TitleLexicon

BA_TITLES = TitleLexicon(
    title_stems=("башлы", "президенты", "етәксе", "рәйес", "урынбаҫар", "илсе", "министры", "депутаты",
        "начальниг", "ойоштороусы", "секретары", "вәкил", "хакимиәт", "мөдир"),
    role_stems=("тренеры", "иҡтисадсы", "уҡытыусы", "табиб", "балыҡсы", "яҙыусы", "шағир", "рәссам",
        "режиссёры", "режиссеры", "артист", "эшҡыуар", "фермеры", "ирекмән",
        # religious heads hold no public office (``мөфтиҙәр``, ``имам``)
        "мөфти", "имам"),
    # ``министрлығы`` "ministry", ``премьера`` "premiere", ``Президентлыҡҡа кандидат`` "candidate for president"
    not_title=("министрлы", "премьера", "президентлыҡ"),
    not_title_exact=frozenset({"вәкил", "вәкиле"}),
    # ``башҡортостан``, not ``башҡорт``: the Bashkir people (``башҡорт интеллигенцияһы вәкилдәре``) are no state
    # ``Ҡоролтай`` alone is no state body: the Kurultai of Bashkirs (``Башҡорттар ҡоролтайы``, its
    # ``Башҡарма комитеты``) is a public one; the republic's parliament is ``Дәүләт Йыйылышы – Ҡоролтай``
    state_stems=("башҡортостан", "рәсәй", "хөкүмәт", "хакимиәт", "министрлы", "йыйылыш", "ҡала", "ауыл", "биләмә", "дәүләт",
        "өфө", "ҡаҙағстан", "төркиә", "төбәк", "идаралы", "аҡш",
        # election commissions (``Үҙәк һайлау комиссияһы``) and village councils (``сельсовет``)
        "һайлау", "сельсовет",
        # the head of the country (``Ил башлығы``, ``ил етәксеһе``): ``ил`` alone is too short a stem
        "ил башлы", "ил етәксе",
        # the police (``эске эштәр бүлеге начальнигы``), the central bank (``Үҙәк банк етәксеһе``: no private bank)
        "эске эштәр", "үҙәк банк", "рәсәй банк"),
    # heads of a body that a text names one another by (``Парламент етәксеһе`` for the ``Ҡоролтай Рәйесе``)
    body_heads=("башлы", "етәксе", "рәйес", "президент", "спикер"),
    generic_heads=("башлы", "етәксе"),
    ministry_stems=(),
    state_names=(),
    # officers' ranks in their Bashkir forms (``полиция подполковнигы``): the forces serve the state
    always_official=("илсе", "министры", "депутаты", "президенты", "полковни", "подполковни",
        "вәкәләтле"),  # (Кеше хоҡуҡтары буйынса вәкәләтле вәкиле: the ombudsman)
    not_private=("мәктәпкәсә",),  # (мәктәпкәсә белем биреү бүлеге: a ministry's preschool department, no school)
    not_state=("совет директор",),  # (Совет директоры урынбаҫары: a company's board)
    aide_heads=("секретары", "ярҙамсы", "кәңәшсе", "референт", "вәкиле"),  # (матбуғат секретары, ярҙамсыһы)
    member_heads=("депутат",),
    # public and private bodies and institutions (organisations, unions, societies, companies, banks,
    # universities, libraries, theatres, schools) and the groups such bodies are of (``ветерандар
    # советы``, ``ағинәйҙәр ойошмаһы``, ``журналистар союзы``, ``башҡорттар ҡоролтайы``)
    private_bodies=("ойошма", "йәмәғәт", "берекмә", "ширҡәт", "йәмғиәт", "компанияһ", "компанияның",
        "авиакомпания", "союзы",
        "союзының", "ассоциацияһ", "фонды", "фондының", "банкы", "банкының", "кредитлау", "университеты",
        "университетының", "институты", "институтының", "академияһ", "китапхана", "филармония", "театры",
        "театрының", "музейы", "музейының", "мәктәб", "мәктәп", "колледжы", "клубы", "ветерандар", "ағинәй",
        "журналистар", "башҡорттар", "башҡарма",
        # institutions and enterprises a state may own, whose heads hold no public office (a park, a
        # centre, a museum, a reserve, a station, a lyceum, an archive, a house of culture, a cooperative,
        # a party branch, a delegation, a programme), and religious boards (``Диниә назараты``)
        "паркы", "үҙәге", "үҙәгенең", "музей", "ҡурсаулығ", "станцияһ", "лицей", "интернат", "интерколледж",
        "архивы", "кабинеты", "йорто", "гимназия", "предприятиеһ", "предприятиеның", "кооператив", "назарат",
        "делегацияһ", "программаһ", "партияһ", "йорт",
        # international bodies (``Халыҡ-ара балалар уйындары комитеты президенты``) and a university's branch
        "халыҡ-ара", "филиал",
        # the household (``ғаилә башлығы`` "the head of the family")
        "ғаилә",
        # a competition (``ярыштың баш судьяһы`` "the competition's chief referee", no judge)
        "ярыш"),
    # ``элекке`` "former" before the head (``СССР-ҙың элекке президенты``), also with the head's
    # qualifiers between them (``Рәсәйҙең элекке финанс министры``)
    former_prefixes=("элекке",),
    former_words=("элекке",),
    naming_stems=("гәзит", "журналы", "телеканалы", "агентлы", "ширҡәт", "компанияһ", "берекмә", "йәмғиәт",
        "фестивале", "форумы", "конкурсы", "проекты", "программаһ", "бүләге", "премияһ", "спектакле",
        "ансамбле", "театры", "китабы", "йыры", "фонды", "акцияһ", "исеме", "исемле"),
    place_stems=("башҡортостан", "рәсәй", "өфө", "ҡаҙағстан", "төркиә", "стәрлетамаҡ", "мәскәү", "ҡоролтай",
        "дәүләт", "йыйылыш", "хөкүмәт", "ағиҙел"),
    object_pronouns=frozenset({"уны", "уға"}),
    person_nouns=frozenset({"егет", "ҡыҙ", "ир", "ир-егет", "ҡатын", "ҡатын-ҡыҙ"}),
    pronouns={"ул": "", "уның": "", "уға": "", "уны": ""},
    stop_words=frozenset({"менән", "өсөн", "тураһында", "хаҡында", "буйынса", "һәм", "ә", "ләкин", "тип", "тине",
        "һорауына", "ултырышта"}),
    chain_preps=frozenset({"буйынса", "һәм", "–", "-"}),
    function_words=frozenset({"үҙ", "был", "әммә", "ул", "уның", "бынан", "шулай", "һәр", "артабан", "сара",
        "әле", "бөгөн", "быйыл", "унда", "шуға", "ләкин", "беҙ", "улар"}),
    org_heads=("матбуғат", "хөкүмәт", "министрлы", "хакимиәт"),
    patronymic_endings=("улы", "ҡыҙы"),  # Bashkir surnames are Russified: read by Russian's surname endings
    classes=(
        (("урынбаҫар",), ()),  # deputy_premier
        ((), ()),  # premier
        (("урынбаҫар",), ()),  # deputy_minister
        ((), ()),  # mayor
        (("башлы", "етәксе"), ("хакимиәт", "ҡала", "стәрлетамаҡ", "өфө")),  # mayor
        (("башлы", "етәксе"), ("ауыл",)),  # district_head
        (("башлы", "етәксе"), ("башҡортостан башлы", "башҡортостан республикаһы башлы", "башҡортостан етәксе",
            "башҡортостан президент", "төбәк башлы", "төбәк етәксе", "бр башлы", "бр президент")),  # region_head
        (("илсе",), ("",)),  # ambassador
        (("секретары",), ("",)),  # press_secretary
        ((), ()),  # minister
        (("рәйес",), ("йыйылыш",)),  # parliament_chair
        ((), ()),  # deputy
        ((), ()),  # coach
        ((), ()),  # prosecutor
    ),
)
