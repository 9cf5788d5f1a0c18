"""Russian dialogue turns and spokesperson roles (issue 14): who speaks a dash turn of an interview or a story, whom a `представитель X` refers to."""

from bisumm import quotes


def _turns(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes(text, lang="ru")]


def test_a_reply_paragraph_does_not_continue_the_turn_before_it():
    text = ("Вечером в каюту зашел механик Петр Смирнов и спросил:\n"
            "— Чай остался?\n"
            "— Остался, — ответила Анна.\n"
            "— Нальешь?\n")
    said = dict(_turns(text))
    assert said["Чай остался?"] == "Петр Смирнов"  # the colon introduces the asker
    assert said["Остался"] == "Анна"
    assert said["Нальешь?"] == "Петр Смирнов"  # turns alternate


def test_interview_questions_never_take_the_answers_speaker():
    text = ("Корреспондент поговорил с тренером Иваном Петровым о сезоне.\n"
            "«Мы готовы к любым соперникам»\n"
            "— Как прошли сборы?\n"
            "— Хорошо. Все игроки здоровы.\n"
            "— Кто станет лидером команды?\n"
            "— Посмотрим по ходу сезона.\n")
    said = _turns(text)
    assert all(who != "Иван Петров" for words, who in said if words.endswith("?"))


def test_the_reply_to_the_interviewees_turn_is_not_the_interviewee():
    text = ("Тренер Иван Петров рассказал о сезоне.\n"
            "— Как прошли сборы?\n"
            "— Хорошо. Все игроки здоровы.\n"
            "— Но ведь вратарь травмирован.\n"
            "— Он уже тренируется, — уточнил Петров.\n")
    said = dict(_turns(text))
    assert said.get("Хорошо. Все игроки здоровы") == "Иван Петров"
    assert said.get("Но ведь вратарь травмирован") is None  # the interviewer's remark


def test_a_spokesperson_is_not_the_envoy_named_before():
    text = ("Постпред России Михаил Ульянов выступил в Вене. «Доклад ОЗХО пуст», — сказал Ульянов. "
            "При этом представитель Минобороны России заявил, что следов зарина нет.")
    assert [q.speaker for q in quotes(text, lang="ru")] == ["Михаил Ульянов", "представитель Минобороны России"]


def test_a_spokesperson_refers_back_to_the_spokesperson_named_before():
    text = ("Об этом заявила официальный представитель Госдепартамента Хезер Науэрт. «США не будут создавать "
            "такие силы», — подтвердила представитель Госдепартамента.")
    assert quotes(text, lang="ru")[-1].speaker == "Хезер Науэрт"
