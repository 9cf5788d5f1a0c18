"""Bashkir quotations in shuffled news paragraphs (issue 14, second batch): speakers and spans.

The sentences are our own, written in the shapes the real-news second batch showed.
"""

from __future__ import annotations

import bisumm


def found(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in bisumm.quotes(text, "ba")]


def test_a_passive_participle_between_two_turns_reports_nobody_elses_words():
    text = ("Йыл һайын яңы китаптар сыға, — тине Айгөл Ғәлиева. Шағир һүҙҙәренә яҙылған йыр яңғыраны. "
            "– Киләһе йыл беҙ конкурс үткәрербеҙ.")
    assert found(text)[-1] == ("Киләһе йыл беҙ конкурс үткәрербеҙ", "Айгөл Ғәлиева")


def test_a_finite_report_between_two_turns_keeps_the_second_unattributed():
    text = ("Йыл һайын яңы китаптар сыға, — тине Айгөл Ғәлиева. Шағир үҙ шиғырҙары тураһында һөйләне. "
            "– Киләһе йыл беҙ конкурс үткәрербеҙ.")
    assert found(text)[-1] == ("Киләһе йыл беҙ конкурс үткәрербеҙ", None)


def test_a_lone_name_after_ti_set_off_by_a_comma_is_the_speaker():
    text = "Беҙ бергә бик бәхетлебеҙ, – ти Гөлнара, ҡыуанысын йәшерә алмай."
    assert found(text) == [("Беҙ бергә бик бәхетлебеҙ", "Гөлнара")]


def test_a_marked_quote_of_two_sentences_stays_one_quote():
    text = "Ауылда байрам үтте. «Беҙ йыл һайын йыйылабыҙ. Быйыл ҡунаҡтар күп булды», – ти ойоштороусы."
    assert [q[0] for q in found(text)] == ["Беҙ йыл һайын йыйылабыҙ. Быйыл ҡунаҡтар күп булды"]


def test_a_marked_quote_of_three_sentences_keeps_its_first_and_last():
    text = ("Ауылда байрам үтте. «Беҙ йыл һайын йыйылабыҙ. Яңғыр яуҙы. Быйыл ҡунаҡтар күп булды», "
            "– ти ойоштороусы.")
    assert [q[0] for q in found(text)] == ["Беҙ йыл һайын йыйылабыҙ", "Быйыл ҡунаҡтар күп булды"]


def test_a_first_person_copula_after_tip_makes_the_writers_own_thought():
    text = "Ауылда ҡар яуҙы. Хәрби кеше көслө һәм камил булырға тейеш, тип аңлай инем. Ағайым ҡайтты."
    assert found(text) == []


def test_two_words_in_marks_parted_by_a_comma_opening_a_sentence_are_a_cry():
    text = "Ул ишек алдына сыҡты. «Әйҙә, ҡайтайыҡ». Ветеран түшәккә ауҙы."
    assert found(text) == [("Әйҙә, ҡайтайыҡ", None)]


def test_two_capitalised_words_in_marks_stay_a_name():
    text = "Ул ишек алдына сыҡты. «Ағиҙел, Өфө». Ветеран түшәккә ауҙы."
    assert found(text) == []


def test_first_person_sentences_right_before_ti_x_are_x_s_words():
    text = ("Ауылда байрам үтте. Мин шул саҡта мәктәптә уҡыным. Уҡытыусым миңә ныҡ ярҙам итте, "
            "– ти Айгөл Ғәлиева. Ҡунаҡтар күп булды.")
    assert found(text) == [("Мин шул саҡта мәктәптә уҡыным. Уҡытыусым миңә ныҡ ярҙам итте", "Айгөл Ғәлиева")]


def test_a_sentence_of_narration_before_ti_x_stays_the_authors():
    text = "Ауылда байрам үтте. Уҡытыусым миңә ныҡ ярҙам итте, – ти Айгөл Ғәлиева. Ҡунаҡтар күп булды."
    assert found(text) == [("Уҡытыусым миңә ныҡ ярҙам итте", "Айгөл Ғәлиева")]
