"""Turning bytes and files into text, with clear errors for what is not text.

>>> decode("Сәләм".encode("utf-8"))
'Сәләм'
>>> decode(b"\\xef\\xbb\\xbfhi")
'hi'
>>> decode(b"ok \\xff")
Traceback (most recent call last):
...
bisumm.errors.DecodeError: not UTF-8: invalid start byte at byte offset 3
"""

from __future__ import annotations

import codecs
from pathlib import Path

from .errors import DecodeError

__all__ = ["decode", "read_text", "MAX_BYTES"]

#: Default largest input read from a file (bytes). The library itself has no limit.
MAX_BYTES = 200 * 1024 * 1024


def decode(data: bytes) -> str:
    """Decode UTF-8 (a BOM is dropped) or UTF-16 with a BOM; reject binary data.

    Raises :class:`~bisumm.errors.DecodeError` naming the byte offset of the problem.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise DecodeError(f"not UTF-16: {err.reason} at byte offset {err.start}", err.start) from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DecodeError(f"binary data (NUL byte) at byte offset {nul}; "
                          "UTF-16 without a byte-order mark is not supported", nul)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise DecodeError(f"not UTF-8: {err.reason} at byte offset {err.start}", err.start) from None


def read_text(path: str | Path, max_bytes: int | None = MAX_BYTES) -> str:
    """Read a file as text with :func:`decode`; ``OSError`` subclasses propagate."""
    path = Path(path)
    with path.open("rb") as handle:
        data = handle.read() if max_bytes is None else handle.read(max_bytes + 1)
    if max_bytes is not None and len(data) > max_bytes:
        from .errors import InputTooLargeError

        raise InputTooLargeError(f"{path}: larger than {max_bytes} bytes")
    return decode(data)
