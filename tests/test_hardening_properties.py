"""Property-based tests: the text parsers never crash on any input, and the cleaner never loses a
line it does not report as removed."""

from __future__ import annotations

import contextlib
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsfuse.align.numbers import find_quantities
from newsfuse.clean import clean_document
from newsfuse.clean.cleaner import normalise
from newsfuse.errors import InputError
from newsfuse.ingest.registry import reader_for
from newsfuse.nlp.quotes import find_quote_spans
from newsfuse.options import Options
from newsfuse.records import Article, RawDocument

# Text with the characters that trip parsers: quote marks of every style, dashes, digits, bidi
# controls, zero-width characters, non-breaking spaces and line breaks.
TRICKY = st.sampled_from(list("“”‘’\"'«»„—–-.,;:!?()[]$€%0123456789 \n\t\u00a0\u200b\u202e\u2066"))
WORDS = st.sampled_from(
    [
        "said",
        "Mr.",
        "Xi",
        "agreements",
        "more than a dozen",
        "14",
        "fourteen",
        "$470 million",
        "2 percent",
        "Subscribe",
        "Leave a Reply",
        "©",
        "By",
        "Reuters",
        "he",
        "The",
        "Kyiv",
        "according to",
    ]
)
TEXT = st.lists(st.one_of(TRICKY, WORDS, st.text(max_size=8)), max_size=120).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
@example("said . Reuters")  # a closing agency credit cut from its line (stop 25)
def test_cleaner_keeps_or_reports_every_line(text: str) -> None:
    article = clean_document(RawDocument(path="p.txt", text=text), "S1")
    lines = [line.strip() for line in normalise(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    # a line is kept whole, removed whole, or cut into the prose kept and the chrome listed (a closing
    # credit, a glued byline): every word of the input is in one or the other, none lost silently
    expected = Counter(word for line in lines for word in line.split())
    got = Counter(word for piece in [*article.paragraphs, *(r.text for r in article.removed)] for word in piece.split())
    assert got == expected


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_quote_spans_are_inside_the_text(text: str) -> None:
    for span in find_quote_spans(text):
        assert 0 <= span.open_mark <= span.start <= span.end <= len(text)
        if span.close_mark is not None:
            assert span.end <= span.close_mark < len(text)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_quantities_point_at_what_they_read(text: str) -> None:
    for quantity in find_quantities(text):
        assert 0 <= quantity.start <= quantity.end <= len(text)
        assert quantity.low <= quantity.high
        assert quantity.text.strip() in text


@pytest.fixture(scope="module")
def split(fast_models):
    from newsfuse.nlp.analyse import split_sentences

    return lambda article: split_sentences(article, fast_models)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(TEXT, min_size=1, max_size=4))
def test_sentences_cover_every_paragraph_exactly(split, paragraphs: list[str]) -> None:
    paragraphs = [p.strip() for p in paragraphs if p.strip() and "\n" not in p.strip()]
    if not paragraphs:
        return
    article = Article(id="S1", path="p", title=None, outlet=None, published=None, url=None, paragraphs=paragraphs)
    sentences, _ = split(article)
    text = article.text
    for s in sentences:
        assert text[s.start : s.end] == s.text
    covered = "".join(s.text for s in sentences)
    assert "".join(covered.split()) == "".join("".join(paragraphs).split())


SUFFIXES = [".txt", ".html", ".jsonl", ".csv", ".xml", ".warc", ".warc.gz", ".txt.gz"]


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(SUFFIXES), st.binary(max_size=3000))
def test_readers_fail_only_with_input_errors(suffix: str, data: bytes) -> None:
    reader = reader_for(Path("x" + suffix))
    assert reader is not None or suffix.endswith(".gz")
    if reader is None:
        return
    try:
        documents = reader("x" + suffix, data, Options())
    except InputError:
        return
    for doc in documents:
        assert isinstance(doc.text, str)


def test_fuzz_regressions_stay_fixed() -> None:
    """Inputs that once crashed a reader (found by scripts/fuzz_readers.py) stay handled."""
    folder = Path(__file__).parent / "fuzz_regressions"
    cases = sorted(folder.glob("*")) if folder.is_dir() else []
    for case in cases:
        suffix = "." + case.name.split(".", 1)[1]
        reader = reader_for(Path("x" + suffix))
        assert reader is not None, case.name
        with contextlib.suppress(InputError):
            reader(case.name, case.read_bytes(), Options())


@settings(max_examples=200, deadline=None)
@given(TEXT, TEXT)
def test_same_fact_features_are_finite_and_symmetric(first: str, second: str) -> None:
    import numpy as np

    from newsfuse.align import same_fact

    a, b = same_fact.prepare(first), same_fact.prepare(second)
    rows = same_fact.feature_rows([a, b], [(0, 1), (1, 0)], np.array([0.5, 0.5]))
    assert rows.shape == (2, len(same_fact.NAMES))
    assert np.all(np.isfinite(rows))
    assert np.allclose(rows[0], rows[1])  # the order of the two sentences does not matter
    p = same_fact.probability(rows)
    assert np.all((p >= 0) & (p <= 1))


def test_a_2000_word_sentence_and_garbage_are_capped_and_reported(models) -> None:
    """One 2,000-word "sentence" and a paragraph of symbols beside a normal article: the fact graph
    reads the long one on its first words, lists it under ``capped``, and every sentence still
    belongs to a fact."""
    from newsfuse.align import align, same_fact
    from newsfuse.pipeline import story_from_documents

    long = " ".join(["the council approved 14 permits and"] * 400) + " more."
    garbage = " ".join(["$$ 12 %% “ ” ..."] * 300)
    documents = [
        RawDocument(path="a.txt", text=f"The council approved 14 permits on Monday.\n\n{long}\n\n{garbage}"),
        RawDocument(path="b.txt", text="The council approved fourteen permits on Monday, officials said."),
    ]
    options = Options()
    story = story_from_documents(documents, options, models, [])
    graph = align(story, options).graph
    assert graph.capped
    assert all(same_fact.is_capped(story.sentences[i].text) for i in graph.capped)
    assert sorted(c for node in graph.facts for c in node.claims) == list(range(len(graph.claims)))
