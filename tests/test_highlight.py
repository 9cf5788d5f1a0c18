"""Highlighting quotes and speakers: text, Markdown, HTML (escaped), JSON spans, rich markup."""

from __future__ import annotations

import json

import pytest

import bisumm
from bisumm.quotation.highlight import FORMATS, highlight, spans

TEXT = "«Ремонт <школ> & садов завершим», — заявил Глава Башкортостана Радий Хабиров."
SCHEME3 = "«Работы идут, — сказал мэр Уфы Ратмир Мавлиев. — Мы успеваем»."


def test_markdown_marks_quote_and_speaker():
    out = highlight(TEXT, bisumm.quotes(TEXT), "markdown")
    assert out == "«**Ремонт <школ> & садов завершим**», — заявил _Глава Башкортостана Радий Хабиров_."


def test_html_escapes_text_and_puts_the_speaker_in_attributes():
    out = highlight(TEXT, bisumm.quotes(TEXT), "html")
    assert '<q data-speaker="Радий Хабиров" title="Радий Хабиров" data-official="true">' in out
    assert "Ремонт &lt;школ&gt; &amp; садов завершим</q>" in out
    assert '<mark class="speaker">Глава Башкортостана Радий Хабиров</mark>' in out
    assert "<школ>" not in out


def test_html_escapes_quotes_in_speaker_attribute():
    from bisumm.types import Quote

    q = Quote(0, 2, "Да", speaker='Иван "Ваня" Петров')
    assert 'data-speaker="Иван &quot;Ваня&quot; Петров"' in highlight("Да!", [q], "html")


def test_text_and_json_formats():
    found = bisumm.quotes(TEXT)
    assert highlight(TEXT, found, "text").startswith("«⟦Ремонт <школ> & садов завершим⟧», — заявил ⟨Глава")
    data = json.loads(highlight(TEXT, found, "json"))
    assert data["text"] == TEXT
    q = data["quotes"][0]
    assert TEXT[q["start"]:q["stop"]] == q["text"] and q["speaker"] == "Радий Хабиров"


def test_rich_markup_renders_plain_text_back():
    from rich.console import Console

    markup = highlight(TEXT, bisumm.quotes(TEXT), "rich")
    console = Console(record=True, width=200, color_system=None)
    console.print(markup, end="")
    assert console.export_text() == TEXT


def test_shared_speaker_marked_once_and_text_preserved():
    found = bisumm.quotes(SCHEME3)
    assert len(found) == 2
    assert len([s for s in spans(found) if s[2] == "speaker"]) == 1
    plain = highlight(SCHEME3, found, "text").replace("⟦", "").replace("⟧", "").replace("⟨", "").replace("⟩", "")
    assert plain == SCHEME3


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_handles_no_quotes_and_empty_text(fmt):
    assert isinstance(highlight("", [], fmt), str)
    out = highlight("Просто текст.", [], fmt)
    assert "Просто текст." in out


def test_unknown_format_is_an_error():
    with pytest.raises(ValueError):
        highlight(TEXT, [], "pdf")
