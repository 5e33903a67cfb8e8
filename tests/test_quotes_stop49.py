"""Stop 49 (issue 13: the tune half of the basil49 check set and the quote findings of editor read #20): each test
on invented text; the speaker is the one the text says spoke, or null ("unattributed"), never the newspaper named
the paragraph before, the campaign that called a video a distortion, the one written to, nor the man named after the
sentence's subject."""

from __future__ import annotations


def _by_text(found, words: str, kind: str | None = None):
    return next(a for a in found if a.text.startswith(words) and (kind is None or a.kind == kind))


def _name(attribution) -> str | None:
    return attribution.speaker.name if attribution.speaker else None


def test_a_manner_adverb_before_the_verb_leaves_the_subject_before_it(attribute_parsed) -> None:
    """ "At that March 2 event, …, Brant, advocating for workers returning from war, clearly says, “…”": the adverb is
    no end of the subject (BASIL 85475456, Fox, printed the newspaper named in the paragraph before)."""
    found = attribute_parsed(
        [
            "The mayor, according to the Keld Courier, said he had misspoken at a 2008 event in Tessel.",
            "At that March 2 event, which can be found here on You Tube, Brant, advocating for workers returning "
            'from war, clearly says, "We have learned something very important since the days that I served in '
            'Tessel... whatever we think about the war, we owe our workers unconditional support."',
        ]
    )
    assert _name(_by_text(found, "We have learned")) == "Brant"


def test_it_after_a_clause_naming_one_outlet_is_that_outlet(attribute_parsed) -> None:
    """ "… so much a part of his biography that when a national outlet, Slate magazine, produced a profile of him, it
    said he had “…”": "it" is the outlet of the clause before it, not the weekly quoted the sentence before."""
    found = attribute_parsed(
        [
            "The Tessel Weekly reported on May 23, 2008, that Mr. Brant “was met with applause when he spoke about "
            "his service.”",
            "And the idea has become such an accepted part of his biography that when a national outlet, Slate "
            "magazine, produced a profile of Mr. Brant in 2000, it said he had “joined the Marines rather than duck "
            "the draft.”",
        ]
    )
    assert _name(_by_text(found, "joined the Marines")) == "Slate"


def test_a_video_of_someone_saying_gives_the_words_to_the_one_it_shows(attribute_parsed) -> None:
    """ "Brant's campaign called a Courier report which includes video of him at a 2008 event saying he had served
    “in Keld” an “outrageous distortion”": the recording's words are Brant's; the later quotation stays the
    campaign's (BASIL 85475456, HuffPost, printed both under the campaign)."""
    found = attribute_parsed(
        [
            "Mayor Tom Brant is defending himself against a report that he misstated his military service.",
            "Brant's campaign called a Courier report which includes video of him at a 2008 event saying he had "
            "served “in Keld” an “outrageous distortion” of his record.",
        ]
    )
    assert _name(_by_text(found, "in Keld", "partial")) == "Tom Brant"
    assert _name(_by_text(found, "outrageous distortion", "partial")) != "Tom Brant"


def test_a_date_after_the_subject_is_no_part_of_it(attribute_parsed) -> None:
    """ "The Keld Register on July 20, 2006, described him as “…,” and on April 6, 2007, said that he had “…”": the
    newspaper's words both times (BASIL 85475456, NYT, left both unattributed, so the brief dropped them)."""
    found = attribute_parsed(
        [
            "Mr. Brant is described in several newspaper articles as having served abroad.",
            "The Keld Register on July 20, 2006, described him as “a veteran of the Tessel War,” and on April 6, "
            "2007, said that the mayor had “served in the Marines in Tessel.”",
        ]
    )
    assert _name(_by_text(found, "a veteran of the Tessel War", "partial")) == "Keld Register"
    assert _name(_by_text(found, "served in the Marines", "partial")) == "Keld Register"


def test_a_post_cut_into_lines_without_marks_is_one_quotation(attribute_parsed) -> None:
    """ "Brant’s account tweeted Saturday: “I had to fire Tom Reed …" / "He has pled guilty …" / "It is a shame …" /
    "There was nothing to hide!”": the whole post (BASIL 0c78e748, Fox, printed its first line only)."""
    found = attribute_parsed(
        [
            "This was after Mayor Ada Brant’s account tweeted Saturday: “I had to fire Tom Reed because he lied to "
            "the council and the police.",
            "He has pled guilty to those lies.",
            "It is a shame because his actions during the transition were lawful.",
            "There was nothing to hide!”",
            "That tweet immediately caused problems for the city hall.",
        ]
    )
    post = _by_text(found, "I had to fire Tom Reed")
    assert "There was nothing to hide" in post.text and _name(post) == "Ada Brant"


def test_a_name_that_modifies_a_campaign_inside_the_words_does_not_rule_out_its_bearer(attribute_parsed) -> None:
    """ "“… with respect to the much more successful Brant campaign,” he told reporters later": the words name the
    campaign, so "he" may still be Brant, the one who spoke the sentence before (editor read #20, b2, printed
    the man Brant was asked about)."""
    found = attribute_parsed(
        [
            "Still, Mr. Brant, speaking briefly with reporters as he met with Mayor Piet Moss of Tessel, offered an "
            "emphatic “yes” when asked whether Mr. Tom Reed was among the finalists.",
            "“We need a great chief of police. The police has not had that reputation with what happened in the "
            "campaign, even with respect to the much more successful Brant campaign,” he told reporters later at a "
            "joint news conference with Mr. Moss.",
        ]
    )
    assert _name(_by_text(found, "We need a great chief")) == "Brant"


def test_he_later_in_the_sentence_is_the_person_who_opens_it(attribute_parsed) -> None:
    """ "KELD ― Mayor Ada Brant is “very close” to selecting an interim candidate to replace former police chief Tom
    Reed, she told reporters": the sentence's subject, not the person named after her in it (editor read #20, b2)."""
    found = attribute_parsed(
        [
            "KELD ― Mayor Ada Brant is “very close” to selecting an interim candidate to replace former police "
            "chief Tom Reed, she told city hall reporters on Thursday.",
        ]
    )
    found_m = attribute_parsed(
        [
            "KELD ― Mayor Tom Brant is “very close” to selecting an interim candidate to replace former police "
            "chief Piet Reed, he told city hall reporters on Thursday.",
        ]
    )
    assert _name(_by_text(found, "very close", "partial")) == "Ada Brant"
    assert _name(_by_text(found_m, "very close", "partial")) == "Tom Brant"


def test_the_one_an_email_is_written_to_is_no_speaker(attribute_parsed) -> None:
    """ "A top council aide, likewise, put the prospects bluntly in an email to Tom Reed: “…”": the one written to is
    not whose words follow (editor read #20, b2, printed the news site written to)."""
    found = attribute_parsed(
        [
            "Councillor Ada Brant called the choice “shocking.”",
            "A top council aide, likewise, put the prospects of opposition to the pick bluntly in an email to Tom "
            "Reed: “There couldn’t possibly be a worse time to hand the police over to a politician.”",
        ]
    )
    said = _name(_by_text(found, "There couldn’t possibly"))
    assert said not in ("Tom Reed", "Ada Brant")


def test_a_verb_joined_in_a_clause_after_after_has_that_clause_subject(attribute_parsed) -> None:
    """ "Brant is seen in a video grabbing the wrist of a young man after the man approached the mayor and asked if
    he supported the “Keld agenda”": the man asked, not Brant (editor read #20, b1)."""
    found = attribute_parsed(
        [
            "Brant, a Democrat, is seen in an amateur video grabbing the wrist and neck of an unidentified young "
            "man after the man approached the mayor and asked if he supported the “Keld agenda.”",
        ]
    )
    assert _name(_by_text(found, "Keld agenda", "partial")) is None


def test_an_unframed_paragraph_calling_the_last_speaker_his_is_not_his(attribute_parsed) -> None:
    """ "“I've been spat at … but that's no excuse,” he added. // “His conduct is unbecoming of a member of the
    council. …”": nobody calls himself "his"; the outlet left the speaker's frame out (editor read #20, b1, printed
    the attack under the man attacked). A carried quotation about someone else stays carried (guard)."""
    found = attribute_parsed(
        [
            "Mayor Tom Brant told reporters that he had not apologized to the young men.",
            "“I've been spat at, pushed and threatened before but that's no excuse,” he added.",
            "“His conduct is unbecoming of a member of the council. It's bad enough that he's joined the assault on "
            "Keld jobs.”",
        ]
    )
    assert _name(_by_text(found, "His conduct")) is None
    found = attribute_parsed(
        [
            "Mayor Tom Brant told reporters that he had not apologized to the young men.",
            "“I've been spat at, pushed and threatened before but that's no excuse,” he added.",
            "“I would do it again if I had to. Nobody was hurt.”",
        ]
    )
    assert _name(_by_text(found, "I would do it again")) == "Tom Brant"


def test_a_video_called_by_a_name_is_a_title_not_words(attribute_parsed) -> None:
    """ "Reed tweeted a link to a YouTube video called “Behind the scenes with Ada Brant”": the video's name (editor
    read #20, b3, printed it as Reed's words)."""
    found = attribute_parsed(
        [
            "Photographer Tom Reed defended the picture on Tuesday.",
            "Reed tweeted a link to a YouTube video called “Behind the scenes with Ada Brant” on Tuesday.",
        ]
    )
    assert not [a for a in found if a.text.startswith("Behind the scenes") and a.kind != "reported"]


def test_a_party_tag_after_the_name_is_no_second_speaker(attribute_parsed) -> None:
    """ "“… His conduct should deeply concern every resident,” Council Caucus Chairman Tom Brant, R-N.C., said in a
    statement": the party tag closing the subject is no conjunct, and a word inside the quotation is no second
    member of the subject (editor read #20, b4, left Meadows's statement unattributed)."""
    found = attribute_parsed(
        [
            "The mayor's allies cheered the chief's firing on Monday.",
            "“Piet Reed was fired because of what his own written words plainly showed. He tarnished the police's "
            "reputation. His conduct should deeply concern every American,” Council Caucus Chairman Tom Brant, "
            "R-N.C., said in a statement to Fox News.",
        ]
    )
    assert _name(_by_text(found, "Piet Reed was fired")) == "Tom Brant"
