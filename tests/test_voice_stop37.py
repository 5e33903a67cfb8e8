"""An opinion piece decided sentence by sentence, opinion written without "I", and a voice warning a reader can read
(editor read #6b, stop 36, Multi-News rows 120 and 34: a column's plain facts were kept out with its verdicts, its
verdicts framed as reported speech came in, an analysis with no "I" read as news, and the warning spoke JSON). All
text here is invented."""

from __future__ import annotations

from newsfuse.options import Options
from newsfuse.records import Article, Brief, BriefWarning, RawDocument, SummaryItem
from newsfuse.render.html import to_html
from newsfuse.render.markdown import to_markdown
from newsfuse.summarize.voice import Voice, classify, plain_fact, voice_warnings


def _article(paragraphs: list[str], ident: str = "S1") -> Article:
    return Article(ident, f"{ident}.txt", None, None, None, None, paragraphs)


def test_a_columns_plain_third_person_fact_is_a_fact_and_its_verdicts_are_not() -> None:
    # who did what, with a date or a figure: checkable, no judgement in it
    assert plain_fact(
        "Lawmakers in Keld passed a resolution on Tuesday opposing the bridge closure.", [("Keld", "GPE")]
    )
    assert plain_fact("The council voted 7-2 to close the harbour bridge.")
    assert plain_fact("Mayor Anna Kovac signed the closure order.", [("Anna Kovac", "PERSON")])
    assert not plain_fact("Anna Kovac is a wonderful mayor, loved by all.", [("Anna Kovac", "PERSON")])
    # the columnist's verdict, even when it reports speech
    assert not plain_fact(
        "In a pompous speech the mayor gave supporting the closure, she made it appear as if the ferries were free.",
        [("Mayor", "PERSON")],
    )
    assert not plain_fact("One council aide gave the game away when he declared the bridge was sound.")
    assert not plain_fact(
        "To this besieged council, the protest might only register as a passing squall.", [("Keld", "GPE")]
    )
    # the first and second person, a question, a sentence with no event
    assert not plain_fact("I watched the council vote on Tuesday.", [("Tuesday", "DATE")])
    assert not plain_fact("Would you pay four million euros for a bridge?", [("four million euros", "MONEY")])
    assert not plain_fact("The council's decision is a failure of nerve.")


def test_opinion_without_i_is_found_when_the_writer_addresses_the_reader_or_weighs_every_line() -> None:
    analysis = [
        "Mayor Anna Kovac was asked a simple question on Monday: did she know the bridge was failing?",
        "“Not that I recall,” said the mayor.",
        "Which, as you may have noticed, is not a no.",
        "Now ask yourself this: if she could have said no, don't you think she would have?",
    ]
    assert classify(_article(analysis)).kind == "opinion"
    weighed = [
        "The bridge closure is, paradoxically, a gift to the ferry company.",
        "Indeed, the council surely knew the steel was tired years ago.",
        "The mayor supposedly read the engineers' report in 2019.",
        "The council simply ignored it, and the ferries ultimately profit.",
        "Obviously nobody on the council will say so in public.",
        "The harbour board meets again on Friday.",
    ]
    assert classify(_article(weighed)).kind == "opinion"
    # a report that says "here's why" to its reader or quotes a weighing speaker stays a report
    report = [
        "The Keld council voted on Monday to close the harbour bridge for three months. Here's why.",
        "“Indeed, the steel is tired, and surely everyone knew it,” said engineer Ola Berg, who simply shrugged.",
        "Repairs will cost four million euros, the council said.",
    ]
    assert classify(_article(report)).kind == "report"


def test_the_opinion_warning_tells_a_reader_what_the_source_is_and_the_sources_list_labels_it() -> None:
    (warning,) = voice_warnings([Voice("S2", "opinion")])
    assert warning.message.startswith("this source is an opinion piece")
    assert "does not state its author's views as facts" in warning.message
    assert "voice" not in warning.message and "JSON" not in warning.message and ", but " not in warning.message
    (many,) = voice_warnings([Voice("S1", "opinion"), Voice("S2", "opinion")])
    assert "their authors' views" in many.message
    column = Article("S2", "S2.txt", None, "Keld Herald", None, None, ["The council is wrong."])
    articles = [_article(["The council voted on Monday."]), column]
    brief = Brief("Council votes", articles, [], [SummaryItem("The council voted on Monday.", ["S1"])])
    brief.warnings = [warning]
    md = to_markdown(brief)
    assert '2. <a id="source-2"></a>Keld Herald (opinion) — `S2.txt`' in md
    assert '1. <a id="source-1"></a>`S1.txt`, ' in md  # a source without a title shows its path once (stop 43)
    assert "<em>(opinion)</em>" in to_html(brief)


COLUMN = [
    "Opinion",
    "I have lived in Keld for forty years, and I have never seen a council so afraid of a little rust.",
    "The Keld city council voted 7-2 on Monday to close the harbour bridge for three months.",
    "In a pompous speech the mayor gave supporting the closure, she made it appear as if I had asked for it.",
    "The council's decision is a failure of nerve, and I think the mayor knows it.",
]
REPORT = [
    "KELD — Ferries will carry commuters across the harbour from next week, the ferry company said on Tuesday.",
    "The company will run crossings every twenty minutes, its chief executive Lena Holm told reporters.",
]


def test_a_columns_plain_fact_may_be_summarised_and_its_verdict_may_not(models) -> None:
    from newsfuse.pipeline import brief_from_documents

    documents = [RawDocument(path=f"doc{k}.txt", text="\n\n".join(t)) for k, t in enumerate([REPORT, COLUMN])]
    brief = brief_from_documents(documents, Options().with_(words=400), models)
    said = " ".join(item.text for item in brief.summary)
    assert "voted 7-2 on Monday to close the harbour bridge" in said
    assert "pompous" not in said and "failure of nerve" not in said
    # the plain fact is the story's, shown unmarked; the verdicts are the author's
    assert any("voted 7-2" in f.text and f.voice is None for f in brief.facts)
    assert all(f.voice == "opinion" for f in brief.facts if "pompous" in f.text)
    assert isinstance(brief.warnings[0], BriefWarning) and brief.warnings[0].kind == "opinion"


def test_a_fact_shown_in_a_columns_words_is_the_columnists_even_when_a_report_joins_it() -> None:
    from newsfuse.records import ClaimSpan, Fact, FactGraph, FactNode
    from newsfuse.summarize.voice import Voices, marked_facts

    column = Voice("S2", "opinion", frozenset({0}))
    claims = [
        ClaimSpan(0, "S1", "The council voted to close the bridge.", ((0, 38),)),
        ClaimSpan(1, "S2", "Whatever the council's reasons, the closure may not ultimately matter.", ((0, 69),)),
    ]
    node = FactNode("F1", [0, 1], [0, 1], 1, ["S2", "S1"], ["S2", "S1"], "corroborated", 1.0)
    graph = FactGraph(claims, [node], [0, 0], [["S1", "S2"], ["S2", "S1"]])
    voices = Voices({"S1": Voice("S1", "report"), "S2": column}, frozenset({1}), frozenset(), {1: column})
    fact = Fact(claims[1].text, ["S2", "S1"], "corroborated", id="F1")
    (marked,) = marked_facts([fact], graph, voices)
    assert marked.voice == "opinion"
    # shown in the report's words, the same fact is the story's
    reported = FactGraph(
        claims,
        [FactNode("F1", [0, 1], [0, 1], 0, ["S1", "S2"], ["S1", "S2"], "corroborated", 1.0)],
        [0, 0],
        [["S1", "S2"], ["S2", "S1"]],
    )
    (plain,) = marked_facts([Fact(claims[0].text, ["S1", "S2"], "corroborated", id="F1")], reported, voices)
    assert plain.voice is None
    # the fact's words decide, not the node's representative: a column's wording another step chose is the column's
    (still,) = marked_facts([fact], reported, voices)
    assert still.voice == "opinion"


def test_a_signed_statement_under_its_heading_is_its_signers_words_not_the_briefs() -> None:
    """A family's page: "A statement from …:" over lines in "we" and "our", signed with their kin's name (editor read,
    stop 37, Multi-News row 122: its lines were summary sentences and facts in the brief's voice)."""
    from newsfuse.records import Article
    from newsfuse.summarize.voice import classify

    paragraphs = [
        "A statement from Tomas's parents, following the recent media attention:",
        "We spend hours reading your messages, and they are a lifeline for our family during this time.",
        "Every day since Tomas left us has been painful, and our home is filled with his toys and pictures.",
        "While we can no longer protect Tomas, we can still fight for children like him in every nursery.",
        "With Gratitude and Determination,",
        "Tomas's Parents, Ines & Paul",
    ]
    article = Article("S1", "page.txt", None, None, None, None, paragraphs)
    voice = classify(article)
    assert voice.kind == "letter"
    assert voice.speaker == "Tomas's Parents"
