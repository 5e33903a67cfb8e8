"""Stop 42 (issue 13, the speaker check set's new BASIL events and stop 41's left cases): a quotation given to the
person next to it rather than to who spoke. A participle after a clause with its own subject, an according-to
phrase after a framed quotation, an absolute phrase's noun read as a second subject, "That did not satisfy X",
words about the inner speaker retold by the outer one, and the one a "he" told. Each test on invented text; the
speaker is right or null ("unattributed")."""

from __future__ import annotations


def _by_text(found, words: str):
    return next(a for a in found if a.text.startswith(words))


def _name(attribution) -> str | None:
    return attribution.speaker.name if attribution.speaker else None


def test_a_participle_after_a_clause_with_its_own_subject(attribute_parsed) -> None:
    """ "Lund's comments came as Moss turned down an invitation …, saying such a session could “…”": Moss turned it
    down and says so; the parse hangs "saying" on "came", whose subject is a thing said (BASIL 2b9468af printed
    Rice)."""
    found = attribute_parsed(
        [
            "Ada Lund, the mayor's adviser, sharply criticized Piet Moss on Tuesday.",
            "Lund's comments came as Moss turned down an invitation to meet privately with council members during "
            'his trip, saying such a session could "compound the misperception of partisanship" surrounding his '
            "visit.",
        ]
    )
    assert _name(_by_text(found, "compound the misperception")) == "Piet Moss"
    assert _name(_by_text(found, "such a session could")) == "Piet Moss"


def test_an_according_to_phrase_after_a_framed_quotation(attribute_parsed) -> None:
    """ "“…,” lamented Councillor X, according to people familiar with the remarks. “…”": the phrase says how the
    writer learnt the words, it does not make them a report of its own; the quotation after goes on with X (BASIL
    1e41e98b left it unattributed)."""
    found = attribute_parsed(
        [
            "Council members rose one by one to voice concerns.",
            "“We’ve already lost,” lamented Councillor Piet Moss, a Liberal from Keld, according to people familiar "
            "with the remarks. “It’s a matter of the extent we want to keep losing.”",
        ]
    )
    assert _name(_by_text(found, "We’ve already lost")) == "Piet Moss"
    assert _name(_by_text(found, "It’s a matter of the extent")) == "Piet Moss"


def test_the_moderator_of_an_absolute_phrase_is_no_subject(attribute_parsed) -> None:
    """ "With the moderator, Radio Keld's Maria Olsen, opening the debate …, Moss criticized …": the parse gives
    "criticized" two subjects; the one right before the verb is its subject (BASIL b5eefefb, stop 41, gave Ryan's
    criticism to the moderator)."""
    found = attribute_parsed(
        [
            "Piet Moss and Ada Lund met on Thursday night in Keld for the only debate of the race.",
            "With the moderator, Radio Keld's Maria Olsen, opening the debate with questions about the harbour, Moss "
            "criticized the mayor's handling of the attack on the port.",
            "“It was a failure of leadership,” he said.",
        ]
    )
    assert _name(_by_text(found, "the mayor's handling")) == "Piet Moss"
    assert _name(_by_text(found, "It was a failure")) == "Piet Moss"


def test_that_did_not_satisfy_the_judge(attribute_parsed) -> None:
    """ "That did not satisfy Judge Tom Lund. “…,” he said": a thing as the subject puts the person it moves in
    focus; "he" is the judge, not the lawyer quoted before (BASIL 2058ec60, stop 41, printed Sellers)."""
    found = attribute_parsed(
        [
            "Mr. Brink said the policy was clear.",
            "That did not satisfy Judge Tom Lund.",
            "“The policy is not the practice,” he said.",
        ]
    )
    assert _name(_by_text(found, "The policy is not")) == "Tom Lund"


def test_words_about_the_inner_speaker_are_the_outer_speakers(attribute_parsed) -> None:
    """ "Council leader Ada Lund left saying Kurt told them “he'd keep the harbour closed …”": the words speak of
    Kurt as "he", so they are Lund's account (BASIL 0d10341a printed them under Trump)."""
    found = attribute_parsed(
        [
            "The mayor stood firm on Friday on his demands for a sea wall.",
            'Despite Kurt saying talks had "come a long way," the council was more dour.  Council leader Ada Lund '
            'left saying Kurt told them "he\'d keep the harbour closed for a very long time, months or even years."',
        ]
    )
    assert _name(_by_text(found, "he'd keep the harbour")) == "Ada Lund"


def test_the_one_told_is_not_the_one_telling(attribute_parsed) -> None:
    """ "… he showed his irritation when Mr. Kurt kept interrupting … “I know you're under duress,” he told the
    deputy mayor": "he" is not the deputy mayor (BASIL b5eefefb, stop 41, printed Biden for "he told the vice
    president")."""
    found = attribute_parsed(
        [
            "Deputy Mayor Tom Kurt and Councillor Piet Moss met on Thursday night.",
            "Mr. Moss tried to be respectful, listening to the deputy mayor with a tilted head, but he showed his "
            "irritation when Mr. Kurt kept interrupting to attack his plan for the harbour. “I know you’re under "
            "duress,” he told the deputy mayor, prompting another laugh.",
        ]
    )
    assert _name(_by_text(found, "I know you’re under duress")) == "Piet Moss"
