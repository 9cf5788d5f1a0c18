"""A person's name in Latin letters against the same name in Cyrillic (``Brenda Barnes`` = ``Бренда Барнс``).

Both spellings are reduced to a consonant skeleton (vowels, ``h``, ``y`` and ``й`` dropped, sounds that
the two alphabets write differently folded together, doubled letters single), so ``Scott Rose`` and
``Скотт Роуз`` both read ``skt rs``. A Latin handle that runs the words together (``marthawatt``) matches
the skeletons joined.

>>> spells("Brenda Barnes", "Бренда Барнс"), spells("Scott Rose", "Скотт Роуз"), spells("marthawatt", "Марта Ватт")
(True, True, True)
>>> spells("Ian Rennie", "Йен Ренни"), spells("Brenda Barnes", "Борис Бернштейн"), spells("Ian", "Йен Ренни")
(True, False, False)
"""

from __future__ import annotations

import re

__all__ = ["spells", "spelled_in", "is_latin_name", "as_written"]

#: Cyrillic letters as their Latin consonants ('' for vowels and й)
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["", "b", "v", "g", "d", "", "", "zh", "s", "", "", "k", "l", "m", "n", "", "p", "r", "s", "t", "",
                      "f", "", "ts", "ch", "sh", "sh", "", "", "", "", "", ""]))
#: Latin letter groups folded to the consonants the Cyrillic spelling gives them (longest first)
_LATIN = (("sch", "sh"), ("tch", "ch"), ("ck", "k"), ("ph", "f"), ("th", "t"), ("kh", ""), ("zh", "zh"), ("sh", "sh"),
          ("ch", "ch"), ("ts", "ts"), ("tz", "ts"), ("x", "ks"), ("qu", "kv"), ("q", "k"), ("c", "k"), ("w", "v"),
          ("z", "s"), ("j", "dzh"))
_LATIN_RE = re.compile("|".join(a for a, _ in _LATIN) + "|[a-z]")
_LATIN_MAP = dict(_LATIN)
#: at least this many consonants in the skeleton of the whole name (no match on a short first name)
MIN_SKELETON = 3
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z'’.-]*(?:\s+[A-Za-z][A-Za-z'’.-]*){0,3}")


def is_latin_name(name: str) -> bool:
    """A name written in Latin letters only (one to four words)."""
    return _LATIN_NAME.fullmatch(name.strip()) is not None


def _squeeze(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)


def _latin_skeleton(word: str) -> str:
    out = []
    for m in _LATIN_RE.finditer(word.lower()):
        g = m.group()
        out.append(_LATIN_MAP.get(g, "" if g in "aeiouyh" else g))
    return _squeeze("".join(out).replace("c", "k"))


def _cyrillic_skeleton(word: str) -> str:
    return _squeeze("".join(_CYRILLIC.get(c, "") for c in word.lower()))


def spells(latin: str, cyrillic: str) -> bool:
    """The Latin name and the Cyrillic name (two words or more) have the same skeleton, word by word
    or, for one Latin word, all words joined."""
    lat, cyr = latin.split(), cyrillic.split()
    if len(cyr) < 2 or not is_latin_name(latin):
        return False
    cyr_sk = [_cyrillic_skeleton(w) for w in cyr]
    if sum(map(len, cyr_sk)) < MIN_SKELETON or not all(cyr_sk):
        return False
    if len(lat) == 1:
        return _latin_skeleton(lat[0]) == _squeeze("".join(cyr_sk))
    return len(lat) == len(cyr) and [_latin_skeleton(w) for w in lat] == cyr_sk


_CYRILLIC_RUN = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){1,2}")


def spelled_in(text: str, latin: str) -> tuple[int, int, list[str]] | None:
    """Where (start, stop) and the words of the first run of capitalised Cyrillic words in ``text`` that ``latin`` spells (case endings
    of vowels only leave the skeleton as it is: ``Бренды Барнс``), else ``None``.

    >>> spelled_in("Об этом написала Бренда Барнс. Она добавила", "Brenda Barnes")
    (17, 29, ['Бренда', 'Барнс'])
    """
    if not is_latin_name(latin):
        return None
    wanted = len(latin.split())
    for m in _CYRILLIC_RUN.finditer(text):
        words = m.group().split()
        for n in ((wanted,) if wanted > 1 else (2, 3)):
            for k in range(len(words) - n + 1):
                if spells(latin, " ".join(words[k:k + n])):
                    start = m.start() + m.group().index(words[k])  # (a run's words are distinct enough here)
                    stop = text.index(words[k + n - 1], start) + len(words[k + n - 1])
                    return start, stop, words[k:k + n]
    return None


#: a Latin word's last vowel and the Cyrillic vowels that write it in the base form
_END_VOWELS = {"a": "ая", "e": "еэи", "i": "иий", "o": "о", "u": "у", "y": "ийы"}


def as_written(latin: str, words: list[str]) -> bool:
    """The Cyrillic words end as the Latin ones do (``Dana Loesch`` / ``Дана Лоеш``, not ``Бренды Барнс``):
    they are the base form already.

    >>> as_written("Dana Loesch", ["Дана", "Лоеш"]), as_written("Brenda Barnes", ["Бренды", "Барнс"])
    (True, False)
    """
    lat = latin.lower().split()
    if len(lat) != len(words):
        return False
    for a, b in zip(lat, words):
        end, last = a[-1], b[-1].lower()
        if (end in _END_VOWELS) != (last in "аеёиоуыэюяйь") or end in _END_VOWELS and last not in _END_VOWELS[end]:
            return False
    return True
