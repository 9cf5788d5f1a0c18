"""Russian speakers resolved across the article (issue 14): short sentences written for each rule."""

from bisumm import quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes(text, lang="ru")]


def test_lone_role_names_the_person_last_named():
    text = ("Глава МВД Владимир Колокольцев выступил в эфире. Колокольцев против изменений. "
            "«Дорога важнее скорости», — добавил министр.")
    q = quotes(text, lang="ru")[-1]
    assert (q.speaker, q.title, q.official) == ("Владимир Колокольцев", "Глава МВД", True)


def test_occupation_role_names_the_person_last_named():
    text = "Патологоанатом Алексей Купрюшин рассказал о вскрытиях. «Легкие тяжелые», — сказал медик."
    assert _speakers(text)[-1] == "Алексей Купрюшин"


def test_plural_role_stays_a_role():
    text = "Алексей Купрюшин рассказал о вскрытиях. «Легкие тяжелые и плотные», — отмечают исследователи."
    assert _speakers(text)[-1] == "исследователи"


def test_pronoun_after_a_name_of_unknown_gender():
    text = ("Как подчеркнула пресс-секретарь минобороны Шушан Степанян, обстановка напряженная. "
            "«Ведутся артиллерийские бои», — написала она.")
    assert _speakers(text)[-1] == "Шушан Степанян"


def test_official_on_the_resolved_entity():
    text = ("Президент Украины Владимир Зеленский выступил с обращением. "
            "«Это заговор элит», — написал глава страны в своем Telegram-канале.")
    q = quotes(text, lang="ru")[-1]
    assert (q.speaker, q.title, q.official) == ("Владимир Зеленский", "Президент Украины", True)
