"""Russian direct-quote spans and non-quotes: dashes, dialogue author words, interview questions."""

from bisumm import quotes


def test_marks_after_a_clause_dash_are_no_quote():
    assert quotes("Закон вступит в силу летом. Один из его пунктов – «делегирование части полномочий союзам».",
                  lang="ru") == []
    assert quotes("Опрос провели в мае. Важным праздник назвали 40%, а 13% — «скорее не важно».", lang="ru") == []
    text = "Иван Петров ответил журналистам: «Мы всё сделаем в срок и без новых денег»."
    assert [q.text for q in quotes(text, lang="ru")] == ["Мы всё сделаем в срок и без новых денег"]


def test_dialogue_author_words_without_a_reporting_verb():
    text = "Старик подошёл к столу.\n– Кому невеста, а кому шиш из теста, – тут же отозвался рифмоплет. – Заказывать будете?\n"
    assert [q.text for q in quotes(text, lang="ru")] == ["Кому невеста, а кому шиш из теста", "Заказывать будете?"]
    text = "Министр был доволен. «Китайцы сделали правильный вывод, — похвалил их Иван Петров. — Нужно учиться у них»."
    assert [(q.text, q.speaker) for q in quotes(text, lang="ru")] == [
        ("Китайцы сделали правильный вывод", "Иван Петров"), ("Нужно учиться у них", "Иван Петров")]


def test_a_dash_inside_speech_is_no_author_words():
    text = "«Никто не вспомнит, как прошла встреча, — запомнят только, будем ли мы первыми», — заметил Иван Петров."
    assert [q.text for q in quotes(text, lang="ru")] == [
        "Никто не вспомнит, как прошла встреча, — запомнят только, будем ли мы первыми"]


def test_editor_notes_split_the_quote_and_keep_link_lines_in_it():
    text = ("Глава компании выступил в суде.\n«Их позиция (Стокгольмского арбитража. — \nRT\n) по ключевым вопросам "
            "оказалась следующей: условие отменено полностью», — написал Иван Петров.\n")
    assert [(q.text, q.speaker) for q in quotes(text, lang="ru")] == [
        ("Их позиция", "Иван Петров"), ("по ключевым вопросам оказалась следующей: условие отменено полностью", "Иван Петров")]
    text = "Он пришёл злой и спрашивает:\n– Виталич, «шило» (спирт. – «НВО») есть?\n– Есть, – говорю.\n"
    assert [q.text for q in quotes(text, lang="ru")][:2] == ["Виталич, «шило»", "есть?"]


def test_interview_questions_are_no_quotes():
    text = ("Министр Иван Петров ответил на вопросы RT.\n— Как проходит подготовка?\n"
            "— Всё идёт по плану, мы готовы.\n— А что с деньгами?\n— Деньги есть.\n")
    assert [q.text for q in quotes(text, lang="ru")] == ["Всё идёт по плану, мы готовы", "Деньги есть"]


def test_story_dialogue_keeps_its_questions():
    text = "Он зашёл и спрашивает:\n– Виталич, «шило» есть?\n– Есть, – говорю.\n– Плеснешь?\n"
    assert [q.text for q in quotes(text, lang="ru")] == ["Виталич, «шило» есть?", "Есть", "Плеснешь?"]


def test_dash_lines_that_are_no_turns():
    text = ("Комитет назвал условия:\n— ПКР обязан соблюдать кодекс;\n— участие спортсменов не должно "
            "ставить под угрозу соревнования.\nГлава комитета был краток.\n")
    assert quotes(text, lang="ru") == []
    text = "Болельщики ликовали.\nWhat a goal! Come on, Chelsea!\n#CFC\n— ChelseaTalk (@CheIseaTalk)\n4 февраля 2017 г.\n"
    assert [q.kind for q in quotes(text, lang="ru")] == ["direct"]


def test_indirect_clause_stops_before_the_medium():
    text = "По словам министра Ивана Петрова, ремонт школ закончат к маю, передают «Известия»."
    assert [(q.text, q.kind) for q in quotes(text, lang="ru")] == [("ремонт школ закончат к маю", "indirect")]


def test_interview_questions_by_their_place_and_nested_marks():
    text = ("Спортсменка Анна Петрова ответила на вопросы RT.\n— Как прошёл сезон?\n— Тяжело, но мы справились.\n"
            "— Что дальше?\n— Отдых и сборы.\n— Расскажите о планах на лето.\n— Поеду к родителям.\n"
            "— А потом?\n— Мама всегда говорила: «Делу время, потехе час». Значит, работа.\n")
    assert [q.text for q in quotes(text, lang="ru")] == [
        "Тяжело, но мы справились", "Отдых и сборы", "Поеду к родителям", "Мама всегда говорила: «Делу время, потехе час». Значит, работа"]


def test_author_words_after_an_exclamation_or_dots_end_the_turn():
    text = "Поезд шёл медленно.\n– Эх, горилки бы... – грустно протянул Сэмен Журибеда.\n– А пойдем поищем? – оживился Журибеда. – Должны же здесь быть люди.\n"
    assert [q.text for q in quotes(text, lang="ru")] == [
        "Эх, горилки бы...", "А пойдем поищем?", "Должны же здесь быть люди"]


def test_a_letter_after_a_hyphen_or_a_degree_sign_ends_its_sentence():
    text = "По прогнозу синоптиков, ночью будет до -3 ˚С. Днём потеплеет до +10 ˚С, сообщили в Гидрометцентре."
    assert [q.text for q in quotes(text, lang="ru")] == ["ночью будет до -3 ˚С", "Днём потеплеет до +10 ˚С"]


def test_an_apposition_after_po_slovam_belongs_to_the_speaker():
    text = "По словам Хидеки Ясуды, аналитика игр в институте Ace Securities, консоль будет одной из самых больших."
    assert [q.text for q in quotes(text, lang="ru")] == ["консоль будет одной из самых больших"]


def test_a_report_by_a_converb_after_a_quote():
    text = "«Это искусственное нагнетание», — заявил министр Иван Петров, добавив, что переговоры продолжатся."
    assert [(q.kind, q.text, q.speaker) for q in quotes(text, lang="ru")] == [
        ("direct", "Это искусственное нагнетание", "Иван Петров"), ("indirect", "переговоры продолжатся", "Иван Петров")]


def test_a_colon_after_a_naming_word_introduces_words():
    text = "Цена выросла. Характерно признание в публикации Всемирного банка: «Выполнение соглашения было высоким»."
    assert [q.text for q in quotes(text, lang="ru")] == ["Выполнение соглашения было высоким"]


def test_a_book_record_is_no_dialogue():
    text = "Новый роман о войне.\n– М.: Время, 2018. – 320 с. (Самое время!). ISBN 978-5-9691-1675-7\nАвтор пишет просто.\n"
    assert quotes(text, lang="ru") == []


def test_a_dash_after_an_abbreviation_opens_no_turn():
    text = "Скорая обслужила 2 млн вызовов, из которых почти 300 тыс. – к детям. Врачи довольны."
    assert quotes(text, lang="ru") == []


def test_a_comma_cue_needs_a_clause_before_it():
    assert quotes("Власти, в свою очередь, отмечают необходимость новых мер.", lang="ru") == []
    text = "Пожар на складе потушен, сообщили в МЧС. Ситуация — под контролем, заявил Иван Петров."
    assert [q.text for q in quotes(text, lang="ru")] == ["Пожар на складе потушен", "Ситуация — под контролем"]


def test_a_line_opening_with_a_dash_and_a_lower_case_word_goes_on():
    text = ("«Самолеты совершают больше вылетов. ВМФ произвел пуски\n- на расстоянии 900 миль, а также наладил "
            "снабжение», — пишет британское издание.\n")
    assert [q.text[-24:] for q in quotes(text, lang="ru")] == ["миль, а также наладил снабжение"[-24:]]


def test_the_last_paragraph_of_a_quote_opened_above_it():
    text = ("«Мы будем обсуждать отношения со всеми странами.\nНо только если это выгодно всем. Мы сняли ограничения», "
            "— подчеркнул Иван Петров.\n")
    assert [q.text for q in quotes(text, lang="ru")][-1] == "Но только если это выгодно всем. Мы сняли ограничения"


def test_a_quote_opening_with_a_name_in_marks_shares_its_opener():
    text = ("Тренер поздравил команду.\n«Спартак» впервые стал чемпионом — это заслуженная победа. "
            "Поздравляю всех с этим успехом!», — заявил Иван Петров.\n")
    assert [(q.text, q.speaker) for q in quotes(text, lang="ru")] == [
        ("«Спартак» впервые стал чемпионом — это заслуженная победа. Поздравляю всех с этим успехом!", "Иван Петров")]
    text = "Клуб «Спартак» выиграл. Все рады. Поздравляю футболистов», — заявил Иван Петров.\n"
    assert [q.text for q in quotes(text, lang="ru")] == ["Поздравляю футболистов"]


def test_marks_after_a_dash_after_a_name_in_the_authors_sentence_are_no_quote():
    text = "Начинаем с федеральных каналов. По каналу «Россия 1» – «Тайны следствия», 6-й сезон «Склифосовского»."
    assert quotes(text, lang="ru") == []


def test_a_dash_after_a_number_and_a_unit_opens_no_turn():
    assert quotes("Бюджет фильма составит 580 млн руб. – 150 просят у Фонда кино.", lang="ru") == []
