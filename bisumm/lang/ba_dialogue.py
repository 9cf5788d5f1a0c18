"""Bashkir dialogue turns: the person of their words. First-person words keep a dash turn the speaker's
own (``— … сыҡтыҡ. … беләм.``) when it runs over several sentences; a sentence of third-person narration
after a dash (``– Рәйес өтәләнеп китте.``) is the author's, not a turn.

>>> [is_first_person(w) for w in ("беләм", "сыҡтыҡ", "миңә", "килде", "ғилем", "төркөм", "белемен")]
[True, True, True, False, False, False, False]
>>> narrates("Рәйес өтәләнеп китте."), narrates("Мин өтәләнеп киттем."), narrates("Барыбер ауыр булды.")
(True, False, False)
"""

from __future__ import annotations

import re

__all__ = ["is_first_person", "first_or_second_person", "narrates"]

#: personal and reflexive pronouns of the first person, every case
_PRONOUNS = frozenset(
    "мин минең миңә мине минән миндә беҙ беҙҙең беҙгә беҙҙе беҙҙән беҙҙә үҙем үҙемдең үҙемә үҙемде "
    "үҙебеҙ үҙебеҙҙең үҙебеҙгә үҙебеҙҙе".split())
#: verb endings of the first person: past ``-дым / -ҙыҡ``, present ``-ам / -йым / -мын``, plural ``-быҙ``,
#: conditional ``-һам``
_VERB = re.compile(r"(?:[дтҙлн][ыеө]м|[дтҙ][ыеө][ҡк]|[аә]м|[йи][ые]м|м[ые]н|[бпм][ые]ҙ|һ[аә]м|һ[аә][ҡк])$")
#: nouns and adverbs with those endings that are no verbs of the first person
#: (with the most frequent such nouns of the news corpus), also in the accusative (``исемен``, ``байрамын``)
_NOT_VERBS = frozenset(
    "илем ислам күләм сәләм тиҫтәм шартлам ялым ялҡам ғилем ғәләм ҡалдыҡ ҡалым ҡарам ҡатлам ҡеүәм ҡорам "
    "ҡәләм һалым әҙәм тиклем хәтлем ярҙам белем дауам артыҡ әүҙем аҙыҡ байрам ҡыҙыҡ исем ихтирам күркәм ҡымыҙ "
    "кейем аҙым килем берҙәм урам үлем һыҙыҡ имен етем рәссам ханым һалам тамам әрәм имам илһам өҙөк тәм "
    "төҙөк әйтем яҙыҡ алым һөйләм йылдам ҡумыҙ нәҙек ғаләм йыйынтыҡ исмаһам".split())
#: the accusative ending of a noun (``исем-ен``), cut before looking a word up in :data:`_NOT_VERBS`
_ACCUSATIVE = re.compile(r"(?<=м)[ые]н$")


def is_first_person(word: str) -> bool:
    """A pronoun or a finite verb of the first person (``мин``, ``беләм``, ``сыҡтыҡ``)."""
    low = word.lower()
    if low in _PRONOUNS:
        return True
    return word[:1].islower() and len(low) > 3 and low not in _NOT_VERBS and \
        _ACCUSATIVE.sub("", low) not in _NOT_VERBS and _VERB.search(low) is not None


#: personal endings of finite verbs: first person singular and plural, second person
_PERSONAL = re.compile(r"(?:[аәыеоөйу]м|мын|мен|быҙ|беҙ|бөҙ|[ҙдтлнй][ыеоө][ҡк]|һың|һең|һығыҙ|һегеҙ|ғыҙ|геҙ)$")
#: the nouns of compound report verbs (``һыҙыҡ өҫтөнә алды``, ``баҫым яһаны``) that end like a verb's person
_COMPOUND_NOUNS = frozenset({"һыҙыҡ", "баҫым"})
#: the question particle glued to a verb (``әйтәһеңме``)
_QUESTION = re.compile(r"(?<=[^\W\d_]{3})(?:мы|ме|мо|мө)$")


def first_or_second_person(word: str) -> bool:
    """``алмайым``, ``ышанам``, ``бирҙек``, ``уйлайбыҙ``, ``әйтәһең``: a personal ending of a verb (after
    suffixes.md; the future ``-асаҡ`` is the third person)."""
    low = _QUESTION.sub("", word.lower())  # ``һөйләйһеңме`` "do you say": the question particle off
    return bool(_PERSONAL.search(low)) and not low.endswith(("саҡ", "сәк")) and low not in _COMPOUND_NOUNS


#: pronouns of the second person, every case (the first person's are in :data:`_PRONOUNS`)
_SECOND = frozenset("һин һинең һиңә һине һинән һиндә һеҙ һеҙҙең һеҙгә һеҙҙе һеҙҙән һеҙҙә".split())
#: the definite past of the third person (``китте``, ``алды``, ``йылмайҙы``), not the past continuous
#: (``тотонғайны``: a speaker's account as often as narration)
_PAST_THIRD = re.compile(r"(?<![ғгҡк][аә]й)[дтҙн][ыеоө]$")
#: the copula and particles that end like a past verb (``булды``, ``ине``, ``инде`` "already"): a speaker's
#: ``… ауыр булды`` as often as narration
_COPULA = frozenset({"булды", "ине", "түгел", "инде"})
_WORDS = re.compile(r"[^\W\d_]+")


def narrates(sentence: str) -> bool:
    """A sentence of third-person narration: no word of the first or second person, no ``!``, ``?`` or ``…``
    at its end, and a definite past verb of the third person last (``Рәйес өтәләнеп китте.``), not the copula."""
    words = _WORDS.findall(sentence)
    if not words or sentence.rstrip()[-1:] in "!?…" or not words[-1][:1].islower():
        return False
    last = words[-1].lower()
    if last in _COPULA or not _PAST_THIRD.search(last):
        return False
    return not any(w.lower() in _PRONOUNS or w.lower() in _SECOND or is_first_person(w) or first_or_second_person(w)
                   for w in words)
