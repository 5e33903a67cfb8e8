"""A quotation the sentence splitter cut into sentences is one fact (editor read, stop 34, Multi-News row 86:
10 of 35 facts were pieces such as "“There is no quick remedy for a disaster of these proportions." with an
unclosed mark and no speaker, and "It does take time,” she said." starting inside someone's words)."""

from __future__ import annotations

from newsfuse.nlp.quoted import MAX_JOINED_WORDS, joined_quotations
from newsfuse.options import Options
from newsfuse.pipeline import brief_from_documents
from newsfuse.records import AnalysedStory, Article, RawDocument, Sentence

PARAGRAPHS = [
    "The mayor of Keld, Ilse Varga, visited the flooded harbour district on Monday.",
    "“There is no quick remedy for a flood of this size. It does take time,” she said.",
    "Pumps from three towns arrived on Tuesday.",
]


def _story(paragraphs: list[list[str]]) -> AnalysedStory:
    article = Article("S1", "a.txt", None, None, None, None, [" ".join(p) for p in paragraphs])
    sentences, offset = [], 0
    for p, texts in enumerate(paragraphs):
        for text in texts:
            start = article.text.index(text, offset)
            sentences.append(Sentence("S1", len(sentences), p, text, start, start + len(text)))
            offset = start + len(text)
    return AnalysedStory(articles=[article], sentences=sentences, mentions=[])


def test_a_quotation_over_two_sentences_of_a_paragraph_is_joined_as_printed() -> None:
    story = _story(
        [
            [PARAGRAPHS[0]],
            ["“There is no quick remedy for a flood of this size.", "It does take time,” she said."],
            [PARAGRAPHS[2]],
        ]
    )
    assert joined_quotations(story) == {
        1: (
            "“There is no quick remedy for a flood of this size. It does take time,” she said.",
            [2],
            "“There is no quick remedy for a flood of this size.",
        )
    }


def test_a_quotation_left_open_or_too_long_is_not_joined() -> None:
    unclosed = _story([["“The pumps will run all week.", "Nobody knows when the water goes down."], ["It rained."]])
    assert joined_quotations(unclosed) == {}  # closed in no later sentence of its paragraph
    long_words = " ".join(["the water rose again over the quay"] * (MAX_JOINED_WORDS // 7 + 1))
    too_long = _story([[f"“{long_words.capitalize()}.", f"{long_words.capitalize()},” she said."]])
    assert joined_quotations(too_long) == {}
    one_sentence = _story([["“The pumps will run all week,” she said.", "It rained."]])
    assert joined_quotations(one_sentence) == {}


def test_the_brief_lists_the_quotation_whole_and_not_its_pieces(models) -> None:
    brief = brief_from_documents([RawDocument("a.txt", "\n\n".join(PARAGRAPHS))], Options(), models)
    texts = [f.text for f in brief.facts]
    assert "“There is no quick remedy for a flood of this size. It does take time,” she said." in texts
    assert not any(t.startswith("It does take time") for t in texts)
    assert "“There is no quick remedy for a flood of this size." not in texts
