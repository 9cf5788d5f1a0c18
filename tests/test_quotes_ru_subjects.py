"""Russian speakers: who the subject of the author words is (issue 14, second round); sentences written
for each rule."""

from bisumm import quotes
from bisumm.lang import get_language
from bisumm.lang.ru_name_cases import name_nominative
from bisumm.lang.ru_names import is_place_surname
from bisumm.quotation.salience import pronoun_subject
from bisumm.quotation.speakers import Speakers
from bisumm.document import Document


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes(text, lang="ru")]


def test_titled_name_after_an_adverbial_is_the_new_subject():
    text = ("Директор Ольга Смирнова поддержала проект. «Мы готовы начать», — сказал инженер Павел Гусев. "
            "В то же время бывший глава отдела продаж Игорь Белкин раскритиковал решение. "
            "По его словам, сроки слишком короткие.")
    assert _speakers(text)[-1] == "Игорь Белкин"


def test_name_governed_by_a_preposition_is_the_addressee():
    text = ("Посол Андрей Кузнецов выступил на заседании. «Зачем вы сорвали переговоры?» — "
            "обратился с вопросом к Никки Хейли дипломат.")
    assert _speakers(text)[-1] == "Андрей Кузнецов"


def test_commenter_before_the_statement_he_comments():
    text = ("Министр Анна Белова выступила с речью. Депутат Олег Сомов ответил ей. "
            "«Это пустые слова», — прокомментировал Сомов заявление министра.")
    assert _speakers(text)[-1] == "Олег Сомов"


def test_statement_of_a_body_after_the_verb_stays_the_body():
    text = "«Работы завершены», — приводит ТАСС сообщение прокуратуры области."
    assert _speakers(text)[-1] != "ТАСС"


def test_surname_in_the_oblique_case_before_a_full_name():
    text = "Визави Венгера Антонио Конте не согласился с мнением коллеги. «Игра была честной», — сказал Конте."
    assert _speakers(text)[-1] == "Антонио Конте"


def test_foreign_surname_after_an_indeclinable_first_name_keeps_its_ending():
    assert name_nominative(["Антонио", "Конте"])[0] == "Антонио Конте"
    assert name_nominative(["Джо", "Байдена"])[0] == "Джо Байден"


def test_surname_a_town_reads():
    assert is_place_surname("Василий", "Кашин") and is_place_surname("Анна", "Кашина")
    assert not is_place_surname("Мария", "Москвы")
    text = "Научный сотрудник Василий Кашин отметил: «Это один из главных приоритетов»."
    assert _speakers(text) == ["Василий Кашин"]


def test_lone_foreign_name_after_the_verb_named_nowhere_before():
    text = "Художник выставил новую работу. «Просто пришлите фото», — написал Бэнкси на своём сайте."
    assert _speakers(text)[-1] == "Бэнкси"


def test_body_opening_the_sentence_before_a_colon():
    text = "Городская полиция сообщила в своем аккаунте: «В центре перекрыты три улицы»."
    assert _speakers(text) == ["Городская полиция"]


def test_pronoun_subject_with_and_without_latin_names():
    doc = Document.from_text("Иван Петров пришёл. John Smith ушёл. Он сказал.")
    found, text = doc.entities, doc.text
    pos = text.index("Он")
    never_oblique = (lambda e, at: False)
    assert pronoun_subject(found, text, pos, "", never_oblique, 3).name == "Иван Петров"
    assert pronoun_subject(found, text, pos, "", never_oblique, 3, latin_unsure=True) is None


def test_medium_of_a_bare_writer_and_a_medium_noun():
    g = get_language("ru").make_quote_grammar()
    doc = Document.from_text("Газета The Times пишет об этом.")
    reg = Speakers(doc.entities, doc.text)
    assert reg.medium_of(None, 10, g, bare=None) is None
    assert reg.medium_of("издание", len(doc.text), g, bare=True) is None


def test_lone_surname_opening_a_colon_sentence():
    text = ("Гонщик Том Бекер проиграл квалификацию. Сам Бекер обозначил свою позицию так: "
            "«Я сказал то, что думал».")
    assert _speakers(text)[-1] == "Том Бекер"


def test_title_holding_another_persons_name_is_no_speech_of_that_person():
    text = "Губернатор Олег Мельников открыл мост. «Движение пустим завтра», — сказал помощник Мельникова."
    assert _speakers(text)[-1] == "помощник Мельникова"


def test_woman_named_after_an_as_said_clause_with_a_title_between():
    text = ("Как пояснила «Вестнику» психолог-консультант Евгения Сомова, сезон гриппа начался рано. "
            "«Прививку лучше сделать сейчас», — сообщила она.")
    assert _speakers(text) == ["Евгения Сомова", "Евгения Сомова"]
