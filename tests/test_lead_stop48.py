"""Stop 48 lead: what editor reads #18/#19 found, each rule failing on main 8e85773."""

from __future__ import annotations

from newsfuse.options import Options
from newsfuse.pipeline import brief_from_documents
from newsfuse.records import RawDocument


def _pasted(texts: list[str]) -> list[RawDocument]:
    """Pasted text: no title, no publication date (nothing tells last week from today but the text)."""
    return [RawDocument(path=f"{k}.txt", text=t, title=None) for k, t in enumerate(texts)]


def test_context_every_outlet_tells_deep_down_does_not_lead(models) -> None:  # type: ignore[no-untyped-def]
    """Last week's killing of a reporter, which all three outlets repeat at the end of their reports, led the brief of
    a rescue and a day's shelling that the outlets open with (editor read #18, Multi-News row 47)."""
    texts = [
        "Injured photographer Tom Reed has been rescued from the besieged city of Keld and taken to Arlen, officials "
        "said. Convoys of the Red Cross reached the old town of Keld for the first time in a week. The shelling of the "
        "town's western districts went on through the night, residents said. Food and water are short in the "
        "districts still under siege. The United Nations says more than 5,000 people have died since the siege "
        "began. Reporter Ann Lee was killed on Sunday in a shelling attack on a press centre in Keld, along with a "
        "French photographer.",
        "Fresh attempts to evacuate wounded journalists from Keld failed on Monday, the Red Cross said. Tom Reed, an "
        "injured photographer, was rescued from Keld and taken to Arlen. Aid convoys carried food and medicine into "
        "the old town. The army shelled the western districts of Keld through the night. Residents said water was "
        "running short. Ann Lee, a reporter, was killed on Sunday when shells hit a press centre in Keld, along with "
        "a French photographer.",
        "Two people died in the shelling of Keld on Monday, activists said. The Red Cross said its convoy could not "
        "reach the wounded journalists still in the town. Talks on a ceasefire in Keld were due to resume in Geneva "
        "this week. Diplomats said the talks had made little progress. The United Nations put the toll since the "
        "siege began at more than 5,000. Reporter Ann Lee was killed on Sunday in a shelling attack on a press "
        "centre in Keld, along with a French photographer.",
    ]
    summary = brief_from_documents(_pasted(texts), Options(), models).summary
    assert "Ann Lee" not in summary[0].text
    assert "Tom Reed" in summary[0].text or "Keld on Monday" in summary[0].text


def test_another_outlets_wording_of_an_outlets_lede_counts_as_its_lede(models) -> None:  # type: ignore[no-untyped-def]
    """ "Colin Kroll, the CEO and co-founder of HQ Trivia, has died of an apparent drug overdose" (its article's second
    sentence, the same fact as AP's first) lost the lede to the wellness check the police made before he was found,
    a dated sentence (editor read #18, Multi-News row 73)."""
    texts = [
        "Parley co-founder Sam Ortiz has died. He was 35. The New York Police Department says officers went to "
        "Ortiz's apartment in Manhattan early Sunday after a call asking for a wellness check on him. They found him "
        "unresponsive on his bed. The medical examiner's office will determine the cause of death.",
        "The quiz app Parley was once the most downloaded game in the country. Sam Ortiz, the chief executive and "
        "co-founder of Parley, has died of an apparent drug overdose, police said. Officers went to his Manhattan "
        "apartment early Sunday for a wellness check, the New York Police Department said. Ortiz was named chief "
        "executive of Parley in 2018. The app's audience has shrunk since its launch in 2017.",
    ]
    summary = brief_from_documents(_pasted(texts), Options(), models).summary
    assert "has died" in summary[0].text


def test_link_teasers_paywall_offers_sign_up_boxes_and_bios_are_chrome() -> None:
    """Editor read #19: a bracketed link with a bracket inside (row 37: a summary sentence), a bulleted "► Update:"
    pointer (row 50: it backed a plea its article's body never reports), a sign-up box (row 23), a paywall's offer
    broken over lines and the writer's bio (row 92: facts)."""
    from newsfuse.clean.rules import classify_line

    chrome = [
        "[Mayor responds after the vote: ‘It’s [expletive] unbelievable. Saddened by it.’]",
        "► Update: Man charged with murder in Keld officer's death",
        "Get The Keld Herald's Daily Edition by email and never miss our top stories Free Sign Up",
        "FOR THE NEXT HOUR Read Now, Pay Later - no upfront",
        "registration for 1-Hour Access Click Here",
        "7-Day Access and Monthly",
        "Subscriptions also available No tracking or personal data collection",
        "beyond name and email address •••",
        "Click to email this to a friend (Opens in new window)",
        "Figure 1: Location (A) and quarry maps (B, C) of the pit in Keld County. Skeletons KUVP 12 and 13.",
        "Jane Roe A writer and former tv producer, Jane Roe covers politics for the Herald. You can email her via "
        "MORE FROM Jane Roe A writer and former tv producer, Jane Roe covers politics for the Herald.",
        "World Keld mayor says he was 'a mere servant' of the council, letters reveal ‘I was not in charge,’ writes "
        "the mayor in a petition now released The mayor's appeal was refused. Photograph: Jane Roe/Keld Films/BBC",
    ]
    assert [line for line in chrome if classify_line(line) is None] == []
    prose = [
        "The 24-hour access road to the port was closed, officials said on Monday after the storm.",
        "[The group] posts articles that call for violence, the email said.",
        "Police said the update to the alarm system was late, and the mayor promised an inquiry.",
        "Figure skaters from 12 countries arrived in Keld on Monday for the championship.",
    ]
    assert [line for line in prose if classify_line(line) is not None] == []


def test_sentences_that_point_back_at_what_their_article_said_before() -> None:
    """Editor read #19: "the German wrote" (row 23: Eichmann named in no summary sentence), "… said afterward" (row
    37), "X addressed the issue." (row 37), "how that factored into …" (row 50), "The loosely knit group was shocked
    …", "The site claims …" and "Contacted via email by Salon, he denied …" (row 92)."""
    from newsfuse.summarize.standalone import needs_context

    assert needs_context("“I was not a responsible leader,” the German wrote.")
    assert needs_context("“I will not stand for the anthem,” Dana Orsk said afterward.")
    assert needs_context("Keld Coach Ann Lee also addressed the issue.")
    assert needs_context("Police Chief Tom Reed said he didn't know how that factored into the officer's decision.")
    assert needs_context("The loosely knit group was shocked to the core Saturday night when its leader resigned.")
    assert needs_context("The site claims tens of thousands of listeners.")
    assert needs_context("Contacted via email by the Herald, he denied being the host but admitted working there.")
    assert needs_context("Keld Coach Tom Reed told his players in the locker room just before the anthem started.")
    assert needs_context("The mayor's wife appears to have been aware of the entire situation.")
    assert needs_context("The magazine claims that the mayor has been spotted partying in Keld.")
    assert not needs_context("The paper, published in Nature on Monday, describes a new species of frog.")
    assert needs_context("Ann Lee talked with a radio station about her story the day we interviewed her.")
    assert not needs_context("The coach told his players about the change before the anthem.")
    assert not needs_context("“The coin was a private issue made at the old mint,” Tom Reed told the newspaper.")
    # what names its speaker, its group or its issue stands alone
    assert not needs_context("“We won the vote in the end,” the German Chancellor Olaf Scholz said.")
    assert not needs_context("The group Hamas said on Monday it would talk.")
    assert not needs_context("The council addressed the issue of parking on Monday.")
    assert not needs_context("Officials asked whether this year's harvest would be late.")
    assert not needs_context("Based in Keld, the firm makes fishing boats for the whole coast.")


def test_a_block_quotation_after_a_colon_is_someones_words_not_the_reports(models, valid_brief) -> None:  # type: ignore[no-untyped-def]
    """Salon printed a forum post without quotation marks after "…, part of which read:"; its lines ("Don't lie for
    me.", "Life isn't perfect.") were facts in the brief's own voice (editor read #19, Multi-News row 92). They are
    marked as quoted words, with the one person the introduction names as their speaker, and never summarized."""
    texts = [
        "Tom Reed, the host of a popular radio show in Keld, resigned on Sunday after his identity was revealed. Reed "
        "owned up to his listeners in a post on the show's forum on Saturday, part of which read:\n\n"
        "I was exposed and an ill advised attempt to fool the press about my name led me to stay silent. This was "
        "a disservice to all of you.\n\n"
        "Don't lie for me. Life isn't perfect.\n\n"
        "The station said on Monday that the show would end next month after twelve years on the air.",
        "Tom Reed, who hosted a radio show in Keld for twelve years, resigned on Sunday. The station said the show "
        "would end next month. Here is the Herald story that started it all:\n\n"
        "Tom Reed was questioned by the F.B.I. agents in Keld on Friday about the station's accounts, officials "
        "said.\n\nReed admitted his identity to listeners on Saturday.",
    ]
    docs = [RawDocument(path=f"{k}.txt", text=t, title=None, published="2024-03-13") for k, t in enumerate(texts)]
    brief = brief_from_documents(docs, Options(), models)
    voiced = {f.text: (f.voice, f.speaker) for f in brief.facts if f.voice}
    assert voiced.get("Don't lie for me.") == ("quoted", "Tom Reed")
    # a column's block quotation of a news report stays the story's fact: the "I" of "F.B.I." is nobody's (row 9)
    assert not any("F.B.I." in text for text in voiced)
    assert not any("Don't lie" in s.text or "Life isn't" in s.text for s in brief.summary)
    # the JSON names the voice in the schema's words (a post's "post" was missing from it since stop 47)
    from newsfuse.render.json import brief_to_dict

    valid_brief(brief_to_dict(brief))


def test_a_tributes_first_name_alone_is_its_subject(fast_models) -> None:  # type: ignore[no-untyped-def]
    """ "Collin served Wayne State with distinction", "Please keep Collin in your thoughts": spaCy typed the first name
    a place, and "Collin — GPE" stood beside Collin Rose in the brief's people (editor read #19, Multi-News row 50)."""
    from tests.test_lead_stop45 import _entities

    found = _entities(
        fast_models,
        [
            "Keld University police officer Collin Rose died on Wednesday after he was shot on Tuesday night.",
            "Collin Rose was 29 and engaged to be married, police chief Tom Reed said.",
            "“Collin served Keld with distinction,” the university said. Please keep Collin in your thoughts.",
            "Collin is the first Keld officer ever to die on duty.",
        ],
    )
    assert "Collin" not in found
    assert "Collin" in found["Collin Rose"][1]


def test_a_neighbourhood_is_a_place(fast_models) -> None:  # type: ignore[no-untyped-def]
    """ "Detroit's Woodbridge neighborhood" made "Woodbridge — PERSON" (editor read #19, Multi-News row 50)."""
    from tests.test_lead_stop45 import _entities

    found = _entities(fast_models, ["The officer was shot while on patrol in Keld's Woodbridge neighborhood."])
    assert found["Woodbridge"][0] == "LOC"


def test_a_bare_surname_someone_speaks_for_or_acts_on_is_what_the_sentence_tells() -> None:
    """ "A spokesperson for Ryan released a statement …" (Multi-News row 9) and "… conducted a traffic investigation of
    Davis, who was riding a bicycle …" (row 50): Paul Ryan and DeAngelo Lamar Davis were named by nothing else in the
    summary, and a bare name in passing was let through (editor read #19)."""
    from newsfuse.summarize.standalone import _named_as_subject

    assert _named_as_subject("Orsk", "A spokesperson for Orsk released a statement earlier Tuesday night.")
    assert _named_as_subject("Reed", "The prosecutor said the officer began an investigation of Reed, who fled.")
    assert not _named_as_subject("Orsk", "The bill was sent to Orsk's desk on Friday after the vote.")


def test_the_outlet_is_read_from_a_plain_texts_first_line_and_a_sign_up_line() -> None:
    """The Washington Post's photo credit stood on the first line of a plain text, which the loader takes for its
    headline, and was never read (Multi-News row 37); "Get The Times of Israel's Daily Edition by email …" names the
    house (row 23; editor read #19: no outlet for either)."""
    from newsfuse.clean.cleaner import clean_document
    from newsfuse.ingest.outlet import outlet_in_text

    raw = RawDocument(
        path="a.txt",
        text="The mayor of Keld said on Monday the harbour would reopen in May.",
        title="The mayor speaks at the harbour in Keld. (Jane Roe/The Keld Post)",
    )
    assert clean_document(raw, "S1").outlet == "The Keld Post"
    assert outlet_in_text(["Get The Keld Herald's Daily Edition by email and never miss our top stories"]) == (
        "The Keld Herald"
    )
    assert outlet_in_text(["Get a grip on the news by email every day."]) is None


def test_a_name_with_a_wife_and_brothers_is_a_person(fast_models) -> None:  # type: ignore[no-untyped-def]
    """With a page head gone as chrome, "Eichmann" was voted ORG and "Adolf Eichmann" PRODUCT, and his letter's words
    went to the president he wrote to (editor re-read #19b, Multi-News row 23): a body has no wife or brothers, but
    "the notorious Nazi's wife" describes him and names no one."""
    from tests.test_lead_stop45 import _entities

    found = _entities(
        fast_models,
        [
            "High-ranking Nazi Adolf Eichmann requested a pardon two days before he was hanged, documents showed.",
            "Eichmann made the request after being found guilty of 15 charges.",
            "Other documents include requests for clemency from Eichmann’s wife Vera and his brothers.",
            "Vera, the notorious Nazi's wife, also wrote. A letter by Eichmann's five brothers was also sent.",
            "Eichmann's German attorney, Robert Servatius, also wrote to the president.",
            "Eichmann's son Klaus and his daughter stayed in Buenos Aires.",
        ],
    )
    people = [surfaces for label, surfaces in found.values() if label == "PERSON"]
    assert any("Eichmann" in surfaces for surfaces in people)
    assert found.get("Nazi", ("NORP",))[0] != "PERSON"


def test_a_short_answer_a_claim_and_an_effort_the_article_named_before_need_it() -> None:
    """Editor read #19c: "“Not that I'm aware of,” said the White House press secretary." (row 34: the question was
    the sentence before), "Northwestern balked at that claim, …" and "Behind the effort is the College Athletes
    Players Association, …" (row 65); "Almost as soon as Scott's name popped up, …" names its subject by a bare
    surname (row 36)."""
    from newsfuse.summarize.standalone import _named_as_subject, needs_context

    assert needs_context("“Not that I'm aware of,” said the council's spokeswoman.")
    assert needs_context("Keld University balked at that claim, describing scholarships as grants.")
    assert needs_context("Behind the effort is the Keld Players Association, a union funded by a former coach.")
    assert needs_context("“Yes,” Orsk said.")
    assert not needs_context("“Not at all,” Orsk said when asked if the rule was being abused.")
    assert not needs_context("“The pier stays closed,” the council said in a statement.")
    assert not needs_context("“We will appeal the ruling and fight it all the way,” the university said.")
    assert not needs_context("Statisticians noted that claims of baby booms have popped up after storms before.")
    assert _named_as_subject("Orsk", "Almost as soon as Orsk's name popped up, another native was roped in.")


def test_the_same_act_in_the_same_year_is_a_repeat() -> None:
    """ "Excavated in 1998 by an expedition from the University of Kansas, …" and "The foot was excavated in 1998 by an
    expedition team from the University of Kansas …" were both summary sentences (editor read #19c, Multi-News row
    33: the dig told four times); two acts of one year are not ("a dispute between 2014 and 2015 …" and "In 2015, …
    had sent a text message to … the board", row 38)."""
    from newsfuse.summarize.repeats import repeats, repeats_traits, traits

    a = "Excavated in 1998 by an expedition from the University of Keld, the fossil was described in a new study."
    b = "The foot was excavated in 1998 by an expedition team from the University of Keld which included Ann Lee."
    assert repeats(a, b) and repeats_traits(traits(a), traits(b))
    c = "The volunteers were engaged in a dispute over the Nautilus between 2014 and 2015 before members left."
    d = "In 2015, Tom Reed had sent a text message to two members of the board about the Nautilus, claiming a curse."
    assert not repeats(c, d) and not repeats_traits(traits(c), traits(d))
