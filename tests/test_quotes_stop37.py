"""Stop 37 (issue 13, editor reads of rows 34, 120 and 103): who said it. A time is never a speaker, a partial
quotation inside what someone else is reported to say is theirs, a law's or a bill's wording and a term in marks
are nobody's words, a named role links to the one person the story gives that title, and a person named in full
after a long title is the family name the article goes on to use. Each test on invented text; the speaker of a
quote is right or null ("unattributed"), never the wrong person."""

from __future__ import annotations

import pytest

from newsfuse.nlp.speakers import is_a_time, role_key, title_keys


def _by_text(found, words: str):
    return next(a for a in found if a.kind != "reported" and a.text.startswith(words))


def _name(attribution) -> str | None:
    return attribution.speaker.name if attribution.speaker else None


@pytest.fixture(scope="module")
def attribute_story(models):
    """Several articles of one story, as ``who_said_what`` reads them: the titles one article gives people are
    known to the others."""
    from newsfuse.nlp.analyse import analyse
    from newsfuse.nlp.entities import build_entities
    from newsfuse.nlp.who_said_what import attributions_of
    from newsfuse.records import Article

    def run(articles: list[list[str]]):
        made = [Article(f"S{i + 1}", f"S{i + 1}.txt", None, None, None, None, p) for i, p in enumerate(articles)]
        story = analyse(made, models, embed=False)
        return attributions_of(story, build_entities(story), models.parse)

    return run


def test_time_words_are_no_name() -> None:
    assert is_a_time("Tuesday") and is_a_time("Last week's") and is_a_time("Feb. 27, 2018")
    assert not is_a_time("May") and not is_a_time("June Carter") and not is_a_time("Ada Brant")


def test_a_documents_day_is_not_its_speaker(attribute_parsed) -> None:
    """ "Tuesday's lawsuit says that … attempted to “silence her”": the lawsuit speaks, never the day (row 34
    printed "Tuesday" as the speaker of two quotations)."""
    found = attribute_parsed(
        [
            "Ada Brant filed a lawsuit against the Keld water board in a county court on Tuesday.",
            "Tuesday's lawsuit says that the board's lawyer, Tom Hale, attempted to “silence her” by starting what "
            "it calls a “sham hearing” against her in Keld on Feb. 27.",
        ]
    )
    for words in ("silence her", "sham hearing"):
        quote = _by_text(found, words)
        assert _name(quote) is None or "Tuesday" not in _name(quote), words


def test_a_partial_quotation_inside_reported_speech_is_the_reporters(attribute_parsed) -> None:
    """ "Olsen said … that Mayor Tom Hale denies “all of these claims”": the spokeswoman's words about the mayor,
    not the mayor's (row 34 credited Sanders's words to Trump)."""
    found = attribute_parsed(
        [
            "Ada Brant filed a lawsuit against the city of Keld on Monday.",
            "The mayor's spokeswoman Mira Olsen said in a briefing on Wednesday that Mayor Tom Hale denies "
            "“all of these claims” and would fight the suit.",
        ]
    )
    assert _name(_by_text(found, "all of these claims")) == "Mira Olsen"


def test_a_partial_quotation_after_an_inner_verb_of_speaking_stays_the_inner_speakers(attribute_parsed) -> None:
    """The guard: "Olsen said that Hale shouted “…”" reports Hale's words."""
    found = attribute_parsed(
        [
            "The council met in Keld on Monday to vote on the new water rates.",
            "The mayor's spokeswoman Mira Olsen said that Mayor Tom Hale shouted “this vote is a farce” as he "
            "left the hall.",
        ]
    )
    assert _name(_by_text(found, "this vote is a farce")) == "Tom Hale"


def test_a_bills_wording_and_a_named_term_are_nobodys_words(attribute_parsed) -> None:
    """ "said … he would sign into law a bill making it illegal to call “the Keld nation” …", "the law — which
    bans, among other things, the phrase “Keld labour camps” — would …": the bill's words and a term, not the
    president's nor the critics' (row 120 printed "Andrzej Duda" and "Opponents")."""
    found = attribute_parsed(
        [
            "President Tom Hale said on Tuesday that he would sign into law a bill making it illegal to accuse "
            "“the Keld nation” of complicity in wartime crimes.",
            "Critics have predicted that the law — which bans, among other things, the phrase “Keld labour camps” "
            "— would stifle free speech.",
        ]
    )
    assert _name(_by_text(found, "the Keld nation")) is None
    assert _name(_by_text(found, "Keld labour camps")) is None


def test_a_named_role_is_the_one_person_the_story_gives_that_title(attribute_story) -> None:
    """ "“Not that I know of,” said the town hall press secretary" in an article that names Mira Olsen in its
    first line, while another outlet writes "Town Hall Press Secretary Mira Olsen": her words (row 34 printed
    the role beside Sarah Sanders)."""
    found = attribute_story(
        [
            [
                "Town Hall Press Secretary Mira Olsen said on Wednesday that the mayor had not known of the payment.",
                "The council will meet again on Friday to discuss the budget.",
            ],
            [
                "Mira Olsen was asked a simple question on Wednesday: did the mayor know of the payment?",
                "“Not that I know of,” said the town hall press secretary.",
            ],
        ]
    )
    assert _name(_by_text(found, "Not that I know of")) == "Mira Olsen"


def test_a_named_role_two_people_hold_links_to_no_one(attribute_story) -> None:
    """The guard: when the story gives the title to two people, the role stays as written (no one is picked)."""
    found = attribute_story(
        [
            [
                "Town Hall Press Secretary Mira Olsen said on Wednesday that the mayor had not known of the payment.",
                "Her predecessor, Town Hall Press Secretary Ada Brant, declined to comment.",
            ],
            [
                "Mira Olsen and Ada Brant were both asked on Wednesday whether the mayor knew of the payment.",
                "“Not that I know of,” said the town hall press secretary.",
            ],
        ]
    )
    assert _name(_by_text(found, "Not that I know of")) not in ("Mira Olsen", "Ada Brant")


def test_role_keys() -> None:
    assert role_key("the White House press secretary") == "white house press secretary"
    assert role_key("the Keld council") is None and role_key("Ada Brant") is None
    assert "white house press secretary" in title_keys(["said", "White", "House", "Press", "Secretary"])
    assert title_keys(["on", "Wednesday"]) == []


def test_a_person_named_after_a_long_title_is_the_family_name_used_later(attribute_parsed) -> None:
    """ "said Keld County Public Defender Molly O’Dwyer" (seven capitalised words, no person tagged in them), then
    "O’Dwyer may be …": one person (row 103 left two of O'Neal's quotes unattributed)."""
    found = attribute_parsed(
        [
            "The judge's ruling drew criticism from lawyers across the county.",
            "“I think the sentence is fair,” said Keld County Public Defender Molly O’Dwyer",
            "O’Dwyer may be one of very few people to believe that the sentence was the right call.",
        ]
    )
    assert _name(_by_text(found, "I think the sentence is fair")) in ("O’Dwyer", "Molly O’Dwyer")


def test_a_plural_group_word_is_no_speaker(attribute_parsed) -> None:
    """ "Opponents have predicted that …": unnamed people, not a name (row 120 printed "Opponents")."""
    found = attribute_parsed(
        [
            "The Keld council passed the new water law on Monday after a long debate.",
            "Opponents have predicted that the law would double the rates paid by farmers.",
        ]
    )
    said = next(a for a in found if a.kind == "reported" and "double the rates" in a.text)
    assert _name(said) is None


def test_a_ministry_with_its_domain_is_not_the_organisation_named_last(attribute_parsed) -> None:
    """ "… Red Cross chief met Foreign Minister … “…,” the foreign ministry said": the ministry, not the
    committee named before it (gold tune, multinews-076)."""
    found = attribute_parsed(
        [
            "In Keld, Keld Aid Committee chief Tom Hale met Foreign Minister Ada Brant on Monday.",
            "“The two parties call for an immediate truce to allow aid to reach the wounded,” the foreign ministry "
            "said.",
        ]
    )
    assert _name(_by_text(found, "The two parties call")) != "Keld Aid Committee"


def test_a_pronoun_owned_role_is_the_name_given_with_it_before(attribute_parsed) -> None:
    """ "her husband, Tom Hale, told Keld Radio … “…,” her husband said": Tom Hale (gold tune, multinews-159
    left the quote unattributed)."""
    found = attribute_parsed(
        [
            "Ada Brant is in the intensive care unit of the Keld hospital, her husband, Tom Hale, told Keld Radio.",
            "The fever is carried by ticks and is rare in the valley, according to the health board.",
            "“After things started going bad, the doctors moved her to the intensive care unit,” her husband said.",
        ]
    )
    assert _name(_by_text(found, "After things started going bad")) == "Tom Hale"
