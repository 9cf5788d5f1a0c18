"""Bytes → text: BOMs, UTF-16, binary and broken UTF-8 give typed errors with offsets."""

from __future__ import annotations

import codecs
import errno
import os

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


# ---- files that are not regular files: refused at once, never read ---------------------------

def _returns_promptly(func):
    """Run ``func`` in a thread; a hang (a FIFO read blocking) fails instead of freezing the suite."""
    import threading

    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["value"] = func()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            box["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(30)
    assert not thread.is_alive(), "blocked: the pipe was opened or read as a file"
    return box


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_read_text_refuses_a_fifo_without_blocking(tmp_path):
    from bisumm import BisummError
    from bisumm.textio import NotRegularFileError

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    box = _returns_promptly(lambda: read_text(fifo))
    err = box.get("error")
    assert isinstance(err, NotRegularFileError), box
    assert isinstance(err, BisummError) and isinstance(err, OSError)
    assert err.errno == errno.EINVAL and err.filename == str(fifo)
    assert err.strerror == "not a regular file (a pipe or a device)"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_read_text_refuses_a_device():
    from bisumm.textio import NotRegularFileError

    with pytest.raises(NotRegularFileError):
        read_text("/dev/zero")


def test_read_text_on_a_folder_and_a_missing_file(tmp_path):
    with pytest.raises(IsADirectoryError):
        read_text(tmp_path)
    with pytest.raises(FileNotFoundError):
        read_text(tmp_path / "gone.txt")


def test_open_regular_reads_blocking_and_closes(tmp_path):
    from bisumm.textio import open_regular, read_bytes

    path = tmp_path / "a.txt"
    path.write_bytes(b"abc" * 10)
    with open_regular(path) as handle:
        assert os.get_blocking(handle.fileno())
        assert handle.read() == b"abc" * 10
    assert read_bytes(path, max_bytes=4) == b"abcab"  # one byte past the limit, no more


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_drafts_use_the_same_refusal(tmp_path):
    import bisumm.hook.frontmatter as frontmatter
    from bisumm.textio import NotRegularFileError

    assert not hasattr(frontmatter, "_read_regular")  # one shared implementation, in textio
    fifo = tmp_path / "d.md"
    os.mkfifo(fifo)
    box = _returns_promptly(lambda: frontmatter.read_draft(fifo))
    assert isinstance(box.get("error"), NotRegularFileError), box
