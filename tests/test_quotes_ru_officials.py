"""Russian officials' titles and speakers on real-news phrasing (issue 14, round 6): sentences written for
each rule."""

from bisumm import quotes
from bisumm.entities.titles import is_official_title


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes(text, lang="ru")]


def test_heads_of_research_and_learning_bodies_hold_no_office():
    assert not is_official_title("президент Американского института нефти")
    assert not is_official_title("Президент Украинского аналитического центра")
    assert not is_official_title("руководитель направления Центра изучения современной Турции")
    assert not is_official_title("директор Центра транспортных систем Российского университета транспорта")


def test_an_institution_of_a_state_body_is_the_states():
    assert is_official_title("начальник Центра управления в кризисных ситуациях ГУ МЧС по Башкирии")
    assert is_official_title("директор департамента Минздрава")


def test_each_post_of_a_title_on_its_own():
    assert is_official_title("министр интеграции беженцев, член партии")
    assert not is_official_title("руководитель института РАН, член научного совета, академик РАН")


def test_an_analyst_is_the_head_of_a_centre_named_before():
    text = ("Президент Украинского аналитического центра Александр Охрименко дал интервью. "
            "«Вся эта борьба связана с выборами», — пояснил эксперт.")
    q = quotes(text, lang="ru")[-1]
    assert (q.speaker, q.official) == ("Александр Охрименко", False)


def test_a_message_is_no_ambassador():
    from bisumm.entities.titles import is_title_word
    assert is_title_word("посла") and is_title_word("послы")
    assert not any(is_title_word(w) for w in ("послания", "последний", "послушный", "пословица"))


def test_a_state_abbreviation_in_a_title_is_read_as_written():
    assert is_official_title("официальный представитель петербургского СК")
    assert not is_official_title("официальный представитель компании")


def test_a_congressman_from_a_state():
    text = ("Президент Дональд Трамп выступил в Огайо. Конгрессмен от Огайо Тим Райан заявил, что жители штата "
            "редко обсуждают Россию. «И если мы не будем говорить об их интересах, мы проиграем», — заявил "
            "конгрессмен.")
    assert [(q.speaker, q.title, q.official) for q in quotes(text, lang="ru")] == [
        ("Тим Райан", "Конгрессмен от Огайо", True), ("Тим Райан", "Конгрессмен от Огайо", True)]


def test_a_title_runs_through_a_quoted_name_to_its_holder():
    text = ("Спецпосланник ООН по Сирии Стаффан де Мистура отметил пользу переговоров. Об этом заявил американский "
            "спецпредставитель в коалиции по борьбе с «Исламским государством» Бретт Макгерк. «Мы констатируем "
            "деэскалацию», — приводит его слова РИА Новости.")
    assert [(q.speaker, q.official) for q in quotes(text, lang="ru")][-1] == ("Бретт Макгерк", True)


def test_a_preposition_before_a_name_that_is_no_title():
    text = ("Глава МИД Турции Мевлют Чавушоглу провел встречу. «Вопрос решен», — сказал министр с Сергеем Лавровым "
            "рядом.")
    assert quotes(text, lang="ru")[-1].speaker != "Сергей Лавров"
    assert not is_official_title("штаб от 3 ноября") and is_official_title("глава Еврогруппы")
    assert is_official_title("Спецпосланник ООН по Сирии")


def test_a_name_with_a_hyphened_or_capitalised_particle():
    text = ("После атаки президент Египта Абдель Фаттах ас-Сиси созвал совещание. «Только за три месяца уничтожено "
            "триста машин», — сказал ас-Сиси.")
    assert _speakers(text) == ["Абдель Фаттах ас-Сиси"]
    text = "Так, министр иностранных дел Франции Жан-Ив Ле Дриан заявил, что Россия виновна."
    assert _speakers(text) == ["Жан-Ив Ле Дриан"]


def test_an_air_force_commander_is_an_official():
    text = ("Об этом сообщил командующий ВВС Ливии генерал Сакар аль-Джаруши. Он также отметил, что самолёты "
            "вернулись.")
    assert [(q.speaker, q.official) for q in quotes(text, lang="ru")] == [("Сакар аль-Джаруши", True)]


def test_a_bare_surname_left_in_a_case_form_is_the_person_named_before():
    text = ("Решение принял судья Владислав Девятко после того, как адвокат Януковича Виталий Сердюк задал вопрос. "
            "«Почему не было постановлений?» — цитирует РИА Новости Сердюка.")
    assert _speakers(text) == ["Виталий Сердюк"]
    text = ("Архив передал актёр Алексей Баталов. «Мы отдали архив», — рассказала Баталова.")
    assert _speakers(text) != ["Алексей Баталов"]  # a woman's surname, not his genitive


def test_an_adjectival_surname_in_the_genitive():
    from bisumm.lang.ru_name_cases import name_nominative
    assert name_nominative(["Александра", "Грибовского"], context="по словам ")[0] == "Александр Грибовский"
    assert name_nominative(["Галины", "Вишневской"], context="по словам ")[0] == "Галина Вишневская"


def test_a_surname_a_village_name_reads():
    text = ("Глава избиркома Валентин Горбунов рассказал о концертах. По словам генерального директора продюсерского "
            "центра Black Star Павла Курьянова, в концертах будут участвовать артисты лейбла.")
    q = quotes(text, lang="ru")[-1]
    assert (q.speaker, q.official) == ("Павел Курьянов", False)


def test_a_compound_preposition_ends_a_title():
    text = ("Председатель комитета Совфеда Андрей Кутепов убежден, что цены вырастут. «Граждане будут лишены "
            "возможности», — цитирует газета письмо сенатора в адрес главы Минпромторга Дениса Мантурова.")
    assert _speakers(text)[-1] == "Андрей Кутепов"


def test_leaders_of_a_championship_are_no_office():
    assert not is_official_title("наставник лидеров чемпионата России")
    assert is_official_title("лидер Ирана")


def test_a_title_through_a_set_phrase_and_a_party_abbreviation():
    text = ("«Надеюсь, болельщики будут на уровне», — приводит «Чемпионат» слова главы департамента по связям с "
            "общественностью «Спартака» Леонида Трахтенберга.")
    assert [(q.speaker, q.official) for q in quotes(text, lang="ru")] == [("Леонид Трахтенберг", False)]
    text = "«Мы должны думать о новой команде», — заявил депутат немецкого парламента от ХДС Клаус-Петер Вилльш."
    assert [(q.speaker, q.official) for q in quotes(text, lang="ru")] == [("Клаус-Петер Вилльш", True)]


def test_a_department_of_a_named_company_is_no_state_body():
    assert not is_official_title("директор департамента рынка капиталов ИК «Универ Капитал»")
    assert is_official_title("депутат от «Единой России»") and is_official_title("председатель комитета Госдумы")


def test_a_photo_credit_names_nobody_of_the_story():
    text = ("Об этом заявил сенатор Джон Маккейн.\n © Brian Snyder \nГлава Пентагона прибыл на Украину. "
            "«Я поддерживаю усилия госсекретаря», — отметил он.")
    assert _speakers(text)[-1] != "Brian Snyder"


def test_a_pronoun_after_a_role_that_names_a_person():
    text = ("Служба безопасности Украины завела дело на блогера Анатолия Шария по заявлению депутата Алексея "
            "Гончаренко. Ответ не заставил себя ждать. В своем обращении блогер сыронизировал, что дело серьезное. "
            "При этом он заметил, что взял карту с сайта министерства.")
    assert _speakers(text)[-1] == "Анатолий Шарий"


def test_a_role_in_another_case_is_the_same_kind_of_title():
    from bisumm.entities.titles import title_class
    assert title_class("судьи") == title_class("судья")
    text = ("Решение принял судья Владислав Девятко. «Вы испугались допроса», — приводит Интерфакс-Украина слова "
            "судьи.")
    assert [(q.speaker, q.official) for q in quotes(text, lang="ru")] == [("Владислав Девятко", True)]


def test_a_head_of_an_abbreviated_federation_is_no_official():
    assert not is_official_title("Президент СБР") and not is_official_title("президент РФС")
    assert is_official_title("президент США") and is_official_title("глава МИД") and is_official_title("глава ДНР")


def test_a_board_of_a_named_company_is_no_state_body():
    assert not is_official_title("председатель административного совета компании «Молдова-газ»")
    assert is_official_title("председатель Совета Федерации")


def test_a_role_opened_by_a_plural_adjective_is_a_group():
    text = ("Президент Египта Абдель Фаттах ас-Сиси выступил с речью. Как сообщили официальные СМИ, суд приговорил "
            "десять человек.")
    assert [(q.speaker, q.official) for q in quotes(text, lang="ru")][-1] != ("Абдель Фаттах ас-Сиси", True)


def test_a_document_of_an_abbreviated_body_is_that_body_speaking():
    text = ("Следственный комитет (СК) провел проверку. «Никаких доказательств не получено», — говорится в "
            "заявлении СК.")
    assert [(q.speaker, q.official) for q in quotes(text, lang="ru")][-1] == ("Следственный комитет", True)
    assert _speakers("«Задержаны все члены ячейки», — сообщается в релизе ФСБ.") == ["ФСБ"]


def test_a_surname_the_dictionary_reads_as_an_adverb():
    text = "«Мы готовы», — заявил заместитель председателя правительства России Виталий Мутко."
    assert [(q.speaker, q.official) for q in quotes(text, lang="ru")] == [("Виталий Мутко", True)]


def test_a_prosecutor_general_by_either_name():
    from bisumm.entities.titles import title_class
    assert title_class("генпрокурор") == title_class("генеральный прокурор") == "prosecutor"


def test_a_latin_medium_before_the_person_who_speaks():
    text = "«Это вызов», — заявил в интервью The Washington Post экономист Карл Танненбаум."
    assert _speakers(text) == ["Карл Танненбаум"]


def test_an_abbreviation_spelled_out_before_makes_the_title_official():
    text = ("Документы передал Российский государственный архив литературы и искусства (РГАЛИ). "
            "«Архив огромен», — сказала директор РГАЛИ Татьяна Горяева.")
    q = quotes(text, lang="ru")[-1]
    assert (q.speaker, q.official) == ("Татьяна Горяева", True)


def test_the_head_of_a_russian_region_holds_office():
    assert is_official_title("глава Чечни") and is_official_title("глава Крыма")
    assert not is_official_title("глава крымской делегации")


def test_paralympic_and_voters_committees_are_no_state_bodies():
    assert not is_official_title("вице-президент Паралимпийского комитета России")
    assert not is_official_title("председатель Комитета избирателей Украины")


def test_an_officers_rank_makes_an_official_unless_retired():
    from bisumm.entities.titles import is_official_title
    assert is_official_title("командующий силами коалиции генерал-лейтенант")
    assert is_official_title("официальный представитель командования подполковник")
    assert not is_official_title("военный эксперт, полковник в отставке")
    assert not is_official_title("полковник запаса")
    assert not is_official_title("генеральный директор ООО «Ромашка»")


def test_one_parliamentarian_is_an_official_a_group_of_them_is_no_state_body():
    from bisumm.entities.titles import is_official_title
    assert is_official_title("британский парламентарий")
    assert not is_official_title("парламентарии")
    assert is_official_title("председатель комитета парламента")
    text = "Консерватор Джеймс Грей заявил, что это опасно. «Мы не выполним свой долг», — сказал парламентарий."
    assert [(q.speaker, q.official) for q in quotes(text, lang="ru")][-1] == ("Джеймс Грей", True)


def test_the_council_of_a_society_is_no_state_body():
    from bisumm.entities.titles import is_official_title
    assert not is_official_title("председатель совета Общества защиты прав пациентов")
    assert is_official_title("председатель Совета Федерации")


def test_a_unit_or_board_of_a_private_body_holds_no_office():
    assert not is_official_title("председатель экспертного совета Ассоциации садоводов")
    assert not is_official_title("зампред правления «Нефтегаза»")
    assert is_official_title("председатель комитета Госдумы по делам общественных объединений")


def test_a_state_of_a_federation_and_a_federal_agency_are_the_states():
    assert is_official_title("представитель штата Огайо")
    assert is_official_title("заместитель руководителя аппарата секретаря штата")
    assert is_official_title("глава Федерального агентства лесного хозяйства")
    assert not is_official_title("штатный психолог клиники")


def test_central_bodies_groupings_and_press_offices_of_the_state():
    assert is_official_title("глава Центризбиркома России")
    assert is_official_title("официальный представитель Центрального командования США")
    assert is_official_title("командующий группировкой войск")
    assert is_official_title("начальник отдела по связям с общественностью МВД")
    assert is_official_title("глава европейской дипломатии") and is_official_title("шериф округа")
    assert not is_official_title("директор Центра политических технологий")


def test_an_aide_or_press_office_of_an_official_is_official():
    text = ("Министр транспорта Иван Сидоров провёл совещание. «Работы идут по плану», — сообщил советник "
            "Сидорова Пётр Ковалёв. «Сроки не сдвинутся», — сообщила пресс-служба губернатора.")
    assert [(q.speaker, q.official) for q in quotes(text, lang="ru")] == \
        [("Пётр Ковалёв", True), ("пресс-служба губернатора", True)]
    text = "Директор завода Иван Сидоров провёл совещание. «Работы идут», — сообщил советник Сидорова Пётр Ковалёв."
    assert [q.official for q in quotes(text, lang="ru")] == [False]


def test_a_member_of_a_state_body_is_official_a_membership_is_no_title():
    assert is_official_title("член комитета Госдумы по обороне") and is_official_title("член Совета Федерации")
    assert not is_official_title("член совета директоров банка") and not is_official_title("член партии")
    text = "Член Совета Федерации Иван Петров оценил встречу. «Это провал», — написал он."
    assert [(q.speaker, q.official) for q in quotes(text, lang="ru")] == [("Иван Петров", True)]


def test_a_members_aide_and_a_sports_body_hold_no_office():
    assert not is_official_title("помощник депутата Госдумы") and not is_official_title("помощник сенатора")
    assert is_official_title("помощник президента") and is_official_title("советник министра")
    assert not is_official_title("президент Федерации хоккея России")
    assert not is_official_title("президент Всемирного боксёрского совета")
    assert is_official_title("министр спорта") and is_official_title("представитель депутатской фракции Госдумы")


def test_a_member_is_official_only_of_a_body_named_as_the_states():
    assert not is_official_title("член научного совета Российского совета по международным делам")
    assert not is_official_title("член сборной США") and is_official_title("член палаты представителей США")


def test_a_cabinet_and_a_prosecutor_general_speak_as_state_bodies():
    for text in ("Кабмин полагает, что налоги вырастут на треть.",
                 "Как сообщила Генпрокуратура, проверка продлится месяц.",
                 "«Новых случаев нет», — говорится в сообщении оперштаба."):
        q = quotes(text, lang="ru")[-1]
        assert q.official, text
