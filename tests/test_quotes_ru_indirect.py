"""Russian indirect speech (issue 14): one short sentence per rule, written for the test."""

from bisumm import quotes


def _indirect(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes(text, lang="ru") if q.kind == "indirect"]


def test_verb_then_words_then_chto():
    assert _indirect("Лукашенко выразил мнение, что партнеры США не будут выдвигать обвинений.") == [
        ("партнеры США не будут выдвигать обвинений", "Лукашенко")]


def test_verb_then_medium_then_chto():
    text = "Директор СВР Сергей Нарышкин заявил РИА «Новости», что в ведомстве придерживаются иной версии."
    assert _indirect(text) == [("в ведомстве придерживаются иной версии", "Сергей Нарышкин")]


def test_po_dannym_names_the_body():
    found = _indirect("По данным Минобороны России, удары нанесены по складам.")
    assert [t for t, _ in found] == ["удары нанесены по складам"]


def test_comma_then_verb_without_dash():
    found = _indirect("Пожар на складе удалось потушить за час, сообщил глава МЧС Иван Петров.")
    assert found == [("Пожар на складе удалось потушить за час", "Иван Петров")]


def test_ob_etom_after_the_reported_sentence():
    found = _indirect("Ремонт школы закончат к маю. Об этом сообщил мэр города Иван Петров.")
    assert found == [("Ремонт школы закончат к маю", "Иван Петров")]


def test_impersonal_report_has_no_speaker():
    assert _indirect("Ранее сообщалось, что завод закроют на ремонт.") == [("завод закроют на ремонт", None)]


def test_medium_named_by_a_latin_word():
    found = _indirect("Спрос на чипы вырос вдвое за год, сообщает Bloomberg.")
    assert found == [("Спрос на чипы вырос вдвое за год", "Bloomberg")]


def test_sentence_opener_is_no_speaker():
    found = quotes("Однако кое-кто из менеджмента надеется, что команда вернется в следующем сезоне.", lang="ru")
    assert all(q.speaker != "Однако" for q in found)


def test_not_a_closing_verb():
    text = "Адвокат Павел Астахов, представляющий вдову актера, заявил о новых эпизодах мошенничества."
    assert _indirect(text) == []


def test_lone_surname_before_the_verb():
    found = _indirect("Вильфанд подчеркнул, что сейчас уже стоит поменять летнюю резину.")
    assert found == [("сейчас уже стоит поменять летнюю резину", "Вильфанд")]


def test_role_in_po_slovam_names_the_person_before():
    text = "Синоптик Роман Вильфанд дал прогноз. По словам синоптика, снежный покров до декабря не сформируется."
    assert _indirect(text) == [("снежный покров до декабря не сформируется", "Роман Вильфанд")]


def test_clause_opening_with_a_quoted_fragment():
    text = "Президент Владимир Зеленский считает, что «старые элиты и олигархи» устроили заговор против страны."
    assert _indirect(text) == [("«старые элиты и олигархи» устроили заговор против страны", "Владимир Зеленский")]


def test_findings_and_reminders_are_reported():
    text = ("Женщины реже болеют после родов, выяснили ученые из Калифорнийского университета. "
            "Министр Иван Петров напомнил, что ремонт дорог закончат к маю.")
    assert [(q.kind, q.text) for q in quotes(text, lang="ru")] == [
        ("indirect", "Женщины реже болеют после родов"), ("indirect", "ремонт дорог закончат к маю")]


def test_a_body_named_by_its_noun_phrase():
    text = "Федеральная полиция Германии сообщает, что подозреваемому 24 года. Пробы Б, подтвердившей факт, нет."
    assert [(q.text, q.speaker) for q in quotes(text, lang="ru")] == [
        ("подозреваемому 24 года", "Федеральная полиция Германии")]


def test_body_phrase_wins_over_its_abbreviation():
    text = "Бюджет исполнен не полностью. Об этом сообщила Счетная палата РФ."
    assert [(q.speaker, q.official) for q in quotes(text, lang="ru")] == [("Счетная палата РФ", True)]


def test_comma_after_a_participle_phrase_or_a_reported_report_is_no_quote():
    text = ("Председатель комиссии Олег Хацаев, присутствовавший на коллегии палаты, согласился с выводами. "
            "Адвокат Павел Астахов заявил о новых эпизодах мошенничества в деле артистки, передает ТАСС.")
    assert quotes(text, lang="ru") == []


def test_abbreviation_names_the_body_spelled_out_before():
    text = ("Эксперты Московской торгово-промышленной палаты (МТПП) подготовили памятку. "
            "МТПП также напоминает, что работодателям нельзя выяснять предпочтения сотрудников.")
    assert [(q.speaker, q.official) for q in quotes(text, lang="ru")] == [
        ("Московская торгово-промышленная палата", False)]


def test_body_speaking_through_its_document():
    found = quotes("В заявлении правоохранительных органов Германии отмечается, что подозреваемый вооружён.", lang="ru")
    assert [(q.speaker, q.official) for q in found] == [("правоохранительные органы Германии", True)]
    assert [q.speaker for q in quotes("В сообщении отмечается, что пожар потушен полностью.", lang="ru")] == [None]


def test_body_whose_data_is_reported_in_the_genitive():
    found = quotes("Согласно информации спецслужб, в 2012 году подозреваемый прибыл в Италию.", lang="ru")
    assert [(q.text, q.speaker) for q in found] == [("в 2012 году подозреваемый прибыл в Италию", "спецслужбы")]
    found = quotes("По данным прокуратуры, оказавшимся в распоряжении СМИ, группа планировала теракты.", lang="ru")
    assert [(q.text, q.speaker) for q in found] == [("группа планировала теракты", "прокуратура")]


def test_addressee_between_the_verb_and_chto():
    found = quotes("Подросток рассказал следователям, что мать впала в ступор.", lang="ru")
    assert [q.text for q in found] == ["мать впала в ступор"]


def test_body_the_words_come_from():
    found = quotes("В Кремле заявили, что переговоры продолжатся на следующей неделе.", lang="ru")
    assert [(q.text, q.speaker, q.official) for q in found] == [
        ("переговоры продолжатся на следующей неделе", "Кремль", True)]
    assert quotes("В Украине заявили, что проверка продлится месяц.", lang="ru") == []


def test_reported_clause_stops_before_the_medium():
    found = quotes("Министр Иван Петров заявил, что цены вырастут, передает «Пятый канал».", lang="ru")
    assert [(q.text, q.speaker) for q in found] == [("цены вырастут", "Иван Петров")]


def test_medium_named_in_marks_as_the_subject():
    found = quotes("«Коммерсантъ» отмечает, что отправка войск вызовет противоречивую реакцию.", lang="ru")
    assert [(q.text, q.speaker) for q in found] == [("отправка войск вызовет противоречивую реакцию", "Коммерсантъ")]


def test_po_slovam_as_a_parenthesis_inside_the_sentence():
    text = "Премьер Армении Никол Пашинян, по словам Ильхама Алиева, должен вывести войска из районов."
    assert [(q.text, q.speaker) for q in quotes(text, lang="ru")] == [
        ("должен вывести войска из районов", "Ильхам Алиев")]


def test_reported_clause_stops_at_a_colon_opening_the_words():
    text = "Том Чилтон написал в своем Twitter, что результаты оказались плохими: «Мы заняли места в конце»."
    assert [(q.text, q.speaker) for q in quotes(text, lang="ru")] == [
        ("результаты оказались плохими", "Том Чилтон"), ("Мы заняли места в конце", "Том Чилтон")]


def test_second_report_of_the_same_subject():
    text = "Анфиса Резцова объяснила, что мешает спортсменкам, заявила, что лидер сборной должен тренироваться со всеми."
    assert [(q.text, q.speaker) for q in quotes(text, lang="ru")] == [
        ("мешает спортсменкам", "Анфиса Резцова"), ("лидер сборной должен тренироваться со всеми", "Анфиса Резцова")]


def test_unnamed_sources_a_medium_refers_to():
    text = "Производители не успевают за спросом, сообщает Bloomberg со ссылкой на источники, знакомые с ситуацией."
    assert [(q.speaker, q.official) for q in quotes(text, lang="ru")] == [("источники", False)]


def test_source_named_before_the_body_it_belongs_to():
    text = "Россия перебросила на авиабазу четыре самолета, пишет «Известия» со ссылкой на источник в органах управления."
    assert [(q.speaker, q.official) for q in quotes(text, lang="ru")] == [("источник", False)]


def test_a_unit_abbreviation_or_a_dotted_name_ends_no_sentence():
    text = "По словам Ивана Петрова, в операции примут участие около 30 тыс. бойцов и 100 тыс. кв. км земли."
    assert [q.text for q in quotes(text, lang="ru")] == [
        "в операции примут участие около 30 тыс. бойцов и 100 тыс. кв. км земли"]
    text = "Иван Петров в интервью Gordon.ua признался, что реформа затянется."
    assert [(q.text, q.speaker) for q in quotes(text, lang="ru")] == [("реформа затянется", "Иван Петров")]


def test_a_converb_or_the_writers_aside_after_a_comma_closes_no_report():
    assert quotes("Иван Петров выиграл заезд четвёрок, напомнив всем о себе.", lang="ru") == []
    assert quotes("Многие называют город столицей, отмечая его историю.", lang="ru") == []
    assert quotes("О программе по этому поводу, как то было, скажем, с юбилеем поэта, не слышно.", lang="ru") == []
    assert [q.text for q in quotes("Пожар на складе потушен, сообщили в МЧС.", lang="ru")] == ["Пожар на складе потушен"]


def test_an_opinion_verb_closing_the_sentence_reports_it():
    text = "Иван Петров выступил в Думе. За вмешательством стоит другая партия, уверен Петров."
    assert [(q.text, q.speaker) for q in quotes(text, lang="ru")] == [
        ("За вмешательством стоит другая партия", "Иван Петров")]
    assert quotes("Проблема, считает эксперт Иван Петров, в том, что денег нет.", lang="ru") == []
    assert quotes("Сам Петров прошёл во второй тур выборов, уверенно опережая соперника.", lang="ru") == []


def test_ob_etom_after_a_sentence_ending_in_a_name_in_marks():
    text = "Компания подала заявку на снижение цены по «Ямальскому контракту». Об этом сообщил Иван Петров."
    assert [(q.text, q.speaker) for q in quotes(text, lang="ru")] == [
        ("Компания подала заявку на снижение цены по «Ямальскому контракту»", "Иван Петров")]
    assert [q.kind for q in quotes("«Мы всё сделаем в срок». Об этом сказал Иван Петров.", lang="ru")] == ["direct"]


def test_a_participle_phrase_ending_a_clause_before_a_comma_cue():
    text = "В сенате готовят запрет на покупку технологий, представляющих угрозу для страны, пишет Defense News."
    assert [q.text for q in quotes(text, lang="ru")] == [
        "В сенате готовят запрет на покупку технологий, представляющих угрозу для страны"]
    assert quotes("Хацаев, присутствовавший на коллегии, согласился с министром.", lang="ru") == []


def test_an_adverb_between_the_verb_and_chto():
    text = "Министр Иван Петров заявил недавно о том, что страна может начать удары."
    assert [(q.text, q.speaker) for q in quotes(text, lang="ru")] == [("страна может начать удары", "Иван Петров")]


def test_a_medium_named_in_marks_closes_a_reported_sentence():
    assert [(q.text, q.speaker) for q in quotes("Новые правила вступили в силу, сообщает «Интерфакс».", lang="ru")] == [
        ("Новые правила вступили в силу", "Интерфакс")]


def test_a_report_in_a_parenthesis_inside_the_sentence():
    text = "Такой подход, считает сенатор Иван Петров, вызвал рост ракетного арсенала."
    assert [(q.text, q.speaker) for q in quotes(text, lang="ru")] == [
        ("Такой подход, считает сенатор Иван Петров, вызвал рост ракетного арсенала", "Иван Петров")]
    text = "При этом, добавил Иван Петров, глава города под санкции не попал."
    assert [q.text for q in quotes(text, lang="ru")] == ["глава города под санкции не попал"]
    text = "Всего пострадали три человека, сообщили в МЧС, не уточнив, кто именно."
    assert [q.text for q in quotes(text, lang="ru")] == ["Всего пострадали три человека"]
    text = "Эти результаты неожиданны, отмечает иммунолог Анна Петрова, автор исследования — она ждала иного."
    assert [q.text for q in quotes(text, lang="ru")] == ["Эти результаты неожиданны"]


def test_a_body_named_by_a_common_noun_after_v_speaks():
    text = "В командовании американским флотом заявили, что инцидент будет расследован."
    assert [(q.text, q.speaker) for q in quotes(text, lang="ru")] == [
        ("инцидент будет расследован", "командование американским флотом")]
    text = "Во Всемирной организации здравоохранения заявили, что прогноз пока невозможен."
    assert [q.speaker for q in quotes(text, lang="ru")] == ["Всемирная организация здравоохранения"]
    text = "Роды могут быть тяжелее, отметили в Центре по контролю заболеваний США."
    assert [q.speaker for q in quotes(text, lang="ru")] == ["Центр по контролю заболеваний США"]
    text = "Вирус изучили. В компании заявили, что доказательств нет."
    assert [q.text for q in quotes(text, lang="ru")] == ["доказательств нет"]


def test_an_infinitive_after_no_finite_verb_reports_nothing():
    assert quotes("Обыгрывая коллаж, можно сказать, что во главе ведомства стала женщина.", lang="ru") == []
    assert quotes("Спортсменам останется подтвердить, что вся информация не изменилась.", lang="ru") == []
    text = "Министр Иван Петров поспешил заявить, что во главе ведомства стала женщина."
    assert [q.speaker for q in quotes(text, lang="ru")] == ["Иван Петров"]


def test_a_participle_after_the_speaker_is_the_subject_unless_it_agrees_with_the_speaker():
    text = "По словам очевидцев, протестующие забросали полицию камнями."
    assert [q.text for q in quotes(text, lang="ru")] == ["протестующие забросали полицию камнями"]
    text = "Как заявил министр Иван Петров, соответствующее решение будет рассмотрено."
    assert [q.text for q in quotes(text, lang="ru")] == ["соответствующее решение будет рассмотрено"]
    text = "По данным прокуратуры, оказавшимся в распоряжении СМИ, дело закрыто."
    assert [q.text for q in quotes(text, lang="ru")] == ["дело закрыто"]
    text = "По данным портала Elections Project, созданного профессором, голосовали 64 млн человек."
    assert [q.text for q in quotes(text, lang="ru")] == ["голосовали 64 млн человек"]


def test_gerund_phrase_medium_tail_and_relative_clause():
    text = "Как отметил премьер Иван Петров, открывая заседание правительства, реформа идёт с отставанием."
    assert [q.text for q in quotes(text, lang="ru")] == ["реформа идёт с отставанием"]
    text = "Вице-премьер Иван Петров объявил, что не собирается извиняться, сообщает болгарский телеканал bTV."
    assert [q.text for q in quotes(text, lang="ru")] == ["не собирается извиняться"]
    text = "После выборов Иван Петров, согласно Конституции, объявит имя премьера, у которого будет вся власть."
    assert quotes(text, lang="ru") == []
    text = "У нас падение, полагает представитель «ЛУКОЙЛа» Иван Петров, будет меньше."
    assert [q.text for q in quotes(text, lang="ru")] == ["У нас падение, полагает представитель «ЛУКОЙЛа» Иван Петров, будет меньше"]


def test_a_parenthesis_right_after_chto_and_the_writers_own_chto():
    text = "Президент Иван Петров обратил внимание, что, в соответствии с резолюциями ООН, нужен вывод войск."
    assert [q.text for q in quotes(text, lang="ru")] == ["в соответствии с резолюциями ООН, нужен вывод войск"]
    assert quotes("Заметим, что, по сути, президент продолжает дело предшественника.", lang="ru") == []


def test_ne_isklyuchil_chto_is_a_report_and_ends_the_one_before():
    text = "Глава федерации Иван Петров подтвердил, что медаль придётся вернуть, однако не исключил, что её вернут обратно."
    assert [q.text for q in quotes(text, lang="ru")] == ["медаль придётся вернуть", "её вернут обратно"]


def test_an_infinitive_or_a_question_after_the_comma_and_a_dot_before_a_comma():
    assert quotes("Сейчас, когда из культуры делают сферу услуг, вспомнить поп-арт полезно.", lang="ru") == []
    assert quotes("В суде, правда, спросили доктора наук Ивана Соловьева, почему студенты не сдали зачёт.",
                  lang="ru") == []
    text = "Средний размер взятки составляет 1,35 тыс., что в пять раз больше зарплаты, сообщил Иван Петров."
    assert [q.text for q in quotes(text, lang="ru")] == [
        "Средний размер взятки составляет 1,35 тыс., что в пять раз больше зарплаты"]


def test_an_object_right_after_the_cue_makes_it_the_main_predicate():
    text = "Организаторы конференции, которая пройдет 16 февраля, подтвердили подготовку встречи министров."
    assert quotes(text, lang="ru") == []
    text = "Власти подключили ресурсы фонда, чтобы помочь бизнесу, объяснил Иван Мантуров."
    assert [q.text for q in quotes(text, lang="ru")] == ["Власти подключили ресурсы фонда, чтобы помочь бизнесу"]


def test_the_name_in_an_apposition_after_po_slovam_speaks():
    text = ("Министр Сергей Лавров выступил. По словам экс-министра экономического развития, "
            "зампреда Внешэкономбанка Андрея Клепача, доля банков велика.")
    assert [q.speaker for q in quotes(text, lang="ru")] == ["Андрей Клепач"]
