"""sumy runs on Bashkir and offline Russian with bisumm's tokenizer, stemmer and stop words."""

from __future__ import annotations

import pytest

import bisumm
from bisumm.integrations.sumy import SUMMARIZERS, Stemmer, Tokenizer, make_summarizer, stop_words

from conftest import EXAMPLES

BA = (EXAMPLES / "seeds" / "ba_khamitov_turkey.txt").read_text(encoding="utf-8")
RU = (EXAMPLES / "seeds" / "ru_khabirov_forum.txt").read_text(encoding="utf-8")


def test_tokenizer_and_stemmer_protocol():
    tok = Tokenizer("ba")
    sents = tok.to_sentences("Рөстәм Хәмитов илсе менән осрашты. Улар хеҙмәттәшлек тураһында һөйләште.")
    assert len(sents) == 2
    assert tok.to_words(sents[0]) == ("Рөстәм", "Хәмитов", "илсе", "менән", "осрашты")
    assert Stemmer("ru")("Республики") == "республика"
    assert Stemmer()("республикаларҙа") == Stemmer("ba")("республикаларҙа")
    assert isinstance(stop_words("ru"), frozenset)


@pytest.mark.parametrize("name", ["lsa", "lexrank", "textrank", "luhn"])
def test_plain_sumy_pipeline_runs_on_bashkir(name):
    from sumy.parsers.plaintext import PlaintextParser

    parser = PlaintextParser.from_string(BA, Tokenizer("ba"))
    result = make_summarizer(name, "ba")(parser.document, 2)
    assert len(result) == 2 and all(str(s) in BA for s in result)


@pytest.mark.parametrize("method", [f"sumy-{name}" for name in SUMMARIZERS])
@pytest.mark.parametrize("text", [BA, RU], ids=["ba", "ru"])
def test_sumy_methods_through_bisumm(method, text):
    summary = bisumm.summarize(text, sentences=2, method=method)
    assert summary.method == method and len(summary.sentences) == 2
    assert all(text[s.start:s.stop] == s.text for s in summary.sentences)
    again = bisumm.summarize(text, sentences=2, method=method)
    assert again.to_dict() == summary.to_dict()


def test_unknown_sumy_summariser():
    with pytest.raises(ValueError):
        make_summarizer("edmundson-x")
