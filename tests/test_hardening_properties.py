"""Property-based tests: the text parsers never crash on any input, and the cleaner never loses a
line it does not report as removed."""

from __future__ import annotations

import contextlib
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
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
def test_cleaner_keeps_or_reports_every_line(text: str) -> None:
    article = clean_document(RawDocument(path="p.txt", text=text), "S1")
    expected = Counter(
        line.strip() for line in normalise(text).replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()
    )
    got = Counter(article.paragraphs) + Counter(r.text for r in article.removed)
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
