"""Bashkir suffix tables for :mod:`bisumm.lang.ba_stem`, generated from morpheme templates.

A template spells a morpheme with archiphonemes that are realised from the sound before it:

* ``A`` а/ә, ``I`` ы/е (о/ө right after a stem), ``U`` у/ү (vowel harmony, back/front);
* ``L`` л/ҙ/д/т and ``N`` н/ҙ/д/т by the class of the previous sound (vowel / й р ҙ у /
  л м н ң з ж / voiceless), ``G`` ғ/г or ҡ/к (after a voiceless sound), ``K`` ҡ/к;
* ``(x)`` only after a consonant, ``[x|y]`` x after a vowel, y after a consonant.

Endings are keyed by the *code* of what they attach to: ``4 * front + class`` with the classes
``V Z D T`` (see :func:`code_of`). Three tables come out: nominal tails (plural, possessive,
case, ``-ғы``), verb heads (voice, negation, tense, person, non-finite forms) and nominalising
verb heads (participles, verbal nouns) that nominal tails may follow.

>>> sorted(nominal_tails()["ларҙа"])
[0]
>>> code_of("китап"), code_of("төбәк"), code_of("тау")
(3, 7, 1)
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["VOWELS", "code_of", "codes_of", "nominal_tails", "verb_heads", "nominalizers", "CLITICS", "endings"]

VOWELS = frozenset("аәыеоөуүэияюё")
_BACK = frozenset("аоуыяюё")
_FRONT = frozenset("әөүэ")
_EITHER = frozenset("еи")          # е, и also occur in back-harmony loanwords (проекты)
_Z = frozenset("йрҙ")
_D = frozenset("лмнңзж")
CLASSES = "VZDT"

#: yes/no question clitic, attached to any word
CLITICS = ("мы", "ме", "мо", "мө")

# ---- morpheme inventory (templates) ---------------------------------------------------------
PLURAL = "LAр"
POSSESSIVES = {"1sg": "(I)м", "2sg": "(I)ң", "3": "[һI|I]", "1pl": "(I)бIҙ", "2pl": "(I)GIҙ"}
CASES = ("NIң", "GA", "NI", "LA", "NAн", "сA", "LAй")
CASES_AFTER_3 = ("нIң", "нA", "н", "ндA", "нAн", "нсA")      # buffer н after the 3rd person
CASES_AFTER_12 = ("NIң", "A", "NI", "LA", "NAн", "сA")       # dative -а after -ым/-ың
ATTRIBUTIVE = "GI"                                           # -дағы, -ындағы
PERSON_1 = ("", "м", "(I)м", "мIн", "һIң", "бIҙ", "һIGIҙ", "LAр")
PERSON_2 = ("", "м", "ң", "K", "GIҙ", "LAр")
VOICES = ("", "(I)ш", "[л|Iл]", "[н|Iн]")                   # cooperative, passive, reflexive
NEGATION = "мA"
PRESENT = "[й|A]"
DEF_FUTURE = "[йA|A]сAK"
NOMINALIZING = ("GAн", "(I)U", DEF_FUTURE, "(I)UсI")         # participles, verbal noun, agent
NONFINITE = ("һIн", "һIндAр", "(I)GIҙ", "[й|Aй]Iм", "[й|Aй]IK", "(I)п", "GAс", "GAнсI",
             PRESENT, "(I)рлIK")
POSITIVE_ONLY = ("(I)рGA",)
NEGATIVE_FORMS = ("мAҫ", "мAҫKA", "мAйIнсA", "мAҫлIK")
COMPARATIVE = "(I)рAK"

# representative stems, one per code: what a template is realised after
_REPRESENTATIVE = {0: "ла", 1: "ар", 2: "ан", 3: "ат", 4: "лә", 5: "әр", 6: "ән", 7: "әт"}


def class_of(text: str) -> int:
    """0 vowel, 1 й/р/ҙ/у after a vowel, 2 л м н ң з ж, 3 voiceless (index into ``VZDT``)."""
    ch = text[-1]
    if ch in "уү" and len(text) > 1 and text[-2] in VOWELS:
        return 1
    if ch in VOWELS:
        return 0
    if ch in _Z:
        return 1
    if ch in _D:
        return 2
    return 3


def code_of(stem: str) -> int:
    """The first code of :func:`codes_of` (doctest helper)."""
    return codes_of(stem)[0]


def codes_of(stem: str) -> tuple[int, ...]:
    """Codes a stem can take: harmony of its last vowel × class of its last sound."""
    cls = class_of(stem)
    for ch in reversed(stem):
        if ch in _BACK:
            return (cls,)
        if ch in _FRONT:
            return (4 + cls,)
        if ch in _EITHER:
            return (cls, 4 + cls)
    return (cls, 4 + cls)


def _choices(arch: str, before: str, front: bool, first: bool) -> tuple[str, ...]:
    cls = class_of(before)
    if arch == "A":
        return ("ә",) if front else ("а",)
    if arch == "I":
        if first:
            return ("е", "ө") if front else ("ы", "о")
        return ("е",) if front else ("ы",)
    if arch == "U":
        return ("ү",) if front else ("у",)
    if arch == "L":
        return ("лҙдт"[cls],)
    if arch == "N":
        return ("нҙдт"[cls],)
    if arch == "G":
        return (("к" if front else "ҡ"),) if cls == 3 else (("г" if front else "ғ"),)
    if arch == "K":
        return ("к",) if front else ("ҡ",)
    return (arch,)


def realize(template: str, before: str, front: bool) -> list[str]:
    """Spellings of ``template`` after the text ``before``.

    >>> realize("LAр", "тау", False), realize("(I)м", "ҡала", False), realize("GA", "эш", True)
    (['ҙар'], ['м'], ['кә'])
    """
    outs = [""]
    i = 0
    while i < len(template):
        ch = template[i]
        if ch in "([":
            close = template.index(")" if ch == "(" else "]", i)
            inner = template[i + 1:close]
            grown = []
            for out in outs:
                after_vowel = class_of(before + out) == 0
                if ch == "(":
                    part = "" if after_vowel else inner
                else:
                    part = inner.split("|")[0 if after_vowel else 1]
                grown += [out + r for r in realize(part, before + out, front)] if part else [out]
            outs = grown
            i = close + 1
            continue
        outs = [out + c for out in outs
                for c in _choices(ch, before + out, front, first=not out and before in _REPRESENTATIVE.values())]
        i += 1
    return [o.replace("йасаҡ", "ясаҡ") for o in outs]


def _expand(sequences: list[tuple[str, ...]]) -> dict[str, frozenset[int]]:
    table: dict[str, set[int]] = {}
    for code, rep in _REPRESENTATIVE.items():
        front = code >= 4
        for seq in sequences:
            spellings = [""]
            for template in seq:
                if template:
                    spellings = [s + r for s in spellings for r in realize(template, rep + s, front)]
            for s in spellings:
                if s:
                    table.setdefault(s, set()).add(code)
    return {k: frozenset(v) for k, v in table.items()}


def _nominal_sequences() -> list[tuple[str, ...]]:
    out = []
    for plural in ("", PLURAL):
        for person, poss in [("", "")] + list(POSSESSIVES.items()):
            cases = CASES_AFTER_3 if person == "3" else CASES_AFTER_12 if person in ("1sg", "2sg") else CASES
            for case in ("",) + cases:
                out.append((plural, poss, case))
                if case in ("LA", "ндA"):
                    out.append((plural, poss, case, ATTRIBUTIVE))
    return out


@lru_cache(maxsize=1)
def nominal_tails() -> dict[str, frozenset[int]]:
    """Plural + possessive + case (+ ``-ғы``) endings → codes of what they attach to."""
    return _expand(_nominal_sequences() + [(COMPARATIVE,)])


@lru_cache(maxsize=1)
def verb_heads() -> dict[str, frozenset[int]]:
    """Finite and non-finite verb endings (voice, negation, tense, person) → codes."""
    seqs: list[tuple[str, ...]] = []
    for voice in VOICES:
        for neg in ("", NEGATION):
            for p in PERSON_2:
                seqs += [(voice, neg, "NI", p), (voice, neg, "һA", p)]
            for p in PERSON_1:
                seqs += [(voice, neg, PRESENT, p), (voice, neg, DEF_FUTURE, p), (voice, neg, "GAн", p)]
                if not neg:
                    seqs += [(voice, "(I)р", p), (voice, "мAҫ", p)]
            seqs += [(voice, neg, t) for t in NONFINITE]
            if not neg:
                seqs += [(voice, t) for t in POSITIVE_ONLY + NEGATIVE_FORMS]
    return _expand(seqs)


@lru_cache(maxsize=1)
def nominalizers() -> dict[str, frozenset[int]]:
    """Participle, verbal-noun and agent-noun endings (with voice and negation) → codes."""
    return _expand([(voice, neg, t) for voice in VOICES for neg in ("", NEGATION) for t in NOMINALIZING])


@lru_cache(maxsize=64)
def endings(*templates: str, after: str = "", classes: str = CLASSES) -> tuple[str, ...]:
    """Spellings of morpheme templates after every kind of stem (or after the text ``after``),
    longest first: the case endings the quote rules strip from names and roles. ``classes``
    keeps the stems ending in those sound classes (``"ZDT"``: after a consonant).

    >>> endings("NIң")
    ('дең', 'дың', 'нең', 'ның', 'тең', 'тың', 'ҙең', 'ҙың')
    >>> endings("NI", after="лар"), endings("LA", classes="ZDT")
    (('ҙы',), ('да', 'дә', 'та', 'тә', 'ҙа', 'ҙә'))
    """
    found: set[str] = set()
    for template in templates:
        if after:
            for code in codes_of(after):
                found.update(realize(template, after, code >= 4))
            continue
        for code, rep in _REPRESENTATIVE.items():
            if CLASSES[code % 4] in classes:
                found.update(realize(template, rep, code >= 4))
    return tuple(sorted(found, key=lambda e: (-len(e), e)))
