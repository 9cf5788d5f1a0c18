"""Quotations and their speakers (placeholder: finds nothing yet, see issue 4)."""

from __future__ import annotations

from ..document import Document
from ..types import Quote

__all__ = ["quotes"]


def quotes(text: str | Document, lang: str = "auto") -> list[Quote]:
    """Direct and indirect quotations of ``text``, in text order."""
    return []
