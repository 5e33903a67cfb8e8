"""Deletion-only compression of summary sentences (summarize/compress.py) and the names rule that
asks for an introduction only where a bare name is how the sentence names its subject."""

from __future__ import annotations

import pytest
from tests.test_summarize_standalone import findable

from newsfuse.options import Options
from newsfuse.records import Entity, Mention
from newsfuse.summarize.compress import compress
from newsfuse.summarize.standalone import Introductions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Demoski spoke to KTUU-TV (http://bit.ly/1QPO4MH ), saying he did not mean to hit the teams.",
            "Demoski spoke to KTUU-TV, saying he did not mean to hit the teams.",
        ),
        # a party tag says which side the senator is on: kept since stop 49 (editor read #20)
        (
            "Senator John Cornyn (R-Texas) voted against the bill on the Senate floor.",
            "Senator John Cornyn (R-Texas) voted against the bill on the Senate floor.",
        ),
        (
            "The ferry to the island (or the mainland) will sail twice on the holiday.",
            "The ferry to the island will sail twice on the holiday.",
        ),
        (
            "In an interview with the BBC, the Facebook founder said fake news was damaging understanding.",
            "The Facebook founder said fake news was damaging understanding.",
        ),
        (
            "Meanwhile, the army will leave the city by Friday, police told reporters on Monday.",
            "The army will leave the city by Friday, police told reporters on Monday.",
        ),
        (
            "But the company said it would not appeal the ruling in any court.",
            "The company said it would not appeal the ruling in any court.",
        ),
        (
            "At the same time, analysis of game videos was performed for on-field injuries.",
            "Analysis of game videos was performed for on-field injuries.",
        ),
        (
            "Sure, the ferry to Keld is running again, and islanders are queueing at the pier.",
            "The ferry to Keld is running again, and islanders are queueing at the pier.",
        ),
        # a spun rewrite's broken tail (shared corpus): the clause holding it goes, the main clause stands
        (
            "The two mayors on Tuesday declared a lasting partnership and vowed to bring more river trade to "
            "the towns as the two sought to isolate their towns. from the river. floods and other costs.",
            "The two mayors on Tuesday declared a lasting partnership and vowed to bring more river trade to "
            "the towns.",
        ),
    ],
)
def test_compress_deletes_parentheticals_and_openers(text: str, expected: str) -> None:
    short = compress(text)
    assert short == expected
    assert findable(short, text)  # every kept word in source order, only the first word's case changed


@pytest.mark.parametrize(
    "text",
    [
        # an attribution stays: without it an allegation would read as a fact
        "“We will not allow this,” the minister said on Monday.",
        "The medics were trying to treat Damon when she became violent, the lawsuit said.",
        "Alcorn is accused of luring the girl into her home, according to the criminal complaint.",
        "The plane came down in the sea off the coast, the airline said in a statement on Monday.",
        # the "subject" before the speech verb is a clause of its own
        "Barbara Morgan, an officer with the Lehigh County Humane Society says she expects to file charges.",
        # a number, a date or a negation is never deleted
        "Tulowitzki entered Saturday night leading the National League in batting average (.340) and was third.",
        "Spending rose sharply last year, according to a 2014 survey by American Express.",
        "The minister will sign the deal this week, though not before the vote.",
        # what would be left is too short to stand
        "The suspect was not armed, police said.",
        # a relative clause at the end is not an attribution
        "The mayor closed the bridge, which the governor said was a mistake.",
        # a quotation is given as spoken: nothing inside it is deleted
        "“Nobody may bring any medicine containing opiates (codeine and so on) into Keld,” the notice says.",
        '"Nobody may bring any medicine containing opiates (codeine and so on) into Keld," the notice says.',
        # an abbreviation's full stop is no broken text; a break with no clause opener before it stays
        "Keld Ferries Inc. on Wednesday cut its forecast for the year, as bookings fell.",
        "The ferry to Keld was full again. and then it left as the crowd cheered.",
    ],
)
def test_compress_keeps_what_carries_meaning(text: str) -> None:
    assert compress(text) == text


def test_a_bare_name_needs_an_introduction_only_where_it_names_the_subject() -> None:
    entities = [Entity(name="Marilyn Mosby", type="PERSON", aliases=["Mosby"], sources=["S1"])]
    intros = Introductions(entities, [Mention("A", k, "Mosby", "PERSON") for k in range(3)])
    confirmed = "Mosby confirmed the six officers would be charged on Friday."
    assert intros.unintroduced(("A", 0), confirmed, []) == ["Mosby"]
    assert intros.unintroduced(("A", 1), "The charges were announced on Friday, said Mosby.", []) == ["Mosby"]
    # named in passing: the sentence is about the officers, not about who Mosby is
    passing = "The six officers charged by Mosby's office will appear in court on Friday."
    assert intros.unintroduced(("A", 2), passing, []) == []
    # introduced by an earlier summary sentence
    before = ["Baltimore prosecutor Marilyn Mosby announced charges against six officers."]
    assert intros.unintroduced(("A", 0), confirmed, before) == []


def test_a_sentence_needing_context_follows_the_sentence_that_names_its_referent(models) -> None:
    from newsfuse.pipeline import brief_from_documents
    from newsfuse.records import RawDocument
    from newsfuse.summarize.standalone import needs_context

    texts = [
        "Keld will close its harbour bridge for repairs.\n\n"
        "Mayor Anna Kovac of Keld announced on Monday that the harbour bridge will close for three months. "
        "She said the repairs would cost the city four million euros, paid from next year's road budget.",
        "The harbour bridge in Keld is to close for three months of repairs, Mayor Anna Kovac announced on Monday.\n\n"
        "Ferries will carry commuters across the harbour while the bridge is closed, the city said.",
    ]
    documents = [RawDocument(path=f"doc{k}.txt", text=t) for k, t in enumerate(texts)]
    brief = brief_from_documents(documents, Options().with_(words=400), models)
    shown = [item.text for item in brief.summary]
    she = next(k for k, t in enumerate(shown) if t.startswith("She said the repairs"))
    assert needs_context(shown[she])
    assert shown[she - 1].startswith("Mayor Anna Kovac of Keld announced")  # the sentence before it in its article


def test_a_title_is_never_a_cut_quotation() -> None:
    """When no lead sentence and no summary sentence reads as a headline (both articles open with
    quotations), the title is another sentence of the story that does, not a quotation cut with "…"."""
    import numpy as np

    from newsfuse.records import AnalysedStory, Article, Sentence, SummaryItem
    from newsfuse.summarize.title import choose_title

    bodies = {
        "S1": [
            "“You know I was thinking about that today, I was like I'm the one who has to live with this,” he said.",
            "“We all make mistakes and I made a terrible one that night,” he told the jury.",
            "A mistrial was declared on the murder charge against the Keld harbour pilot on Tuesday.",
        ],
        "S2": [
            "“I was like I'm the one who has to live with this,” he told the court on Monday.",
            "“Nobody wanted this to happen,” he said.",
            "The judge in Keld declared a mistrial on the murder charge against the harbour pilot.",
        ],
    }
    articles = [Article(k, f"{k}.txt", None, None, None, None, [" ".join(v)]) for k, v in bodies.items()]
    sentences = [Sentence(k, n, 0, t, 0, len(t)) for k, v in bodies.items() for n, t in enumerate(v)]
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(len(sentences), 8)).astype(np.float32)
    story = AnalysedStory(articles, sentences, [], embeddings=vectors / np.linalg.norm(vectors, axis=1)[:, None])
    summary = [SummaryItem(text=bodies["S1"][0], sources=["S1", "S2"])]
    title = choose_title(story, summary, embedder=None)  # type: ignore[arg-type]  # no headlines to encode
    assert not title.endswith("…") and title[0] not in '“"', title
    assert "mistrial" in title


def test_a_title_never_opens_with_a_connective() -> None:
    from newsfuse.summarize.title import headline_like

    lede = "But in a new interview, Mayor Anna Kovac of Keld said the harbour bridge would close for three months."
    title = headline_like(lede)
    assert title is not None and title.startswith("In a new interview, Mayor Anna Kovac")
    assert findable(title, lede)


def test_a_sentence_standing_in_for_a_headline_has_no_full_stop() -> None:
    from newsfuse.summarize.title import without_full_stop

    sentence = "The Keld ferry resumed sailings on Monday."
    assert without_full_stop(sentence) == sentence[:-1]
    assert without_full_stop("The Keld ferry sails again from the U.S.") == "The Keld ferry sails again from the U.S."
