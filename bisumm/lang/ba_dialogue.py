"""Bashkir dialogue turns: the first-person words that keep a dash turn the speaker's own
(``— … сыҡтыҡ. … беләм.``) when it runs over several sentences.

>>> [is_first_person(w) for w in ("беләм", "сыҡтыҡ", "миңә", "килде", "ғилем", "төркөм", "белемен")]
[True, True, True, False, False, False, False]
"""

from __future__ import annotations

import re

__all__ = ["is_first_person"]

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
