"""Languages behind one small face.

A language is a module ``bisumm/lang/<code>.py`` exposing ``LANGUAGE``, an instance of
:class:`Language`, plus a stop-word file ``stopwords/<code>.txt``. Adding a language is
one module, one word list and one line in :data:`MODULES` (see docs/add-a-language.md).

>>> stem("республикаларҙа", "ba")
'республика'
>>> stem("Республики", "ru")
'республика'
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from importlib import import_module, resources
from pathlib import Path

from ..errors import UnknownLanguageError
from ..normalize import match_form

__all__ = ["Language", "MODULES", "get_language", "stem", "load_stopwords", "available"]

#: language code -> module that defines ``LANGUAGE``
MODULES: dict[str, str] = {"ba": "bisumm.lang.ba", "ru": "bisumm.lang.ru"}


class Language:
    """What the pipeline needs from a language.

    Subclasses set ``code``, ``name`` and ``abbreviations`` and implement :meth:`base_form`;
    ``back_references`` and ``first_person`` (optional) help the news ranker demote
    sentences that read badly out of their context.
    Terms are cached per word, guarded by a lock so one instance serves many threads.
    """

    code: str = "und"
    name: str = "undetermined"
    #: lower-case abbreviations (without the final dot) that do not end a sentence
    abbreviations: frozenset[str] = frozenset()
    #: folded words that, opening a sentence, point back to what came before (``он``, ``был``)
    back_references: frozenset[str] = frozenset()
    #: folded first-person words: a sentence holding one is somebody's speech, not the report
    first_person: frozenset[str] = frozenset()
    #: lower-case stems of the month names: a day number before one dates an event (``15 ноябрҙә``)
    months: tuple[str, ...] = ()
    #: cache size above which the term cache is cleared (bounded memory on huge inputs)
    cache_limit: int = 200_000

    def __init__(self) -> None:
        self.stopwords: frozenset[str] = load_stopwords(self.code)
        self._cache: dict[str, str | None] = {}
        self._lock = threading.Lock()

    def base_form(self, word: str) -> str:
        """Lemma or stem of a word already folded by :func:`~bisumm.normalize.match_form`."""
        raise NotImplementedError

    def term(self, word: str) -> str | None:
        """The ranking term of a raw word, or ``None`` for a stop word or a non-word."""
        cached = self._cache.get(word)
        if cached is not None or word in self._cache:
            return cached
        form = match_form(word)
        if form in self.stopwords or not any(ch.isalpha() for ch in form):
            result = None
        else:
            result = self.base_form(form)
            if result in self.stopwords:
                result = None
        with self._lock:
            if len(self._cache) >= self.cache_limit:
                self._cache.clear()
            self._cache[word] = result
        return result

    def terms(self, words: Iterable[str]) -> list[str]:
        """Ranking terms of several words, stop words dropped."""
        out = []
        for word in words:
            t = self.term(word)
            if t is not None:
                out.append(t)
        return out

    def __repr__(self) -> str:
        return f"<Language {self.code}: {self.name}>"


_languages: dict[str, Language] = {}
_registry_lock = threading.Lock()


def available() -> tuple[str, ...]:
    """Codes of the languages bisumm can process."""
    return tuple(sorted(MODULES))


def get_language(code: str) -> Language:
    """The :class:`Language` for ``code`` (loaded once per process)."""
    lang = _languages.get(code)
    if lang is not None:
        return lang
    module = MODULES.get(code)
    if module is None:
        raise UnknownLanguageError(f"unknown language {code!r}; available: {', '.join(available())}")
    with _registry_lock:
        if code not in _languages:
            _languages[code] = import_module(module).LANGUAGE
    return _languages[code]


def stem(word: str, lang: str) -> str:
    """The term bisumm ranks by: Russian lemma or Bashkir stem (stop words are not dropped)."""
    language = get_language(lang)
    return language.base_form(match_form(word))


def load_stopwords(code: str) -> frozenset[str]:
    """Words of ``stopwords/<code>.txt`` (``#`` comments and blank lines skipped), folded."""
    text = _stopword_file(code)
    words = set()
    for line in text.splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.add(match_form(word))
    return frozenset(words)


def _stopword_file(code: str) -> str:
    name = f"{code}.txt"
    try:  # installed wheel: shipped as the bisumm.stopwords package
        return resources.files("bisumm.stopwords").joinpath(name).read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError):
        pass
    source_tree = Path(__file__).resolve().parents[2] / "stopwords" / name
    if source_tree.is_file():  # source checkout
        return source_tree.read_text("utf-8")
    return ""
