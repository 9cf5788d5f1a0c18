"""The Document: text → paragraphs → sentences (with language) → tokens and terms.

Built once, consumed by the ranking core and the quote extractor. Every span
indexes the original text.

>>> doc = Document.from_text("Уфа — столица Башкортостана. Город лежит на реке Белой.\\n\\n"
...                          "Өфө — Башҡортостандың баш ҡалаһы.")
>>> [(s.lang, s.paragraph) for s in doc.sentences]
[('ru', 0), ('ru', 0), ('ba', 1)]
>>> doc.terms[1]
('город', 'лежать', 'река', 'белый')
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from .lang import MODULES, Language, available, get_language
from .langid import detect
from .normalize import match_form
from .segment import split_paragraphs, split_sentences
from .tokens import WORD_PATTERN, iter_words
from .types import Detection, Sentence, Span, Token

if TYPE_CHECKING:  # pragma: no cover
    from .entities import Entities

__all__ = ["Document", "Outline", "sentences", "paragraphs", "SENTENCE_CONFIDENCE"]

#: below this confidence a sentence takes the language of its document
SENTENCE_CONFIDENCE = 0.6
#: how much text (from the start) the document-level detection reads: enough for a confident
#: call; every sentence is then routed on its own
_DETECT_CHARS = 500
#: a sample with this many letters may be routed by its letters alone (see ``_detect_document``)
_SURE_LETTERS = 150
#: whole-text confidence above which letters alone may route a sentence (see ``Language.letters_agree``)
_SURE = 0.99


@dataclass(frozen=True, eq=False)
class Document:
    """A text split into paragraphs and sentences, each sentence routed to a language.

    ``lang`` is the dominant language (by characters) of the sentences; ``detection``
    is the whole-text detection it started from.
    """

    text: str
    lang: str
    detection: Detection
    paragraphs: tuple[Span, ...]
    sentences: tuple[Sentence, ...]
    #: the caller forced ``lang`` (every sentence and quote block is read in it)
    forced: bool = False
    _terms_cache: dict[int, tuple[Token, ...]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_text(cls, text: str, lang: str = "auto") -> Document:
        """Segment and route ``text``. ``lang`` forces one language (``"ba"``, ``"ru"``)."""
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}; decode bytes with bisumm.decode")
        if lang != "auto":
            get_language(lang)  # raises UnknownLanguageError for codes we cannot process
        paras, spans = _segments(text)
        if not paras:
            return cls(text, "und", Detection("und", 0.0), (), ())
        detection = Detection(lang, 1.0, {lang: 1.0}) if lang != "auto" else _detect_document(text)
        sure = _sure_language(text, detection) if lang == "auto" else None
        sents: list[Sentence] = []
        for start, stop, p_index in spans:
            sent_lang = lang if lang != "auto" else _route(text[start:stop], detection.lang, sure)
            sents.append(Sentence(start, stop, text[start:stop], sent_lang, p_index, len(sents)))
        return cls(text, _dominant(sents, detection.lang), detection, paras, tuple(sents), lang != "auto")

    @cached_property
    def starts(self) -> tuple[int, ...]:
        """Where each sentence starts (what :func:`bisumm.entities.split_blocks` looks blocks up in)."""
        return tuple(s.start for s in self.sentences)

    def language_of(self, sentence: Sentence) -> Language | None:
        """The :class:`~bisumm.lang.Language` that processes ``sentence`` (``None``: generic)."""
        code = sentence.lang if sentence.lang in MODULES else self.lang
        return get_language(code) if code in MODULES else None

    def tokens(self, index: int) -> tuple[Token, ...]:
        """Word tokens of sentence ``index`` with their terms (``None`` for stop words)."""
        cached = self._terms_cache.get(index)
        if cached is None:
            sentence = self.sentences[index]
            language = self.language_of(sentence)
            term = language.term if language is not None else _generic_term
            cached = tuple(Token(m.start(), m.end(), m.group(), term(m.group()))
                           for m in iter_words(self.text, sentence.start, sentence.stop))
            self._terms_cache[index] = cached
        return cached

    def words(self, index: int) -> tuple[str, ...]:
        """The words of sentence ``index`` as plain strings (no offsets: cheaper than :meth:`tokens`)."""
        return self._words[index]

    @cached_property
    def _words(self) -> tuple[tuple[str, ...], ...]:
        """The words of every sentence, split once (ranking, cues and budgets all read them)."""
        find = WORD_PATTERN.findall
        return tuple(tuple(find(self.text, s.start, s.stop)) for s in self.sentences)

    @cached_property
    def terms(self) -> tuple[tuple[str, ...], ...]:
        """Ranking terms of every sentence (stop words and punctuation dropped).

        Built from :meth:`words`, not :meth:`tokens`: no record per word, so a long text
        allocates (and the garbage collector walks) far fewer objects.
        """
        out = []
        for index, sentence in enumerate(self.sentences):
            language = self.language_of(sentence)
            term = language.term if language is not None else _generic_term
            out.append(tuple(t for t in map(term, self.words(index)) if t is not None))
        return tuple(out)

    @cached_property
    def context_cues(self) -> tuple[tuple[bool, bool], ...]:
        """Per sentence: does it open with a back-reference, does it speak in the first person?

        From its language's ``back_references`` and ``first_person`` word lists; computed
        once per document (the ranker and the quote boost both read it).
        """
        out = []
        for index, sentence in enumerate(self.sentences):
            language = self.language_of(sentence)
            words = self.words(index)
            if language is None or not words:
                out.append((False, False))
                continue
            # the lists hold plain lower-case words: lower() and ё → е is all the folding they need
            folded = [w.lower().replace("ё", "е") for w in words]
            out.append((folded[0] in language.back_references, not language.first_person.isdisjoint(folded)))
        return tuple(out)

    @cached_property
    def entities(self) -> Entities:
        """Mentions of people, roles, pronouns and organisations, and the people they name
        (:mod:`bisumm.entities`), computed once on first use."""
        from .entities import find_entities

        return find_entities(self, self.lang if self.forced else "auto")

    def __len__(self) -> int:
        return len(self.sentences)


class Outline:
    """A text's paragraphs and sentence spans, each sentence routed to a language only when it is read;
    read like a :class:`Document` by :func:`bisumm.entities.split_blocks`. ``bisumm.quotes`` reads the
    language of one sentence per block (without marker letters) only: routing every sentence of a text
    was a third of its time on 10 MB of news. Every sentence read, and :attr:`lang`, are what
    :meth:`Document.from_text` gives.

    >>> o = Outline("Уфа — столица.\\n\\nӨфө — Башҡортостандың баш ҡалаһы.")
    >>> o.starts, o.sentences[1].lang, o.lang
    ((0, 16), 'ba', 'ba')
    """

    forced = False

    def __init__(self, text: str) -> None:
        self.text = text
        self.paragraphs, spans = _segments(text)
        self.starts = tuple(start for start, _, _ in spans)
        self.detection = _detect_document(text) if self.paragraphs else Detection("und", 0.0)
        self.sentences = _RoutedOnRead(text, spans, self.detection.lang, _sure_language(text, self.detection))

    @cached_property
    def lang(self) -> str:
        """The dominant language, as :attr:`Document.lang` (``bisumm.quotes`` reads it for a block whose own
        sentence has a language without modules). The sentences letters alone route are counted first, then
        the others are routed in text order only until no language can overtake the leader."""
        sents = self.sentences
        sents.route_by_letters()
        weight: dict[str, int] = {}
        left = 0
        for (start, stop, _), found in zip(sents.spans, sents.read):
            if found is None:
                left += stop - start
            else:
                weight[found.lang] = weight.get(found.lang, 0) + stop - start
        for index, found in enumerate(sents.read):
            if _settled(weight, left):
                break
            if found is None:
                sentence = sents[index]
                left -= sentence.stop - sentence.start
                weight[sentence.lang] = weight.get(sentence.lang, 0) + sentence.stop - sentence.start
        return _heaviest(weight, self.detection.lang)


class _RoutedOnRead(Sequence[Sentence]):
    """The sentences of an :class:`Outline`, each routed (and remembered) on its first read."""

    def __init__(self, text: str, spans: list[tuple[int, int, int]], document_lang: str, sure: str | None) -> None:
        self.text, self.spans, self.document_lang, self.sure = text, spans, document_lang, sure
        self.read: list[Sentence | None] = [None] * len(spans)
        self.letters_failed: set[int] = set()  # sentences whose letters were read and leave doubt

    def route_by_letters(self) -> None:
        """Route every sentence that letters alone route (see :func:`_route`; no model: cheap)."""
        if self.sure is None:
            return
        agree = get_language(self.sure).letters_agree
        for index, (start, stop, p_index) in enumerate(self.spans):
            if self.read[index] is None and index not in self.letters_failed:
                sentence = self.text[start:stop]
                if agree(sentence):
                    self.read[index] = Sentence(start, stop, sentence, self.sure, p_index, index)
                else:
                    self.letters_failed.add(index)

    def __len__(self) -> int:
        return len(self.spans)

    def __getitem__(self, index):  # type: ignore[no-untyped-def,override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        found = self.read[index]
        if found is None:
            start, stop, p_index = self.spans[index]
            sentence = self.text[start:stop]
            index %= len(self.spans)
            sure = None if index in self.letters_failed else self.sure  # (letters already read: the model)
            found = Sentence(start, stop, sentence, _route(sentence, self.document_lang, sure), p_index, index)
            self.read[index] = found
        return found


def _segments(text: str) -> tuple[tuple[Span, ...], list[tuple[int, int, int]]]:
    """The paragraphs of ``text`` and its sentences as (start, stop, paragraph index)."""
    paras = tuple(Span(s, e, text[s:e]) for s, e in split_paragraphs(text))
    return paras, [(start, stop, p_index) for p_index, para in enumerate(paras)
                   for start, stop in split_sentences(text, para.start, para.stop)]


def _sure_language(text: str, detection: Detection) -> str | None:
    """The whole text's language when it is sure enough for letters alone to route a sentence (see
    :func:`_route`), else ``None``."""
    sure = detection.lang if detection.confidence >= _SURE and detection.lang in MODULES else None
    if sure is not None and _holds_any(text.lower(), get_language(sure).unsure_letters):
        return None  # e.g. other Cyrillic letters in a Russian text: route every sentence by detection
    return sure


def _generic_term(word: str) -> str | None:
    form = match_form(word)
    return form if any(ch.isalpha() for ch in form) else None


def _holds_any(text: str, letters: frozenset[str]) -> bool:
    """Does ``text`` hold one of ``letters``? (A substring search per letter: far faster on a long
    text than hashing its every character.)"""
    return any(letter in text for letter in letters)


def _detect_document(text: str) -> Detection:
    """The language of ``text`` from its first :data:`_DETECT_CHARS` characters.

    A sample of at least :data:`_SURE_LETTERS` letters that a language's
    :meth:`~bisumm.lang.Language.letters_agree` claims needs no model (the cold path of a
    news archive: every article's
    first words are new to the word cache); anything else goes to :func:`bisumm.detect`.
    """
    sample = text[:_DETECT_CHARS]
    if sum(map(str.isalpha, sample)) >= _SURE_LETTERS:
        for code in available():
            if get_language(code).letters_agree(sample):
                return Detection(code, 1.0, {code: 1.0})
    return detect(sample)


def _route(sentence: str, document_lang: str, sure: str | None = None) -> str:
    """The sentence's language; ``sure`` (a confident document language) skips detection
    when the sentence's letters leave no doubt (see :meth:`bisumm.lang.Language.letters_agree`)."""
    if sure is not None and get_language(sure).letters_agree(sentence):
        return sure
    found = detect(sentence)
    if found.lang != "und" and found.confidence >= SENTENCE_CONFIDENCE:
        return found.lang
    return document_lang


def _dominant(sents: list[Sentence], fallback: str) -> str:
    weight: dict[str, int] = {}
    for s in sents:
        weight[s.lang] = weight.get(s.lang, 0) + len(s.text)
    return _heaviest(weight, fallback)


def _heaviest(weight: dict[str, int], fallback: str) -> str:
    """The language with the most characters (the first by code on a tie; ``fallback`` for none)."""
    if not weight:
        return fallback
    return max(sorted(weight), key=lambda code: weight[code])


def _settled(weight: dict[str, int], left: int) -> bool:
    """No language can reach the leader's characters with the ``left`` characters not yet routed.

    >>> _settled({"ba": 70, "tt": 5}, 60), _settled({"ba": 70, "tt": 5}, 65), _settled({}, 0)
    (True, False, True)
    """
    if not left:
        return True
    top = sorted(weight.values(), reverse=True)[:2] + [0, 0]
    return top[0] > top[1] + left


def sentences(text: str, lang: str = "auto") -> list[Sentence]:
    """Sentences of ``text`` as spans with language, paragraph and index.

    Examples:
        >>> [s.text for s in sentences("Т. е. всё ясно. Хабиров: «Работаем!»")]
        ['Т. е. всё ясно.', 'Хабиров: «Работаем!»']
    """
    return list(Document.from_text(text, lang).sentences)


def paragraphs(text: str) -> list[Span]:
    """Paragraphs of ``text`` (separated by blank lines) as spans."""
    return [Span(s, e, text[s:e]) for s, e in split_paragraphs(text)]
