"""A huge text is read in sections of whole blocks, so quotes stay linear in its length."""

from __future__ import annotations

from pathlib import Path

import pytest

import bisumm
import bisumm.quotation as quotation

SEEDS = Path(__file__).resolve().parent.parent / "examples" / "seeds"


@pytest.mark.parametrize("name", ["ru_khabirov_forum.txt", "ba_khamitov_turkey.txt"])
def test_each_section_reads_like_the_article_alone(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    article = (SEEDS / name).read_text(encoding="utf-8").strip()
    alone = [(q.start, q.stop, q.speaker, q.title, q.official) for q in bisumm.quotes(article)]
    assert alone
    # sections one article long: every copy is one section, with the speakers it has alone
    monkeypatch.setattr(quotation, "SECTION_CHARS", len(article) + 1)
    copies = 4
    text = "\n\n".join([article] * copies)
    found = [(q.start, q.stop, q.speaker, q.title, q.official) for q in bisumm.quotes(text)]
    step = len(article) + 2
    shifted = [(start + k * step, stop + k * step, *rest) for k in range(copies) for start, stop, *rest in alone]
    assert found == shifted


def test_sections_keep_whole_blocks() -> None:
    blocks = [quotation.BlockSpan(k * 100, k * 100 + 90, "ru") for k in range(10)]
    groups = quotation._sections(blocks, 250)
    assert [b for group in groups for b in group] == blocks
    assert all(group[-1].stop - group[0].start <= 250 for group in groups)
    assert quotation._sections([quotation.BlockSpan(0, 1000, "ru")], 250) == [[quotation.BlockSpan(0, 1000, "ru")]]


MIXED = ("«Дорогу откроем к осени», — сказал министр транспорта Иван Петров. Он добавил, что работы идут.\n\n"
         "— Мәктәп быйыл асыласаҡ, — тине район башлығы Айрат Сәлимов.\n\n"
         "The weather was fine and nobody said anything at all.\n\n"
         "По словам директора Анны Смирновой, «всё готово».")


def test_outline_routes_as_the_document() -> None:
    from bisumm.document import Document, Outline

    text = "\n\n".join([MIXED] * 3)
    doc, outline = Document.from_text(text), Outline(text)
    assert outline.starts == doc.starts and outline.paragraphs == doc.paragraphs and outline.lang == doc.lang
    assert list(outline.sentences) == list(doc.sentences) and outline.lang == doc.lang
    assert outline.sentences[-1] == doc.sentences[-1] and outline.sentences[1:3] == list(doc.sentences[1:3])


def test_a_huge_text_quotes_as_its_document(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(quotation, "SECTION_CHARS", 2 * len(MIXED))
    text = "\n\n".join([MIXED] * 5)
    found = bisumm.quotes(text)
    assert found and found == bisumm.quotes(bisumm.Document.from_text(text))


@pytest.mark.parametrize("parts", [["ba"] * 6 + ["ru"], ["ru"] * 3 + ["ba"] * 4, ["ru", "ba"], ["en"] * 3 + ["ru"]])
def test_outline_lang_is_the_documents_without_routing_every_sentence(parts: list[str]) -> None:
    from bisumm.document import Document, Outline

    lines = {"ba": "Ауыл мәктәбендә яңы спорт залы асылды. Уҡыусылар бик ҡәнәғәт.",
             "ru": "В селе открыли новый спортивный зал. Школьники довольны.",
             "en": "The village school opened a new gym. Pupils are happy."}
    text = "\n\n".join(lines[p] for p in parts)
    outline = Outline(text)
    assert outline.lang == Document.from_text(text).lang
    assert list(outline.sentences) == list(Document.from_text(text).sentences)


def test_the_quotes_job_and_a_forced_language_read_an_outline_as_the_document() -> None:
    from bisumm.batch import QuotesJob
    from bisumm.document import Document, Outline

    text = "\n\n".join([MIXED] * 2)
    doc = Document.from_text(text)
    assert QuotesJob().run(text) == {"lang": doc.lang, "quotes": [q.to_dict() for q in bisumm.quotes(doc)]}
    assert bisumm.quotes(Outline(text), lang="ru") == bisumm.quotes(text, lang="ru")
