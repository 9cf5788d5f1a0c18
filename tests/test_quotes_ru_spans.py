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
