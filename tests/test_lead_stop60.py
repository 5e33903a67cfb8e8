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


def test_a_plural_title_ends_no_sentence(fast_models) -> None:
    # read #34, BASIL 2010: "Reps." was a sentence and ". Peter DeFazio of Oregon, … are crafting a letter" a fact
    from newsfuse.nlp.analyse import split_paragraphs

    for paragraph in (
        "Reps. Ilsa Varga of Keld, and Tom Ruiz and Ann Brent of Wessex are writing a letter to the harbour board.",
        "Sens. Ilsa Varga and Tom Ruiz wrote to the harbour board on Monday.",
    ):
        assert [text for _at, text, _ents in split_paragraphs([paragraph], fast_models)[0]] == [paragraph]


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


def test_a_wording_that_drops_the_no_is_no_variant_of_the_quotation() -> None:
    # read #34, BASIL 2010: Fox's "To pass this bill … would materially increase the risk …" was shown with
    # HuffPost's "If they don't pass this bill … it will materially increase the risk …" as its variant
    from newsfuse.nlp.quote_merge import merge_quotes, turns_negation
    from newsfuse.nlp.quotes import Attribution
    from newsfuse.nlp.speakers import Speaker

    def said(article: str, text: str) -> Attribution:
        return Attribution(article, "direct", text, [(0, len(text))], speaker=Speaker("Varga", 0, 1, "Ilsa Varga"))

    passed = "To pass the harbour bill this month would raise the risk that the ferries stop"
    failed = "If they don't pass the harbour bill this month it will raise the risk that the ferries stop"
    assert turns_negation(passed, failed) and not turns_negation(passed, passed + " again")
    # a much longer wording may hold a "not" in what the other left out; a "not" of a word the other wording does
    # not give is another turn of phrase (the bundled example's two translations of one remark)
    assert not turns_negation("the ferries stop", failed)
    assert not turns_negation("Water must unite us, not divide us", "The water should bring us together rather than")
    quotes = merge_quotes([said("S1", passed), said("S2", failed), said("S3", passed + ".")], None)
    assert [(q.text, q.sources, q.variants) for q in quotes] == [(passed, ["S1", "S3"], []), (failed, ["S2"], [])]


def test_a_date_in_a_clause_inside_another_clause_dates_no_visit(fast_models) -> None:
    # read #34, BASIL 2014: "Mr. Holder's first stop was at a community college, where he met with people who … the
    # rage that was ultimately ignited by the shooting … on Aug. 9." dated Holder's Aug. 20 visit Aug. 9
    from newsfuse.summarize.timeline import _in_relative, _Item

    def dated_by_clause(text: str, mention: str) -> bool:
        return _in_relative(fast_models.parse([text])[0], _Item("2014-08-09", 0, 0, text, 1.0, mention=mention))

    assert dated_by_clause(
        "The mayor's first stop was at a ferry school, where she met with pilots who described the storm that sank "
        "the old ferry on Aug. 9.",
        "Aug. 9",
    )
    # a copula whose one clause holds the only event keeps the date (the timeline bench's t0)
    assert not dated_by_clause("The ad is a state-wide buy in Wessex that starts Wednesday.", "Wednesday")


def test_withdrawing_from_one_thing_told_in_other_words_is_one_act() -> None:
    # read #34, BASIL 2011: "pulling out of his own … debate", "bowing out as the moderator for a … debate" and
    # "bowing out of the Newsmax debate" were three summary sentences
    from newsfuse.summarize.repeats import repeats

    pulled = "Ilsa Varga announced Tuesday that she is pulling out of her own harbour debate."
    bowed = "Ilsa Varga said on Tuesday she was bowing out as the host of the harbour debate, after rivals declined."
    assert repeats(pulled, bowed)
    # withdrawing from something else is another act
    assert not repeats(pulled, "Ilsa Varga withdrew from the ferry contract on Friday.")


def test_a_quotations_tag_alone_is_no_fact() -> None:
    # read #34, BASIL 2014: "Holder recalled." (a tag the splitter cut from its quotation) was a fact of the story
    from newsfuse.align.facts import states_something

    assert not states_something("Varga recalled.")
    assert not states_something("Mayor Ilsa Varga said on Wednesday.")
    assert states_something("Varga recalled the storm of 1968.")
    assert states_something("Ilsa Varga was confirmed 98-0")  # a vote, not a tag
