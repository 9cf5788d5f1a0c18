"""Bytes → text: BOMs, UTF-16, binary and broken UTF-8 give typed errors with offsets."""

from __future__ import annotations

import codecs

import pytest

from bisumm import DecodeError, decode, read_text

TEXT = "Өфөлә форум үтте. В Уфе прошёл форум."


def test_utf8_with_and_without_bom():
    assert decode(TEXT.encode()) == TEXT
    assert decode(codecs.BOM_UTF8 + TEXT.encode()) == TEXT


def test_utf16_with_bom_is_decoded():
    assert decode(TEXT.encode("utf-16")) == TEXT
    assert decode(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be")) == TEXT


def test_utf16_without_bom_is_rejected_as_binary():
    with pytest.raises(DecodeError) as err:
        decode(TEXT.encode("utf-16-le"))
    assert "byte offset" in str(err.value)


def test_invalid_utf8_names_the_byte_offset():
    data = "Уфа".encode() + b"\xff\xfe!"
    with pytest.raises(DecodeError) as err:
        decode(data)
    assert err.value.offset == len("Уфа".encode())
    assert "byte offset 6" in str(err.value)
    assert isinstance(err.value, ValueError)


def test_cp1251_text_is_rejected_clearly():
    with pytest.raises(DecodeError, match="not UTF-8"):
        decode("Глава республики".encode("cp1251"))


def test_read_text_from_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + TEXT.encode())
    assert read_text(path) == TEXT


def test_read_text_size_limit(tmp_path):
    from bisumm import InputTooLargeError

    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 100)
    with pytest.raises(InputTooLargeError):
        read_text(path, max_bytes=10)
