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
import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from .errors import DecodeError, NotRegularFileError

__all__ = ["decode", "read_text", "read_bytes", "open_regular", "NotRegularFileError", "utf8_streams", "MAX_BYTES"]

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


def open_regular(path: str | Path) -> BinaryIO:
    """Open a regular file for binary reading; refuse a pipe or device without blocking.

    The file is opened non-blocking (a FIFO without a writer would otherwise hang the
    ``open`` itself), checked with ``fstat`` (no race with a rename), then switched back
    to blocking. Raises :class:`IsADirectoryError` for a directory,
    :class:`NotRegularFileError` for a pipe, socket or device, and the usual
    :class:`OSError` subclasses (missing, permission denied, symlink loop).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    fd = os.open(path, flags)
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(errno.EINVAL, "not a regular file (a pipe or a device)", str(path))
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bytes(path: str | Path, max_bytes: int | None = None) -> bytes:
    """The bytes of the regular file at ``path`` (see :func:`open_regular`).

    With ``max_bytes``, at most ``max_bytes + 1`` bytes are read, so a caller can tell
    that the file is larger without reading all of it.
    """
    with open_regular(path) as handle:
        return handle.read() if max_bytes is None else handle.read(max_bytes + 1)


def read_text(path: str | Path, max_bytes: int | None = MAX_BYTES) -> str:
    """Read a regular file as text with :func:`decode`.

    Pipes and devices are refused with :class:`NotRegularFileError` (read them through
    stdin); a file above ``max_bytes`` with :class:`~bisumm.errors.InputTooLargeError`;
    other ``OSError`` subclasses (missing file, permission denied) propagate.
    """
    data = read_bytes(path, max_bytes)
    if max_bytes is not None and len(data) > max_bytes:
        from .errors import InputTooLargeError

        raise InputTooLargeError(f"{path}: larger than {max_bytes} bytes")
    return decode(data)


def utf8_streams() -> None:
    """Make ``sys.stdout`` and ``sys.stderr`` write UTF-8, whatever the locale says.

    Output is Bashkir and Russian text; on a console or pipe whose encoding is cp1252,
    latin-1 or ASCII (Windows, ``LANG=C`` without coercion, ``PYTHONIOENCODING``) printing
    it would raise :class:`UnicodeEncodeError`. pre-commit and terminals read UTF-8.
    Streams that cannot be reconfigured (replaced by a test runner) are left alone.
    """
    import sys

    for stream in (sys.stdout, sys.stderr):
        if (getattr(stream, "encoding", "") or "").lower().replace("-", "").replace("_", "") != "utf8":
            try:
                stream.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
            except (AttributeError, ValueError, OSError):
                pass
