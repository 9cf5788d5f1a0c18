"""Russian direct-quote spans and non-quotes: dashes, dialogue author words, interview questions."""

from bisumm import quotes


def test_marks_after_a_clause_dash_are_no_quote():
    assert quotes("Закон вступит в силу летом. Один из его пунктов – «делегирование части полномочий союзам».",
                  lang="ru") == []
    assert quotes("Опрос провели в мае. Важным праздник назвали 40%, а 13% — «скорее не важно».", lang="ru") == []
    text = "Иван Петров ответил журналистам: «Мы всё сделаем в срок и без новых денег»."
    assert [q.text for q in quotes(text, lang="ru")] == ["Мы всё сделаем в срок и без новых денег"]
