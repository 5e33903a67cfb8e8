"""Stop 60's lead fixes (invented text; each test failed on main `bbf8adf7`)."""

from __future__ import annotations


def test_a_finding_with_figures_is_no_repeat_of_the_quotation_that_comments_on_it() -> None:
    # read #33, row 97: the McTiernan quotation ranked first and pushed out the review's finding (cosine 0.71)
    from newsfuse.summarize.repeats import traits
    from newsfuse.summarize.select import finding_beside_comment

    comment = '"This shows that no amount of salt is safe for the heart," said Ada Kell, the review\'s lead author.'
    finding = "Eating 5 grams of salt a day raised the risk of heart disease by 12 percent, the review found."
    assert finding_beside_comment(traits(finding), comment, traits(comment), 0.72)
    # a retelling scores higher than the ceiling; a quotation against a quotation, or figures the quotation
    # already gives, stay repeats
    assert not finding_beside_comment(traits(finding), comment, traits(comment), 0.86)
    quoted = '"Eating 5 grams of salt a day raised the risk by 12 percent," Kell said.'
    assert not finding_beside_comment(traits(quoted), comment, traits(comment), 0.72)
    figured = '"Five grams a day, 12 percent more risk: no amount of salt is safe," said Ada Kell.'
    assert not finding_beside_comment(traits(finding), figured, traits(figured), 0.72)
    # a chosen sentence that is not a quotation keeps the redundancy threshold alone
    told = "No amount of salt is safe for the heart, according to the review led by Ada Kell."
    assert not finding_beside_comment(traits(finding), told, traits(told), 0.72)


def test_a_plural_title_ends_no_sentence(fast_models) -> None:  # type: ignore[no-untyped-def]
    # read #34, BASIL 2010: "Reps." was a sentence and ". Peter DeFazio of Oregon, … are crafting a letter" a fact
    from newsfuse.nlp.analyse import split_paragraphs

    for paragraph in (
        "Reps. Ilsa Varga of Keld, and Tom Ruiz and Ann Brent of Wessex are writing a letter to the harbour board.",
        "Sens. Ilsa Varga and Tom Ruiz wrote to the harbour board on Monday.",
    ):
        assert [text for _at, text, _ents in split_paragraphs([paragraph], fast_models)[0]] == [paragraph]


def test_a_name_and_title_alone_do_not_make_another_act_a_source() -> None:
    # read #34, BASIL 2014: "Capt. … Johnson of the Missouri State Highway Patrol said he believed they had reached
    # “a turning point.”" cited two outlets telling that the captain greeted and met the attorney general
    from newsfuse.align import story_pairs
    from newsfuse.align.citation_check import names_others_at_another_act

    shown = "Capt. Ilsa Varga of the Wessex Harbour Police said she believed they had reached a turning point."
    cited = "Soon, Capt. Ilsa Varga of the Wessex Harbour Police stopped by to greet the mayor."
    other = [f"The ferry sailed from Keld on day {k} of the strike." for k in range(30)]
    words = [story_pairs.content_words(t) for t in (shown, cited, *other)]
    idf = story_pairs.story_idf(words)
    names = story_pairs.content_words("Ilsa Varga Wessex Harbour Police")
    acts = (frozenset({"believe", "reach"}), frozenset({"stop", "greet"}))
    pair = (words[0], words[1])
    assert names_others_at_another_act(acts, pair, idf, len(words), (frozenset(), frozenset()), names)
    # the names' words weighed, as before: the rare name words made it a source
    assert not names_others_at_another_act(acts, pair, idf, len(words), (frozenset(), frozenset()))
    # the same people at the shown act stay a source
    told = (frozenset({"believe", "reach"}), frozenset({"say", "reach"}))
    assert not names_others_at_another_act(told, pair, idf, len(words), (frozenset(), frozenset()), names)


def test_two_outlets_quoting_one_speaker_with_the_attribution_each_report_it() -> None:
    # read #34, BASIL 2014: '"I remember how humiliating that was …," Holder said.' in two outlets word for word was
    # one telling: single-source with two sources
    from newsfuse.align.units import telling_key, verbatim_key

    said = '"I remember how cold the harbour was that winter, and how long we waited," Varga said.'
    quoted = [verbatim_key("I remember how cold the harbour was that winter, and how long we waited,")]
    assert telling_key(said, quoted) == ""
    # a sentence of the outlet's own words, or a quotation the outlet does not print as one, keeps its key
    own = "Varga said she remembered how cold the harbour was that winter and how long they waited."
    assert telling_key(own, quoted) == verbatim_key(own)
    assert telling_key(said, []) == verbatim_key(said)
