"""A third language plugs in without touching shared code: one Language subclass, registered here.

The toy language writes Latin letters and knows three speech verbs. Registered with
``bisumm.lang.register`` (docs/add-a-language.md), it is segmented, summarised and searched for
quotes by the shared code; without quote rules it gets no quotes at all (never another language's).
"""

from __future__ import annotations

import pytest

import bisumm
from bisumm.entities.titles import is_official_title, is_title_word
from bisumm.lang import Language, get_language, register, unregister
from bisumm.lang.lexicon import TitleLexicon
from bisumm.quotation.grammar import QuoteGrammar


class Toy(Language):
    code = "xx"
    name = "Toy"
    abbreviations = frozenset({"dr", "mr"})
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    speech_verbs = frozenset({"say", "said", "tell", "told", "add"})  # base forms, as base_form gives them

    def base_form(self, word: str) -> str:
        for ending in ("ed", "s", "d"):
            if word.endswith(ending) and len(word) > len(ending) + 2:
                return word[: -len(ending)]
        return word

    def make_quote_grammar(self) -> QuoteGrammar:
        return QuoteGrammar(self)  # the neutral grammar: speech verbs only, names as written


class ToyWithoutQuotes(Toy):
    def make_quote_grammar(self) -> None:
        return None


TEXT = ("The town council met on Monday. The new school opens in May, the council decided.\n\n"
        "«We will open the school on time», — said Anna Berg. Builders worked all winter.\n\n"
        "Parents welcomed the news. The school has forty classrooms and a garden.")


@pytest.fixture
def toy():
    register(Toy())
    yield
    unregister("xx")


def test_toy_language_is_registered_and_summarised(toy):
    assert "xx" in bisumm.lang.available() and get_language("xx").name == "Toy"
    summary = bisumm.summarize(TEXT, lang="xx", sentences=2)
    assert summary.sentences and all(TEXT[s.start:s.stop] == s.text for s in summary.sentences)
    assert get_language("xx").term("opened") == "open"


def test_toy_language_quotes_come_from_its_speech_verbs(toy):
    found = bisumm.quotes(TEXT, lang="xx")
    assert [(q.text, q.speaker, q.lang, q.pattern) for q in found] == [
        ("We will open the school on time", "Anna Berg", "xx", "xx.after")]


def test_a_language_without_quote_rules_gets_no_quotes(toy):
    register(ToyWithoutQuotes())
    assert bisumm.quotes(TEXT, lang="xx") == []
    assert bisumm.Document.from_text(TEXT, lang="xx").entities.mentions == ()


class ToyWithStopwords(Toy):
    def __init__(self) -> None:
        super().__init__()
        self.stopwords = frozenset("the a an and all on in of on we will".split())  # stopwords/xx.txt's place


def test_toy_language_gets_single_word_keywords_and_names(toy):
    """Without keyword rules of its own the toy language gets the neutral grammar: its terms as
    single words, capitalised words inside a sentence as names; no phrases, no other language's rules."""
    register(ToyWithStopwords())
    found = bisumm.keywords(TEXT, k=8, lang="xx")
    assert found and all(kw.lang == "xx" and kw.kind in ("word", "name") for kw in found)
    assert [kw.text for kw in found[:2]] == ["school", "council"]
    assert ("Anna Berg", "name") in [(kw.text, kw.kind) for kw in found]
    assert all(TEXT[o.start:o.stop] == o.text for kw in found for o in kw.occurrences)


class ToyWithTitles(Toy):
    title_lexicon = TitleLexicon(title_stems=("mayor",), always_official=("mayor",))


TITLED = ("The town council met on Monday.\n\n"
          "«We will open the school on time», — said mayor Anna Berg. Builders worked all winter.")


def test_toy_title_words_make_its_speakers_titles(toy):
    """A language's own title words (its ``title_lexicon``) make its speakers' titles and officials."""
    assert not is_title_word("mayor")
    register(ToyWithTitles())
    assert is_title_word("Mayor") and is_official_title("mayor")
    found = bisumm.quotes(TITLED, lang="xx")
    assert [(q.speaker, q.title, q.official) for q in found] == [("Anna Berg", "mayor", True)]
    unregister("xx")
    assert not is_title_word("mayor")
