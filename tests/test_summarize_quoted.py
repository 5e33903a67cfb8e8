"""Sentences that are someone's words without quotation marks of their own (nlp/quoted.py)
and sentences that only say who spoke (standalone.attribution_only): never summary sentences on
their own (editor read, stop 20: "Thank you for your service sir.", "Jonathan Hubbard said in the
Facebook post.")."""

from __future__ import annotations

from tests.fakes import sentences_only

from newsfuse.nlp.quoted import attribution_lines, block_quotations, quoted_sentences, speakerless_sentences
from newsfuse.records import AnalysedStory, Sentence
from newsfuse.summarize.standalone import attribution_only, needs_context


def test_the_rest_of_a_quotation_and_an_unmarked_copy_of_one_are_found():
    story = sentences_only(
        [
            "Bobby Goodlatte attacked his father on Twitter on Monday.",
            "“I’m deeply embarrassed that Peter Strzok’s career was ruined by my father’s grandstanding.",
            "That committee hearing was a low point for Congress,” Bobby Goodlatte tweeted.",
            "Thank you for your service sir.",
        ],
        [
            '"I just gave the maximum allowed donation to Jennifer Lewis," he wrote.',
            "\"I've also gotten 5 other folks to commit to donate the max.",
            "2018 is the year to flip districts — let's do this!\"",
        ],
        [
            "I've also gotten 5 other folks to commit to donate the max.",  # the tweet printed as text
            "2018 is the year to flip districts — let's do this!",
            "The Lewis campaign raised more than $15,000 on Monday.",
        ],
    )
    inside, copies = quoted_sentences(story)
    assert inside == {2, 6}  # the quotation opened in the sentence before is still open
    assert copies == {7, 8}  # plain-text copies of words another article quotes
    assert 3 not in inside | copies  # the quotation closed before it: a line of its own (not caught)
    assert 9 not in inside | copies


def test_a_stray_mark_does_not_swallow_the_article():
    story = sentences_only(
        ['He said "no.'] + [f"The council met again on day {k} of the strike in Keld." for k in range(6)]
    )
    inside, _copies = quoted_sentences(story)
    assert inside == {1, 2, 3}  # at most three sentences after an unclosed mark


def test_an_opening_mark_set_for_a_closing_one_closes_the_quotation():
    story = sentences_only(
        [
            "“The harbour of Keld has a highly effective system for loading grain.",
            "It is far faster than in many other ports “the mayor stated.",
            "The visit is a test for the new port authority.",
            "Keld has issued a broad 10-point plan to cut the waiting time of ships.",
        ],
        [
            "“The quay will be rebuilt,” the engineer said.",
            "“The work starts in May and ends before the winter storms.",
            "“Every berth will be deeper,” she added.",
        ],
    )
    inside, _copies = quoted_sentences(story)
    # the mis-set mark within the sentence closes; a mark reopening a paragraph runs the quotation on
    assert inside == {1, 6}
    assert 3 not in inside


def test_a_sentence_that_only_names_the_speaker_needs_context():
    for text in ("Jonathan Hubbard said in the Facebook post.", "Obama wrote in a letter delivered Tuesday."):
        assert attribution_only(text) and needs_context(text)
    for text in (
        "Investigators said the woman didn't have any identification on her.",
        "Police said on Monday the road would reopen.",
        "The Kremlin said the two leaders had signed 14 agreements.",
    ):
        assert not attribution_only(text)


def _paragraphs(*paragraphs: list[str]) -> AnalysedStory:
    """One article (S1) whose sentences keep the paragraph they stand in."""
    sentences = []
    for p, texts in enumerate(paragraphs):
        for text in texts:
            sentences.append(Sentence("S1", len(sentences), p, text, 0, len(text)))
    return AnalysedStory(articles=[], sentences=sentences, mentions=[])


BLOCK_QUOTE = [
    "“We are glad the strike is over.",
    "The ships can sail again.",
    "Our families waited long enough.",
    "Tomorrow we load the first grain ship.",
    "Everyone is back at work.”",
    "— Mara Lind, asked how the strike at Keld ended",
]


def test_a_quotation_closed_later_in_its_paragraph_is_open_over_all_its_sentences():
    # editor read, stop 33, row 10: the fourth and later sentences of a block quotation read as narration
    story = _paragraphs(["Harbour workers in Keld ended their strike on Monday."], BLOCK_QUOTE)
    inside, _copies = quoted_sentences(story)
    assert inside == {2, 3, 4, 5}


def test_a_stray_mark_is_not_paired_with_the_next_quotation_of_its_paragraph():
    story = _paragraphs(
        [
            'He said "no.',
            "The council met again on Monday.",
            "The council met again on Tuesday.",
            "The council met again on Wednesday.",
            "The council met again on Thursday.",
            "“We will meet on Friday,” the mayor said.",
        ]
    )
    inside, _copies = quoted_sentences(story)
    assert inside == {1, 2, 3}  # MAX_RUN still closes an unpaired mark


def test_a_block_quotation_and_its_attribution_line_are_no_facts_of_their_own():
    story = _paragraphs(
        ["Harbour workers in Keld ended their strike on Monday."],
        BLOCK_QUOTE,
        ["“High above the quay.”", "Oskar Brand, asked where the union banner will hang."],
        ["The pay deal raises wages by 6 percent, the union said."],
    )
    assert attribution_lines(story) == {6, 8}
    assert block_quotations(story) == set(range(1, 9))
    assert speakerless_sentences(story) == set(range(1, 9))


def test_a_quoted_sentence_that_names_its_speaker_is_kept():
    story = _paragraphs(
        [
            "“The business owners have invested millions in the port.",
            "They have hired hundreds of dock workers.",
            "A halt would cost the town its budget,” the mayor said.",
            "“The port will be rebuilt.”",
        ]
    )
    # the closing sentence names the speaker; the opener and the sentence quoted whole show their marks
    assert speakerless_sentences(story) == {1}
    assert not attribution_lines(story)
