"""Language routing: Bashkir, Russian and their neighbours, per text or per sentence.

Three kinds of evidence, the first two summed word by word (each word's vector is cached):

* a naive Bayes model over the features of :func:`word_features` — character 1–4-grams
  of words padded with spaces (``" ҡала "`` → ``ҡ``, ``" ҡ"``, ``"ҡал"``, ``"ала "`` …)
  plus the whole padded word for words of three letters or more — for eight languages:
  ba, ru, tt, kk, ky, uk, be, en. One word counts at most :data:`WORD_CAP` nats against
  a language, so a quoted foreign word cannot flip a sentence; a capitalised word after
  the first (most likely a name, which says little about the language) counts
  ``name_weight`` (0.5) times;
* letter statistics: each Cyrillic letter missing from a language's alphabet costs it
  :data:`LETTER_PENALTY` (16) nats (``ҙ ҡ ҫ`` exist only in Bashkir, ``җ`` only in Tatar,
  ``қ ұ`` in Kazakh, ``ї є ґ`` in Ukrainian, ``ў`` in Belarusian); every non-ASCII
  letter costs English as much;
* vocabulary cues, read only when a language and the best other one are within
  ``margin`` (40) nats (see ``_Cue``): a lower-case word missing from pymorphy3's Russian
  dictionary costs Russian 16 nats (Ukrainian, Kyrgyz, Tatar words), one it has loses at
  most 8 nats against Ukrainian and Belarusian; a lower-case word missing from the
  Bashkir word list stored in the model costs Bashkir 12 nats (Tatar words); a capitalised
  first word counts half, capitalised words inside (names) not at all. pymorphy3 is only
  loaded on such a close call.

Words are read like :func:`bisumm.normalize.match_form` (lower case, soft hyphens
dropped, Latin ``h`` inside a Cyrillic word read as ``һ``, ``ё`` → ``е``). Confidence is
a softmax of the summed scores (plus a per-language prior ``bias``: 4 nats for ba) at
:data:`TEMPERATURE` nats: whole sentences get a confidence near 1, three-word snippets
often below the Document's 0.6.

The model ``bisumm/data/langid.bin`` (497 KB: 58,428 features, 51,631 Bashkir words;
loaded once, ~25–60 ms) is built by ``python bench/train_langid.py`` (~30 s) from
``../shared/data``: NTREX-128
documents with an even ``doc`` number (all eight languages) and the native news
``news_bashgazet`` + ``news_kiskeufa`` (Bashkir, and their few Russian chunks for
regional Russian words); the odd NTREX documents and the news files
``news_jeshlek`` + ``news_gsrb`` are held out for ``bench/langid.py``. The name weight,
prior and cue settings were chosen on dev splits of the training side
(``train_langid.py --dev``). Its first line is a JSON header saying what it holds, how it
was built and the scoring settings (``whole_words``, ``name_weight``, ``bias``, ``cues``,
optionally ``word_cap``, ``letter_penalty``, ``temperature`` overriding the defaults
here); then come, zlib-compressed, the features, per feature and language its
log-probability below the best language's in steps of ``step`` nats (one byte each), and
the cue's Bashkir word list (``word_bytes`` bytes, newline-separated).

>>> detect("Башҡортостан Башлығы Радий Хәбиров ҡунаҡтарҙы сәләмләне.").lang
'ba'
>>> detect("Глава республики провёл совещание с министрами.").lang
'ru'
>>> detect("   ").lang, detect("2024 — 15:30").confidence
('und', 0.0)
"""

from __future__ import annotations

import json
import math
import re
import zlib
from itertools import chain
from operator import add
from collections.abc import Callable
from pathlib import Path

from .normalize import match_form
from .lang.ba import OWN_LETTERS as BASHKIR_LETTERS
from .lang.ru import ALPHABET as RUSSIAN_ALPHABET
from .types import Detection

__all__ = ["detect", "scores", "word_features", "word_grams", "word_form", "prepare", "MODEL_PATH", "TEMPERATURE", "WORD_CAP",
           "LETTER_PENALTY", "MIN_CONFIDENCE", "MAX_CHARS"]

MODEL_PATH = Path(__file__).with_name("data") / "langid.bin"
#: nats per unit of the softmax that turns scores into confidences
TEMPERATURE = 8.0
#: the most one word can count against a language, in nats
WORD_CAP = 30.0
#: below this confidence the result is ``und``
MIN_CONFIDENCE = 0.3
#: whole texts are judged on their first characters only (routing stays cheap)
MAX_CHARS = 20_000
#: share of letters in words the model knows, below which the script is not modelled
MIN_KNOWN = 0.5
#: a vocabulary cue is only read when its language and the best other one are this close, in nats
CUE_MARGIN = 40.0

#: nats a language loses for each letter of the text missing from its alphabet (chosen with
#: ``bench/train_langid.py --dev``, which writes it into the model header)
LETTER_PENALTY = 16.0
_RU = RUSSIAN_ALPHABET.replace("ё", "")
#: Cyrillic alphabets (after ``ё`` → ``е``); English is scored on Latin words only
_ALPHABETS = {
    "ru": _RU,
    "ba": _RU + BASHKIR_LETTERS,
    "tt": _RU + "әөүҗңһ",
    "kk": _RU + "әғқңөұүһі",
    "ky": _RU + "ңөү",
    "uk": _RU.replace("ъ", "").replace("ы", "").replace("э", "") + "іїєґ",
    "be": _RU.replace("и", "").replace("щ", "").replace("ъ", "") + "іў",
    "en": "",
}
#: words a language's vocabulary cue looks up, and the rivals a word it knows is shielded from
_CUE_WORDS = {"ru": (re.compile("[а-я]+"), ("uk", "be")),
              "ba": (re.compile(f"[а-я{BASHKIR_LETTERS}]+"), ("tt", "kk", "ky"))}
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_LETTERS = re.compile(r"[^\W\d_]+")
_NEEDS_FORM = re.compile("[a-zё\u0300-\u036f]|[^\u0000-\u04ff]")  # mixed script, ё, combining marks
_UND = Detection("und", 0.0, {})
_CACHE_LIMIT = 200_000
_LONGEST = 60  # letters of a word that are scored: 4 × 62 n-grams × 255 stays in a 16-bit lane


def prepare(text: str) -> list[str]:
    """The words the model reads: lower case, soft hyphens gone, letters only.

    >>> words = prepare("Респуб\u00adликаhы 2024 йылда!")
    >>> words, [word_form(w) for w in words]
    (['республикаhы', 'йылда'], ['республикаһы', 'йылда'])
    """
    text = text.lower()
    if not text.isascii() and _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    return _LETTERS.findall(text)


def word_form(word: str) -> str:
    """One word of :func:`prepare` as the model sees it (Latin look-alikes fixed, ``ё`` → ``е``)."""
    if word.isascii() or not _NEEDS_FORM.search(word):
        return word
    return match_form(word)


def word_features(word: str) -> list[str]:
    """What the model scores in one word: its :func:`word_grams` and, for words of three
    letters or more, the whole word padded with spaces (shorter words are 4-grams already).

    >>> word_features("ул")[-1], word_features("ҡала")[-1]
    (' ул ', ' ҡала ')
    """
    grams = word_grams(word)
    if len(word) > 2:
        grams.append(f" {word} ")
    return grams


def word_grams(word: str) -> list[str]:
    """Character 1–4-grams of ``word`` padded with one space each side.

    >>> word_grams("ул")
    ['у', 'л', ' у', 'ул', 'л ', ' ул', 'ул ', ' ул ']
    """
    padded = f" {word} "
    twos = list(map(add, padded, padded[1:]))
    threes = list(map(add, twos, padded[2:]))
    return [*word, *twos, *threes, *map(add, threes, padded[3:])]


class _Model:
    """The loaded table: n-gram → its losses (``step`` nats) packed in 16-bit lanes of one int.

    Packing lets one ``sum`` add the losses of all languages at once.
    """

    def __init__(self, path: Path) -> None:
        raw = path.read_bytes()
        head, _, body = raw.partition(b"\n")
        meta = json.loads(head)
        payload = zlib.decompress(body)
        cut = meta["gram_bytes"]
        grams = payload[:cut].decode("utf-8").split("\n")
        end = len(payload) - meta.get("word_bytes", 0)
        rows = payload[cut:end]
        width = len(meta["langs"])
        self.meta = meta
        self.langs: tuple[str, ...] = tuple(meta["langs"])
        self.step = float(meta["step"])
        self.rows = rows
        self.width = width
        self.at = dict(zip(grams, range(0, len(rows), width)))  # n-gram → its row; packed on first use
        self.table = _PackedRows(self)
        self.shifts = tuple(range(0, 16 * width, 16))
        self.cache: dict[str, tuple[float, ...] | None] = {}
        self.cap = float(meta.get("word_cap", WORD_CAP))
        self.penalty = float(meta.get("letter_penalty", LETTER_PENALTY))
        self.temperature = float(meta.get("temperature", TEMPERATURE))
        self.bias = tuple(float(meta.get("bias", {}).get(lang, 0.0)) for lang in self.langs)
        self.name_weight = float(meta.get("name_weight", 1.0))
        self.features = word_features if meta.get("whole_words") else word_grams
        self.letters = _letter_penalties(self.langs, self.penalty)
        self.english = self.langs.index("en") if "en" in self.langs else -1
        self.words = payload[end:]  # a word list (newline-separated) for a vocabulary cue, if any
        self.cues = [_Cue(self, lang, settings) for lang, settings in meta.get("cues", {}).items()]

    def word_vector(self, word: str) -> tuple[float, ...] | None:
        """Scores of one word (0 for the best language, negative below), ``None`` if unknown."""
        cache = self.cache
        found = cache.get(word, _MISS)
        if found is _MISS:
            if len(cache) > _CACHE_LIMIT:
                cache.clear()
            found = cache[word] = self._score(word)
        return found

    def _score(self, word: str) -> tuple[float, ...] | None:
        form = word_form(word)[:_LONGEST]
        total = self._total(form)
        if not total:  # no n-gram known (another script), or none tells languages apart
            return None
        losses = [(total >> shift) & 0xFFFF for shift in self.shifts]
        best = min(losses)
        step, cap = self.step, self.cap
        vector = [max((best - loss) * step, -cap) for loss in losses]
        letters = self.letters
        for ch in letters.keys() & set(form):
            count = form.count(ch)
            vector = [v - count * p for v, p in zip(vector, letters[ch])]
        if self.english >= 0:  # every non-ASCII letter (Cyrillic: two UTF-8 bytes) counts against English
            vector[self.english] -= self.penalty * (len(form.encode("utf-8")) - len(form))
        return tuple(vector)

    def _total(self, form: str) -> int:
        """The packed losses of the word's :attr:`features` summed (part by part: the same total as
        summing :func:`word_features`, without joining the gram lists; every new word pays it)."""
        get = self.table.__getitem__
        padded = f" {form} "
        twos = list(map(add, padded, padded[1:]))
        threes = list(map(add, twos, padded[2:]))
        total = sum(map(get, chain(form, twos, threes, map(add, threes, padded[3:]))))
        return total + get(padded) if self.features is word_features and len(form) > 2 else total


_MISS = object()


class _PackedRows(dict):  # type: ignore[type-arg]
    """n-gram → its row of losses packed in 16-bit lanes, built on first lookup (0 if unknown).

    Packing all 58k rows at load time cost a cold command ~0.1 s; a text needs a few thousand.
    """

    def __init__(self, model: _Model) -> None:
        super().__init__()
        self.model = model

    def __missing__(self, gram: str) -> int:
        model = self.model
        at = model.at.get(gram)
        if at is None:
            packed = 0
        else:
            lanes = bytearray(2 * model.width)
            lanes[0::2] = model.rows[at:at + model.width]
            packed = int.from_bytes(lanes, "little")
        self[gram] = packed
        return packed


def _letter_penalties(langs: tuple[str, ...], penalty: float) -> dict[str, tuple[float, ...]]:
    """Cyrillic letters missing from some alphabet → the penalty of each language (not English)."""
    cyrillic = [lang for lang in langs if lang != "en"]
    every = set.union(*(set(_ALPHABETS[lang]) for lang in cyrillic))
    shared = set.intersection(*(set(_ALPHABETS[lang]) for lang in cyrillic))
    return {ch: tuple(0.0 if lang == "en" or ch in _ALPHABETS[lang] else penalty for lang in langs)
            for ch in sorted(every - shared)}


_MODEL: _Model | None = None


def _model() -> _Model:
    global _MODEL
    if _MODEL is None:
        _MODEL = _Model(MODEL_PATH)
    return _MODEL


def detect(text: str) -> Detection:
    """Language of ``text``: ``ba``, ``ru``, ``tt``, ``kk``, ``ky``, ``uk``, ``be``, ``en`` or ``und``.

    ``und`` (confidence 0) for empty text, text without letters and scripts the model
    does not know; ``und`` with a low confidence when no language stands out.

    >>> d = detect("Өфөлә яңы мәктәп асылды.")
    >>> d.lang, d.confidence > 0.9, round(sum(d.scores.values()), 6)
    ('ba', True, 1.0)
    >>> detect("Уфа").confidence < 0.9      # one word is weak evidence
    True
    """
    sums = scores(text)
    if sums is None:
        return _UND
    model = _model()
    return _decide(model.langs, [s + b for s, b in zip(sums, model.bias)], model.temperature)


def scores(text: str) -> list[float] | None:
    """Summed word scores of ``text`` per language of the model (no prior added), in nats;
    ``None`` when :func:`detect` says ``und`` with confidence 0."""
    if not isinstance(text, str) or not text or text.isspace():
        return None
    text = text[:MAX_CHARS]
    if not text.isascii() and _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    words = _LETTERS.findall(text)
    if not words:
        return None
    model = _model()
    cache = model.cache
    name_weight = model.name_weight
    vectors = []
    unknown = 0
    for i, cased in enumerate(words):
        word = cased.lower()
        vector = cache.get(word, _MISS)
        if vector is _MISS:
            vector = model.word_vector(word)
        if vector is None:
            unknown += len(word)
            continue
        if name_weight != 1.0 and i and cased[0].isupper() and not cased.isupper():  # (:func:`_inner_name`)
            vector = [v * name_weight for v in vector]
        vectors.append(vector)
    if not vectors or unknown > (1 - MIN_KNOWN) * sum(map(len, words)):
        return None
    sums = [sum(col) for col in zip(*vectors)] if len(vectors) > 1 else list(vectors[0])
    for cue in model.cues:
        cue.apply(words, sums)
    return sums


def _inner_name(index: int, cased: str) -> bool:
    """A capitalised (not all-caps) word after the first: most likely a name."""
    return index > 0 and cased[0].isupper() and not cased.isupper()


class _Cue:
    """Vocabulary cue for one language, read on close calls only: each lower-case word in
    its letters that the vocabulary lacks costs it ``unknown`` nats (a capitalised first word
    ``first`` times that, a name inside nothing); a word it has loses at most ``known`` nats
    against its rivals.

    Russian's vocabulary is pymorphy3's dictionary (shared with :mod:`bisumm.lang.ru`, loaded
    on the first close call), Bashkir's the word list stored in the model file.
    """

    def __init__(self, model: _Model, lang: str, settings: dict) -> None:
        self.model = model
        self.lang = model.langs.index(lang)
        self.pattern, rivals = _CUE_WORDS[lang]
        self.rivals = tuple(model.langs.index(r) for r in rivals if r in model.langs)
        self.unknown = float(settings.get("unknown", 0.0))
        self.known = float(settings.get("known", 0.0))
        self.first = float(settings.get("first", 0.0))
        self.margin = float(settings.get("margin", CUE_MARGIN))
        self._has: Callable[[str], bool] | None = None

    def has(self, word: str) -> bool:
        """Whether the vocabulary holds ``word`` (a :func:`word_form`)."""
        if self._has is None:
            from .lang import MODULES, get_language

            code = self.model.langs[self.lang]
            own = get_language(code).vocabulary() if code in MODULES else None
            self._has = own or frozenset(self.model.words.decode("utf-8").split("\n")).__contains__
        return self._has(word)

    def apply(self, words: list[str], sums: list[float]) -> None:
        """Add the cue to ``sums`` if the language is within ``margin`` of the best other one."""
        me = self.lang
        if abs(sums[me] - max(s for i, s in enumerate(sums) if i != me)) >= self.margin:
            return
        model, cue = self.model, 0.0
        for i, cased in enumerate(words):
            word = word_form(cased.lower())
            if not self.pattern.fullmatch(word):
                continue
            inner = _inner_name(i, cased)
            if not self.has(word):
                cue -= self.unknown * (1.0 if cased.islower() else 0.0 if inner else self.first)
                continue
            vector = model.word_vector(cased.lower())
            if vector is None or not self.known or not self.rivals:
                continue
            gain = max(vector[j] for j in self.rivals) - self.known - vector[me]
            if gain > 0:
                cue += gain * (model.name_weight if inner else 1.0)
        sums[me] += cue


def _decide(langs: tuple[str, ...], sums: list[float], temperature: float) -> Detection:
    top = max(sums)
    weights = [math.exp((s - top) / temperature) for s in sums]
    norm = sum(weights)
    scores = {lang: w / norm for lang, w in zip(langs, weights)}
    best = max(scores, key=scores.__getitem__)
    confidence = scores[best]
    if confidence < MIN_CONFIDENCE:
        return Detection("und", confidence, scores)
    return Detection(best, confidence, scores)
