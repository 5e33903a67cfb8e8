"""Stop 35 (issue 13, editor read of rows 86 and 88): embedded posts signed "— Name (@handle) date", a sentence's
first word read as part of another outlet's name, two descriptions of one person, a role and a title before a
name, a name in marks ending its sentence. Each test on invented text."""

from __future__ import annotations

import pytest

from newsfuse.nlp.quote_merge import title_like
from newsfuse.nlp.sign_off import sign_offs, without_sign_off


def _direct(found) -> dict[str, str | None]:
    return {a.text: a.speaker.name if a.speaker else None for a in found if a.kind == "direct"}


def _starting(found, words: str):
    return next(a for a in found if a.kind == "direct" and a.text.startswith(words))


@pytest.fixture(scope="module")
def attribute_story(models):
    """Several articles analysed as one story (entities cluster across them), the attributions of the last."""
    from newsfuse.nlp.analyse import analyse
    from newsfuse.nlp.entities import build_entities
    from newsfuse.nlp.quotes import find_attributions
    from newsfuse.records import Article

    def run(articles: list[list[str]]):
        built = [Article(f"S{i + 1}", f"S{i + 1}.txt", None, None, None, None, p) for i, p in enumerate(articles)]
        story = analyse(built, models, embed=False)
        last = built[-1]
        sentences = [s for s in story.sentences if s.article_id == last.id]
        return find_attributions(last, sentences, build_entities(story), models.parse)

    return run


@pytest.mark.parametrize(
    "line",
    [
        "— Ann Brant (@AnnBrant) May 3, 2025",
        "— Ann Brant (@AnnBrant)",
        "pic.twitter.com/Ab12Cd — Ann Brant (@AnnBrant) May 3, 2025",
        "https://t.co/Ab12Cd — Ann Brant (@AnnBrant) May 3, 2025",
    ],
)
def test_a_post_without_marks_is_its_authors_direct_quote(attribute_parsed, line) -> None:
    """An embedded post scraped as a paragraph: the words before the sign-off are the author's, the sign-off and
    the link before it are no part of them (editor row 88: such tweets had no speaker, and their sign-offs were
    read as facts two outlets share)."""
    found = attribute_parsed(
        [
            "The council met on Friday to plan the opening of the new bridge over the Keld river.",
            f"We will open the new bridge on Friday with a party for everyone. Come early! {line}",
        ]
    )
    post = _starting(found, "We will open")
    assert post.text == "We will open the new bridge on Friday with a party for everyone. Come early!"
    assert post.speaker is not None and post.speaker.name == "Ann Brant"


def test_a_post_signed_with_a_handle_for_a_name_has_no_named_speaker(attribute_parsed) -> None:
    """ "— KeldNews9 (@KeldNews9)": a display name that is a handle names no one; "unattributed", not a fragment."""
    found = attribute_parsed(
        [
            "The council met on Friday to plan the opening of the new bridge over the Keld river.",
            "Crowds gather as the bridge opens. pic.twitter.com/Ab12Cd — KeldNews9 (@KeldNews9) May 3, 2025",
        ]
    )
    post = _starting(found, "Crowds gather")
    assert post.speaker is None or post.speaker.name is None


def test_a_sign_off_inside_open_marks_ends_the_quotation(attribute_parsed) -> None:
    """'Source: “… — Name (@handle) date' with the closing mark lost: the quotation ends before the sign-off and is
    the author's, not "Source"'s (editor row 88 printed the sign-off inside the quote, unattributed)."""
    found = attribute_parsed(
        [
            "The mayor went online after a night of news about the bridge.",
            "Big news tonight. Source: “The bridge opens at noon and stays open all night. Come early…. — Ann Brant "
            "(@AnnBrant) May 3, 2025",
        ]
    )
    post = _starting(found, "The bridge opens")
    assert "Brant" not in post.text and "2025" not in post.text, post.text
    assert post.speaker is not None and post.speaker.name == "Ann Brant"


def test_a_name_in_a_post_is_no_antecedent_of_he_after_it(attribute_parsed) -> None:
    """ "X tweeted ... // <post> — Y (@Y) // “...,” he wrote": he is X, who the prose was about, not the post's
    author or a man the post names (editor row 88 gave Mike Levin's tweet to George Takei)."""
    found = attribute_parsed(
        [
            "Actor Rob Keller fooled everyone on Saturday when he tweeted that he was running for mayor.",
            "“No, I am not running. Happy April 1!” he wrote later on Saturday.",
            "Keld lawyer Tom Velden tweeted that he was hopeful when he heard Keller was running.",
            "No, I am not running for mayor. Happy April 1!",
            "But Piet Lunde is on the ballot. Help him win pic.twitter.com/x1Y2 — Rob Keller (@RobKeller) May 1, 2025",
            "“I was hoping the bridge news was true. It would have been amazing!” he wrote.",
        ]
    )
    assert _direct(found)["I was hoping the bridge news was true. It would have been amazing!"] == "Tom Velden"


def test_a_sentences_first_word_is_not_another_outlets_longer_name(attribute_story) -> None:
    """ "Live long and laugh." opening an article while another outlet writes of "Keld Live": the capital is the
    sentence's; "the actor" is the actor the article is about (editor row 88 credited George Takei's tweet to
    "Netflix Live")."""
    found = attribute_story(
        [
            ["Keld Live starred Tom Reed narrating footage of old copiers.", "Keld Live was canceled on Sunday."],
            [
                "Live long and laugh.",
                "The actor Piet Lunde fooled everyone on Saturday when he tweeted that he was running for mayor.",
                "“Well, the secret is out. Let's do this!” the actor wrote, with a link to a story about his run.",
                "“We live in strange times,” a fan replied.",
            ],
        ]
    )
    assert _direct(found)["Well, the secret is out. Let's do this!"] == "Piet Lunde"


def test_two_descriptions_joined_by_and_are_the_person_named_before(attribute_parsed) -> None:
    """ "the former House speaker and Republican presidential contender said": one person described twice, the one
    the first sentence names (editor row 86 left Newt Gingrich's words unattributed)."""
    found = attribute_parsed(
        [
            "Tom Velden says the mayor's speech last week on the bridge was “naive.”",
            "“It is just stunningly, breathtakingly naive,” the former council speaker and mayoral contender said on "
            "Keld Radio's “Sunday Show.”",
        ]
    )
    assert _direct(found)["It is just stunningly, breathtakingly naive"] == "Tom Velden"


def test_a_role_a_title_in_marks_and_a_role_before_a_name(attribute_parsed) -> None:
    """'wrote TV producer and “Harbour” showrunner Tom Velden.': the subject read after the cue stopped at the
    mark; the name ending the sentence is who wrote (editor row 88 left Joe Henderson's tweet unattributed)."""
    found = attribute_parsed(
        [
            "The bridge story fooled many people on Saturday.",
            "“I went to bed sure that the bridge was open. We live in strange times,” wrote TV producer and "
            "“Harbour” showrunner Tom Velden.",
        ]
    )
    assert _direct(found)["I went to bed sure that the bridge was open. We live in strange times"] == "Tom Velden"


@pytest.mark.parametrize("text", ["Keld Crush.", "A Bunch of Malarkey"])
def test_a_name_in_marks_that_ends_its_sentence_is_a_title(text) -> None:
    """'a drinks menu that would include “A Bunch of Malarkey” and “Keld Crush.”': the full stop is the sentence's
    (editor row 88 printed the cocktail as a quote)."""
    assert title_like(text)


@pytest.mark.parametrize("text", ["I Quit.", "We will win.", "Stop."])
def test_a_short_sentence_in_marks_is_no_title(text) -> None:
    assert not title_like(text)


def test_sign_off_lines_are_removed_from_text() -> None:
    text = "We will open the bridge. pic.twitter.com/x1 — Ann Brant (@AnnBrant) May 3, 2025\nNext line — no sign-off."
    assert [m.group("name") for m in sign_offs(text)] == ["Ann Brant"]
    assert without_sign_off(text) == "We will open the bridge.\nNext line — no sign-off."


def test_a_sign_off_is_not_shown_and_backs_no_fact() -> None:
    """A fact's sentence is shown without the sign-off that ends it, and a sentence ending with a sign-off backs a
    fact of another outlet only by the post's own words, never by the sign-off's name and date (editor row 88: five
    wrong extra citations from two outlets' sign-offs)."""
    from newsfuse.align.facts import post_backs
    from newsfuse.nlp.clarity import display_text
    from newsfuse.nlp.sign_off import ends_signed

    post = "Would be sad for the town. — Ann Brant (@AnnBrant) May 3, 2025"
    assert display_text(post) == "Would be sad for the town."
    assert not post_backs("Big news today — Ann Brant (@AnnBrant) May 3, 2025", "Ann Brant: Keld must rebuild now")
    assert not post_backs("Big news today — Ann Brant (@AnnBrant) May 3, 2025", post)
    assert post_backs(
        "Coroner: autopsies show both victims died of asphyxiation. — Tom Reed (@TomReed) May 3, 2025",
        "Autopsies show both victims died of asphyxiation, the coroner said.",
    )
    assert ends_signed("Trump (@realDonaldTrump) April 1, 2017")
    assert not ends_signed("The council met on Friday (@ the town hall).")


def test_a_name_followed_by_himself_is_a_person_for_he(attribute_parsed) -> None:
    """'Sinbad himself has long denied ... – “...,” he tweeted': a one-word name the tagger may type an organisation
    is a man when "himself" follows it (editor row 88 gave Sinbad's tweet to Shaquille O'Neal, named before)."""
    found = attribute_parsed(
        [
            "The myth is about the real film Kazaam, starring Shaquille O'Neal as a genie.",
            "Sinbad himself has long denied that he was ever cast as a genie – “Have you noticed no one my age has "
            "seen this so called genie movie,” he tweeted in September – but that did not stop the comedian.",
        ]
    )
    quote = next(a for a in found if a.kind != "reported" and a.text.startswith("Have you noticed"))
    assert quote.speaker is not None and quote.speaker.name == "Sinbad", [(a.kind, a.text, a.speaker) for a in found]
