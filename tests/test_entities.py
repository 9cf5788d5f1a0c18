"""The entity layer: mentions found once per document, people built by named passes, no mutation."""

from __future__ import annotations

import copy

from bisumm.document import Document
from bisumm.entities import PASSES, find_entities
from bisumm.quotation import quotes
from bisumm.quotation.speakers import Speakers


def test_document_entities_are_computed_once():
    doc = Document.from_text("Министр Иван Петров открыл школу. «Всё готово», — сказал он.")
    assert doc.entities is doc.entities


def test_every_link_names_its_pass_and_mentions_are_spans():
    text = ("Глава Башкортостана Радий Хабиров открыл форум. Хабиров поблагодарил гостей. "
            "«Работаем», — сказал глава региона. Потом он уехал.")
    found = Document.from_text(text).entities
    assert {link.rule for link in found.links} <= set(PASSES)
    assert {link.rule for link in found.links} >= {"exact_name", "surname_gender", "role_noun", "pronoun"}
    for m in found.mentions:
        assert text[m.start:m.stop] == m.surface
    assert [e.name for e in found.entities] == ["Радий Хабиров"]


def test_two_people_with_one_surname_stay_two():
    text = "Роман Шухевич командовал армией. Юрий Шухевич был депутатом. «Нет», — сказал Юрий Шухевич."
    found = Document.from_text(text).entities
    assert sorted(e.name for e in found.entities) == ["Роман Шухевич", "Юрий Шухевич"]
    assert quotes(text)[0].speaker == "Юрий Шухевич"


def test_bashkir_mentions_drop_case_endings():
    found = Document.from_text("Рөстәм Хәмитовҡа рәхмәт белдерҙеләр. Хәмитов ҡунаҡтарҙы ҡаршы алды.").entities
    assert [e.name for e in found.entities] == ["Рөстәм Хәмитов"]


def test_resolution_does_not_change_what_it_reads():
    text = ("Радий Хабиров приехал в район. «Построим школу», — сказал глава республики. "
            "«И больницу», — добавил он.")
    doc = Document.from_text(text)
    before = copy.deepcopy((doc.entities.mentions, doc.entities.entities, doc.entities.links))
    first = quotes(doc)
    assert (doc.entities.mentions, doc.entities.entities, doc.entities.links) == before
    assert quotes(doc) == first
    speakers = Speakers(doc.entities)
    role = next(m for m in doc.entities.mentions if m.kind == "role")
    assert speakers.speaker_of(role, None)[0] == "Радий Хабиров"
    assert (doc.entities.mentions, doc.entities.entities, doc.entities.links) == before


def test_forced_language_reads_every_block_in_it():
    doc = Document.from_text("Радий Хәбиров: «Эшләйбеҙ».", lang="ba")
    assert {b.lang for b in doc.entities.blocks} == {"ba"}
    assert find_entities(doc, "ba").links == doc.entities.links


def test_a_bashkir_patronymic_name_joins_the_one_person_with_that_first_name():
    text = ("Өфө ҡала округы хакимиәте башлығы Ирек Ялалов форумды асты. Инициатива хуплау тапты, - тине "
            "Ирек Ишмөхәмәт улы.")
    found = Document.from_text(text).entities
    assert [e.name for e in found.entities] == ["Ирек Ишмөхәмәт улы Ялалов"]
    q = quotes(text)[0]
    assert (q.speaker, q.official) == ("Ирек Ишмөхәмәт улы Ялалов", True)
    two = "Ирек Ялалов килде. Ирек Сафин китте. Инициатива хуплау тапты, - тине Ирек Ишмөхәмәт улы."
    assert quotes(two)[0].speaker == "Ирек Ишмөхәмәт улы"


def test_initials_keep_their_title_and_join_the_full_name():
    text = ("Комитет рәйесе Р. Бикбаев ултырышты асты. Беҙҙең бурыс – мәғариф системаһын артабан үҫтереү, "
            "- тине Рамил Бикбаев.")
    found = Document.from_text(text).entities
    assert [(e.name, e.title) for e in found.entities] == [("Рамил Бикбаев", "Комитет рәйесе")]
    assert [(q.speaker, q.official) for q in quotes(text)] == [("Рамил Бикбаев", True)]


def test_lone_first_name_joins_the_one_person_with_it():
    from bisumm.entities.mentions import Mention
    from bisumm.entities.people import exact_names, group_surnames

    one = (Mention(0, 17, "name", "Анастасия Иванова", None, "f"), Mention(30, 39, "name", "Анастасия", None, "f"))
    entities, _ = group_surnames(one, exact_names(one))
    assert [e.name for e in entities] == ["Анастасия Иванова"]
    two = (Mention(0, 17, "name", "Светлана Ромашина", None, "f"), Mention(20, 41, "name", "Светлана Колесниченко", None, "f"),
           Mention(50, 58, "name", "Светлана", None, "f"))
    entities, _ = group_surnames(two, exact_names(two))
    assert [e.name for e in entities] == ["Светлана Ромашина", "Светлана Колесниченко", "Светлана"]


def test_an_oblique_surname_before_a_first_name_is_another_person():
    text = "На льду была сестра Загитовой Сабина. «Ты молодец», — сказала Сабина."
    assert [q.speaker for q in quotes(text, lang="ru")] == ["Сабина"]
    text = "Об этом сообщил адвокат Мастикашевой Валентин Рыбин. «Мы обжалуем решение», — сказал адвокат."
    assert [q.speaker for q in quotes(text, lang="ru")] == ["Валентин Рыбин"]


def test_an_oblique_name_after_a_nominative_title_belongs_to_the_title():
    text = "«Мы обжалуем приговор», — сказал пресс-секретарь Виктора Януковича Юрий Кирасир."
    assert [(q.speaker, q.title) for q in quotes(text, lang="ru")] == [
        ("Юрий Кирасир", "пресс-секретарь Виктора Януковича")]
    text = "Суд вынес приговор. «Мы обжалуем приговор», — сказал адвокат Глеба Грозовского."
    assert [q.speaker for q in quotes(text, lang="ru")] == ["адвокат Глеба Грозовского"]
    text = "Мэр Лиона Грегори Дусе отметил, что мотивы нападения неясны."
    assert [q.speaker for q in quotes(text, lang="ru")] == ["Грегори Дусе"]  # a foreign surname read as oblique


def test_a_lone_surname_after_a_title_and_before_a_masculine_verb_complements_the_title():
    text = "Помощник Смирнова заявил, что встреча переносится на осень."
    assert [q.speaker for q in quotes(text, lang="ru")] == ["Помощник Смирнова"]  # not a woman named Смирнова
    text = "«Встреча переносится на осень», — сказал советник Кузнецова."
    assert [q.speaker for q in quotes(text, lang="ru")] == ["советник Кузнецова"]
    text = "«Встреча переносится на осень», — сказала советник Кузнецова."
    assert [q.speaker for q in quotes(text, lang="ru")] == ["Кузнецова"]  # a feminine verb: she holds the title


def test_a_full_name_in_the_genitive_after_a_title_is_not_the_start_of_the_holders_name():
    text = "Бывший советник Артура Беннета Лоуренс Уиттакер заявил, что проект провалился."
    assert [(q.speaker, q.title) for q in quotes(text, lang="ru")] == [
        ("Лоуренс Уиттакер", "Бывший советник Артура Беннета")]
