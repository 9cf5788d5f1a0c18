"""Front matter: reading top-level keys, one-line edits that keep every other byte, atomic writes."""

from __future__ import annotations

import codecs
import os
import stat

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bisumm.hook.frontmatter import (FrontMatterError, encode, parse, parse_mapping, read_draft, set_value,
                                write_atomic, yaml_quote)

BODY = "В Уфе прошло заседание правительства Башкортостана. Следующее заседание состоится в декабре.\n"


def test_no_front_matter_is_all_body():
    draft = parse(BODY)
    assert draft.kind == "none" and draft.body == BODY and draft.entries == {}


def test_reads_top_level_keys_and_their_styles():
    text = ("---\n"
            "title: \"Заседание: итоги\"  # heading\n"
            "date: 2024-05-14\n"
            "tags:\n  - бюджет\n  - школы\n"
            "lead: 'Премьер-министр Андрей Назаров рассказал о планах, ''по секрету'''\n"
            "summary: >\n  Первая строка\n  вторая строка\n"
            "draft: true # not yet\n"
            "empty:\n"
            "---\n" + BODY)
    entries = parse(text).entries
    assert list(entries) == ["title", "date", "tags", "lead", "summary", "draft", "empty"]
    assert (entries["title"].style, entries["title"].value, entries["title"].comment) == \
        ("double", "Заседание: итоги", "  # heading")
    assert entries["tags"].value is None and entries["tags"].style == "complex"
    assert entries["lead"].value == "Премьер-министр Андрей Назаров рассказал о планах, 'по секрету'"
    assert entries["summary"].value == "Первая строка вторая строка"
    assert (entries["draft"].value, entries["draft"].comment) == ("true", " # not yet")
    assert (entries["empty"].style, entries["empty"].value) == ("empty", "")
    assert entries["draft"].line == 11


def test_values_agree_with_pyyaml():
    yaml = pytest.importorskip("yaml")
    block = ('a: "Өфө \\"ҡала\\" \\u00ABx\\u00BB\\ttab\\\\"\n'
             "b: 'it''s # not a comment'\n"
             "c: plain value with #hash # and a comment\n"
             "d: \"multi\n  line\"\n"
             "e: |\n  one\n  two\n"
             "f: >\n  one\n  two\n")
    ours = {k: e.value for k, e in parse_mapping(block).items()}
    theirs = yaml.safe_load(block)
    for key in "abcd":
        assert ours[key] == theirs[key], key
    assert ours["e"].split() == theirs["e"].split() and ours["f"].split() == theirs["f"].split()


@pytest.mark.parametrize("text, message", [
    ("---\ntitle: x\n", "not closed"),
    ("---\ntitle: Хабиров: «Работаем»\n---\nТекст.\n", "quote it"),
    ("---\ntitle: x\ntitle: y\n---\nТекст.\n", "duplicate"),
    ("---\n- a\n- b\n---\nТекст.\n", "mapping"),
    ("---\n  indented: x\n---\nТекст.\n", "indented"),
    ("---\ntitle: \"unclosed\n---\nТекст.\n", "unclosed"),
    ("---\ntitle: \"x\" y\n---\nТекст.\n", "after the closing"),
    ("---\ntitle: \"\\q\"\n---\nТекст.\n", "escape"),
    ("---\njust words\n---\nТекст.\n", "key: value"),
    ("+++\ntitle = 'x'\n+++\nТекст.\n", "TOML"),
])
def test_broken_front_matter_is_an_error_with_a_line(text, message):
    with pytest.raises(FrontMatterError, match=message) as err:
        parse(text)
    assert err.value.line >= 1


def test_replacing_a_value_keeps_spacing_comment_and_quote_style():
    text = "---\ntitle: x\nsummary:   'старое'   # by bisumm\nz: 1\n---\n" + BODY
    new = set_value(parse(text), "summary", "Новое «значение»")
    assert new == text.replace("'старое'", "'Новое «значение»'")


def test_new_key_goes_last_and_follows_the_files_quote_style():
    text = "---\na: 'x'\nb: 'y'\n---\n" + BODY
    assert set_value(parse(text), "summary", "Да") == "---\na: 'x'\nb: 'y'\nsummary: 'Да'\n---\n" + BODY
    text = "---\na: \"x\"\n---\n" + BODY
    assert set_value(parse(text), "summary", "Да") == "---\na: \"x\"\nsummary: \"Да\"\n---\n" + BODY


def test_empty_front_matter_and_missing_front_matter():
    assert set_value(parse("---\n---\n" + BODY), "lead", "Да") == '---\nlead: "Да"\n---\n' + BODY
    assert set_value(parse(BODY), "summary", "Да") == '---\nsummary: "Да"\n---\n' + BODY


def test_crlf_bom_and_no_trailing_newline_survive(tmp_path):
    original = ("---\r\n# черновик\r\ntitle: 'Бюджет'\r\nsummary: \"старое\"\r\nauthor: Ә. Ғәлиев\r\n---\r\n"
                "Өфөлә киңәшмә үтте.\r\nКиләһе осрашыу декабрҙә үтәсәк.")
    path = tmp_path / "d.md"
    path.write_bytes(codecs.BOM_UTF8 + original.encode())
    draft = read_draft(path)
    assert draft.bom and draft.newline == "\r\n" and draft.entries["summary"].value == "старое"
    write_atomic(path, encode(draft, set_value(draft, "summary", "Яңы")))
    assert path.read_bytes() == codecs.BOM_UTF8 + original.replace("старое", "Яңы").encode()


def test_new_front_matter_uses_the_files_line_ending():
    assert set_value(parse("Текст.\r\nЕщё.\r\n"), "summary", "Т") == '---\r\nsummary: "Т"\r\n---\r\nТекст.\r\nЕщё.\r\n'


def test_replacing_a_multiline_value_gives_one_line():
    text = "---\nsummary: >\n  один\n  два\nnext: 1\n---\n" + BODY
    assert set_value(parse(text), "summary", "три") == "---\nsummary: \"три\"\nnext: 1\n---\n" + BODY


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
       st.sampled_from(["double", "single"]))
def test_quoted_values_round_trip(value, style):
    line = f"summary: {yaml_quote(value, style)}"
    assert "\n" not in line and "\r" not in line
    assert parse_mapping(line)["summary"].value == value


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40),
       st.sampled_from(["double", "single"]))
def test_quoted_values_are_valid_yaml(value, style):
    yaml = pytest.importorskip("yaml")
    assert yaml.safe_load(f"summary: {yaml_quote(value, style)}")["summary"] == value


def test_atomic_write_keeps_mode_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "d.md"
    path.write_text("x")
    os.chmod(path, 0o640)
    write_atomic(path, b"y")
    assert path.read_bytes() == b"y" and stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["d.md"]


def test_atomic_write_refuses_a_read_only_file(tmp_path):
    path = tmp_path / "d.md"
    path.write_text("x")
    os.chmod(path, 0o444)
    with pytest.raises(PermissionError, match="read-only"):
        write_atomic(path, b"y")
    assert path.read_text() == "x" and [p.name for p in tmp_path.iterdir()] == ["d.md"]


def test_atomic_write_follows_a_symlink(tmp_path):
    target = tmp_path / "real.md"
    target.write_text("x")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    write_atomic(link, b"y")
    assert link.is_symlink() and target.read_bytes() == b"y"


def test_long_pathological_lines_stay_fast():
    text = "---\n" + "a: " + '"' + "\\\\" * 50_000 + '"' + "\n" + "b: " + "x: " * 1 + "\n---\nT\n"
    with pytest.raises(FrontMatterError):
        parse(text)
    assert len(parse_mapping("a: " + "'" + "''" * 50_000 + "'")["a"].value) == 50_000


def test_sidecar_mapping_without_final_newline_gets_one_before_the_new_key():
    from bisumm.hook.frontmatter import Draft

    text = "author: x"
    sidecar = Draft(text, "sidecar", "\n", (0, len(text)), len(text), parse_mapping(text))
    assert set_value(sidecar, "summary", "Да") == 'author: x\nsummary: "Да"\n'
