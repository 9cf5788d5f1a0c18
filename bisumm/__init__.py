"""bisumm: extractive summaries and officials' quotations for Bashkir and Russian news.

The public face. Heavy modules load on first use, so ``import bisumm`` is cheap.
``bisumm.rank`` is the ranking subpackage (``bisumm.rank.METHODS``); the function that
ranks a text's sentences is :func:`bisumm.rank_sentences`.

>>> import bisumm
>>> bisumm.detect("Башҡортостан Башлығы Радий Хәбиров ҡунаҡтарҙы сәләмләне.").lang
'ba'
>>> [s.index for s in bisumm.rank_sentences("Уфа — столица. Өфө — баш ҡала.", method="lead")]
[0, 1]
>>> "lead" in bisumm.rank.METHODS
True
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# name -> module that defines it (loaded lazily, PEP 562); "module:attr" when the names differ
_EXPORTS = {
    "detect": "bisumm.langid",
    "sentences": "bisumm.document",
    "paragraphs": "bisumm.document",
    "Document": "bisumm.document",
    "stem": "bisumm.lang",
    "get_language": "bisumm.lang",
    "summarize": "bisumm.summarizer",
    "Summarizer": "bisumm.summarizer",
    "rank_sentences": "bisumm.summarizer:rank",
    "quotes": "bisumm.quotation",
    "keywords": "bisumm.keyphrases",
    "Keyword": "bisumm.keyphrases.record",
    "match_form": "bisumm.normalize",
    "normalize": "bisumm.normalize",
    "decode": "bisumm.textio",
    "read_text": "bisumm.textio",
    "Span": "bisumm.types",
    "Sentence": "bisumm.types",
    "Token": "bisumm.types",
    "Detection": "bisumm.types",
    "ScoredSentence": "bisumm.types",
    "Quote": "bisumm.types",
    "Summary": "bisumm.types",
    "BisummError": "bisumm.errors",
    "DecodeError": "bisumm.errors",
    "BudgetError": "bisumm.errors",
    "UnknownLanguageError": "bisumm.errors",
    "InputTooLargeError": "bisumm.errors",
    "NotRegularFileError": "bisumm.errors",
}

__all__ = sorted(_EXPORTS) + ["__version__"]

# subpackages reached as attributes (``bisumm.rank.METHODS``) before anything imported them;
# none of them shares its name with an export, so importing one never hides a function
_SUBPACKAGES = frozenset({"rank"})

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from .langid import detect
    from .document import Document, paragraphs, sentences
    from .errors import (BisummError, BudgetError, DecodeError, InputTooLargeError, NotRegularFileError,
                         UnknownLanguageError)
    from .lang import get_language, stem
    from .normalize import match_form, normalize
    from .keyphrases import keywords
    from .keyphrases.record import Keyword
    from .quotation import quotes
    from . import rank
    from .summarizer import Summarizer, summarize
    from .summarizer import rank as rank_sentences
    from .textio import decode, read_text
    from .types import Detection, Quote, ScoredSentence, Sentence, Span, Summary, Token


def __getattr__(name: str) -> Any:
    if name in _SUBPACKAGES:
        return import_module(f"{__name__}.{name}")  # the import system sets the attribute itself
    target = _EXPORTS.get(name)
    if target is None:
        raise AttributeError(f"module 'bisumm' has no attribute {name!r}")
    module, _, attr = target.partition(":")
    value = getattr(import_module(module), attr or name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*__all__, *_SUBPACKAGES])
