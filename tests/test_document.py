"""The Document: paragraphs, sentences routed to languages, terms — on real text."""

from __future__ import annotations

import pytest

import bisumm
from bisumm.document import Document

MIXED = (
    "Глава Башкортостана Радий Хабиров провёл совещание с министрами. "
    "Речь шла о подготовке к зиме.\n\n"
    "Башҡортостан Башлығы Радий Хәбиров министрҙар менән кәңәшмә үткәрҙе. "
    "Һүҙ ҡышҡа әҙерлек тураһында барҙы.\n"
)


def test_sentences_are_spans_of_the_original_text():
    doc = Document.from_text(MIXED)
    assert len(doc.sentences) == 4
    for s in doc.sentences:
        assert MIXED[s.start:s.stop] == s.text
    assert [s.index for s in doc.sentences] == [0, 1, 2, 3]
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1, 1]


def test_mixed_text_is_routed_sentence_by_sentence():
    doc = Document.from_text(MIXED)
    assert [s.lang for s in doc.sentences] == ["ru", "ru", "ba", "ba"]


def test_russian_terms_are_lemmas_without_stop_words():
    doc = Document.from_text(MIXED)
    assert "башкортостан" in doc.terms[0]
    assert "провести" in doc.terms[0]
    assert "с" not in doc.terms[0]


def test_bashkir_terms_are_stems():
    doc = Document.from_text(MIXED)
    assert "министр" in doc.terms[2]


def test_context_cues_use_each_sentences_own_language():
    text = ("Глава района открыл школу. Он прошёл по классам. "
            "Минеңсә, был мәктәп районға кәрәк. Ул яңы мәктәпте ҡараны.")
    doc = Document.from_text(text)
    assert [s.lang for s in doc.sentences] == ["ru", "ru", "ba", "ba"]
    assert doc.context_cues == ((False, False), (True, False), (False, True), (True, False))
    assert doc.context_cues is doc.context_cues  # computed once per document


def test_tokens_keep_offsets_and_soft_hyphens():
    text = "Хеҙ\u00adмәт\u00adтәшлек үҫә."
    doc = Document.from_text(text)
    tokens = doc.tokens(0)
    assert tokens[0].text == "Хеҙ\u00adмәт\u00adтәшлек"
    assert text[tokens[0].start:tokens[0].stop] == tokens[0].text


def test_forced_language():
    doc = Document.from_text("Ул килде.", lang="ba")
    assert doc.lang == "ba" and doc.sentences[0].lang == "ba"


def test_unknown_forced_language_is_a_typed_error():
    with pytest.raises(bisumm.UnknownLanguageError):
        Document.from_text("text", lang="xx")


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n"])
def test_empty_text_gives_empty_document(text):
    doc = Document.from_text(text)
    assert doc.sentences == () and doc.lang == "und"
    assert bisumm.sentences(text) == []


def test_bytes_are_rejected_with_a_hint():
    with pytest.raises(TypeError, match="decode"):
        Document.from_text(b"bytes")  # type: ignore[arg-type]


def test_paragraphs_public_function():
    paras = bisumm.paragraphs(MIXED)
    assert len(paras) == 2
    assert MIXED[paras[1].start:paras[1].stop] == paras[1].text


def test_russian_lemmas_equal_pymorphy3s_most_probable_parse():
    from bisumm.lang.ru import LANGUAGE, _lemma
    from bisumm.normalize import match_form

    text = ("Стали известны подробности: сталь подорожала, а дороги стали лучше. Мой сосед моет окна "
            "в замке, замок на двери сломан. Вести переговоры начнут с вестей из Уфы, сообщили "
            "в правительстве Башкирии; глава республики провёл совещание с министрами.")
    words = {match_form(w) for w in text.replace(",", " ").replace(".", " ").replace(";", " ").split()}
    for word in sorted(words):
        assert _lemma(LANGUAGE.morph, word) == LANGUAGE.morph.parse(word)[0].normal_form, word


def test_long_samples_are_routed_by_their_letters_and_mixed_sentences_still_by_the_model():
    ru = ("Глава Башкортостана Радий Хабиров провёл совещание с министрами. Обсудили ремонт дорог, "
          "строительство школ и подготовку к паводку. В этом году в республике отремонтируют сорок "
          "километров дорог и откроют пять новых школ. ")
    doc = Document.from_text(ru + "Башҡортостан Башлығы Радий Хәбиров ҡунаҡтарҙы сәләмләне.")
    assert (doc.detection.lang, doc.detection.confidence) == ("ru", 1.0)
    assert [s.lang for s in doc.sentences] == ["ru", "ru", "ru", "ba"]
    short = Document.from_text("Глава республики открыл школу.")  # too few letters: the model decides
    assert short.detection.lang == "ru" and len(short.detection.scores) > 1
