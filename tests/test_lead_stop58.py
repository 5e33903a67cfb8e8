"""Stop 58's lead fixes from editor read #32 (invented text; each test failed on main `d8d76bd`)."""

from __future__ import annotations

from newsfuse.records import RawDocument


def test_a_law_ratified_is_a_development() -> None:
    # read #32, row 120: "Polish President … ratified a law …" was no development and a side fact led the brief
    from newsfuse.summarize.select import development

    assert development("Norvane's President Ada Lind ratified a law making it illegal to blame the nation.")
    assert development("The governor vetoed the budget bill.")
    assert not development("Party leader Oskar Berg urged Lind to approve the legislation.")


def test_a_phrase_quoted_under_a_negation_is_shown_with_its_sentence() -> None:
    # read #32, row 114: the agency quoted as “in danger of extinction.” where it said the bears were not
    from newsfuse.records import Quote
    from newsfuse.render.markdown import negated_phrase, quotes_by_speaker, shown_words

    denied = Quote(
        "in danger of extinction.",
        "Wildlife Service",
        ["S2"],
        context='But the service said the threat was "in the foreseeable future" and that the owls were not "in danger '
        'of extinction."',
    )
    plain = Quote("in the foreseeable future", "Wildlife Service", ["S2"], context=denied.context)
    assert negated_phrase(denied) and not negated_phrase(plain)
    (group,) = quotes_by_speaker([denied])
    assert group.remarks == [denied] and not group.phrases
    assert "were not" in shown_words(denied)[0]


def test_a_year_in_a_clause_of_how_dates_no_statement() -> None:
    # read #32, row 114: a statement of 2010 in the timeline as an event of 2008
    from newsfuse.records import AnalysedStory, Sentence
    from newsfuse.summarize.timeline import year_mentions

    texts = [
        '"The Service explained how its biologists had concluded in 2008 that the owl was not facing threats," the '
        "agency said.",
        "The owl was listed as threatened in 2008.",
    ]
    sentences = [Sentence("S1", k, k, t, 0, len(t)) for k, t in enumerate(texts)]
    found = year_mentions(AnalysedStory(articles=[], sentences=sentences, mentions=[]))
    assert [(m.sentence_index, m.value) for m in found] == [(1, "2008")]


def test_a_caption_with_a_bare_credit_and_a_broadcast_promo_are_furniture() -> None:
    # read #32, row 104: a caption was a summary sentence, a promo a top fact
    from newsfuse.clean.rules import classify_line

    assert classify_line("Air Force Lt. Col. Ada Lind talked to NBC News' Oskar Berg. NBC News") == "boilerplate"
    assert classify_line("NBC Nightly News Exclusive: Oskar Berg anchors from Norvane on Monday at 6:30pm ET.")
    assert classify_line("The governor will address the state at 8 p.m. ET on Tuesday.") is None
    assert classify_line("The talks ended late, officials told NBC News.") is None


def test_a_holiday_is_no_entity() -> None:
    # read #32, row 88: "April Fools' Day — PERSON" opened "Who and what"
    from newsfuse.nlp.entities import holiday

    assert holiday("April Fools' Day") and holiday("April Fools") and holiday("Valentine’s Day")
    assert holiday("Memorial Day") and holiday("Christmas Eve")
    assert not holiday("Doris Day") and not holiday("Dorothy Day") and not holiday("Lewis Day")


def test_one_speakers_two_remarks_do_not_back_each_other() -> None:
    # read #32, row 86: Dole's view of his party cited to an outlet that gives his view of the Senate
    from newsfuse.align import citation_check, story_pairs

    shown = "Former Senate Majority Leader Ada Lind says she doesn't believe she could make it in the modern party."
    other = "The Senate might not be broken, but it's not exactly stable, former Senate Majority Leader Ada Lind says."
    same = "Ada Lind says she could not make it in today's party, the former Senate leader said."

    def only(a: str, b: str) -> bool:
        return citation_check.shares_only_speaker((story_pairs.content_words(a), story_pairs.content_words(b)), (a, b))

    assert only(shown, other)
    assert not only(shown, same)
    assert not only("The Senate passed the bill on Friday.", other)  # no speaker in the shown sentence


def test_a_live_blogs_header_is_no_fact(fast_models) -> None:
    # read #32, row 88: "The Latest on the April Fools' Day storm to hit northern New England." was a top fact
    from newsfuse.options import Options
    from newsfuse.pipeline import brief_from_documents

    header = "The Latest on the spring storm to hit the Keld coast (all times local):"
    texts = [
        f"KELD (AP) — {header}\n\nThe storm dropped two feet of snow on Keld on Saturday, the weather service said. "
        "Ferries to the islands were cancelled for the day.",
        "A spring storm dropped two feet of snow on Keld on Saturday. Ferries were cancelled, the harbour master said.",
    ]
    documents = [RawDocument(path=f"{k}.txt", text=t) for k, t in enumerate(texts)]
    brief = brief_from_documents(documents, Options(), fast_models)
    assert brief.facts, "the storm is told"
    assert not any("The Latest" in f.text for f in brief.facts), [f.text for f in brief.facts]


def test_a_quotation_opening_on_a_demonstrative_and_its_act_needs_context() -> None:
    # read #32, row 120: '“This guarantees Polish interests, …,” Duda told reporters' came before what "this" was
    from newsfuse.summarize.standalone import needs_context

    assert needs_context(
        "“This guarantees our interests, such as our dignity and the truth,” Lind told reporters in Norvik, taking no "
        "questions."
    )
    assert needs_context("“That decision was wrong and the court will say so,” Lind said on Friday.")
    assert not needs_context("“This year we will build more homes than ever,” Lind said.")
    assert not needs_context("“We will sign it into law,” Lind said.")


def test_a_list_items_label_is_no_fact(fast_models) -> None:
    # read #32, row 88: "Burger breath.", "Friendly skies." … were facts in the brief's own voice
    from newsfuse.options import Options
    from newsfuse.pipeline import brief_from_documents

    texts = [
        "The best pranks of the day came from airlines and burger chains.\n\n"
        "Friendly skies. In what may be the clearest example of an idea that should become real, Norair announced it "
        "would launch a pet-only cabin on its Keld route.\n\n"
        "Burger breath. Burger Barn claimed to have made a burger-flavoured toothpaste for its fans in Keld.",
        "Norair announced a pet-only cabin on the Keld route as an April prank. Burger Barn joined in with a "
        "burger-flavoured toothpaste.",
    ]
    documents = [RawDocument(path=f"{k}.txt", text=t) for k, t in enumerate(texts)]
    brief = brief_from_documents(documents, Options(), fast_models)
    shown = [f.text for f in brief.facts]
    assert any("Norair" in t for t in shown), shown
    assert not any(t in ("Friendly skies.", "Burger breath.") for t in shown), shown


def test_a_units_member_its_outlet_does_not_back_is_a_fact_of_its_own() -> None:
    # read #32, rows 114 and 120: a sentence joined to another fact's unit and refused by the citation checks was no
    # fact at all; now the refused members of other outlets are listed apart (a disagreement stays where it is)
    from types import SimpleNamespace

    from newsfuse.align.facts import unbacked_members
    from newsfuse.align.numbers import find_quantities
    from newsfuse.options import Options
    from newsfuse.records import AnalysedStory, Sentence

    texts = [
        "The judge ordered the agency to explain its listing by Friday.",
        "The agency kept the owl listed as threatened.",
        "The agency said the owl was threatened.",
        "The agency listed 40 owls as threatened.",
    ]
    sources = ["S1", "S2", "S3", "S4"]
    sentences = [Sentence(a, 0, 0, t, 0, len(t)) for a, t in zip(sources, texts, strict=True)]
    story = AnalysedStory(articles=[], sentences=sentences, mentions=[])
    units = SimpleNamespace(contradicted={1: {"S3"}}, quantities=[find_quantities(t) for t in texts])
    # shown: S2's sentence; S1's member was refused (not a source), S3's gives a value against it, S4 is cited
    assert unbacked_members(story, units, [0, 1, 2, 3], 1, ["S2", "S4"]) == [0]  # type: ignore[arg-type]
    assert Options().align.split_unbacked


def test_a_name_in_apposition_after_an_organisation_speaks(attribute_parsed) -> None:
    # mn58 kept row 83 (read at the final bench): "One of the founders of The Robin Collective, Brandy Wright, said:
    # “…”" printed the organisation, read as a town before its state ("of Athens, Alabama,")
    from tests.test_quotes_stop51 import _by_text, _name

    found = attribute_parsed(
        [
            "One of the founders of The Robin Bakery, Brandy Wright, said: “not only do the edible cups taste amazing,"
            " but they smell delicious too.”",
            "Rita Lee of Athens, Alabama, said: “We drove all night to get here and we would do it again.”",
        ]
    )
    assert _name(_by_text(found, "not only do the edible", "direct")) == "Brandy Wright"
    assert _name(_by_text(found, "We drove all night", "direct")) == "Rita Lee"


def test_who_after_a_description_beside_a_name_is_the_name(attribute_parsed) -> None:
    # mn58 kept row 69 (read at the final bench): "L. Lin Wood, an Atlanta attorney who said he had successfully sued
    # …" printed "Atlanta attorney" for the reported words
    from tests.test_quotes_stop51 import _by_text, _name

    found = attribute_parsed(
        [
            "L. Tom Wood, an Keld attorney who said he had successfully sued other media outlets over similar"
            " accusations, branded the program a broadcast riddled with errors."
        ]
    )
    assert _name(_by_text(found, "he had successfully sued", "reported")) == "L. Tom Wood"
