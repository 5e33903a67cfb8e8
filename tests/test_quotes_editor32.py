"""Stop 32 (issue 13, editor read of Multi-News rows 161/191/209/228): quote speakers, each test on invented text."""

from __future__ import annotations


def _with(found, words: str):
    match = [a for a in found if words in a.text]
    assert match, f"no attribution containing {words!r} in {[a.text for a in found]}"
    return match


def test_a_pronoun_continues_the_speaker_of_the_sentence_before(attribute_parsed) -> None:
    """'On Tuesday Ada Brant, the port's director, said ... // She called the find “the best lead we have”':
    the pronoun continues the subject of the sentence just before it, who spoke there, not a woman quoted a
    paragraph earlier (centering: the previous sentence's subject outranks earlier speakers)."""
    found = attribute_parsed(
        [
            "Search crews worked through the night off the cape.",
            "Though the storm has passed, Mrs Carla Vintner said, “the hull will be hard to reach before the spring.”",
            "On Tuesday Ada Brant, the port's acting director, said new sonar images had found a wreck in deep water.",
            "She described the find as “the best lead we have so far”.",
        ]
    )
    lead = _with(found, "best lead we have")[0]
    assert lead.speaker is not None and lead.speaker.name == "Ada Brant"
    hull = _with(found, "hull will be hard")[0]
    assert hull.speaker is not None and hull.speaker.name == "Carla Vintner"


def test_a_document_describes_its_owner_in_the_third_person(attribute_parsed) -> None:
    """'“... Mr. Pellan built his firm ...,” his web site reads': a website, a biography, a statement speak of
    their owner in the third person, so the quotation naming the owner does not rule him out as "his"."""
    found = attribute_parsed(
        [
            "Marco Pellan, 51, was charged on Friday with fraud. His cousin, Tomas Pellan, was not charged.",
            "Prosecutors say Marco Pellan ran the scheme from his office on Dock Street.",
            "“Through hard work and a stellar reputation Mr. Pellan built his firm into the largest in the "
            "county,” his web site reads.",
        ]
    )
    site = _with(found, "stellar reputation")[0]
    assert site.speaker is not None and site.speaker.name == "Marco Pellan"


def test_the_target_of_a_lawsuit_is_not_its_speaker(attribute_parsed) -> None:
    """'according to the lawsuit against rifle maker Kestrel': the lawsuit is against Kestrel, who did not say its
    words: with no owner named in the phrase the quote has no speaker; in "Ina Lowe's complaint against ..." the
    owner speaks."""
    found = attribute_parsed(
        [
            "Families of the victims sued the rifle maker on Monday.",
            "The rifle was “built to cause the greatest harm in the shortest time,” according to the lawsuit "
            "against rifle maker Kestrel.",
            "The guard was “trained to stop a raid,” according to Ina Lowe's complaint against rifle maker Kestrel.",
        ]
    )
    quote = next(a for a in _with(found, "greatest harm") if a.kind != "reported")
    assert quote.speaker is not None and quote.speaker.name is None
    owned = next(a for a in _with(found, "trained to stop") if a.kind != "reported")
    assert owned.speaker is not None and owned.speaker.name == "Ina Lowe"


def test_the_same_words_credited_to_two_people_stay_two_quotes() -> None:
    """One outlet gives the words to Ilse Varga, two others to Tomas Okonjo: merged, the brief printed them under
    whichever speaker came first and hid the other outlets' reading. Each reading stays its own quote with the
    outlets that give it, so the reader sees who says whom said it; agreeing speakers still merge."""
    from newsfuse.nlp.quote_merge import merge_quotes
    from newsfuse.nlp.quotes import Attribution
    from newsfuse.nlp.speakers import Speaker

    def quote(article: str, text: str, speaker: str | None) -> Attribution:
        said = Speaker(speaker or "he", 0, 1, speaker)
        return Attribution(article, "direct", text, [(0, len(text))], speaker=said)

    words = "You know how the courts are now; someone goes in and they are gone"
    quotes = merge_quotes(
        [
            quote("S1", words, "Tomas Okonjo"),
            quote("S2", words + ".", "Ilse Varga"),
            quote("S3", words, "Okonjo"),
            quote("S4", words, None),
        ],
        None,
    )
    assert [(q.speaker, q.sources) for q in quotes] == [("Tomas Okonjo", ["S1", "S3", "S4"]), ("Ilse Varga", ["S2"])]


def test_a_title_before_the_name_is_not_the_speaker(attribute_parsed) -> None:
    """'said Dunmore's highest elected official, First Selectman Rhoda Kettering, and ...': the title the tagger
    reads as an organisation stands before the person's name; the person speaks, not "First Selectman"."""
    found = attribute_parsed(
        [
            "The town will hold no ceremony this year.",
            "“The anniversary will be marked in private reflection,” said Dunmore's highest elected official, First "
            "Selectman Rhoda Kettering, and Superintendent of Schools Paul Amsel, in a statement.",
        ]
    )
    quote = _with(found, "private reflection")[0]
    assert quote.speaker is not None and quote.speaker.name == "Rhoda Kettering"
