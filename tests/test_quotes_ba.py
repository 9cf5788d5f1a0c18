"""Bashkir quotations in shuffled news paragraphs (issue 14): spans, «»-names, indirect forms, speakers.

The sentences are our own, written in the shapes the real-news development part showed.
"""

from __future__ import annotations

import bisumm


def spans(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.text, q.speaker, q.kind) for q in bisumm.quotes(text, "ba")]


# -- span boundaries: a quote with no closing mark ends with its sentence ------------------------

def test_dash_turn_opening_a_shuffled_paragraph_is_its_first_sentence():
    text = "— Быйыл мәктәп төҙөләсәк. Ауылда ҡар яуҙы. Һабантуй июндә үтә."
    assert [q[0] for q in spans(text)] == ["Быйыл мәктәп төҙөләсәк"]


def test_dash_turn_runs_to_the_author_words_that_close_it():
    text = "— Эш шарттары яҡшы. Быйыл уңыш мул булды, — ти етәксе. Ауылда ҡар яуҙы."
    assert [q[0] for q in spans(text)] == ["Эш шарттары яҡшы. Быйыл уңыш мул булды"]


def test_interview_answer_after_a_question_paragraph_stays_whole():
    text = "Ниндәй пландар бар?\n\n— Мәктәп төҙөйбөҙ. Юл һалабыҙ."
    assert [q[0] for q in spans(text)] == ["Мәктәп төҙөйбөҙ. Юл һалабыҙ"]


def test_unclosed_mark_inside_a_paragraph_ends_with_its_sentence():
    text = "Ауылда ҡар яуҙы. “Беҙ бөгөн эшләйбеҙ, иртәгә ял итәбеҙ. Һабантуй июндә үтә."
    assert [q[0] for q in spans(text)] == ["Беҙ бөгөн эшләйбеҙ, иртәгә ял итәбеҙ"]


def test_unclosed_mark_opening_a_paragraph_runs_to_its_end():
    text = "«Беҙ бөгөн эшләйбеҙ. Иртәгә ял итәбеҙ.\n«Һабантуй июндә үтә», — тине Радий Хәбиров."
    assert spans(text)[0][0] == "Беҙ бөгөн эшләйбеҙ. Иртәгә ял итәбеҙ."


def test_author_words_after_an_exclamation_close_the_turn():
    text = "— Эшләйбеҙ! — тине Радий Хәбиров. Ауылда ҡар яуҙы."
    assert spans(text) == [("Эшләйбеҙ!", "Радий Хәбиров", "direct")]


def test_author_words_of_the_next_sentence_only_close_a_turn():
    text = "— Эш яҡшы. Ауылда ҡар яуҙы. Һабантуй июндә үтә. Мәктәп ябыҡ, — тине ул."
    assert [q[0] for q in spans(text)][:1] == ["Эш яҡшы"]


def test_dash_turn_in_the_first_person_runs_over_its_whole_paragraph():
    text = "— Быйыл яңы эшкә керҙем. Коллектив ҙур. Хеҙмәтемде яратам."
    assert [q[0] for q in spans(text)] == ["Быйыл яңы эшкә керҙем. Коллектив ҙур. Хеҙмәтемде яратам"]


def test_first_person_turn_stops_before_a_sentence_leading_to_other_words():
    text = "— Быйыл яңы эшкә керҙем. Хеҙмәтемде яратам. Етәксе бер аҙ уйланып тора ла:"
    assert [q[0] for q in spans(text)] == ["Быйыл яңы эшкә керҙем"]


def test_first_person_turn_stops_before_the_author_reporting_other_words():
    text = "— Быйыл яңы эшкә керҙем. Ауыл халҡы эште яратты, тип билдәләне етәксе. Хеҙмәтемде яратам."
    assert spans(text)[0][0] == "Быйыл яңы эшкә керҙем"


def test_tip_with_any_finite_verb_names_the_speaker():
    text = "— Эште ваҡытында бөтөрөргә бурыслыбыҙ, — тип мәсьәләгә асыҡлыҡ индерҙе хеҙмәткәр Лилиә Камалова."
    assert spans(text) == [("Эште ваҡытында бөтөрөргә бурыслыбыҙ", "Лилиә Камалова", "direct")]


# -- speakers ----------------------------------------------------------------------------------

def test_a_turn_of_a_shuffled_paragraph_takes_the_one_speaker_of_its_block():
    text = ("— Ветерандарға өҫтәмә саралар күрелгән. Ауылда ҡар яуҙы. "
            "Был йәһәттән Хөкүмәткә ғариза бирҙек, — тине республика Башлығы Рөстәм Хәмитов.")
    assert [q[1] for q in spans(text)] == ["Рөстәм Хәмитов", "Рөстәм Хәмитов"]


def test_no_block_speaker_when_other_words_are_reported_between():
    text = ("— Эш яҡшы барҙы, — тине Серик Әхмәтов. Форум хаҡында ла әйтеп үтте. "
            "— Юл Башҡортостан аша үтә.")
    assert [q[1] for q in spans(text)] == ["Серик Әхмәтов", None]


# -- «»-names are not quotes --------------------------------------------------------------------

def test_names_in_quote_marks_before_their_head_noun_are_not_quotes():
    for text in ("Ауылда “Йәдкәр” төркөмө Силәбе яҡтарына юл тота.",
                 "Ул «Ҡытай-город йыйынтығы» китабы менән таныш.",
                 "Кисә “Башҡортостан Республикаһында авария-ҡотҡарыу хеҙмәттәре тураһында” "
                 "Башҡортостан Республикаһы Законына үҙгәрештәр индерелде."):
        assert spans(text) == [], text


# -- unmarked and impersonal reports ---------------------------------------------------------------

def test_impersonal_quotative_closes_an_unmarked_quote_with_no_speaker():
    assert spans("Ауылда ҡар яуҙы. Бер тапҡыр барып күр, тиҙәр бит.") == [("Бер тапҡыр барып күр", None, "direct")]


def test_tigen_after_marks_names_a_thing():
    assert spans("«Иң яҡшы уҡытыусы» тигән конкурс еңеүселәре бүләкләнде.") == []


def test_a_role_before_the_name_in_a_shuffled_paragraph_names_the_one_person_with_that_title():
    text = ("Республика етәксеһе фекеренсә, реформаны тамырынан өйрәнергә кәрәк. "
            "Кисә Башҡортостан Президенты Рөстәм Хәмитов Туймазы районында булды.")
    q = bisumm.quotes(text, "ba")[0]
    assert (q.speaker, q.kind, q.official) == ("Рөстәм Хәмитов", "indirect", True)


def test_full_names_with_patronymics():
    text = ("— Эш яҡшы, — тине Эльвира Ринат ҡыҙы Сәлимова. «Беҙ эшләйбеҙ», — тине Сәлимова. "
            "– Ирем заводта эшләне, – тип һөйләй Эмма Шакир ҡыҙы.")
    assert [q[1] for q in spans(text)] == ["Эльвира Ринат ҡыҙы Сәлимова"] * 2 + ["Эмма Шакир ҡыҙы"]


def test_a_dash_before_a_speech_verb_opens_no_quote():
    assert spans("— Бына-бына! Ул миңә текләне. — тип тиҫкәреләнде ҡарт.")[1:] == []


def test_a_place_in_the_locative_and_a_conjunction_are_no_speaker():
    text = "Ә Яр Саллыла бүлексә эшләй. — Хеҙмәт кенәгәһендә ике генә яҙыу бар, — тине ул."
    assert spans(text) == [("Хеҙмәт кенәгәһендә ике генә яҙыу бар", None, "direct")]


def test_a_pronoun_speaker_in_a_shuffled_paragraph_is_the_block_speaker():
    text = ("Министр Эльвира Нәбиуллина: «Донъя ауыр осор кисерә», – тип белдерҙе. "
            "Оппозицияла йөрөүсе Эдуард Лимонов кандидатураһын ҡуйған. "
            "«Был ойошмаға инеү мөмкинлек бирә», – тип ҡыуанысын уртаҡлашты ул.")
    assert [q[1] for q in spans(text)] == ["Эльвира Нәбиуллина", "Эльвира Нәбиуллина"]


def test_a_ministry_in_the_ablative_before_a_staff_noun_is_where_the_speaker_works():
    text = ("Ауыл хужалығы министрлығынан бүлек мөдире Ревнер Бәйтуллиндың әйтеүенсә, "
            "Башҡортостан бал етештереү буйынса алдынғы төбәктәр иҫәбендә.")
    assert spans(text)[0][1] == "Ревнер Бәйтуллин"


def test_a_plural_inside_a_title_keeps_the_title_whole():
    text = ("Өфөнөң ҡулланыусылар баҙары идаралығы етәксеһе урынбаҫары Зөлфиә Ижбулатова "
            "байрамда балдың сифатына гарантия бирелеүен әйтте.")
    q = bisumm.quotes(text, "ba")[0]
    assert (q.title, q.official) == ("Өфөнөң ҡулланыусылар баҙары идаралығы етәксеһе урынбаҫары", True)


def test_more_bashkir_indirect_forms():
    cases = [
        ("Токарь Николай Афанасьевтың һүҙҙәренә ҡарағанда, уны заводҡа өйрәнсек итеп алғандар.",
         "уны заводҡа өйрәнсек итеп алғандар", "Николай Афанасьев"),
        ("Генераль секретарь Паскаль Лами Рәсәйҙе лидер итеп күрергә теләүен йәшермәне.",
         "Рәсәйҙе лидер итеп күрергә теләүен", "Паскаль Лами"),
        ("Министр Азат Сәлимов ярыштың кәрәклеген билдәләй.", "ярыштың кәрәклеген", "Азат Сәлимов"),
    ]
    for text, quote, speaker in cases:
        assert spans(text) == [(quote, speaker, "indirect")], text


def test_a_saying_in_marks_before_tigen_fiker_is_a_quote_without_speaker():
    text = "Ул шәхес булараҡ танылған. “Батырҙан – батыр, йүнһеҙҙән йүнһеҙ тыуа” тигән фекергә лә таянғандар."
    assert spans(text) == [("Батырҙан – батыр, йүнһеҙҙән йүнһеҙ тыуа", None, "direct")]
    assert spans("«Иң яҡшы уҡытыусы» тигән конкурс үтте.") == []


def test_tip_before_an_infinitive_is_the_authors_own_words():
    assert spans("Йәштәр үтә лә үҙаллы хәҙер, хатта артыҡ үҙаллы, тип әйтергә кәрәк.") == []


def test_an_unclosed_quote_broken_by_author_words_ends_its_second_part_with_its_sentence():
    text = '"Был алтын да, — тип яҙа В. Братчикова, — артабан бүлексәгә оҙатыла. Уларҙы Казаков алған.'
    assert [q[0] for q in spans(text)] == ["Был алтын да", "артабан бүлексәгә оҙатыла"]


def test_a_stray_ascii_closer_ends_the_quote_of_its_sentence():
    text = 'Борондан ҡалған дауа. Һарыҡ йөнөн быуындар һыҙлағанда бәйләгәндәр", - тине Анфиса апай.'
    assert spans(text) == [("Һарыҡ йөнөн быуындар һыҙлағанда бәйләгәндәр", "Анфиса апай", "direct")]


def test_a_passive_participle_after_tip_reports_no_speaker():
    text = 'Указ сыҡҡан. Башҡорттарға бер ниндәй ҙә обида булмаһын" тип яҙылған була.'
    assert spans(text) == [("Башҡорттарға бер ниндәй ҙә обида булмаһын", None, "direct")]


def test_unynsa_reports_the_view_of_the_person_before():
    text = "Ғәлин килде. Уныңса, ҡыҙыл төҫлөләре физик эшкә һәләтте арттыра."
    assert spans(text) == [("ҡыҙыл төҫлөләре физик эшкә һәләтте арттыра", "Ғәлин", "indirect")]


def test_a_verbal_noun_before_turahynda_and_a_report_verb_is_indirect_speech():
    text = "Министр Иван Петров мәктәптәрҙең әҙер булыуы тураһында һөйләне."
    assert spans(text) == [("мәктәптәрҙең әҙер булыуы", "Иван Петров", "indirect")]
    assert spans("Министр Иван Петров мәктәп тураһында һөйләне.") == []


def test_a_future_or_perfect_participle_before_turahynda_is_indirect_speech():
    text = "Министр Иван Петров яңы мәктәп быйыл асыласағы хаҡында хәбәр итте."
    assert spans(text) == [("яңы мәктәп быйыл асыласағы", "Иван Петров", "indirect")]
    text = "Иван Петров эште быйыл тамамлаясаҡтары тураһында һөйләне."
    assert spans(text) == [("эште быйыл тамамлаясаҡтары", "Иван Петров", "indirect")]
    text = "Иван Петров ауылдың был эштә ҡатнашҡанлығы тураһында һөйләне."
    assert spans(text) == [("ауылдың был эштә ҡатнашҡанлығы", "Иван Петров", "indirect")]
    assert spans("Иван Петров ауылдың киләсәге тураһында һөйләне.") == []


def test_a_ministry_in_the_ablative_before_a_staff_noun_is_part_of_the_title():
    text = "Республиканың Ауыл хужалығы министрлығынан бүлек мөдире Ревнер Бәйтуллин билдәләүенсә, бал етештереү арта."
    [quote] = bisumm.quotes(text, "ba")
    assert quote.title == "Республиканың Ауыл хужалығы министрлығынан бүлек мөдире" and quote.official
    [quote] = bisumm.quotes("Мәктәп мөдире Ирина Ганиева билдәләүенсә, бал етештереү арта.", "ba")
    assert quote.title == "Мәктәп мөдире" and not quote.official


def test_an_object_before_a_report_verb_is_not_its_speaker():
    text = "Етәкселәргә асыҡ диалог алып барыу һәләттәре хас булырға тейешлеген билдәләй."
    assert spans(text) == []
    text = "Министр Иван Петров етәкселәргә диалог алып барыу кәрәклеген билдәләй."
    assert spans(text) == [("етәкселәргә диалог алып барыу кәрәклеген", "Иван Петров", "indirect")]


def test_a_speech_verb_in_the_third_person_plural_reports_no_speaker():
    assert spans('"Әсәй үлһә, атай еҙнәй", тип юҡҡа әйтмәгәндәрҙер инде.') == [("Әсәй үлһә, атай еҙнәй", None, "direct")]
    assert spans("Ер кешеһе барыһына ла әҙер булырға тейеш, тип иҫәпләйҙәр.")[0][1] is None


def test_a_soft_hyphen_inside_a_name_is_dropped_from_the_speaker():
    assert spans("Бөтәһе лә яҡшы, - тине Гөлүзә Арыҫ\xadланова.") == [("Бөтәһе лә яҡшы", "Гөлүзә Арыҫланова", "direct")]


def test_a_kinship_noun_with_my_is_the_role_without_the_possessive():
    assert spans("Яттарҙан йәберләтергә бирмәҫ, — тип әрләй бирҙе әсәйем.") == [
        ("Яттарҙан йәберләтергә бирмәҫ", "әсәй", "direct")]


def test_the_name_right_before_a_marker_is_its_agent_not_the_role_opening_the_clause():
    text = "Комитет рәйесе Р. Бикбаев билдәләүенсә, бәләкәй мәктәптәрҙе ябыу насар."
    assert spans(text) == [("бәләкәй мәктәптәрҙе ябыу насар", "Р. Бикбаев", "indirect")]


def test_a_branch_of_a_state_directorate_speaks_as_an_official_body():
    text = ("Рәсәй ҡулланыусыларын күҙәтеү идаралығының БР буйынса бүлексәһенән хәбәр итеүҙәренсә, "
            "вирус Мальта ҡалаһынан ҡайтҡан ҡатында асыҡланған.")
    [quote] = bisumm.quotes(text, "ba")
    assert quote.speaker == "күҙәтеү идаралығының БР буйынса бүлексәһе" and quote.official


def test_a_long_report_takes_the_subject_opening_its_sentence_and_baskym_yahay_takes_a_dative():
    text = ("Өфө ҡала округы хакимиәте башлығы Ирек Ялалов кубогын тапшыра һәм йыйылыусыларҙы тәбрикләп, "
            "граждандарҙың инициативаһын хуплау тулы ҡеүәтендә эшләйәсәгенә баҫым яһай.")
    [quote] = bisumm.quotes(text, "ba")
    assert (quote.speaker, quote.official, quote.text.endswith("эшләйәсәгенә")) == ("Ирек Ялалов", True, True)


def test_a_family_named_by_a_plural_surname_speaks():
    text = "Сибай ҡалаһынан килгән Әҙелбаевтар ғаиләһе бындай сараларҙа ҡыҙҙарын гел ҡатнаштырыуы тураһында һөйләне."
    assert spans(text) == [("бындай сараларҙа ҡыҙҙарын гел ҡатнаштырыуы", "Әҙелбаевтар ғаиләһе", "indirect")]


def test_tip_with_no_comma_before_a_report_verb_is_indirect_speech():
    assert spans("Министр Иван Петров Ираҡтағы хәрби операция тамамланды тип иғлан иткән.") == [
        ("Ираҡтағы хәрби операция тамамланды", "Иван Петров", "indirect")]
    text = "Иван Петров проблемаларына туҡталды һәм йәштәрҙең башҡорт телен белеүе аяныслы кимәлдә тип билдәләне."
    assert spans(text) == [("йәштәрҙең башҡорт телен белеүе аяныслы кимәлдә", "Иван Петров", "indirect")]
    assert spans("Ул быны Сабантуй тип атаны.") == []


def test_a_state_named_by_its_acronym_speaks_as_an_official_body():
    [quote] = bisumm.quotes("АҠШ Ираҡтағы хәрби операцияһын тамамланды тип иғлан иткән.", "ba")
    assert (quote.speaker, quote.official) == ("АҠШ", True)
    [quote] = bisumm.quotes("РФ Хөкүмәте Рәйесе Иван Петров мәктәптәрҙең әҙер булыуын билдәләне.", "ba")
    assert (quote.speaker, quote.title) == ("Иван Петров", "РФ Хөкүмәте Рәйесе")


def test_br_bashlygy_is_the_head_of_the_republic():
    [quote] = bisumm.quotes("БР Башлығы Радий Хәбиров мәктәптәрҙең әҙер булыуын билдәләне.", "ba")
    assert (quote.speaker, quote.title, quote.official) == ("Радий Хәбиров", "БР Башлығы", True)


def test_vakil_before_a_surname_is_a_first_name():
    text = "Педагогика фәндәре кандидаты Вәкил Хажин проблемаларына туҡталды һәм был кимәл аяныслы тип билдәләне."
    [quote] = bisumm.quotes(text, "ba")
    assert (quote.speaker, quote.title) == ("Вәкил Хажин", "Педагогика фәндәре кандидаты")


def test_a_bare_plural_agent_of_a_marker_is_nobody_in_particular():
    text = "Табиптар фекеренсә, ауырыуҙың үҙенә ҡарағанда, паникаһы ҡурҡыныс."
    assert spans(text) == [("ауырыуҙың үҙенә ҡарағанда, паникаһы ҡурҡыныс", None, "indirect")]


def test_a_stray_closer_after_an_exclamation_closes_its_own_sentence():
    text = "Шатлыҡтарының сиге булманы. Кешелекте юҡ итә торған бөтә төр ҡоралға ләғнәт!»"
    assert spans(text) == [("Кешелекте юҡ итә торған бөтә төр ҡоралға ләғнәт!", None, "direct")]


def test_a_quote_over_shuffled_sentences_is_its_first_and_last_sentence():
    text = ("Ул фельдшер булып эшләй. «Беҙҙең эштә иң мөһиме - профилактик эш алып барыу. Күпме ҡатынға ярҙам "
            "иткән Гөлшат Мырҙабулатова. Ауырлы ҡатындарҙы ваҡытында урынлаштырыу ҙа мөһим», - ти Гөлшат Мырҙабулатова.")
    assert spans(text) == [("Беҙҙең эштә иң мөһиме - профилактик эш алып барыу", "Гөлшат Мырҙабулатова", "direct"),
                           ("Ауырлы ҡатындарҙы ваҡытында урынлаштырыу ҙа мөһим", "Гөлшат Мырҙабулатова", "direct")]


def test_tigan_after_a_comma_closes_a_quote_and_without_one_names_a_work():
    text = "Тарих йәки хәҡиҡәт бик күп мәғлүмәттәрҙе иләгәндән һуң ғына хасил була ала», тигән Әхмәтзәки Вәлиди."
    assert [q.speaker for q in bisumm.quotes(text, "ba")] == ["Әхмәтзәки Вәлиди"]
    assert spans("Ул «Урал батыр» тигән эпосты уҡыны.") == []


def test_a_group_opening_a_report_clause_is_nobody_in_particular():
    text = "Күҙәтеүселәр етәкселәргә асыҡ диалог алып барыу һәләте хас булырға тейешлеген билдәләй."
    assert spans(text) == [("етәкселәргә асыҡ диалог алып барыу һәләте хас булырға тейешлеген", None, "indirect")]
    text = "Сәйәси күҙәтеүселәр әйтеүенсә, бөгөн ведомство башында яңы кеше тороуы мөһим."
    assert spans(text) == [("бөгөн ведомство башында яңы кеше тороуы мөһим", None, "indirect")]


def test_a_titled_subject_inside_the_clause_reports_the_words_before_tip():
    text = ("Йылдың иң яҡшы уҡытыусыһы тип танылыусы мәктәп уҡытыусыһы Елена Исакова был ярыш уҡытыусының "
            "абруйын күтәрергә ярҙам иткән бер сара, тип иҫәпләй.")
    assert spans(text) == [("был ярыш уҡытыусының абруйын күтәрергә ярҙам иткән бер сара", "Елена Исакова", "indirect")]


def test_a_pronoun_read_before_anyone_is_named_takes_the_one_person_of_the_paragraph():
    text = "Хеҙмәт кенәгәһендә ни бары ике генә яҙыу бар, — тине ул. Рәшит Искәндәров институтта 17 йыл эшләй."
    assert spans(text) == [("Хеҙмәт кенәгәһендә ни бары ике генә яҙыу бар", "Рәшит Искәндәров", "direct")]
    two = text + " Азат Ғәлиев та унда эшләй."
    assert spans(two)[0][1] is None


def test_a_first_name_and_a_russian_female_patronymic_join_the_surname():
    text = ("Мәктәп уҡытыусыһы Елена Исакова еңеүсе булды. Бының өсөн бөтә шарттарҙы булдырыу зарур, - тине "
            "Елена Михайловна.")
    assert [q.speaker for q in bisumm.quotes(text, "ba")] == ["Елена Михайловна Исакова"]


def test_an_opener_and_the_next_lone_curly_closer_make_one_quote_over_shuffled_sentences():
    text = ("Шулай уҡ эш бара. “Ҡулайлаштырыу — Федераль үҙәктән килгән талап. Был йәһәттән беҙ — донор. "
            "Дөйөм алғанда, кампания оҡшаш тип баһалайым”, – тине Башҡортостан Президенты Рөстәм Хәмитов.")
    assert spans(text) == [("Ҡулайлаштырыу — Федераль үҙәктән килгән талап", "Рөстәм Хәмитов", "direct"),
                           ("Дөйөм алғанда, кампания оҡшаш тип баһалайым", "Рөстәм Хәмитов", "direct")]


def test_heads_of_public_bodies_and_institutions_are_no_officials():
    from bisumm.entities.titles import is_official_title

    for title in ("Район ағинәйҙәре ойошмаһы етәксеһе", "Сибай ҡалаһының «Ағинәй» йәмәғәт ойошмаһы етәксеһе",
                  "районының ветерандар советы рәйесе", "Башҡорттар ҡоролтайы рәйесе",
                  "Ҡоролтайҙың Башҡарма комитеты рәйесе", "Республика балалар китапханаһы етәксеһе",
                  "Башҡортостан дәүләт филармонияһы директоры", "Башҡортостандағы кредитлау бүлеге етәксеһе",
                  "Башҡортостан Журналистар союзы рәйесе"):
        assert not is_official_title(title), title
    for title in ("Учалы районы хакимиәте башлығы", "ауыл советы рәйесе", "Өфө ҡала советы рәйесе",
                  "Ҡала хакимиәтенең мәғариф бүлеге етәксеһе", "Дәүләт Йыйылышы – Ҡоролтай Рәйесе",
                  "Ҡоролтай депутаты", "Башҡортостан Башлығы", "республика етәксеһе", "Мәғариф министры"):
        assert is_official_title(title), title


def test_a_public_bodys_head_quoted_is_no_official():
    text = "– Беҙ ауылдарҙа йыш булабыҙ, – тине район ағинәйҙәре ойошмаһы етәксеһе Гөлнара Садиҡова."
    (q,) = bisumm.quotes(text)
    assert q.speaker == "Гөлнара Садиҡова" and not q.official


def test_an_auxiliary_verb_after_the_report_is_no_speaker():
    text = "– Беҙ уны оҙаҡ эҙләнек, – ти торғайны. Эш еңел түгел, тип әйтә алам."
    found = bisumm.quotes(text)
    assert all(q.speaker not in ("торғайны", "алам") for q in found)
    assert not any(q.text.startswith("Эш еңел") for q in found)  # "I can say that …": the writer's own words


def test_a_passive_report_verb_before_an_auxiliary_stays_passive():
    text = "Ҡағыҙҙа «Ерҙәрегеҙҙе һаҡлағыҙ» тип яҙылған була. Ул йыл ауыр булды."
    (q,) = bisumm.quotes(text)
    assert q.text == "Ерҙәрегеҙҙе һаҡлағыҙ" and q.speaker is None


def test_a_press_secretary_is_one_person_and_a_settlement_head_an_official():
    text = "– Зыян күләме иҫәпләнде, — тип хәбәр итте министрлыҡтың матбуғат секретары Нина Никандрова."
    (q,) = bisumm.quotes(text)
    assert q.title == "министрлыҡтың матбуғат секретары" and q.official
    text = "Биләмә башлығы Ольга Попова әйтеүенсә, ауылда спорт майҙансығы булдырылған."
    (q,) = bisumm.quotes(text)
    assert q.speaker == "Ольга Попова" and q.official


def test_a_dash_before_a_sentence_reporting_its_subjects_words_opens_no_turn():
    text = "Кисә осрашыу булды. – Сергей Ренат улы беҙҙең республикала эшҡыуарлыҡты үҫтереү өсөн " \
           "шарттар тыуҙырылған, тип билдәләне. Ул йыл ауыр булды."
    (q,) = bisumm.quotes(text)  # (a report verb after ``тип``: words said, direct as ``П, тип билдәләне X``)
    assert q.kind == "direct" and q.speaker == "Сергей Ренат улы"
    assert q.text.startswith("беҙҙең республикала")


def test_a_first_person_verb_after_tip_has_no_clause_subject():
    text = "Кисә осрашыу булды. – Актер булып, мин ниндәйҙер ҙур ролдәр эшләнем, тип әйтә алмайым. Ул йыл ауыр булды."
    assert all(q.speaker != "актер" for q in bisumm.quotes(text))


def test_a_name_in_an_oblique_case_after_the_report_is_no_speaker():
    text = "Кисә осрашыу булды. «Ниңә һаман эшләмәй?» тип ҡабатлайым Александровтың һүҙҙәрен. Ул йыл ауыр булды."
    assert all(q.speaker != "Александров" for q in bisumm.quotes(text))


def test_a_saying_after_a_genitive_name_is_that_persons_and_an_article_title_is_no_quote():
    text = "Александр Островскийҙың “Театрһыҙ милләт юҡ” тигән һүҙҙәре бөгөн айырыуса әһәмиәтле."
    (q,) = bisumm.quotes(text)
    assert q.speaker == "Александр Островский" and q.text == "Театрһыҙ милләт юҡ"
    assert not bisumm.quotes("Гәзиттә “Мәғәнәһеҙ бәхәс” тигән мәҡәлә баҫылып сыҡты.")


def test_heads_of_institutions_religious_boards_and_former_presidents_are_no_officials():
    from bisumm.entities.titles import is_official_title

    for title in ("«Башҡортостан» милли паркы директоры", "Республика халыҡ ижады үҙәге директоры",
                  "Башҡортостан мосолмандарының Диниә назараты рәйесе", "“Урал” ауыл хужалығы кооперативы рәйесе",
                  "СССР-ҙың элекке президенты", "АҠШ-тың экс-президенты"):
        assert not is_official_title(title), title
    assert is_official_title("Рәсәйҙең Үҙәк һайлау комиссияһы рәйесе урынбаҫары")


def test_an_addressee_before_a_colon_is_no_speaker_and_a_genitive_owns_the_words():
    text = "Кисә осрашыу булды. Овчинников уға докторлыҡ диссертацияһын яҡларға тәҡдим итеп: «Һеҙ булдыраһығыҙ», " \
           "– тип яҙа. Ул йыл ауыр булды."
    found = [q for q in bisumm.quotes(text) if q.text == "Һеҙ булдыраһығыҙ"]
    assert found and found[0].speaker == "Овчинников"
    text = "Кисә осрашыу булды. Шәйехзада Бабичтың: «Беҙ еңербеҙ!» Ул йыл ауыр булды."
    (q,) = bisumm.quotes(text)
    assert q.speaker == "Шәйехзада Бабич"


def test_a_stray_closer_before_a_speakerless_tine_is_still_a_quote():
    text = "Ауылда ҡар яуҙы. Өс көн концерт ҡуймайынса ебәрмәйбеҙ”, – ти. Һабантуй июндә үтә."
    assert spans(text) == [("Өс көн концерт ҡуймайынса ебәрмәйбеҙ", None, "direct")]


def test_a_dash_turn_opened_by_a_speech_verb_in_the_first_person_is_the_speakers_words():
    assert [q[0] for q in spans("Ауылда ҡар яуҙы. — Ҡотлайым! Кескәйҙән таныш ине был шишмә.")] == ["Ҡотлайым!"]
    assert spans("Ауылда ҡар яуҙы. – тинем.") == []


def test_after_a_known_first_name_any_capitalised_word_is_the_surname():
    text = "Ауылда ҡар яуҙы. Уны тырышлыҡ менән генә яйға һалырға мөмкин, — тине Григорий Рапота."
    assert spans(text) == [("Уны тырышлыҡ менән генә яйға һалырға мөмкин", "Григорий Рапота", "direct")]


def test_unmarked_words_before_a_dash_and_a_quotative_naming_nobody_are_a_quote():
    assert spans("Ауылда ҡар яуҙы. Бының өсөн вәкәләт юҡ, – тип яуапланы. Һабантуй үтте.") == \
        [("Бының өсөн вәкәләт юҡ", None, "direct")]
    assert spans("Ауылда ҡар яуҙы. Үҙегеҙгә генә ҡыйындыр бит, – тип ҡыҙыҡһындым әңгәмәсемдән.") == []


def test_words_after_the_verb_that_name_no_person_are_no_speaker():
    assert spans("Ауылда ҡар яуҙы. «Бөгөн байрам!» – тип әйтмәй икән. Ә.") == [("Бөгөн байрам!", None, "direct")]
    assert spans("Ауылда ҡар яуҙы. «Бөгөн байрам килде!» – тип ҡысҡырып ебәрҙе ғына. Ә.")[0][1] is None


def test_a_titled_subject_set_off_by_a_comma_reports_the_words_before_tip():
    text = "Ауылда ҡар яуҙы. Ауыл хужалығы министры урынбаҫары Азат Йыһаншин, бирка инде күптән үтелгән этап, тине."
    assert spans(text) == [("бирка инде күптән үтелгән этап", "Азат Йыһаншин", "direct")]  # words before ``, тине`` (the guideline)


def test_a_short_marked_cry_before_a_dash_and_tip_is_a_quote():
    assert spans("Бик аҡыллы ине атым. «Ура!» – тип ҡылыс болғайбыҙ ҙа сабырға тейешбеҙ.") == [("Ура!", None, "direct")]


def test_a_subject_after_the_report_verb_reports_the_accusative_clause():
    text = "Ауылда ҡар яуҙы. Ғаиләләргә ярҙамды көсәйтеү кәрәклеген белдерҙе министр Иван Петров."
    assert spans(text) == [("Ғаиләләргә ярҙамды көсәйтеү кәрәклеген", "Иван Петров", "indirect")]


def test_marks_before_tip_and_a_passive_participle_of_a_noun_label_a_thing():
    assert spans("Ауылда ҡар яуҙы. “Фальсификатор” тип яҙылған ҡарасҡы ҡуйылған булған.") == []
    assert spans("Ауылда “Күк йөҙөнә тәҙрә” тип аталған конкурс-фестиваль үтте.") == []


def test_a_case_ending_glued_to_the_closing_mark_makes_a_name():
    assert spans("Ауылда “Ҡарман балыҡ хужалығы”ның суртаны, һаҙаны билдәле.") == []


def test_a_full_name_opening_the_clause_after_adverbials_reports_the_words_before_tip():
    text = "Ауылда ҡар яуҙы. Ултырышта сығыш яһап, Иван Петров, быйыл ике мәктәп төҙөләсәк, тип билдәләне."
    assert spans(text) == [("быйыл ике мәктәп төҙөләсәк", "Иван Петров", "direct")]  # words before ``, тине`` (the guideline)


def test_words_in_object_cases_and_possessives_start_no_name_a_pronoun_takes():
    text = "Ауылда ҡар яуҙы. Ҡатыны Мәрйәмде ул бик ярата. «Бөгөн байрам, бөтәбеҙ ҙә йыйылабыҙ!» – тине ул."
    assert spans(text)[0][1] is None
    text = "Иван Петров Дәүләт Советында сығыш яһаны. «Бөгөн байрам, бөтәбеҙ ҙә йыйылабыҙ!» – тине ул."
    assert spans(text)[0][1] == "Иван Петров"


def test_a_name_a_thing_bears_is_no_person_and_a_gymnasium_head_no_official():
    text = "Зөлфиә Ғәлимйәнова Салауат Юлаев орденына лайыҡ булды. «Бөгөн байрам, бөтәбеҙ ҙә йыйылабыҙ!» – тине ул."
    assert spans(text)[0][1] == "Зөлфиә Ғәлимйәнова"
    text = "Рәми Ғарипов исемендәге гимназия директоры Зөлфиә Ғәлимйәнова сығыш яһаны. «Бөгөн байрам!» – тине ул."
    (q,) = bisumm.quotes(text, lang="ba")
    assert (q.speaker, q.official) == ("Зөлфиә Ғәлимйәнова", False)


def test_the_head_of_the_country_is_an_official_and_a_shout_reports_words():
    (q,) = bisumm.quotes("Ил башлығы Иван Петров килде. «Бөгөн байрам!» – тине Ил башлығы.", lang="ba")
    assert (q.speaker, q.official) == ("Иван Петров", True)
    assert spans("Машина туҡтаны. «Бөгөн байрам!» – тип ҡысҡырҙы Иван Петров.")[0][1] == "Иван Петров"


def test_words_in_marks_ending_in_about_title_a_law_not_a_quote():
    text = "Ауылда ҡар яуҙы. 4. “Башҡортостан Республикаһында урмандар тураһында” Закон проекты хаҡында (беренсе уҡыу)."
    assert spans(text) == []
    text = "Ауылда ҡар яуҙы. “Урмандар тураһында һүҙ бара”, — тине Иван Петров."
    assert spans(text)[0][:2] == ("Урмандар тураһында һүҙ бара", "Иван Петров")


def test_a_name_in_marks_with_tip_atalgan_after_it_is_no_quote_of_the_clause_subject():
    text = "Ауылда ҡар яуҙы. Иван Петров «Яҡты юл» тип аталған фонд ойошторҙо."
    assert spans(text) == []
    text = "Ауылда ҡар яуҙы. Иван Петров «Бөгөн байрам, бөтәбеҙ ҙә йыйылабыҙ» тип белдерҙе."
    assert spans(text)[0][1] == "Иван Петров"


def test_a_report_converb_with_an_auxiliary_and_recalls_mark_indirect_speech():
    text = "Ауылда ҡар яуҙы. Министр Иван Петров билдәләп үтеүенсә, быйыл ике мәктәп төҙөләсәк."
    assert spans(text) == [("быйыл ике мәктәп төҙөләсәк", "Иван Петров", "indirect")]
    text = "Ауылда ҡар яуҙы. Иван Петров хәтерләүенсә, ул йылдарҙа ауылда мәктәп булмаған."
    assert spans(text) == [("ул йылдарҙа ауылда мәктәп булмаған", "Иван Петров", "indirect")]


def test_a_transcript_turn_name_colon_is_the_named_persons_first_sentence():
    text = "Ауылда ҡар яуҙы. Иван Петров: Беҙ быйыл ике мәктәп төҙөйбөҙ. Юл һалына."
    assert spans(text) == [("Беҙ быйыл ике мәктәп төҙөйбөҙ", "Иван Петров", "direct")]
    assert spans("Ауылда ҡар яуҙы. Припев: Дан һиңә, Башҡортостан!") == []
    assert spans("Ауылда ҡар яуҙы. Икенсе бер сәбәп: заман үҙгәрҙе.") == []


def test_a_quote_with_its_own_author_words_takes_no_speaker_from_the_sentence_before():
    text = "Иван Петров был турала һөйләне. «Ә ниңә һеҙ ауылға ҡайтманығыҙ?» – тип һораным."
    assert spans(text)[-1][:2] == ("Ә ниңә һеҙ ауылға ҡайтманығыҙ?", None)


def test_author_words_in_the_first_person_name_nobody_after_their_verb():
    text = "Ауылда ҡар яуҙы. «Ике балам булғас, өйләнгәнмен инде», – тип әйткәйнем, студенттар көлөп ебәрҙе."
    assert spans(text) == [("Ике балам булғас, өйләнгәнмен инде", None, "direct")]


def test_an_unclosed_mark_opening_a_shuffled_paragraph_ends_at_its_inner_author_words():
    text = "«Был һуғыш менән ғүмерлеккә яраландым, – ти ул. Ауылда ҡар яуҙы. Һабантуй июндә үтә."
    assert [q[0] for q in spans(text)] == ["Был һуғыш менән ғүмерлеккә яраландым"]


def test_a_report_participle_ending_its_sentence_reports_the_accusative_clause():
    text = "Ауылда ҡар яуҙы. Министр Иван Петров яңы мәктәп төҙөләсәген белдергән."
    assert spans(text) == [("яңы мәктәп төҙөләсәген", "Иван Петров", "indirect")]
    assert spans("Ауылда ҡар яуҙы. Яңы мәктәп төҙөләсәген белдергән министр килде.") == []


def test_an_opinion_verb_after_a_clause_with_no_comma_reports_it_but_not_after_a_noun():
    text = "Ауылда ҡар яуҙы. Иван Петров яңы мәктәп кәрәк тип иҫәпләй."
    assert spans(text) == [("яңы мәктәп кәрәк", "Иван Петров", "indirect")]
    text = "Ауылда ҡар яуҙы. Күҙәтеүселәр эштең яҡшырыуын билдәләй, был осраҡлы түгел тип һанай."
    assert ("был осраҡлы түгел", None, "indirect") in spans(text)
    assert spans("Ауылда ҡар яуҙы. Иван Петров ҡатыны Мәрйәмде уң ҡулы тип иҫәпләй.") == []
    assert spans("Ауылда ҡар яуҙы. Пенсионерҙар ғына алдана икән тип уйлай күрмәгеҙ.") == []


def test_a_bare_plural_noun_speaks_for_nobody_in_particular():
    assert spans("Ауылда ҡар яуҙы. Был бик файҙалы, — ти белгестәр.") == [("Был бик файҙалы", None, "direct")]
    assert spans("Ауылда ҡар яуҙы. Ойоштороусылар әйтеүенсә, быйыл сара ҙурыраҡ буласаҡ.")[0][1] is None


def test_a_transcript_turn_of_a_known_first_name_alone_takes_the_fullest_name_of_the_paragraph():
    assert spans("Ауылда ҡар яуҙы. Илнур: Бала үҙ ризығы менән тыуа.")[0][:2] == ("Бала үҙ ризығы менән тыуа", "Илнур")
    text = "Илнур Хәсәнов ауылда йәшәй. Илнур: Бала үҙ ризығы менән тыуа."
    assert spans(text)[0][1] == "Илнур Хәсәнов"
    assert spans("Ауылда ҡар яуҙы. Мин: Бала үҙ ризығы менән тыуа.") == []


def test_a_topic_and_naming_infinitive_after_marks_make_a_name():
    assert spans("Ауылда ҡар яуҙы. \"Миҙгелдең өсөнсө яҙы\" темаһына арналған уйындар үтте.") == []
    assert spans("Ауылда ҡар яуҙы. Был биҙәүесте \"һаҡал\" тип атарға мөмкин.") == []


def test_marked_words_before_tip_and_a_reporting_verb_are_words_said_with_no_speaker_named():
    text = "Ауылда ҡар яуҙы. Күп осраҡта улар, \"шундай арыным\" тип зарлана."
    assert spans(text) == [("шундай арыным", None, "direct")]
    assert spans("Ауылда ҡар яуҙы. «Күп ҡатынлылыҡ» тип әйтеү менән халыҡ ҡатындарҙы йәлләй.") == []
    assert spans("Ауылда ҡар яуҙы. Һин \"ауылға ҡайтам\", тип һөйләйһеңме?") == []


def test_one_marked_word_before_tip_and_a_reporting_verb_names_an_answer():
    assert spans("Ауылда ҡар яуҙы. Балаларына \"юҡ\" тип әйтә алманы.") == []


def test_unmarked_words_closed_by_an_opinion_verb_are_indirect():
    text = "Ауылда ҡар яуҙы. Ер кешеһе барыһына ла әҙер булырға тейеш, тип иҫәпләйҙәр."
    assert spans(text) == [("Ер кешеһе барыһына ла әҙер булырға тейеш", None, "indirect")]
    text = "Ауылда ҡар яуҙы. Ер кешеһе барыһына ла әҙер булырға тейеш, — тип билдәләне Иван Петров."
    assert spans(text)[0][2] == "direct"


def test_an_enclitic_particle_after_the_subject_is_no_part_of_the_reported_clause():
    text = "Ауылда ҡар яуҙы. Рәсәй Геройы Магомед Толбоев та, үҙ фекерен әйтеп, аэропорттың яҡшы эшләүен билдәләй."
    # (the converb of the subject's own act, ``үҙ фекерен әйтеп``, is no part of the reported clause either)
    assert spans(text) == [("аэропорттың яҡшы эшләүен", "Магомед Толбоев", "indirect")]


def test_a_transcript_turn_of_a_surname_in_capitals():
    assert spans("Ауылда ҡар яуҙы. Иҙрис НОҒОМАНОВ: Беҙ быйыл мәктәп төҙөйбөҙ.")[0][:2] == \
        ("Беҙ быйыл мәктәп төҙөйбөҙ", "Иҙрис Ноғоманов")
    assert spans("Ауылда ҡар яуҙы. Ф. ТУЙСИНА: Беҙ быйыл мәктәп төҙөйбөҙ.")[0][1] == "Ф. Туйсина"
    assert spans("РЕДАКЦИЯНАН: Беҙ быйыл мәктәп төҙөйбөҙ.") == []


def test_a_name_after_an_object_case_mention_after_the_verb_is_the_speaker():
    text = "Ауылда ҡар яуҙы. Үҙ эшен намыҫ менән башҡара, — ти уның тураһында баш агроном Азамат Кәримов."
    assert spans(text)[0][1] == "Азамат Кәримов"
    text = "Ауылда ҡар яуҙы. «Спектакль бик матур», - ти уның режиссеры Азат Йыһаншин."
    assert spans(text)[0][1] == "Азат Йыһаншин"


def test_marked_words_before_tip_a_verb_and_a_first_person_auxiliary_are_the_authors():
    assert spans("Ауылда ҡар яуҙы. Хәҙер \"Аллаға шөкөр, беҙ бәхетле!\" тип әйтә алам.") == []


def test_quote_marks_of_pasted_web_markup_are_no_quotes():
    text = ('Ауылда ҡар яуҙы. <span lang="BA-RU" style="font-size:14.0pt">Комитет рәйесе ултырышта ҡатнашты, '
            'ул эште баһаланы.</span> <span lang="BE" linotype="" palatino="">Тағы ла бер нисә мәсьәлә ҡаралды.</span>')
    assert spans(text) == []


def test_unmarked_words_closed_by_a_past_quotative_with_nobody_named_are_said():
    assert spans("Ауылда ҡар яуҙы. Шуныһы сәйер: мәктәп күптән ябыҡ, тинеләр. Ә.") == \
        [("мәктәп күптән ябыҡ", None, "direct")]
    assert spans("Ауылда ҡар яуҙы. Бесән сапҡан ерҙәремде күрһәтермен, ти ине. Ә.") == \
        [("Бесән сапҡан ерҙәремде күрһәтермен", None, "direct")]
    # the present ``ти`` alone is the hearsay particle of a tale; ``тигән`` before a noun is attributive
    assert spans("Ауылда ҡар яуҙы. Барып ҡараһалар, бал ҡорто хәле бөтөп ята, ти. Ә.") == []
    assert spans("Ауылда ҡар яуҙы. Мәктәп ниңә ябыҡ икән, тигән һорау тыуа. Ә.") == []
    assert spans("Ауылда ҡар яуҙы. Мәктәп ябыҡ, тигән фекерҙә улар. Ә.") == []


def test_a_plural_quotative_never_takes_the_person_the_words_are_about():
    text = "Ауылда ҡар яуҙы. Профессор Иван Петров ялда икән, килгәс, имтихан бирерһең, тинеләр. Ә."
    ((quote, speaker, kind),) = spans(text)
    assert quote.startswith("Профессор Иван Петров ялда икән") and speaker is None and kind == "direct"


def test_a_subject_set_off_inside_its_sentence_and_its_own_act_are_no_part_of_the_words():
    text = "Ауылда ҡар яуҙы. Эшем тураһында әйткәс, ул, уставты үтәргә бурыслыһың, тине. Ә."
    assert spans(text)[0][0] == "уставты үтәргә бурыслыһың"
    text = "Ауылда ҡар яуҙы. Агроном Азат Бараков, ураҡ барышы менән таныштырып, эште тиҙ бөтөрәбеҙ, тине. Ә."
    assert spans(text) == [("эште тиҙ бөтөрәбеҙ", "Азат Бараков", "direct")]
    text = "Ауылда ҡар яуҙы. Иван Петровтың осрашыуында Азат Бараков, театрҙар саманан тыш күп, тигәйне. Ә."
    assert spans(text) == [("театрҙар саманан тыш күп", "Азат Бараков", "direct")]
    text = "Ауылда ҡар яуҙы. Директор Азат Бараков, “Йәшлек” гәзитен бөтә коллектив менән алдырабыҙ, тигәйне. Ә."
    assert spans(text)[0][0] == "“Йәшлек” гәзитен бөтә коллектив менән алдырабыҙ"


def test_tip_and_a_finite_report_verb_close_words_said_with_nobody_named():
    assert spans("Ауылда ҡар яуҙы. Был йорт иҫке, тип аңлаттылар. Ә.") == [("Был йорт иҫке", None, "direct")]
    for verb in ("тип әйткем килә", "тип әйтергә кәрәк", "тип әйтеп булмай", "тип һорағас", "тип әйт"):
        assert spans(f"Ауылда ҡар яуҙы. Был йорт иҫке, {verb}. Ә.") == [], verb
    # words inside a quote closed after them are that quote's
    text = "Ауылда ҡар яуҙы. Башҡаларҙы, ваҡыт аҙ, тип иҫкәртә тор, – тине ҡыҙ. Ә."
    assert [q[0] for q in spans(text)] == ["Башҡаларҙы, ваҡыт аҙ, тип иҫкәртә тор"]


def test_a_name_in_marks_with_a_case_ending_glued_to_its_closer_is_no_quote():
    assert spans('Ауылда ҡар яуҙы. "Хөкүмәт сәғәте"нә министрҙар саҡырылғайны. Ә.') == []
    assert spans('"Киске Өфө"гә изге теләктәремде еткерәм. Ауылда ҡар яуҙы.') == []
    # an inner name's closer is no closer of the words around it
    text = 'Ауылда ҡар яуҙы. Быкин: “Һине “Йәшлек”кә мөхәррир итеп ҡуйыуҙың маҡсаты — гәзитте яҡшыртыу. Ә.'
    assert spans(text)[0][0].startswith("Һине “Йәшлек”кә мөхәррир")


def test_a_closing_mark_whose_opener_was_shuffled_away_ends_no_span():
    assert spans("Ауылда ҡар яуҙы. – Ашыҡмаҫҡа кәрәклеген аңғартабыҙ”. Ә.")[0][0] == "Ашыҡмаҫҡа кәрәклеген аңғартабыҙ"
    text = '— Ошо әйберҙе кесе улыма бирерһең", тине. Ауылда ҡар яуҙы.'
    assert spans(text)[0][0] == "Ошо әйберҙе кесе улыма бирерһең"
    text = "Ауылда ҡар яуҙы. Шағир Азат Бараков: “Йәшлек” — минең өсөн иң ҡәҙерле гәзит!”. Ә."
    assert spans(text) == [("“Йәшлек” — минең өсөн иң ҡәҙерле гәзит!", "Азат Бараков", "direct")]


def test_the_subjects_own_acts_before_an_accusative_report_are_no_part_of_it():
    text = "Ауылда ҡар яуҙы. Иван Петров, ризыҡтарҙың төрлөлөгөн баһалап, аҙыҡ-түлектең аҙлығын билдәләне. Ә."
    assert spans(text) == [("аҙыҡ-түлектең аҙлығын", "Иван Петров", "indirect")]
    text = "Ауылда ҡар яуҙы. Иван Петров газ хаҡында һөйләне, баҙарҙы үҙгәртеү мөһимлеген билдәләне. Ә."
    assert spans(text) == [("баҙарҙы үҙгәртеү мөһимлеген", "Иван Петров", "indirect")]


def test_a_cited_word_and_a_title_named_so_are_no_quotes():
    assert spans("Ауылда ҡар яуҙы. Балалар ата-әсәләренә \"пап\", \"мам\", тип өндәшә. Ә.") == []
    assert spans("Ауылда ҡар яуҙы. Әсә «ярамай» тигән һүҙҙән тыйылып тора. Ә.") == []
    assert spans("Ауылда ҡар яуҙы. Был көндө \"Ҡатыным - алтыным\" тип атайыҡ. Ә.")[:1] != \
        [("Ҡатыным - алтыным", None, "direct")]
    assert spans("Ауылда ҡар яуҙы. Ул \"Башҡортостандың почетлы көтөүсеһе\" таныҡлығына эйә. Ә.") == []
    assert spans("Ауылда ҡар яуҙы. «Уралым!» — тип оран ташланы. Ә.")[0][0] == "Уралым!"


def test_more_markers_and_accusative_endings_of_bashkir_indirect_speech():
    text = "Ауылда ҡар яуҙы. Иван Петров мәктәптең мөһим икәнен билдәләне. Ә."
    assert spans(text) == [("мәктәптең мөһим икәнен", "Иван Петров", "indirect")]
    text = "Ауылда ҡар яуҙы. Иван Петров уйлауынса, быйыл ике мәктәп төҙөләсәк. Ә."
    assert spans(text) == [("быйыл ике мәктәп төҙөләсәк", "Иван Петров", "indirect")]
    text = "Ауылда ҡар яуҙы. Иван Петров яңы мәктәп асылыуы хаҡында һөйләне. Ә."
    assert spans(text) == [("яңы мәктәп асылыуы", "Иван Петров", "indirect")]


def test_titles_listed_in_english_style_marks_are_no_quotes():
    text = "Ауылда ҡар яуҙы. Сарала “Пушкиндың шиғырҙарын яттан һөйләү”, “Пушкин хаҡында шиғыр” номинациялары бар. Ә."
    assert spans(text) == []


def test_a_two_word_cry_in_marks_opening_a_sentence_is_said():
    assert spans("“Сәләм, туған!” Был тауышты һәр саҡ көтөп алам. Ауылда ҡар яуҙы.")[0][0] == "Сәләм, туған!"
    assert spans("Ауылда “Ҡыҙыл таң” колхозы бар. Ә.") == []


def test_words_owned_by_a_genitive_before_tigan_and_a_noun_of_sayings():
    text = "Ауылда ҡар яуҙы. Министр Иван Петровтың, халыҡ аҡсаһын банкыға илтә, тигән фекерен хуплайым. Ә."
    assert spans(text) == [("халыҡ аҡсаһын банкыға илтә", "Иван Петров", "direct")]


def test_a_name_with_a_glued_case_ending_opening_a_pair_is_a_name_and_its_closer_a_stray():
    text = ('Ауылда ҡар яуҙы. "Нәркәс"тең үҙенсәлеге шунда. Уның теле матур, мин уны ятларға тырышам", - ти '
            'Гөлнара. Ә.')
    assert spans(text) == [("Уның теле матур, мин уны ятларға тырышам", "Гөлнара", "direct")]


def test_unmarked_words_of_a_long_sentence_start_at_a_word_and_past_ihe():
    filler = "ауылдағы яңы мәктәптең бинаһын асыу тантанаһында " * 7
    text = f"Ауылда ҡар яуҙы. Иван Петров {filler}сығыш яһап, мәктәп яҡшы, тинеләр. Ә."
    assert all(q[0][:1].isupper() or not q[0][:1].isalpha() for q in spans(text))
    text = "Ауылда ҡар яуҙы. Министр Иван Петров иһә, фермер хужалығына ярҙам күрһәтеләсәк, тип белдерҙе. Ә."
    assert spans(text)[0][0] == "фермер хужалығына ярҙам күрһәтеләсәк"
    text = "Ауылда ҡар яуҙы. Президент Иван Петров тарафынан ҡуйылған мәсьәләләр хәл ителә, тип билдәләне. Ә."
    assert spans(text)[0][1] is None  # the agent of a passive participle is no subject


def test_data_of_a_body_before_yarashly_or_karaganda_is_indirect_speech():
    text = "Финанс министрлығы мәғлүмәттәренә ярашлы, быйыл бюджет килеме ике тапҡырға артҡан."
    assert [(q[0], q[2]) for q in spans(text)] == [("быйыл бюджет килеме ике тапҡырға артҡан", "indirect")]
    text = "Закондың өсөнсө статьяһына ярашлы, ер участкаһы бушлай бирелә."
    assert spans(text) == []


def test_a_marker_whose_agent_names_nobody_keeps_the_quote_without_a_speaker():
    text = "Ауыл халҡының һүҙҙәренә ҡарағанда, уларҙың көнитмеше әллә ни үҙгәрмәгән."
    assert spans(text) == [("уларҙың көнитмеше әллә ни үҙгәрмәгән", None, "indirect")]


def test_a_group_or_a_plural_report_verb_reports_an_accusative_clause_with_no_speaker():
    text = "Сарала ҡатнашыусылар ҡаланың таҙа һәм төҙөк булыуын билдәләне."
    assert spans(text) == [("ҡаланың таҙа һәм төҙөк булыуын", None, "indirect")]
    text = "Ауылда тыуымдың артыуын билдәләйҙәр."
    assert spans(text) == [("Ауылда тыуымдың артыуын", None, "indirect")]
    text = "Ярыштың кимәле йылдан-йыл артыуын билдәләне ҡатнашыусылар."
    assert spans(text) == [("Ярыштың кимәле йылдан-йыл артыуын", None, "indirect")]


def test_an_anniversary_or_a_modal_after_the_report_verb_is_no_report():
    assert spans("Ауыл халҡы мәктәптең 70 йыллығын билдәләне.") == []
    assert spans("Урындағы властар хаҡтың кәм булмағанын билдәләй ала.") == []


def test_tip_with_no_comma_before_a_plural_saying_verb_is_said_by_nobody_in_particular():
    text = "Былтыр бында ҙур урман янғыны булған тип әйтәләр."
    assert spans(text) == [("Былтыр бында ҙур урман янғыны булған", None, "indirect")]


def test_an_accusative_report_joined_to_a_direct_quotes_author_words_has_its_speaker():
    text = "«Эш еңел түгел», – тине Иван Петров һәм юлдарҙы тиҙ арала төҙөкләндереү кәрәклеген билдәләне."
    assert spans(text) == [("Эш еңел түгел", "Иван Петров", "direct"),
                           ("юлдарҙы тиҙ арала төҙөкләндереү кәрәклеген", "Иван Петров", "indirect")]


def test_the_verbal_noun_of_a_plural_subject_after_any_stem_vowel_ends_the_reported_clause():
    text = "Иван Петров ауылда йәштәрҙең ҡалыуҙары тураһында әйтте."
    assert spans(text) == [("ауылда йәштәрҙең ҡалыуҙары", "Иван Петров", "indirect")]


def test_the_writers_own_tip_eyter_inem_and_a_wish_to_say_report_nobody():
    for verb in ("тип әйтер инем", "тип әйтке килә", "тип әйткеһе килә"):
        assert spans(f"Ауылда ҡар яуҙы. Был эш уңышлы башҡарылған, {verb}.") == []
    assert spans("Ауылда ҡар яуҙы. Был эш уңышлы башҡарылған, ти халыҡ.") != []
    assert spans("Ауылда ҡар яуҙы. Эш уңышлы булды, тиҙәр, тулыһынса килешәм.") != []


def test_the_comma_inside_the_marks_before_the_author_words_is_the_authors():
    text = "Ауылда ҡар яуҙы. “Эште быйыл бөтөрәбеҙ, тип уйлайым,” – тип белдерҙе Иван Петров."
    assert spans(text) == [("Эште быйыл бөтөрәбеҙ, тип уйлайым", "Иван Петров", "direct")]


def test_a_ministry_department_and_a_company_board():
    from bisumm.entities.titles import is_official_title
    assert is_official_title("Мәғариф министрлығының мәктәпкәсә белем биреү бүлеге етәксеһе")
    assert not is_official_title("Совет директоры урынбаҫары")


def test_a_deputys_aide_holds_no_office():
    from bisumm.entities.titles import is_official_title
    assert not is_official_title("депутат ярҙамсыһы") and is_official_title("Дәүләт Йыйылышы депутаты")


def test_third_person_narration_after_a_dash_inside_a_paragraph_is_no_turn():
    text = "– Ниңә килдегеҙ? – Ҡарт ишекте асып, тышҡа сығып китте. – Беҙ һеҙгә ярҙам итергә килдек!"
    found = [t for t, _, _ in spans(text)]
    assert "Ҡарт ишекте асып, тышҡа сығып китте" not in found
    assert "Беҙ һеҙгә ярҙам итергә килдек!" in found


def test_an_object_between_the_report_verb_and_its_subject_is_no_part_of_the_role():
    text = "Ауылда ҡар яуҙы. – Яңы нигеҙ ҡорҙоҡ, – тип башланы һүҙен йорт хужаһы."
    assert spans(text) == [("Яңы нигеҙ ҡорҙоҡ", "йорт хужаһы", "direct")]
    text = "Ауылда ҡар яуҙы. – Минең бәләкәй чемпиондарым, – тип маҡтай уларҙы тәрбиәселәре."
    assert spans(text) == [("Минең бәләкәй чемпиондарым", "тәрбиәселәре", "direct")]
