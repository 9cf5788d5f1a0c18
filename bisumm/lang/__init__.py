"""Languages behind one face: everything bisumm knows about a language lives in its module.

A language is a module ``bisumm/lang/<code>.py`` exposing ``LANGUAGE``, an instance of
:class:`Language` (words, stems, alphabet, speech verbs and, optionally, its quote grammar),
plus a stop-word file ``stopwords/<code>.txt``. Adding a language is one module, its word
lists and one line in :data:`MODULES` (or :func:`register`; see docs/add-a-language.md).

>>> stem("республикаларҙа", "ba")
'республика'
>>> stem("Республики", "ru")
'республика'
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable
from functools import cached_property, lru_cache
from importlib import import_module, resources
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UnknownLanguageError
from ..normalize import match_form
from ..tokens import WORD_PATTERN

if TYPE_CHECKING:  # pragma: no cover
    from ..keyphrases.grammar import KeyphraseGrammar
    from .lexicon import TitleLexicon
    from ..quotation.grammar import QuoteGrammar

__all__ = ["Language", "MODULES", "get_language", "stem", "load_stopwords", "available", "register", "unregister",
           "generation",
           "marked_language", "FALLBACK_LANGUAGE"]

#: language code -> module that defines ``LANGUAGE``
MODULES: dict[str, str] = {"ba": "bisumm.lang.ba", "ru": "bisumm.lang.ru"}
#: the language mixed text is read in when neither the caller, its letters, its sentence nor the
#: document names one bisumm processes (Russian: the language of the region's press)
FALLBACK_LANGUAGE = "ru"


class Language:
    """Everything bisumm knows about one language, behind one face.

    Subclasses set ``code``, ``name`` and ``abbreviations`` and implement :meth:`base_form`;
    the rest is optional. ``back_references`` and ``first_person`` help the news ranker demote
    sentences that read badly out of their context; ``alphabet``, ``marker_letters`` and
    :meth:`letters_agree` route text by its letters; ``speech_verbs`` and ``speech_stems`` name
    the reporting verbs; :meth:`make_quote_grammar` gives the quotation rules (none by default:
    a language without them gets no quotes rather than another language's rules) and
    :meth:`make_keyphrase_grammar` the keyword rules (neutral by default: single words and names).
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
    #: lower-case stems of the words that report a meeting (``осрашты``, ``встретился``): who met whom
    meeting_stems: tuple[str, ...] = ()
    #: cache size above which the term cache is cleared (bounded memory on huge inputs)
    cache_limit: int = 200_000
    #: lower-case letters of the alphabet ("" when not declared)
    alphabet: str = ""
    #: letters that, among the languages bisumm processes, only this one writes: a quote block
    #: holding one is read in this language (Bashkir ``ҙ ҡ ҫ ғ һ ә ө ү ң``)
    marker_letters: frozenset[str] = frozenset()
    #: what a word is (shared by tokens, quotes and names; override only where a language differs)
    word_pattern: re.Pattern[str] = WORD_PATTERN
    #: the language's reporting verbs as the quote rules match them (Russian lemmas, Bashkir roots)
    speech_verbs: frozenset[str] = frozenset()
    #: prefixes of folded word forms of speech verbs that open an author's words after a quote
    #: (``сказа``, ``тине``): cheap, no morphology; the pre-commit hook's punctuation check reads them
    speech_stems: tuple[str, ...] = ()

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

    def letters_agree(self, sentence: str) -> bool:
        """True when ``sentence`` can only be this language by its letters (routing without the
        model); ``False`` when unsure, which is always safe: the model decides then."""
        return False

    #: letters that, anywhere in a text, stop :meth:`letters_agree` from routing its sentences
    unsure_letters: frozenset[str] = frozenset()
    #: words of officials' titles, state bodies, pronouns and places (``None``: none), read by
    #: ``bisumm.entities.titles``
    title_lexicon: TitleLexicon | None = None

    def vocabulary(self) -> Callable[[str], bool] | None:
        """A test of whether the language knows a word (its dictionary), or ``None``: the router
        then uses the word list stored in its model file."""
        return None

    def make_quote_grammar(self) -> QuoteGrammar | None:
        """This language's quotation rules (see :class:`bisumm.quotation.grammar.QuoteGrammar`),
        or ``None``: the language has none and ``bisumm.quotes`` finds no quotes in it."""
        return None

    @cached_property
    def quote_grammar(self) -> QuoteGrammar | None:
        """The quotation rules, built once on first use (so importing a language stays cheap)."""
        return self.make_quote_grammar()

    def make_keyphrase_grammar(self) -> KeyphraseGrammar:
        """This language's keyword rules (see :class:`bisumm.keyphrases.grammar.KeyphraseGrammar`):
        by default ``GRAMMAR(self)`` of the module ``<language module>_keyphrases`` when there is
        one (``bisumm.lang.ru_keyphrases``), else the neutral rules: single-word keywords and names."""
        from importlib.util import find_spec

        from ..keyphrases.grammar import KeyphraseGrammar

        module = f"{type(self).__module__}_keyphrases"
        try:
            found = find_spec(module) is not None
        except (ImportError, ValueError):
            found = False
        return import_module(module).GRAMMAR(self) if found else KeyphraseGrammar(self)

    @cached_property
    def keyphrase_grammar(self) -> KeyphraseGrammar:
        """The keyword rules, built once on first use."""
        return self.make_keyphrase_grammar()

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
_generation = [0]  # bumped by register and unregister


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


def register(language: Language) -> None:
    """Make a language defined outside ``bisumm/lang/`` available under its code (a plug-in, a test).

    Languages shipped with bisumm are listed in :data:`MODULES` instead and load on first use.
    """
    with _registry_lock:
        MODULES[language.code] = type(language).__module__
        _languages[language.code] = language
        _generation[0] += 1


def unregister(code: str) -> None:
    """Forget a language added with :func:`register`."""
    with _registry_lock:
        MODULES.pop(code, None)
        _languages.pop(code, None)
        _generation[0] += 1


def generation() -> int:
    """A number that changes whenever :func:`register` or :func:`unregister` changes the languages
    (caches built over every language compare it)."""
    return _generation[0]


def marked_language(text: str, start: int = 0, stop: int | None = None) -> str | None:
    """The first language whose :attr:`~Language.marker_letters` (either case) ``text[start:stop]``
    holds, or ``None``.

    >>> marked_language("Өфө"), marked_language("Уфа")
    ('ba', None)
    """
    end = len(text) if stop is None else stop
    for code in available():
        marker = _marker_pattern(get_language(code).marker_letters)
        if marker is not None and marker.search(text, start, end):
            return code
    return None


@lru_cache(maxsize=16)
def _marker_pattern(letters: frozenset[str]) -> re.Pattern[str] | None:
    if not letters:
        return None
    chars = "".join(sorted(letters | {ch.upper() for ch in letters}))
    return re.compile(f"[{re.escape(chars)}]")


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
