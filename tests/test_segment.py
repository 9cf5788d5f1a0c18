"""Sentence and paragraph segmentation on Bashkir and Russian news sentences (our own)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bisumm.segment import abbreviations, split_paragraphs, split_sentences

from conftest import shared_path


def sents(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def assert_spans(text: str, spans: list[tuple[int, int]]) -> None:
    previous = 0
    for start, stop in spans:
        piece = text[start:stop]
        assert piece and piece == piece.strip()
        assert previous <= start < stop
        previous = stop


# -- bad input ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", " ", "\n\n\t ", "\u00a0\r\n"])
def test_empty_and_whitespace_give_nothing(text):
    assert split_sentences(text) == []
    assert split_paragraphs(text) == []


def test_unbalanced_quote_does_not_swallow_the_paragraph():
    text = "Хабиров сказал: «Мы построим школу. Работы начнутся весной. Уфа готова."
    assert sents(text) == ["Хабиров сказал: «Мы построим школу.", "Работы начнутся весной.",
                           "Уфа готова."]
    assert sents("»» «« “ Тексты. Ә беҙ «") == ["»» «« “ Тексты.", "Ә беҙ «"]


def test_long_run_without_punctuation_is_one_sentence():
    text = " ".join(["ҡала", "город"] * 5000)
    assert split_sentences(text) == [(0, len(text))]


def test_hostile_punctuation_keeps_valid_spans():
    for text in ["." * 5000, "А. " * 2000, "«" * 3000 + " Да!", "?! " * 1000, ";) " * 500]:
        assert_spans(text, split_sentences(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="аәбҡул. !?«»“”\"—-\n\u00ad\r ТҠӘ2й", max_size=80))
def test_spans_are_trimmed_ordered_and_cover_the_text(text):
    spans = split_sentences(text)
    assert_spans(text, spans)
    assert "".join("".join(text[s:e].split()) for s, e in spans) == "".join(text.split())


# -- paragraphs and lines -------------------------------------------------------------------

def test_paragraphs_crlf_and_offsets():
    text = "Өфөлә яңы мәктәп асылды.\r\n\r\nВ Уфе открыли новую школу.\r\n"
    paras = split_paragraphs(text)
    assert [text[s:e] for s, e in paras] == ["Өфөлә яңы мәктәп асылды.", "В Уфе открыли новую школу."]
    assert sents(text) == ["Өфөлә яңы мәктәп асылды.", "В Уфе открыли новую школу."]


def test_sentence_never_crosses_a_blank_line():
    # razdel reads "час." as an abbreviation and would merge these two
    text = "Поезд проходит 80 км в час.\n\n«Это рекорд», — сказал машинист."
    assert sents(text) == ["Поезд проходит 80 км в час.", "«Это рекорд», — сказал машинист."]
    text = "Ҡунаҡтар 2020 й.\n\nӘ беҙ ҡалдыҡ."
    assert sents(text) == ["Ҡунаҡтар 2020 й.", "Ә беҙ ҡалдыҡ."]


def test_headline_line_is_its_own_sentence():
    text = "Өфөлә яңы күпер төҙөләсәк\nҠала хакимиәте был турала шишәмбе хәбәр итте. Эш быйыл башлана."
    assert sents(text) == ["Өфөлә яңы күпер төҙөләсәк", "Ҡала хакимиәте был турала шишәмбе хәбәр итте.",
                           "Эш быйыл башлана."]
    text = "В Уфе построят новый мост\r\nОб этом сообщили в мэрии."
    assert sents(text) == ["В Уфе построят новый мост", "Об этом сообщили в мэрии."]


def test_text_without_sentence_punctuation_gives_one_sentence_per_line():
    text = "Уфа\nстолица республики\nҠала көнө\n"
    assert sents(text) == ["Уфа", "столица республики", "Ҡала көнө"]


def test_hard_wrapped_prose_is_joined():
    text = "Глава республики провёл совещание в\nУфе и поручил министрам\nначать ремонт дорог. Работы\nначнутся в мае."
    assert sents(text) == ["Глава республики провёл совещание в\nУфе и поручил министрам\nначать ремонт дорог.",
                           "Работы\nначнутся в мае."]


def test_dialogue_dashes_start_sentences():
    text = "— Ҡасан ҡайтаһың? — Иртәгә ҡайтам.\n— Ә атай?\n— Ул ҡала."
    assert sents(text) == ["— Ҡасан ҡайтаһың?", "— Иртәгә ҡайтам.", "— Ә атай?", "— Ул ҡала."]
    text = "— Вы готовы? — Да, готовы, — ответил тренер. — Начинаем."
    assert sents(text) == ["— Вы готовы?", "— Да, готовы, — ответил тренер.", "— Начинаем."]


# -- abbreviations, initials, numbers ---------------------------------------------------------

def test_russian_abbreviations_and_initials():
    text = ("Л.Н. Гумилев родился в 1912 г. в Царском Селе. В. В. Путин подписал указ, т. е. закон "
            "вступил в силу. Выделено 3,5 млн руб. на ремонт, 12 тыс. книг и т.д. Работы завершат к 2025 г. "
            "В другом районе ремонт уже идёт.")
    assert sents(text) == [
        "Л.Н. Гумилев родился в 1912 г. в Царском Селе.",
        "В. В. Путин подписал указ, т. е. закон вступил в силу.",
        "Выделено 3,5 млн руб. на ремонт, 12 тыс. книг и т.д.",
        "Работы завершат к 2025 г.",
        "В другом районе ремонт уже идёт.",
    ]


def test_street_abbreviation_versus_bashkir_pronoun():
    text = "Митинг прошёл на ул. Ленина. Һуңынан тағы килермен, тине ул. Барыһы ла риза булды."
    assert sents(text) == ["Митинг прошёл на ул. Ленина.", "Һуңынан тағы килермен, тине ул.",
                           "Барыһы ла риза булды."]


def test_bashkir_year_abbreviation_mid_sentence_and_at_the_end():
    text = ("Мәктәп 1936 й. төҙөлгән (2005 й. яңыртылған). Ремонт 2020 й. Ә яңы спортзал быйыл асылды. "
            "1998–2003 йй. ул район хакимиәтендә эшләне.")
    assert sents(text) == ["Мәктәп 1936 й. төҙөлгән (2005 й. яңыртылған).", "Ремонт 2020 й.",
                           "Ә яңы спортзал быйыл асылды.", "1998–2003 йй. ул район хакимиәтендә эшләне."]


def test_bashkir_abbreviations():
    text = ("Көрмәҫ һ.б. ауылдарҙа ла клубтар бар. Күргәҙмәлә китаптар, гәзиттәр т.б. Ҡунаҡтар бик ҡәнәғәт. "
            "Ҡала б.э. XII быуатында барлыҡҡа килгән. Стәрлетамаҡ ҡ. Ленин ур. 37-се йортта осрашыу булды.")
    assert sents(text) == ["Көрмәҫ һ.б. ауылдарҙа ла клубтар бар.", "Күргәҙмәлә китаптар, гәзиттәр т.б.",
                           "Ҡунаҡтар бик ҡәнәғәт.", "Ҡала б.э. XII быуатында барлыҡҡа килгән.",
                           "Стәрлетамаҡ ҡ. Ленин ур. 37-се йортта осрашыу булды."]


def test_numbers_dates_and_list_items():
    text = ("Закон принят 12.06.2023. Его поддержали 3.5 тыс. депутатов. 2. Второй пункт касается "
            "школ. Ураган движется со скоростью 19 км/ч. Ожидаются ливни до 10 см. Штормовое "
            "предупреждение действует до 15 часов. 25 человек эвакуированы.")
    assert sents(text) == [
        "Закон принят 12.06.2023.", "Его поддержали 3.5 тыс. депутатов.", "2. Второй пункт касается школ.",
        "Ураган движется со скоростью 19 км/ч.", "Ожидаются ливни до 10 см.",
        "Штормовое предупреждение действует до 15 часов.", "25 человек эвакуированы.",
    ]


def test_union_of_both_languages_abbreviations():
    merged = abbreviations()
    assert {"т.е", "г", "млн", "й", "т.б", "һ.б", "ҡ"} <= merged
    assert not {"мең", "ауыл", "ә", "тел", "мин"} & merged  # Bashkir words that end sentences


# -- quotes ---------------------------------------------------------------------------------

def test_quote_with_attribution_is_one_sentence():
    text = ("«Мы построим три новые школы. Первая откроется в сентябре», — сказал Радий Хабиров. "
            "«Эшләйбеҙ!» — тине ул. “Был яҡшы башланғыс”, тип өҫтәне министр.")
    assert sents(text) == ["«Мы построим три новые школы.", "Первая откроется в сентябре», — сказал Радий Хабиров.",
                           "«Эшләйбеҙ!» — тине ул.", "“Был яҡшы башланғыс”, тип өҫтәне министр."]


def test_quotes_of_every_kind_end_sentences():
    text = 'Он заявил: „Решение принято.“ Министр ушёл. Ул әйтте: "Беҙ ризабыҙ." Һуңынан сығып китте.'
    assert sents(text) == ["Он заявил: „Решение принято.“", "Министр ушёл.", 'Ул әйтте: "Беҙ ризабыҙ."',
                           "Һуңынан сығып китте."]


# -- Bashkir typography ---------------------------------------------------------------------

def test_double_spaces_and_soft_hyphens():
    text = "Фер\u00adмала 20-нән ашыу ҡош үр\u00adсетәләр.  Яңы үр\u00adсем алыуға ла өлгәш\u00adкәндәр."
    spans = split_sentences(text)
    assert_spans(text, spans)
    assert [text[s:e] for s, e in spans] == ["Фер\u00adмала 20-нән ашыу ҡош үр\u00adсетәләр.",
                                              "Яңы үр\u00adсем алыуға ла өлгәш\u00adкәндәр."]


def test_offsets_into_a_larger_text():
    text = "Башы.\n\nӨфө — баш ҡала. Уфа — столица.\n\nАҙағы."
    start = text.index("Өфө")
    stop = text.index("\n\nАҙағы")
    assert [text[s:e] for s, e in split_sentences(text, start, stop)] == ["Өфө — баш ҡала.", "Уфа — столица."]


# -- razdel's own cases and the NTREX bar ----------------------------------------------------

def _razdel_units():
    try:
        from razdel.tests.test_sentenize import UNIT
    except ImportError:  # pragma: no cover - razdel without its tests
        return []
    return list(UNIT)


@pytest.mark.parametrize("case", _razdel_units(), ids=lambda c: c.text[:30])
def test_razdel_unit_cases(case):
    """razdel ships its unit cases; bisumm agrees with every one (loaded at test time)."""
    assert split_sentences(case.text) == [(s.start, s.stop) for s in case.substrings]


def _ntrex_errors(split, docs, lang):
    n = errors = 0
    for doc in docs:
        gold, pos = set(), 0
        for sent in doc[lang]["sentences"][:-1]:
            pos += len(sent)
            gold.add(pos)
            pos += 1
        text = " ".join(doc[lang]["sentences"])
        pred = {stop for _, stop in split(text)[:-1]}
        n += len(gold)
        errors += len(pred ^ gold)
    return errors / n


def test_ntrex_bar_against_razdel():
    import razdel

    path = shared_path("ntrex", "ntrex.jsonl")
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    def by_razdel(text):
        return [(s.start, s.stop) for s in razdel.sentenize(text)]

    assert _ntrex_errors(split_sentences, docs, "ru") <= _ntrex_errors(by_razdel, docs, "ru")
    assert _ntrex_errors(split_sentences, docs, "ba") <= 0.7 * _ntrex_errors(by_razdel, docs, "ba")


# -- web-page text (scraped one paragraph per line: subheadings, captions, cut-out links) ----

_PAGE = ("Нефть и золото\n"
         "Турецкий торговец золотом Реза Зарраб заявил в суде, что схема существовала. Суд продолжится.\n"
         "Сам он \nэту информацию опроверг.\n"
         "Министр иностранных дел Украины \nПавел Климкин считает\n, что закон нацелен на войну.\n"
         "Зоны деэскалации \n"
         "Начальник управления Генштаба заявил о прекращении огня.\n"
         "Несмотря на трудности, российские кёрлингисты Александр\nКрушельницкий и Анастасия Брызгалова выступят.\n"
         "Киев потратил 200 млн грн. ($17 млн) расходов на армию.")


def test_web_page_subheadings_stand_alone_and_cut_links_join() -> None:
    assert sents(_PAGE) == [
        "Нефть и золото",
        "Турецкий торговец золотом Реза Зарраб заявил в суде, что схема существовала.",
        "Суд продолжится.",
        "Сам он \nэту информацию опроверг.",
        "Министр иностранных дел Украины \nПавел Климкин считает\n, что закон нацелен на войну.",
        "Зоны деэскалации",
        "Начальник управления Генштаба заявил о прекращении огня.",
        "Несмотря на трудности, российские кёрлингисты Александр\nКрушельницкий и Анастасия Брызгалова выступят.",
        "Киев потратил 200 млн грн. ($17 млн) расходов на армию.",
    ]


def test_a_few_lower_case_lines_do_not_make_a_web_page_hard_wrapped() -> None:
    text = ("Итоги\nСборная выиграла матч, а тренер \nпохвалил\n игроков.\nДругие новости\nТурнир продолжится завтра.\n"
            "Составы\nВ основе вышли новички.")
    assert sents(text)[:2] == ["Итоги", "Сборная выиграла матч, а тренер \nпохвалил\n игроков."]
    assert "Другие новости" in sents(text) and "Составы" in sents(text)


def test_a_links_final_mark_and_the_words_after_it_stay_in_the_sentence() -> None:
    text = ("Подзаголовок\nПосле такого проката \nшансов у соперниц не было\n. Соревнования продолжатся.\n"
            "Как \nсообщил\n 21 февраля заместитель министра, проект готов.\n"
            "Следующий абзац.\nЕщё один абзац.\nИ последний абзац.")
    assert sents(text) == [
        "Подзаголовок",
        "После такого проката \nшансов у соперниц не было\n.",
        "Соревнования продолжатся.",
        "Как \nсообщил\n 21 февраля заместитель министра, проект готов.",
        "Следующий абзац.",
        "Ещё один абзац.",
        "И последний абзац.",
    ]
