"""Typed exceptions raised by bisumm's public API.

Every exception derives from :class:`BisummError`; the ones caused by a bad
argument also derive from :class:`ValueError`, so ``except ValueError`` works too.
"""

from __future__ import annotations

__all__ = ["BisummError", "DecodeError", "BudgetError", "UnknownLanguageError", "InputTooLargeError",
           "NotRegularFileError"]


class BisummError(Exception):
    """Base class of every error bisumm raises on purpose."""


class DecodeError(BisummError, ValueError):
    """Bytes that are not text bisumm can read (not UTF-8, binary, UTF-16 without BOM).

    ``offset`` is the byte offset of the first offending byte (or ``None``).
    """

    def __init__(self, message: str, offset: int | None = None) -> None:
        super().__init__(message)
        self.offset = offset


class BudgetError(BisummError, ValueError):
    """A summary budget that is invalid (zero, negative, ratio > 1) or conflicting."""


class UnknownLanguageError(BisummError, ValueError):
    """A language code bisumm has no module for."""


class InputTooLargeError(BisummError, ValueError):
    """Input above the configured size limit."""


class NotRegularFileError(BisummError, OSError):
    """A path that is not a regular file: a named pipe (FIFO), socket or device.

    Reading one could block forever (a FIFO without a writer) or never end (``/dev/zero``),
    so :func:`bisumm.read_text` refuses it; read a pipe through stdin instead. It is an
    :class:`OSError` (``errno`` ``EINVAL``, ``filename`` the path) as well as a
    :class:`BisummError`.
    """
