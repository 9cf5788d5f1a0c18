"""Bashkir speakers and officials (issue 14): roles, pronouns, titles and names in shuffled paragraphs.

The sentences are our own, written in the shapes seen on unannotated Bashkir news.
"""

from __future__ import annotations

import bisumm
from bisumm.lang.ba_names import common_word


def said(text: str) -> list[tuple[str | None, bool]]:
    return [(q.speaker, q.official) for q in bisumm.quotes(text, "ba")]


# -- a role takes the one holder of its office named anywhere in the shuffled block ---------------

def test_a_head_role_takes_the_head_named_after_it_in_the_block():
    text = ("Парламент етәксеһе, быйыл ике мәктәп төҙөләсәк, тип белдерҙе. "
            "Дәүләт Йыйылышы Рәйесе Иван Петров депутаттар менән кәңәшмә үткәрҙе.")
    assert said(text) == [("Иван Петров", True)]


def test_a_head_role_stays_a_role_beside_a_deputy_or_two_heads():
    deputy = ("Парламент етәксеһе, быйыл ике мәктәп төҙөләсәк, тип белдерҙе. "
              "Дәүләт Йыйылышы Рәйесе урынбаҫары Иван Петров кәңәшмә үткәрҙе.")
    assert said(deputy)[0][0] != "Иван Петров"
    two = ("Парламент етәксеһе, быйыл ике мәктәп төҙөләсәк, тип белдерҙе. Дәүләт Йыйылышы Рәйесе Иван Петров "
           "һәм Хөкүмәт Башлығы Сергей Сидоров кәңәшмә үткәрҙе.")
    assert said(two)[0][0] not in ("Иван Петров", "Сергей Сидоров")


# -- titles and names: adverbs, particles and adjectives of place start neither ----------------------

def test_a_particle_or_postposition_before_a_role_is_no_part_of_its_title():
    assert said("Ауылда ҡар яуҙы. Бынан тыш депутат яңы мәктәп төҙөү кәрәклеген билдәләне.")[0][0] == "депутат"
    text = "Ауылда ҡар яуҙы. Шулай уҡ республика башлығы яңы мәктәп төҙөү кәрәклеген билдәләне."
    assert said(text)[0][0] == "республика башлығы"


def test_adverbs_and_adjectives_of_place_open_no_name():
    assert [common_word(w) for w in ("Шунда", "Тәүҙә", "Алтайҙағы", "Ундағы", "Динислам", "Хәмитовтың")] == \
        [True, True, True, True, False, False]
    assert said("Шунда Динислам: «Минең грим күренәме?» – тип һораны.")[0][0] != "Шунда Динислам"


# -- a pronoun of shuffled sentences refers to a subject, not to a person told or listed ------------

def test_a_pronoun_skips_a_person_named_in_an_object_case_or_in_brackets():
    told = ("Флорида Закирйәнова табип Ирина Кругловаға рәхмәт әйтә. "
            "«Ауыр хәлдә дауаханаға килеп эләктем», – тип яҙа ул.")
    assert said(told)[0][0] == "Флорида Закирйәнова"
    listed = ("Денис Шафиҡов тренер Александр Зиминға (Николай Валуев, Александр Поветкин кеүек боксёрҙар унда "
              "шөғөлләнгән) күсә. «Мин бында яңғыҙ түгел», — тине ул.")
    assert said(listed)[0][0] == "Денис Шафиҡов"


# -- an official's role and the one untitled person quoted in the block are one person ---------------

def test_a_role_quoted_before_the_name_joins_the_one_untitled_person_quoted():
    text = ("«Мәктәптәр төҙөләсәк», — тине Башҡортостан Башлығы. Ауылда ҡар яуҙы. "
            "Рөстәм Хәмитов әйтеүенсә, юлдар яңыртыла.")
    assert [(q.speaker, q.title, q.official) for q in bisumm.quotes(text, "ba")] == \
        [("Рөстәм Хәмитов", "Башҡортостан Башлығы", True)] * 2


def test_a_role_stays_a_role_when_two_untitled_people_are_quoted():
    text = ("«Мәктәптәр төҙөләсәк», — тине Башҡортостан Башлығы. Иван Петров әйтеүенсә, юлдар яңыртыла. "
            "Сергей Сидоров әйтеүенсә, ҡар күп яуҙы.")
    assert [q.speaker for q in bisumm.quotes(text, "ba")][0] == "Башҡортостан Башлығы"


def test_the_region_head_named_as_a_subject_titles_the_one_untitled_person_quoted():
    text = ("«Мәктәптәр төҙөләсәк», — тине Рөстәм Хәмитов. Ауылда ҡар яуҙы. "
            "Артабан республика башлығы Оло Тәләк ауылында мәктәп менән танышты.")
    assert [(q.speaker, q.title, q.official) for q in bisumm.quotes(text, "ba")] == \
        [("Рөстәм Хәмитов", "республика башлығы", True)]


def test_the_region_head_as_a_possessor_or_a_leadership_titles_nobody():
    for clause in ("Башҡортостан Башлығы гранты бирелде.", "Уны республика етәкселеге хупланы.",
                   "Был хаҡта республикала башлыса һөйләйҙәр."):
        text = f"«Мәктәптәр төҙөләсәк», — тине Рөстәм Хәмитов. Ауылда ҡар яуҙы. {clause}"
        assert [(q.title, q.official) for q in bisumm.quotes(text, "ba")] == [(None, False)], clause


def test_speakers_and_titles_drop_the_soft_hyphens_of_the_layout():
    (q,) = bisumm.quotes("«Мәктәптәр төҙөләсәк», — тине Өфө ҡала хакимиәте баш\xadлығы Иван Пет\xadров.", "ba")
    assert (q.speaker, q.title) == ("Иван Петров", "Өфө ҡала хакимиәте башлығы")


# -- a colon right after a name in the base form introduces that person's words -------------------------

def test_a_name_right_before_the_colon_speaks_whatever_words_precede_it():
    text = "Ауылда ҡар яуҙы. Быҙаулыҡ ауылы аҡһаҡалы Камил Ғәйзуллин: «Баш итен тәүҙә яҡшы итеп өтәләр»."
    assert said(text)[0][0] == "Камил Ғәйзуллин"
    told = "Ауылда ҡар яуҙы. Беҙ ауыл аҡһаҡалы Камил Ғәйзуллинға: «Баш итен тәүҙә яҡшы итеп өтәләр»."
    assert said(told)[0][0] != "Камил Ғәйзуллин"
    owner = "Ауылда ҡар яуҙы. Мәшһүр ғалим Риза Фәхретдиновтың: «Белем – ҡанат», – тигән фекере бар."
    assert [q.speaker for q in bisumm.quotes(owner, "ba") if q.text == "Белем – ҡанат"] == ["Риза Фәхретдинов"]


def test_the_adverb_aytkandey_by_the_way_reports_no_speech_between_two_turns():
    text = ("— Классик биография миндә. Әйткәндәй, үҙәктең һәр клиникаһы янында оптика бар. "
            "Хеҙмәт кенәгәһендә ике генә яҙыу бар, — тине Рәшит Искәндәров.")
    assert [q.speaker for q in bisumm.quotes(text, "ba")] == ["Рәшит Искәндәров"] * 2


def test_a_role_after_the_verb_set_off_by_a_comma_before_a_titled_name_is_that_person():
    text = "«Мәктәптәр төҙөләсәк», – тине шағирә, Дәүләт Йыйылышы Рәйесе урынбаҫары Йомабикә Ильясова. Ауылда ҡар."
    (q,) = bisumm.quotes(text, "ba")
    assert (q.speaker, q.title, q.official) == ("Йомабикә Ильясова", "шағирә, Дәүләт Йыйылышы Рәйесе урынбаҫары", True)
    listed = "«Мәктәптәр төҙөләсәк», – тине шағирә, ә Йомабикә Ильясова көлдө."
    assert said(listed)[0][0] != "Йомабикә Ильясова"


def test_an_opening_adverb_or_a_participle_before_a_body_name_is_no_part_of_a_title():
    for lead in ("Яңыраҡ", "Сарала ҡатнашҡан"):
        text = f"{lead} Өфө ҡалаһы хакимиәте башлығы Ирек Ялалов: «Мәктәптәр төҙөләсәк», – тине."
        assert [q.title for q in bisumm.quotes(text, "ba")] == ["Өфө ҡалаһы хакимиәте башлығы"], lead


def test_a_pronoun_never_takes_a_person_named_inside_a_quote():
    text = "Әлфиә Ғәлиева ауылда йәшәй. – Гармунда уйнаған Маһинур Усманова була инде, – ти ул фотоға күрһәтеп."
    assert said(text)[0][0] == "Әлфиә Ғәлиева"


def test_a_word_glossed_in_brackets_heads_no_title_and_stays_in_the_title_around_it():
    text = "«Уңыш мул булды», – тип һөйләй “Яблоня” крәҫтиән (фермер) хужалығы етәксеһе Рәмил Хәбибуллин."
    (q,) = bisumm.quotes(text, "ba")
    assert (q.speaker, q.title) == ("Рәмил Хәбибуллин", "“Яблоня” крәҫтиән (фермер) хужалығы етәксеһе")


def test_ul_before_a_noun_of_time_is_that_not_he():
    text = "Ауылда ҡар яуҙы. Ул саҡта директор Халиҡ ағай Заимов: «Йәшһең бит әле, театрға бар», – тине."
    assert said(text)[0][0] == "Халиҡ ағай Заимов"


def test_a_surname_after_a_first_name_and_an_honorific_completes_the_name():
    text = "Ауылда ҡар яуҙы. «Бурыслылар араһында төрлө кеше бар», – тип һөйләй Фәриҙә апай Ишмөхәмәтова."
    assert said(text)[0][0] == "Фәриҙә апай Ишмөхәмәтова"
    assert said("Ауылда ҡар яуҙы. «Бурыс бар», – тине Сәлимә апай.")[0][0] == "Сәлимә апай"


def test_a_specific_head_role_does_not_take_the_holder_of_another_specific_head():
    text = ("Президенттың әйтеүенсә, йәштәр менән эште көсәйтергә кәрәк. "
            "Үҙәк диниә назараты рәйесе Тәлғәт Тажетдин мәсеттә булды.")
    assert said(text)[0][0] != "Тәлғәт Тажетдин"


def test_a_particle_or_the_postposition_bayle_ends_the_words_before_a_title():
    for lead in ("Бында ла", "Сәфәргә бәйле"):
        text = f"{lead} Өфө ҡалаһы хакимиәте башлығы Ирек Ялалов: «Мәктәптәр төҙөләсәк», – тине."
        assert [q.title for q in bisumm.quotes(text, "ba")] == ["Өфө ҡалаһы хакимиәте башлығы"], lead


# -- a role in an object case (plural or possessive with a case) never speaks -------------------------

def test_a_role_in_an_object_case_after_the_verb_is_no_speaker():
    text = ("Кәңәшмә һуңында, яңы закондар кәрәк, тине һәм депутаттарҙы эшкә саҡырҙы. "
            "Иван Петров кәңәшмә үткәрҙе.")
    assert all(speaker != "һәм депутаттарҙы" and not (official and speaker is None) for speaker, official in said(text))


def test_roles_in_the_plural_or_possessive_with_a_case_are_objects():
    from bisumm.lang import get_language
    from bisumm.entities.mentions import Mention

    g = get_language("ba").quote_grammar
    for word, subject in (("депутаттарҙы", False), ("етәкселәренә", False), ("башлығына", False),
                          ("депутаттары", True), ("Президенты", True), ("урынбаҫары", True)):
        assert g.can_be_subject(Mention(0, len(word), "role", None, word, surface=word)) is subject, word


def test_a_soft_hyphen_inside_a_title_qualifier_keeps_the_office():
    text = "«Юлдар яңыртыла», – тине Баш\xadҡортостан Башлығы Иван Петров кәңәшмәлә сығыш яһағанда."
    assert said(text) == [("Иван Петров", True)]


def test_short_common_nouns_in_yn_are_no_surnames():
    assert [common_word(w) for w in ("Табын", "Янғын", "Алтын", "Синицын")] == [True, True, True, False]


def test_a_possessor_in_the_genitive_is_no_antecedent_of_ul():
    text = ("Өләсәйем Фәриҙә Ғәлиева ауылда йәшәй. Беҙ бергәләп Мостай Кәримдең «Оҙон-оҙаҡ баласаҡ» китабын уҡыныҡ. "
            "«Тәртип беренсе урында булырға тейеш», — ти ул.")
    assert said(text)[-1][0] == "Фәриҙә Ғәлиева"
    spoken = "Рөстәм Ғиззәтуллиндың әйткән һүҙҙәре иҫтә ҡалды: «Бөгөн залда халыҡ күп», — тине ул."
    assert said(spoken) == [("Рөстәм Ғиззәтуллин", False)]


def test_the_head_of_a_family_is_no_head_of_the_city():
    text = ("Өфө ҡала округы хакимиәте башлығы Иван Петров еңеүселәрҙе тәбрикләне. "
            "«Саңғы ярыштарында беренселекте бирмәнек», — тине ғаилә башлығы.")
    assert said(text) == [("ғаилә башлығы", False)]


def test_a_last_name_not_shaped_like_a_surname_loses_its_genitive_after_a_first_name():
    text = "Клубтың генераль менеджеры Олег Гросстың әйтеүенсә, ҡайһы бер уйынсылар менән һөйләшеүҙәр алып барыла."
    assert said(text)[0][0] == "Олег Гросс"


def test_a_title_starts_after_the_clause_before_it():
    text = "«Һеҙ — тере тарих», — тине тантанала ҡала башлығы урынбаҫары Иван Петров."
    assert [q.title for q in bisumm.quotes(text, "ba")] == ["ҡала башлығы урынбаҫары"]
    role = "«Ҡыҙыҡ булды», — тине ҙур өлөш һалған педагог."
    assert said(role) == [("педагог", False)]


def test_titles_listed_with_commas_before_a_name_are_that_persons():
    text = ("– Был йыл дуҫлыҡ йылы, – тине Башҡортостан Республикаһы Дәүләт Йыйылышы – Ҡоролтай депутаты, "
            "«Ватаным» ойошмаһының төбәк бүлексәһе рәйесе, М. Аҡмулла исемендәге БДПУ ректоры Р. М. Әсәҙуллин.")
    assert said(text) == [("Р. М. Әсәҙуллин", True)]


def test_a_vox_pop_header_names_the_dialogue_turn_of_its_shuffled_paragraph():
    text = ("– Мин үҙем дә Һаҡмар буйында тыуып-үҫтем. Ауылда ҡар яуҙы. "
            "Вил ИЛҺАМОВ, Әбйәлил районы башҡорттары ҡоролтайы рәйесе:")
    assert said(text) == [("Вил Илһамов", False)]
    from bisumm.lang.ba_roles import block_header

    two = "Ауылда ҡар яуҙы. Вил ИЛҺАМОВ, рәйес: – Мин дә. Иван ПЕТРОВ, директор:"
    assert block_header(two, 0, len(two)) is None


def test_a_person_noun_in_yn_stays_a_subject():
    assert said("— Мал аҫрауы ла еңел түгел, — тип дауам итте ҡатын.") == [("ҡатын", False)]


def test_a_connective_opening_the_sentence_starts_no_name():
    assert common_word("Мәгәр")
    text = "Мәгәр П. И. Рычковтың фекеренсә, Өфө атамаһы яңынан бирелмәгән, әүәлге исеме тергеҙелгән генә."
    assert said(text)[0][0] == "П. И. Рычков"


def test_a_former_word_before_the_heads_qualifiers_makes_no_official():
    text = "– Эштәр планлы бара, – тине Сербияның элекке тышҡы эштәр министры Иван Петров."
    assert said(text) == [("Иван Петров", False)]
    assert said("– Эштәр планлы бара, – тине Сербияның тышҡы эштәр министры Иван Петров.") == [("Иван Петров", True)]
