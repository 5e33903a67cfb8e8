"""Stop 49, lead: editor read #20 (BASIL 2010 Etheridge, 2017 Lieberman, 2017 Griffin, 2018 Strzok, 2015 Christie)
and the leftovers of stop 48. Each test failed on main c7cc9a7."""

from __future__ import annotations


def test_a_party_tag_stays_in_a_compressed_sentence() -> None:
    """ "Sen. Claire McCaskill (D-Mo.) called it a “mistake”" lost "(D-Mo.)", and with no other Democrat in the summary
    the partisan split was gone; Christie's "(R)" too (editor read #20, BASIL 2017 and 2015)."""
    from newsfuse.summarize.compress import compress

    for text in (
        "Sen. Ada Brant (D-Mo.) called the choice a mistake during a lunch on Thursday.",
        "Governor Tom Keller (R) announced on Tuesday that he is running for president.",
    ):
        assert compress(text) == text


def test_a_clause_before_the_name_of_its_own_last_noun_stays(models) -> None:  # type: ignore[no-untyped-def]
    """Deleting ", who was removed last summer from the staff of the special counsel," left "… to dismiss Mr. Strzok
    Robert S. Mueller III." (editor read #20, BASIL 2018, a fact's text)."""
    from newsfuse.summarize.prune import prune

    text = (
        "The agency had been under heavy pressure to dismiss Mr. Varn, who was removed last summer from the staff of "
        "the special counsel, Tomas K. Ellery."
    )
    assert prune(text, models.parse) == text
    arrested = "Police arrested Dana Whitfield, who has run the bakery since the spring, on Monday."
    assert prune(arrested, models.parse) == "Police arrested Dana Whitfield on Monday."


def test_an_article_a_family_and_a_common_word_are_no_names(fast_models) -> None:  # type: ignore[no-untyped-def]
    """Editor read #20: "a Republican Party — ORG" beside "Republican Party" (from "a Republican Party hatchet job"),
    "Trumps — PERSON" (from "The Trumps had the support of …"), and Lisa Page's alias "page" with an outlet credited
    for her because it linked "a GoFundMe page"."""
    from tests.test_lead_stop45 import _entities

    found = _entities(
        fast_models,
        [
            "Mr. Brand said it was a Republican Party hatchet job. The Republican Party denied it.",
            "President Donald Trump and Melania Trump left on Friday. The Trumps had the support of many, he said.",
            "Agent Lisa Page was fired on Friday. Page set up a GoFundMe page on Monday, and the page raised money.",
        ],
    )
    assert "a Republican Party" not in found
    assert not any("Trumps" in surfaces for _, surfaces in found.values())
    assert found["Lisa Page"][1] == {"Lisa Page"}


def test_a_name_after_a_middle_initial_counts_against_a_glued_item() -> None:
    """ "Vice President Joseph R. Biden Jr. resumed the White House campaign for gun control …" closed an article on
    a congressman's scuffle: "Biden" went uncounted after "R.", so half the item's names were the story's own words
    and the item stayed, in the facts and the timeline (editor read #20, BASIL 2010)."""
    from newsfuse.clean.offtopic import name_overlap

    item = (
        "Vice President Tomas K. Ellery resumed the campaign for gun control on Tuesday by pressing Congress to take "
        "up legislation again."
    )
    assert name_overlap(item, {"president", "congress"}) < 0.5


def test_a_paragraph_that_adds_to_the_one_before_or_that_a_colon_announces_stays(models) -> None:  # type: ignore[no-untyped-def]
    """The NYT's "Also interviewed were two other judges, …" was removed as off topic from a report on the candidates
    for FBI director; a Secret Service tweet announced by "… confirmed that the following was sent:" was 0.006 from
    it (editor read #20, BASIL 2017)."""
    from newsfuse.clean.offtopic import points_back, remove_off_topic
    from newsfuse.nlp.analyse import analyse
    from newsfuse.records import Article

    assert points_back("Also interviewed were two other judges, Ada Brant of the appeals court and Tom Keller.")
    harbour = [
        "The Keld council approved the harbour deal on Monday after a long debate about the cost of the new pier.",
        "The harbour deal will cost the city four million euros, the council said, and work starts in the spring.",
        "Fishermen welcomed the deal, saying the old pier had been unsafe for years and boats had been damaged.",
    ]
    announced = [
        "The fishermen's union sent a statement, which read as follows:",
        "On it! Our protective intelligence division looks into every threat against the president and his family, "
        "and such reports get the highest priority of all our cases.",
    ]
    first = Article("S1", "S1.txt", None, None, None, None, [*harbour, *announced])
    others = [
        Article(f"S{k}", f"S{k}.txt", None, None, None, None, harbour[k - 1 :] + harbour[: k - 1]) for k in (2, 3)
    ]
    story = analyse([first, *others], models)
    remove_off_topic(story)
    assert not first.removed


def test_sentences_that_lean_on_the_one_before_them_in_their_article() -> None:
    """Editor read #20: a pronoun's "he added" with a scare quote after it (BASIL 2010), a shot of a video described
    before (BASIL 2010), "The report" never introduced and "subsequently" after nothing (BASIL 2018)."""
    from newsfuse.summarize.standalone import needs_context

    for text in (
        "“That is no excuse for my response,” he added, shortly after a statement in which he said he “deeply” "
        "regrets the scuffle.",
        "In the next shot, Varn grabs the student's wrist and asks him again to say who he is.",
        "The report was critical of Mr. Varn's conduct in sending the messages to his colleague.",
        "Varn subsequently joined the inquiry team, but left it when his messages came to light.",
    ):
        assert needs_context(text), text
    for text in (
        "The report by the inspector general was critical of Mr. Varn's conduct.",
        "Heath Varn, 18, says he's “the slacker” of his nine siblings.",
    ):
        assert not needs_context(text), text


def test_the_paragraphs_inside_a_quotation_over_several_paragraphs_are_its_words(fast_models) -> None:  # type: ignore[no-untyped-def]
    """A blog post quoted over three paragraphs, marked only at its two ends: its middle and last paragraphs ("Let's
    recap what we saw on this video.", "It is going to be a long, hot summer.") were facts in the brief's own voice
    (editor read #20, BASIL 2010)."""
    from newsfuse.nlp.analyse import analyse
    from newsfuse.records import Article
    from newsfuse.summarize.voice import read

    paragraphs = [
        "Congressman Tom Keller grabbed a student's camera on a sidewalk in Keld on Friday, a video shows.",
        "A blog that posted the video offered this commentary on the scuffle:",
        "“Expect more of this from a Congress that has forgotten whom it serves.",
        "Let's recap what we saw on this video. A sitting congressman was asked a question on a public street.",
        "It is going to be a long, hot summer. Act accordingly.”",
        "Keller apologized on Monday in a statement released by his office.",
    ]
    story = analyse([Article("S1", "S1.txt", None, None, None, None, paragraphs)], fast_models, embed=False)
    voices = read(story)
    inside = {s.paragraph for i, s in enumerate(story.sentences) if i in voices.of_sentence}
    assert inside == {3, 4}


def test_the_title_is_the_headline_that_tells_the_ledes_news(models) -> None:  # type: ignore[no-untyped-def]
    """ "Bob Etheridge Attacks Student: …", the one outlet's headline from before his apology, was the title of a brief
    whose lede is the apology, which the other two headlines tell (editor read #20, BASIL 2010)."""
    from newsfuse.clean.cleaner import clean_documents
    from newsfuse.nlp.analyse import analyse
    from newsfuse.records import RawDocument, SummaryItem
    from newsfuse.summarize.title import choose_title

    heads = [
        "Tom Keller Grabs Student by the Wrist and Neck on Sidewalk",
        "Keller Apologizes on Monday",
        "Keld Man Sorry",
    ]
    texts = [
        "Congressman Tom Keller grabbed a student by the wrist and the neck on a Keld sidewalk last week, a video "
        "shows.\n\nThe student asked Keller whether he supports the president's agenda. Keller grabbed his camera and "
        "demanded to know who he was.\n\nKeller got rough with the student, who was interviewing him.",
        "Congressman Tom Keller apologized on Monday for grabbing a student by the wrist and the neck as a camera "
        "rolled.\n\nThe video shows the student asking Keller whether he supports the president's agenda before Keller "
        "grabs him.\n\nKeller grabbed the student's camera and demanded to know who he was.",
        "Congressman Tom Keller grabbed a student on a Keld sidewalk, a video shows.\n\nIn the video, Keller grabs the "
        "student's wrist and the neck and asks him who he is.\n\nKeller apologized on Monday and said he regrets it.",
    ]
    documents = [
        RawDocument(f"{k}.txt", text, title=head, outlet=f"Daily {k}", published="2010-06-14")
        for k, (head, text) in enumerate(zip(heads, texts, strict=True))
    ]
    story = analyse(clean_documents(documents, languages=False)[0], models)
    lede = "Congressman Tom Keller apologized on Monday, saying he deeply regrets his reaction and apologizes to all."
    assert choose_title(story, [SummaryItem(lede, ["S2"])], models.embedder) == "Keller Apologizes on Monday"


def test_an_asked_attribution_and_an_acronyms_bracket_end_no_sentence(models) -> None:  # type: ignore[no-untyped-def]
    """ "“… how do you work out the back pay?” | Justice Ginsburg asked." and "… Childhood Arrivals (DACA) | recipients,
    in exchange for …" were each two sentences: a fact "Justice Ginsburg asked." and a passage cut in two (editor read
    #20c, BASIL 2011 and 2019)."""
    from newsfuse.nlp.analyse import analyse
    from newsfuse.records import Article

    paragraphs = [
        "“How do you work out the back pay?” Justice Ada Brant asked.",
        "The mayor offered protections for 7,000 Keld Harbour Workers (KHW) recipients, in exchange for the pier.",
        "“Where is the pier?” Senator Tom Keller asked on Monday.",
    ]
    story = analyse([Article("S1", "S1.txt", None, None, None, None, paragraphs)], models, embed=False)
    assert [s.text for s in story.sentences] == paragraphs


def test_a_question_is_no_title_while_a_headline_states_the_news(models) -> None:  # type: ignore[no-untyped-def]
    """ "Did Ruth Bader Ginsburg Cross The Line With Her Donald Trump Comments?" was the title (editor read #20c)."""
    from newsfuse.clean.cleaner import clean_documents
    from newsfuse.nlp.analyse import analyse
    from newsfuse.records import RawDocument, SummaryItem
    from newsfuse.summarize.title import choose_title

    text = "Mayor Ada Brant criticised Judge Tom Keller on Monday for his remarks about the harbour election."
    heads = [
        "Did Judge Tom Keller Cross The Line With His Harbour Election Remarks?",
        "Brant Rebukes Keller Over Remarks",
    ]
    documents = [RawDocument(f"{k}.txt", text, title=head, outlet=f"Daily {k}") for k, head in enumerate(heads)]
    story = analyse(clean_documents(documents, languages=False)[0], models)
    assert choose_title(story, [SummaryItem(text, ["S1"])], models.embedder) == heads[1]


def test_a_weekday_that_is_a_deadline_is_to_come_and_a_date_since_a_meeting_is_background() -> None:
    """ "Noting that Tuesday is the deadline for the government to reopen, …" in a Saturday story was dated the Tuesday
    before; "… their first visit to the White House since their Dec. 11 meeting" dated the visit Dec. 11 (editor read
    #20c, BASIL 2019)."""
    from newsfuse.nlp.dates import find_dates
    from newsfuse.records import Article, Sentence
    from newsfuse.summarize.timeline import background_date

    saturday = "2019-01-19"
    for text, day in (
        (
            "Noting that Tuesday is the deadline for the council to reopen the pier, Ms. Brant said she would stay.",
            "22",
        ),
        ("But the message from Tuesday is clear, Ms. Brant said of the vote.", "15"),
    ):
        article = Article("S1", "a.txt", None, None, saturday, None, [text])
        assert [d.value for d in find_dates(article, [Sentence("S1", 0, 0, text, 0, len(text))])] == [f"2019-01-{day}"]

    assert background_date("They made their first visit since their Dec. 11 meeting with Ms. Brant.", "Dec. 11")
    assert not background_date("The council passed the bill on Dec. 11 after a long debate.", "Dec. 11")


def test_a_hashtag_a_party_short_form_and_a_cut_title_are_no_entities(fast_models) -> None:  # type: ignore[no-untyped-def]
    """ "#TrumpShutdown — PERSON", "Dem — PERSON" and "Late Show with — WORK_OF_ART" (editor read #20c, BASIL 2019)."""
    from tests.test_lead_stop45 import _entities

    found = _entities(
        fast_models,
        [
            "“We are stuck because of the chaos of the #KeldShutdown,” Mayor Ada Brant said on Monday.",
            "Another leading Dem, Sen. Tom Keller of Keld, said the offer was not serious.",
            "Ms. Brant spoke in an episode of “The Late Show with Stephen Colbert,” on Friday.",
        ],
    )
    assert "KeldShutdown" not in found
    assert not any(name.endswith(" with") for name in found)
    assert found.get("Dem", ("NORP",))[0] == "NORP"


def test_a_described_speaker_rulings_guidance_and_a_connective_beside_a_quotation_lean_on_what_came_before() -> None:
    """Editor read #20c: "The Democratic senator said …" (BASIL 2019), "… dwarfs those rulings in importance.",
    "Sellers said that wasn't a fair comparison …" (2011), "Even with that guidance …" (2016), "McConnell, for
    instance, commended the president "for …"" (2019)."""
    from newsfuse.summarize.standalone import needs_context

    for text in (
        "The Democratic senator said “a real negotiation” can go ahead once the pier reopens.",
        "The harbour case dwarfs those rulings in importance for the fishermen of Keld.",
        "Brant said that wasn't a fair comparison because the council must inspect the pier.",
        "Even with that guidance in place, the judges have declined to step aside in such cases.",
        "Council leader Keller, for instance, praised the mayor “for taking real steps on the pier.”",
    ):
        assert needs_context(text), text
    assert not needs_context("The Keld governor said the state would appeal the ruling on Monday.")


def test_between_two_close_headlines_the_ledes_outlets_wins(models) -> None:  # type: ignore[no-untyped-def]
    """HuffPost's Wednesday headline led a brief whose lede is Friday's news from Fox, 0.017 ahead of Fox's headline
    (editor read #20c, BASIL 2019)."""
    from newsfuse.clean.cleaner import clean_documents
    from newsfuse.nlp.analyse import analyse
    from newsfuse.records import RawDocument, SummaryItem
    from newsfuse.summarize.title import choose_title

    text = "The Keld council approved the pier plan on Friday after a long debate about its cost to the harbour."
    heads = ["Keld Council Approves Pier Plan After Long Debate", "Keld council approves pier plan after long debate"]
    documents = [RawDocument(f"{k}.txt", text, title=head, outlet=f"Daily {k}") for k, head in enumerate(heads)]
    story = analyse(clean_documents(documents, languages=False)[0], models)
    chosen = {choose_title(story, [SummaryItem(text, [first])], models.embedder) for first in ("S1", "S2")}
    assert chosen == set(heads)


def test_an_outlet_is_an_organisation(fast_models) -> None:  # type: ignore[no-untyped-def]
    """ "HuffPost — PERSON" and "Axios — NORP" (editor read #20 and #20c, BASIL 2017 and 2018)."""
    from tests.test_lead_stop45 import _entities

    found = _entities(
        fast_models,
        [
            "A Senate aide put it bluntly in an email to HuffPost on Thursday.",
            "Mayor Ada Brant told Axios in an interview taped Monday that the pier would close.",
        ],
    )
    assert {found[name][0] for name in ("HuffPost", "Axios") if name in found} == {"ORG"}


def test_an_answer_an_agreement_and_the_many_who_will_lean_on_what_came_before() -> None:
    """Editor re-read #20d: "“That could very well be the case,” Mr. Sellers said." (an answer to a question the summary
    does not hold) and "Justice Ruth Bader Ginsburg agreed, saying …" (with whom?) (BASIL 2011); "Many will miss their
    first paycheck on Jan. 11 …" (BASIL 2019)."""
    from newsfuse.summarize.standalone import needs_context

    for text in (
        "“That could very well be the case,” Mr. Keller said.",
        "“This is a very difficult mission,” Ms. Brant said.",
        "Justice Ada Brant agreed, saying that the council must inspect the pier every year.",
        "Many will miss their first paycheck on Friday unless the council passes the budget.",
    ):
        assert needs_context(text), text
    for text in (
        "Justice Ada Brant agreed to hear the harbour case on Monday.",
        "Many will argue that the pier is far too costly for a town of this size.",
    ):
        assert not needs_context(text), text


def test_a_person_named_only_by_a_common_word_written_in_lower_case_as_often_is_none() -> None:
    """ "Hoax — PERSON" from a president's capitalised "Hoax" beside the story's "hoax" (editor read #20, BASIL 2018); a
    stage name the story capitalises more often stays a person (Multi-News row 21's rapper beside a "child prodigy")."""
    from collections import Counter

    from newsfuse.nlp.entities import EntityCluster, _common_words_only

    texts = ["The Rigged Hoax must end, he wrote. He called it a hoax. Aides called the probe a hoax too."]
    hoax = EntityCluster("Hoax", "PERSON", Counter({"Hoax": 1}), {"S1"})
    assert _common_words_only(hoax, {"hoax", "rigged"}, set(), texts)
    texts = ["Kelvo died on Tuesday. Kelvo was a child prodigy. Fans mourned Kelvo. Kelvo's partner posted a photo."]
    rapper = EntityCluster("Kelvo", "PERSON", Counter({"Kelvo": 4}), {"S1"})
    assert not _common_words_only(rapper, {"kelvo"}, set(), [*texts, "a kelvo of sorts"])


def test_a_photo_never_introduced_and_an_act_done_as_well_lean_on_what_came_before() -> None:
    """Editor re-read #20b (BASIL 2017): "The photo was criticized for making light of domestic abuse." was another
    photo than the story's, a false statement about it; once it left, "Mr. Cooper distanced himself, as well." closed
    the summary."""
    from newsfuse.summarize.standalone import needs_context

    assert needs_context("The photo was criticized for making light of the storm's victims.")
    assert needs_context("Mr. Keller distanced himself from the mayor, as well.")
    assert not needs_context("The photo, taken by Ada Brant on Monday, shows the pier under water.")


def test_shortening_deletes_no_connective_inside_a_quotation_and_none_that_closes_the_sentence() -> None:
    """`shorten` asserted that a connective it was told of could be deleted; a closing ", as well." and one found only
    outside a quotation broke that (the ROUGE bench crashed on the stop's final tree before this)."""
    from newsfuse.summarize.standalone import shorten

    assert shorten("Mr. Keller distanced himself from the mayor, as well.") is None
    assert shorten("Council leader Keller, for instance, praised the mayor “for taking, however, real steps.”") == (
        "Council leader Keller praised the mayor “for taking, however, real steps.”"
    )
