"""One fact, one status, whole sentences (stop 41, editor read of stop 40, classes 7 and 8). Invented text.

- A sentence is cited to the same outlets wherever the brief shows it: the summary and the timeline read the fact
  graph's rule (align/cited.py ``shown_sources``), not the looser unit's.
- No fact is a piece of a sentence or of a quotation: a false sentence break after an abbreviation in brackets or a
  quotation's "!" (nlp/analyse.py), a clause whose subject is a pronoun (align/claims.py), a quotation's sentences
  listed one by one (align/facts.py ``quotation_pieces``).
"""

from __future__ import annotations

from tests.test_facts_joined_quotations import _story

from newsfuse.align.claims import split_pieces
from newsfuse.nlp.analyse import _join_after_titles
from newsfuse.options import Options
from newsfuse.pipeline import brief_from_documents
from newsfuse.records import RawDocument


def _joined(text: str, cuts: list[str]) -> list[str]:
    starts = [0, *(text.index(c) for c in cuts)]
    ends = [s - 1 for s in starts[1:]] + [len(text)]
    return [text[a:b] for a, b in _join_after_titles(text, list(zip(starts, ends, strict=True)))]


def test_an_abbreviation_in_brackets_ends_no_sentence_before_a_lower_case_word() -> None:
    text = "Sen. Ada Brant (D-Vt.) confirmed on Wednesday that the gunman had volunteered for her campaign. She wept."
    assert _joined(text, ["confirmed on", "She wept"]) == [
        "Sen. Ada Brant (D-Vt.) confirmed on Wednesday that the gunman had volunteered for her campaign.",
        "She wept.",
    ]


def test_a_quotations_exclamation_mark_ends_no_sentence_before_a_lower_case_word() -> None:
    text = "Chants of “We love you, Brant!” rang out briefly, until the mayor waved. “Go home!” The crowd left."
    assert _joined(text, ["rang out", "“Go home", "The crowd"]) == [
        "Chants of “We love you, Brant!” rang out briefly, until the mayor waved.",
        "“Go home!”",
        "The crowd left.",
    ]


def test_a_clause_whose_subject_is_a_pronoun_is_shown_as_its_whole_sentence(fast_models) -> None:
    text = (
        "Ilse Varga has made a career out of shocking the harbour board with stories of its lost ferries, "
        "but she took things to a whole new level with a photo of the mayor in chains."
    )
    pieces = split_pieces(text, fast_models.parse([text])[0])
    later = [p for p in pieces[1:] if text[p.spans[0][0] : p.spans[-1][1]].startswith("she took")]
    assert later and all(p.fragment for p in later)
    named = "Ilse Varga visited the harbour on Monday, and the mayor of Keld thanked the pump crews from Tessel."
    assert not any(p.fragment for p in split_pieces(named, fast_models.parse([named])[0]))


def test_the_sentences_of_a_quotation_over_several_are_its_pieces() -> None:
    from newsfuse.align.facts import quotation_pieces

    story = _story(
        [
            ["The mayor of Keld wrote on the town's page on Monday."],
            ['Ilse Varga stuck to Twitter: "@KeldHarbour pumps have failed.', "The harbour will flood.", 'Help us."'],
            ["Pumps from three towns arrived on Tuesday."],
        ]
    )
    assert quotation_pieces(story) == {1, 2, 3}


KELD = (
    "Ilse Varga, the mayor of Keld, wrote to the harbour board on Monday about the flooded docks.\n\n"
    "“The pumps have failed after three days of rain. The harbour will flood by Friday unless Tessel sends its crews. "
    "We have asked twice and heard nothing from the board. Help us before the ferries stop for good,” she wrote.\n\n"
    "Pumps from three towns arrived on Tuesday."
)
TESSEL = (
    "The mayor of Keld, Ilse Varga, warned on Monday that the harbour will flood by Friday unless Tessel sends "
    "its crews.\n\nTessel's council met on Tuesday to discuss the request.\n\n"
    "The harbour board did not answer questions about the pumps."
)


def test_no_fact_is_a_piece_of_a_quotation(fast_models) -> None:
    documents = [
        RawDocument(path="keld.txt", text=KELD, title="Keld harbour floods", published="2024-05-08"),
        RawDocument(path="tessel.txt", text=TESSEL, title="Tessel weighs Keld request", published="2024-05-08"),
    ]
    facts = brief_from_documents(documents, Options(), fast_models).facts
    texts = [f.text for f in facts]
    assert not [t for t in texts if t.count("“") != t.count("”")]
    assert not [t for t in texts if t.startswith(("The harbour will flood", "We have asked twice"))]
    # the opener is shown with the whole quotation, though Tessel's outlet reports one of its later sentences
    assert [t for t in texts if t.startswith("“The pumps have failed")] == [KELD.split("\n\n")[1]]


def test_a_clause_with_a_named_subject_and_a_pronoun_further_in_is_not_shown_whole(fast_models) -> None:
    text = (
        "For weeks, councillors led by Ilse Varga urged the mayor not to sell the harbour, "
        "but the mayor opted to go ahead anyway to find a way out of the corner he had put himself in."
    )
    assert not any(p.fragment for p in split_pieces(text, fast_models.parse([text])[0]))


def test_a_clause_whose_subject_a_possessive_owns_is_shown_whole(fast_models) -> None:
    text = "Ilse Varga faces a re-election challenge in Keld this autumn, but her race is not among the top targets."
    pieces = split_pieces(text, fast_models.parse([text])[0])
    assert [p.fragment for p in pieces if text[p.spans[0][0] :].startswith("her race")] in ([], [True])


def test_a_sentence_that_closes_a_quotation_it_did_not_open_is_a_piece() -> None:
    from newsfuse.align.facts import quotation_pieces

    story = _story([["The mayor of Keld wrote to the board on Monday."], ["Act accordingly.”"], ["Pumps came."]])
    assert quotation_pieces(story) == {1}


def test_one_text_is_one_fact() -> None:
    from newsfuse.align.facts import facts_of
    from newsfuse.records import ClaimSpan, FactGraph, FactNode

    whole = "Ilse Varga, who leads Keld, faces a challenge, but her race is not among the top targets."
    claims = [
        ClaimSpan(0, "S1", "Ilse Varga faces a challenge", ((0, 10),)),
        ClaimSpan(0, "S1", "Ilse Varga, who leads Keld", ((0, 10),), whole, ((0, 10),)),
        ClaimSpan(0, "S1", "her race is not among the top targets.", ((0, 10),), whole, ((0, 10),)),
    ]
    nodes = [
        FactNode("F1", [1], [0], 1, ["S1", "S2"], ["S1", "S2"], "corroborated", 2.0),
        FactNode("F2", [0], [0], 0, ["S1"], ["S1"], "single_source", 1.5),
        FactNode("F3", [2], [0], 2, ["S1"], ["S1"], "single_source", 1.0),
    ]
    facts = facts_of(FactGraph(claims, nodes, [1, 0, 2], [["S1"]]))
    assert [(f.id, f.text) for f in facts] == [("F1", whole), ("F2", "Ilse Varga faces a challenge")]


def test_the_last_sentence_of_a_quotation_with_its_speaker_named_is_a_fact(fast_models) -> None:
    from newsfuse.align.facts import _NAMED_TAIL

    assert _NAMED_TAIL.search('We can start living -- and no more floods," Ilse Varga told the paper.')
    assert _NAMED_TAIL.search("It is done,” said Mr. Elk.")
    assert not _NAMED_TAIL.search('Join us."')
    assert not _NAMED_TAIL.search("Help us before the ferries stop for good,” she wrote.")
