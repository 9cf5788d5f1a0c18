"""TF-IDF weights equal scikit-learn's on real documents; corpus IDF round-trips."""

from __future__ import annotations

import numpy as np
import pytest

from bisumm.document import Document
from bisumm.rank.vectors import Idf, fit_idf, tfidf

from conftest import EXAMPLES

SEEDS = sorted((EXAMPLES / "seeds").glob("*.txt"))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_weights_equal_sklearn(path):
    from sklearn.feature_extraction.text import TfidfVectorizer

    doc = Document.from_text(path.read_text(encoding="utf-8"))
    ours, vocab = tfidf(doc.terms)
    vectorizer = TfidfVectorizer(analyzer=lambda terms: terms, lowercase=False)
    theirs = vectorizer.fit_transform(doc.terms)
    assert vocab == tuple(vectorizer.get_feature_names_out())
    assert np.allclose(ours.toarray(), theirs.toarray(), atol=1e-12)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_dense_rows_equal_sparse_rows_exactly(path):
    doc = Document.from_text(path.read_text(encoding="utf-8"))
    sparse, vocab = tfidf(doc.terms)
    dense, same = tfidf(doc.terms, dense=True)
    assert same == vocab and isinstance(dense, np.ndarray)
    assert np.array_equal(dense, sparse.toarray())


def test_summarising_a_news_article_never_imports_scipy():
    import subprocess
    import sys

    probe = ("import sys, bisumm; bisumm.summarize(open(sys.argv[1], encoding='utf-8').read()); "
             "bisumm.keywords(open(sys.argv[1], encoding='utf-8').read()); print(int('scipy' in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe, str(SEEDS[0])], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"  # scipy's import alone costs a cold command ~0.2 s


def test_corpus_idf_equals_sklearn_and_round_trips(tmp_path):
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = [Document.from_text(p.read_text(encoding="utf-8")) for p in SEEDS]
    idf = fit_idf(docs)
    path = tmp_path / "idf.json"
    idf.save(path)
    loaded = Idf.load(path)
    assert loaded.weights == idf.weights and loaded.n_documents == len(docs)
    # sentences of a corpus document: same weights as sklearn's transform with the corpus IDF
    bags = [[t for sent in d.terms for t in sent] for d in docs]
    vectorizer = TfidfVectorizer(analyzer=lambda terms: terms, lowercase=False).fit(bags)
    sentences = docs[2].terms
    ours, vocab = tfidf(sentences, loaded)
    theirs = vectorizer.transform(sentences)
    columns = [vectorizer.vocabulary_[t] for t in vocab]
    assert np.allclose(ours.toarray(), theirs.toarray()[:, columns], atol=1e-9)


def test_unseen_terms_get_highest_idf():
    idf = Idf({"уфа": 1.5}, n_documents=9)
    assert idf["новый"] == pytest.approx(np.log(10) + 1)


def test_load_rejects_other_files(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_text('{"a": 1}', encoding="utf-8")
    with pytest.raises(ValueError):
        Idf.load(bad)


def test_empty_input():
    X, vocab = tfidf([])
    assert X.shape == (0, 0) and vocab == ()
    X, vocab = tfidf([(), ()])
    assert X.shape == (2, 0)


def test_per_document_path_does_not_import_sklearn():
    import subprocess
    import sys

    code = ("import sys, bisumm; bisumm.summarize('Глава республики провёл совещание. Решения приняты.');"
            "print('sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
