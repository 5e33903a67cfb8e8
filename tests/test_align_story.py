"""Facts and conflicts on a fictional four-article story (tests/fixtures/story):
A1 and A3 (a copy of A1) say 12 killed, A2 says seventeen; "40" and "more than 30" rescued agree;
"$3 million in relief" and "$2 million on new lifeboats" are different slots."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from newsfuse.options import Options

STORY = Path(__file__).parent / "fixtures" / "story"


@pytest.fixture(scope="module")
def story_brief(models):
    from newsfuse.pipeline import brief_from_paths

    return brief_from_paths([STORY], Options().with_(words=80), models)


def source_id(brief, name: str) -> str:
    return next(s.id for s in brief.sources if s.path.endswith(name))


def test_casualty_numbers_that_disagree_are_a_conflict(story_brief):
    killed = [c for c in story_brief.conflicts if c.topic == "number of people killed"]
    assert len(killed) == 1
    values = {claim.value.lower(): claim.sources for claim in killed[0].claims}
    a1, a2 = source_id(story_brief, "a1_northshore_herald.txt"), source_id(story_brief, "a2_valley_courier.txt")
    assert a1 in values["12"]
    assert values["seventeen"] == [a2]


def test_compatible_values_and_different_slots_are_not_conflicts(story_brief):
    topics = {c.topic for c in story_brief.conflicts}
    assert not any("rescued" in t or "passenger" in t for t in topics)  # 40 vs more than 30: precision only
    assert not any(t.startswith("amount of") for t in topics)  # relief vs lifeboats: different slots
    assert len(story_brief.conflicts) == 1


def test_fact_statuses(story_brief):
    by_text = {f.text: f for f in story_brief.facts}
    relief = next(f for t, f in by_text.items() if t.startswith("Governor Ilsa Marrow announced"))
    assert relief.status == "corroborated"
    lifeboats = next(f for t, f in by_text.items() if "lifeboats" in t)
    assert lifeboats.status == "single_source"
    assert lifeboats.sources == [source_id(story_brief, "a4_harbour_times.txt")]
    disputed = [f for f in story_brief.facts if f.status == "disputed"]
    assert disputed and any("killing 12 people" in f.text or "Seventeen" in f.text for f in disputed)


def test_a_copy_adds_no_support(story_brief):
    a1, a3 = source_id(story_brief, "a1_northshore_herald.txt"), source_id(story_brief, "a3_daily_lantern.txt")
    copy = next(s for s in story_brief.sources if s.id == a3)
    assert copy.copy_of == a1
    heron = next(f for f in story_brief.facts if "Grey Heron" in f.text)
    assert set(heron.sources) == {a1, a3}  # both cited ...
    assert heron.status == "single_source"  # ... but one independent source


def test_a_source_is_not_cited_for_a_number_it_disputes(story_brief):
    a2 = source_id(story_brief, "a2_valley_courier.txt")
    twelve = [item for item in [*story_brief.summary, *story_brief.facts] if "killing 12 people" in item.text]
    assert twelve, "the brief reports the disputed death toll"
    for item in twelve:
        assert item.sources and a2 not in item.sources


def test_copies_marked_by_hand_count_once(models):
    """align() itself, without the dedup stage: marking A2 as a copy of A1 turns the relief fact's
    two independent sources into one."""
    from newsfuse.align import align
    from newsfuse.ingest import read_paths
    from newsfuse.pipeline import story_from_documents

    options = Options()
    documents, skipped = read_paths([STORY / "a1_northshore_herald.txt", STORY / "a2_valley_courier.txt"], options)
    story = story_from_documents(documents, options, models, skipped)
    relief = "Governor Ilsa Marrow announced"
    independent = align(story, options)
    assert next(f for f in independent.facts if f.text.startswith(relief)).status == "corroborated"
    articles = [story.articles[0], replace(story.articles[1], copy_of="S1")]
    copied = align(replace(story, articles=articles), options)
    assert next(f for f in copied.facts if f.text.startswith(relief)).status == "single_source"


def test_the_inventory_holds_every_sentence_most_important_first(models):
    """Every sentence's claim belongs to exactly one fact; facts carry ids F1.. in importance
    order; the JSON lists every fact, Markdown only the top ones and says how many more."""
    from newsfuse.align import align
    from newsfuse.align.claims import joined
    from newsfuse.ingest import read_paths
    from newsfuse.pipeline import brief_from_story, story_from_documents
    from newsfuse.render.markdown import to_markdown

    options = Options().with_(words=80)
    documents, skipped = read_paths([STORY], options)
    story = story_from_documents(documents, options, models, skipped)
    graph = align(story, options, models).graph  # sentences that carry several facts are split into claims
    assert len(graph.claims) >= len(story.sentences)
    assert sorted({c.sentence for c in graph.claims}) == list(range(len(story.sentences)))
    claimed = sorted(c for node in graph.facts for c in node.claims)
    assert claimed == list(range(len(graph.claims)))
    assert [n.id for n in graph.facts] == [f"F{k + 1}" for k in range(len(graph.facts))]
    scores = [n.importance for n in graph.facts]
    assert scores == sorted(scores, reverse=True)
    for claim in graph.claims:  # offsets point at the claim's text in its article
        article = next(a for a in story.articles if a.id == claim.article_id)
        assert joined(article.text, claim.spans) == claim.text
    brief = brief_from_story(story, options, models, skipped)
    assert len(brief.facts) == len(graph.facts)
    md = to_markdown(brief)
    shown = md.split("## Facts", 1)[1].split("##", 1)[0].count("\n- **")
    if shown < len(brief.facts):
        assert f"{len(brief.facts) - shown} more facts in the JSON" in md


def test_a_question_is_no_source_for_a_statement(models):
    """Editor read of Multi-News row 158: "By the next year, the town had already decided to move." cited
    an outlet whose sentence was "Why would a town need to move?". A question asserts nothing: the fact
    stays single-source while the two outlets' statements stay corroborated."""
    from newsfuse.align import align
    from newsfuse.pipeline import story_from_documents
    from newsfuse.records import RawDocument

    first = (
        "The mining town of Kallby will move two miles east because the mine is undermining its streets.\n\n"
        "By the next year, the town council had already decided to move the whole town center.\n\n"
        "The old church will be taken apart and rebuilt in the new center."
    )
    second = (
        "Kallby, a mining town, is moving two miles east as the iron mine eats away the ground under it.\n\n"
        "Why would a town council decide to move the whole town center?\n\n"
        "The church is to be rebuilt piece by piece in the new town center."
    )
    documents = [RawDocument(path="0.txt", text=first), RawDocument(path="1.txt", text=second)]
    story = story_from_documents(documents, Options(), models, [])
    facts = {f.text: f for f in align(story, Options(), models).facts}
    decided = facts["By the next year, the town council had already decided to move the whole town center."]
    assert (decided.status, decided.sources) == ("single_source", ["S1"])
    assert any(f.status == "corroborated" and f.text.startswith("The mining town of Kallby") for f in facts.values())


def test_a_quotation_is_backed_only_by_a_sentence_that_gives_its_words():
    """Editor read of Multi-News row 226: '"I was a selfish player," James said.' cited an outlet whose
    sentence was about another moment ("Spoelstra revealed players were crying"), and a quotation only
    one outlet prints cited two. Another outlet backs a quotation when it repeats most of the quoted
    words or a phrase of them, with or without marks; a member that quotes someone may still back a
    shown sentence that reports it."""
    from newsfuse.align.units import backs, quoted_part

    assert quoted_part("“We lost our way,” the coach said.") == "We lost our way,"
    assert quoted_part('back to the basics," he said.') == "back to the basics,"  # cut out of a longer quote
    assert quoted_part("He said “the bridge is safe and will reopen") == "the bridge is safe and will reopen"
    assert quoted_part('The new phone has a 6" screen.') == ""

    shown = "“I was a selfish player,” Marlow said."
    assert not backs("After one game last season, the coach revealed players were crying.", shown)
    assert not backs("“It was a very tough night,” Marlow said.", shown)
    assert backs("Marlow admitted he was a selfish player back then.", shown)
    # a phrase of the quotation, not a name or "the president", backs it
    long_quote = "“After two years of leaks, the office has disclosed its intent to file charges,” Reyes said."
    assert backs("Reyes said the office “has disclosed its intent to file charges.”", long_quote)
    assert not backs("“The office is staffed by lawyers,” a spokesman said.", "“I respect the office,” Reyes said.")
    # a member that quotes someone backs a sentence that reports it in other words
    assert backs(
        "“The audit shows they dipped into the fund and falsified the reports,” the auditor said.",
        "The auditor said the pair falsified the reports to hide the spending.",
    )
    # a sentence with a short quoted phrase is not a quotation
    assert backs(
        "The bridge was closed for repairs on Monday.",
        "The bridge was closed on Monday for what the city called “urgent repairs” to its deck.",
    )


def test_the_fact_most_outlets_report_heads_the_inventory(xi_brief):
    """Shared corpus: the meeting that all five outlets report comes first, not a single outlet's
    "On Monday … the two leaders focused on something they both could agree on" (it ranked 17th
    behind twelve single-source sentences before each independent source added to the rank)."""
    first = xi_brief.facts[0]
    assert len(first.sources) >= 4 and first.status != "single_source"
    top = xi_brief.facts[:5]
    assert sum(f.status == "single_source" for f in top) <= 2


def test_fragments_of_lists_and_citations_are_no_facts() -> None:
    """Stop 25 editor read (rows 177, 188): "1.", "To wit:", "[" and "Cf." were listed as facts; editor a26
    (shared corpus): a subhead in capitals; stop 30 read (row 232): a web page's list of tags."""
    from newsfuse.align.facts import states_something

    fragments = ("1.", "2.", "[", "Cf.", "(1962) (“[", "To wit:", "More Video:", "DOUBTS IN THE NORTH")
    # stop 32 read (row 228): a lead-in of any length, whatever it introduces follows it
    fragments += ("Mayor Brandt’s lawyer released the following statement:", "The council listed three demands: ")
    fragments += ("KELD, Nor.", "MARROW BAY, Calif.")  # a dateline cut off its sentence (row 191)
    tags = ("Read more about: Ivo Brandt, Keld, City Council", "Tags: Keld, Elections")
    # a question asks and states nothing (editor read, stop 33, rows 10, 63, 77)
    fragments += ("Are Keld officials trying to keep the black market alive?", "Want to send me something?")
    fragments += ("“Why would the council do that?”",)
    # a quotation's attribution the sentence splitter cut off after the closing mark (editor re-read, stop 37, row 110)
    fragments += ("said Mr Brandt.", "said Mayor Ivo Brandt.", "added Mr. Brandt, the mayor of Keld.")
    for fragment in (*fragments, *tags, "Ads, Mobile & Tablet Formats", "Sports Teams"):
        assert not states_something(fragment), fragment
    for claim in (
        # a long sentence that ends by introducing a quotation tells its own news before the colon
        "According to a transcript of the call, Brandt told his lawyer that he felt threatened when he fired at "
        "the boat, even as its crew fled toward the harbour:",
        "Brant resigned.",
        "The council voted on three items: roads, parks and schools.",
        "NATO STAYS.",
        "Keld Mayor Ivo Brandt resigned on Monday after the vote",
        "“Keld Will Rise Again”",
        "Update: Brandt said he would stay on until March.",
        "Best film: Keld Rising",
        "said to be the largest harbour on the coast of Keld, the port reopened on Monday after the storm.",
    ):
        assert states_something(claim), claim


def test_a_sentence_another_outlet_prints_word_for_word_is_told_once(models, tmp_path):
    """A blog quoting a paper's passage (editor read, stop 31, row 245: a blog's facts were "corroborated" by the
    sentences it quoted): the quoted sentence is one report, cited with both, single-source; a fact the two tell in
    their own words stays corroborated."""
    from newsfuse.align import align
    from newsfuse.ingest import read_paths
    from newsfuse.pipeline import story_from_documents

    shared = "The harbour board voted on Tuesday to close the north quay of Keld until the storm wall is rebuilt."
    (tmp_path / "paper.txt").write_text(
        f"{shared}\n\nThe ferry company said its boats would sail from the south pier from Wednesday.\n\n"
        "Engineers found cracks along forty metres of the wall after the January gales, the board said.\n"
    )
    (tmp_path / "blog.txt").write_text(
        f"From the Keld Gazette:\n\n{shared}\n\nFerries will now leave from the south pier, starting Wednesday, the "
        "ferry company said.\n\nThe blog's readers will remember the quay from last summer's regatta.\n"
    )
    options = Options()
    documents, skipped = read_paths([tmp_path], options)
    story = story_from_documents(documents, options, models, skipped)
    facts = align(story, options, models).facts
    quay = next(f for f in facts if f.text.startswith("The harbour board voted"))
    assert sorted(quay.sources) == ["S1", "S2"] and quay.status == "single_source"
    ferry = next(f for f in facts if "south pier" in f.text)
    assert sorted(ferry.sources) == ["S1", "S2"] and ferry.status == "corroborated"
