"""Rankers and selection: graph scores, budgets, penalties, MMR."""

from __future__ import annotations

import numpy as np
import pytest

from bisumm.document import Document
from bisumm.errors import BudgetError
from bisumm.rank import METHODS, scores
from bisumm.rank.graph import centroid, lexrank, pagerank, textrank
from bisumm.rank.news import NEWS, context_factors, penalties
from bisumm.rank.select import Budget, mmr_select, resolve_budget
from bisumm.rank.vectors import tfidf

BACK_REFERENCE, FIRST_PERSON = NEWS.context.back_reference, NEWS.context.first_person

RU = ("Правительство Башкирии утвердило программу ремонта дорог. "
      "Программа ремонта дорог рассчитана на три года. "
      "На ремонт дорог выделят два миллиарда рублей. "
      "В Уфе прошёл концерт камерной музыки.")


def test_pagerank_is_a_distribution_and_handles_isolated_nodes():
    from scipy.sparse import csr_matrix

    W = csr_matrix(np.array([[0, 1, 0], [1, 0, 0], [0, 0, 0]], dtype=float))
    p = pagerank(W)
    assert p.sum() == pytest.approx(1.0)
    assert p[0] == pytest.approx(p[1]) and p[2] < p[0]


def test_central_sentences_beat_the_outlier():
    doc = Document.from_text(RU)
    X, _ = tfidf(doc.terms)
    for ranker in (textrank, lexrank, centroid):
        s = ranker(X)
        assert int(np.argmin(s)) == 3, ranker.__name__
    assert lexrank(X, threshold=None) == pytest.approx(textrank(X))


@pytest.mark.parametrize("method", [m for m in METHODS if not m.startswith("sumy-")])
def test_every_method_scores_every_sentence(method):
    doc = Document.from_text(RU)
    values, X = scores(doc, method)
    assert values.shape == (4,) and X.shape[0] == 4
    assert np.all(np.isfinite(values))


def test_unknown_method():
    with pytest.raises(ValueError, match="unknown method"):
        scores(Document.from_text(RU), "magic")


def test_budget_presets_and_validation():
    assert resolve_budget(40, length="long").sentences == 5
    assert resolve_budget(6, length="long").sentences == 2
    assert resolve_budget(3, sentences=7) == Budget(sentences=7)
    assert resolve_budget(10, ratio=1.0).sentences == 10
    for bad in ({"sentences": 0}, {"sentences": -2}, {"ratio": 1.5}, {"ratio": 0}, {"words": 0},
                {"chars": -1}, {"sentences": 2, "words": 10}, {"length": "medium"}, {"sentences": True}):
        with pytest.raises(BudgetError):
            resolve_budget(10, **bad)
    with pytest.raises(ValueError, match="at most one"):
        resolve_budget(10, ratio=0.5, chars=100)


def test_penalties_demote_boilerplate_duplicates_and_footer():
    texts = ["Все новости", "Хабиров выступил на форуме в Уфе", "Хабиров выступил на форуме в Уфе",
             "Глава региона выступил на форуме сотрудничества России и Казахстана.",
             "Он рассказал о торговле, промышленности и энергетике двух стран.",
             "© 1992-2026 АО ИА «Башинформ».", "Главный редактор Иванов Иван Иванович"]
    terms = [tuple(w.lower() for w in t.replace(".", "").replace(",", "").split() if len(w) > 2) for t in texts]
    factor = penalties(texts, terms)
    assert factor[3] == 1.0 and factor[4] == 1.0
    assert factor[0] < 0.5 and factor[2] < factor[1] <= 0.3
    assert factor[5] <= 0.1 and factor[6] <= 0.1


def test_mmr_skips_near_duplicates_and_respects_chars():
    doc = Document.from_text("Дороги Уфы отремонтируют к осени. Дороги Уфы отремонтируют к осени! "
                             "Мэр Уфы встретился с жителями района.")
    X, _ = tfidf(doc.terms)
    values = np.array([1.0, 0.99, 0.5])
    words, chars = [5, 5, 6], [33, 33, 38]
    assert mmr_select(values, X, Budget(sentences=2), words, chars, redundancy=1.0) == [0, 2]
    assert mmr_select(values, X, Budget(sentences=2), words, chars, redundancy=0.0) == [0, 1]
    assert mmr_select(values, X, Budget(chars=40), words, chars, redundancy=0.0) == [0]
    assert mmr_select(values, X, Budget(chars=10), words, chars, redundancy=0.0) == [0]


def test_later_picks_cover_title_terms_the_chosen_ones_left_out():
    from bisumm.rank.titles import title_cover

    doc = Document.from_text("Мэр Уфы открыл школу. Мэр Уфы посетил школу в районе. "
                             "Новый стадион построят к осени.")
    X, vocab = tfidf(doc.terms)
    cover = title_cover(X, vocab, ("мэр", "школа", "стадион"))
    assert cover is not None and cover.share == 1.0 and cover.present.sum(axis=1).tolist() == [2, 2, 1]
    values = np.array([1.0, 0.9, 0.8])
    words, chars = [4, 6, 5], [21, 30, 31]
    assert mmr_select(values, X, Budget(sentences=2), words, chars, 0.0) == [0, 1]
    assert mmr_select(values, X, Budget(sentences=2), words, chars, 0.0, cover, 0.5) == [0, 2]
    # the first pick is the best sentence whatever the title holds
    assert mmr_select(values, X, Budget(sentences=1), words, chars, 0.0, cover, 5.0) == [0]
    assert title_cover(X, vocab, ("футбол",)) is None


def test_context_factors_demote_back_references_and_first_person_in_both_languages():
    ru = Document.from_text("Глава Башкортостана Радий Хабиров открыл форум в Уфе. Он прошёл в Конгресс-холле. "
                            "Мы видим большой интерес к нашей республике, сказал глава.", "ru")
    assert list(context_factors(ru)) == [1.0, BACK_REFERENCE, FIRST_PERSON]
    ba = Document.from_text("Рөстәм Хәмитов Төркиә илсеһе менән осрашты. Ул республикала ике көн булды. "
                            "Минеңсә, хеҙмәттәшлек үҫәсәк.", "ba")
    assert list(context_factors(ba)) == [1.0, BACK_REFERENCE, FIRST_PERSON]


def test_for_example_opens_a_sentence_that_needs_its_predecessor():
    ru = Document.from_text("Экспорт республики вырос. Например, предприятие из Уфы запустило завод.", "ru")
    ba = Document.from_text("Экспорт артты. Мәҫәлән, Өфө предприятиеһы завод асты.", "ba")
    assert list(context_factors(ru)) == list(context_factors(ba)) == [1.0, BACK_REFERENCE]


def test_news_ranker_prefers_the_report_to_the_speech_it_quotes():
    text = ("Беҙ был проектты бик күптән көттөк, беҙҙең ауыл өсөн был ҙур ваҡиға. "
            "Баймаҡ районында яңы мәктәп асылды, унда 500 бала уҡыясаҡ. "
            "Мәктәпте төҙөүгә республика бюджетынан 600 миллион һум бүленде.")
    assert bisumm_first(text) == 1


def bisumm_first(text: str) -> int:
    import bisumm

    return bisumm.summarize(text, sentences=1).sentences[0].index


def test_web_page_furniture_fragments_and_english_tweets_are_demoted() -> None:
    texts = ["Глава республики провёл совещание с министрами в Уфе.",
             "Также по теме \n «Итоги года»: что изменилось в Уфе",
             ", что закон нацелен на войну с министрами республики.",
             "Mike Pence went to the Colts game today with the ministers.",
             "Ложная тревога?",
             "Публикация от FORMULA 1® (@f1)"]
    terms = [("глава", "республика", "провести", "совещание", "министр")] * len(texts)
    factor = penalties(texts, [tuple(t + (str(i),)) for i, t in enumerate(terms)])
    assert factor[0] == 1.0
    assert all(f <= NEWS.penalty.fragment for f in factor[1:])


def test_web_page_summary_never_picks_headings_or_tweets() -> None:
    text = ("Нефть и золото\nТурецкий торговец золотом Реза Зарраб заявил в суде, что президент знал о схеме.\n"
            "Суд над банкиром продолжится в понедельник, сообщает агентство.\n"
            "The president knew about the gold scheme, Zarrab told the court.\n"
            "Также по теме \n Золото и нефть: как работала схема \n"
            "По словам Зарраба, золото вывозили в Дубай, где продавали за наличные.")
    summary = summarize_long(text)
    assert summary and all(s.text[0].isupper() and "\n" not in s.text for s in summary)
    assert not any(s.text.startswith(("Нефть и золото", "The president", "Также")) for s in summary)


def summarize_long(text: str) -> list:
    import bisumm

    return list(bisumm.summarize(text, sentences=3).sentences)


def test_coherence_is_higher_when_neighbours_share_a_thread() -> None:
    from bisumm.rank.news import coherence

    roads = ["Дороги в Уфе отремонтируют к осени.", "Ремонт дорог в Уфе начнётся в мае.",
             "На ремонт дорог Уфы выделят миллиард."]
    schools = ["В Стерлитамаке открыли новую школу.", "Школа в Стерлитамаке рассчитана на тысячу учеников.",
               "Новая школа Стерлитамака получила бассейн."]
    ordered = Document.from_text(" ".join(roads + schools))
    mixed = Document.from_text(" ".join(s for pair in zip(roads, schools) for s in pair))
    assert coherence(tfidf(ordered.terms)[0]) > 1.0 > coherence(tfidf(mixed.terms)[0])


def test_order_detector_trusts_a_lede_first_text_more_than_its_reversal() -> None:
    from bisumm.rank.news import ordered

    sentences = ["Глава Башкирии Радий Хабиров открыл в Уфе новую школу на тысячу учеников.",
                 "Школа построена за два года по национальному проекту «Образование».",
                 "Хабиров осмотрел классы, спортивный зал и столовую школы.",
                 "В школе будут работать шестьдесят учителей.",
                 "Он отметил, что в республике построят ещё десять школ."]

    def probability(text: str) -> float:
        doc = Document.from_text(text)
        X, _ = tfidf(doc.terms)
        return ordered(doc, X, np.ones(len(doc.sentences), dtype=bool))
    forward, backward = probability(" ".join(sentences)), probability(" ".join(reversed(sentences)))
    assert 0.0 <= backward < forward <= 1.0
    assert NEWS.order_full > 0


def test_order_detector_counts_names_met_in_full_before_alone() -> None:
    from bisumm.rank.order import introductions, name_mentions

    text = [["Глава", "района", "Иван", "Петров", "открыл", "школу"], ["Петров", "осмотрел", "классы"],
            ["Школу", "строили", "два", "года"]]
    mentions = [name_mentions(words) for words in text]
    assert introductions(mentions) == (1, 0)
    assert introductions(mentions[::-1]) == (0, 1)


def test_a_related_links_block_is_furniture_up_to_its_cut_off_teaser() -> None:
    from bisumm.rank.news import NEWS, penalties

    texts = ["Глава района открыл новую школу в селе.", "Также по теме",
             "В районе построят ещё две школы к осени следующего года.",
             "Власти района обсудили строительство двух новых школ и...",
             "Школа рассчитана на триста учеников из пяти сёл."]
    terms = [tuple(t.lower().split()) for t in texts]
    factor = penalties(texts, terms)
    assert factor[2] <= NEWS.penalty.furniture and factor[3] <= NEWS.penalty.furniture
    assert factor[4] == 1.0 and factor[0] == 1.0
    assert penalties(texts[:3] + texts[4:], terms[:3] + terms[4:])[2] == 1.0  # no cut-off teaser: no block


def test_a_sentence_reporting_a_meeting_states_the_event_in_bashkir() -> None:
    from bisumm.document import Document
    from bisumm.rank.events import stating

    doc = Document.from_text("Рөстәм Хәмитов илсе менән осрашты. Яҡтар хеҙмәттәшлек тураһында һөйләште.", "ba")
    assert stating(doc).tolist() == [1.0, 0.0]
