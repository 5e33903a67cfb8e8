"""Wrong speakers an editor found on unseen Multi-News rows (stop 29, editor reads a29 and b29), each as a
class with invented sentences: a slogan's name inside quotation marks taken as "he", a causative verb's
subject ("That prompted ...") as the speaker, a family name that is also a title word, a name modifying a
noun taken as a role's holder."""

from __future__ import annotations

import pytest

from newsfuse.nlp.quotes import Attribution


def _one(found: list[Attribution], words: str, kinds: tuple[str, ...] = ("direct", "partial")) -> Attribution:
    match = [a for a in found if a.kind in kinds and words in a.text]
    assert match, f"no attribution containing {words!r} in {[a.text for a in found]}"
    return match[0]


_CASES = [
    # '... carried a sign reading, “... Fire Harlow!” He said ...': "he" is the man with the sign, not the name
    # the slogan shouts (row 204 printed "Fire Snipes" as a speaker)
    (
        [
            "Registered independent Russell Liddick, a 38-year-old retail worker, carried a sign reading, "
            "\"I'm here for fair elections! Fire Harlow!\" He said the office's problems \"don't make me feel "
            'very much like my vote counted."'
        ],
        "my vote counted",
        "Russell Liddick",
    ),
    # 'That prompted the Republican Party to slam ... for “...”': the party's words; "That" is no speaker (row
    # 204 printed "That")
    (
        [
            "In Brevard County, the count was delayed for hours because of a broken machine. That prompted the "
            "Republican Party to slam the county's supervisor, Jane Harlow, for \"incompetence and gross "
            'mismanagement."'
        ],
        "gross mismanagement",
        "Republican Party",
    ),
    # '“...,” Mayor said.' after "Helen Mayor, a historian ..., told ...": she, not nobody (row 194 left her
    # words unattributed, "Mayor" read as a bare title)
    (
        [
            '"Making poison gas was known long before the modern era," Helen Mayor, a historian of ancient '
            "warfare at Keld University, told the Harbour Gazette.",
            '"The ball had been thrown at the besieging army," Mayor said.',
        ],
        "besieging army",
        "Helen Mayor",
    ),
]


@pytest.mark.parametrize(("paragraphs", "words", "speaker"), _CASES)
def test_the_speaker_the_text_names(attribute_parsed, paragraphs: list[str], words: str, speaker: str) -> None:
    found = _one(attribute_parsed(paragraphs), words).speaker
    assert found is not None and found.name == speaker


def test_a_reply_to_a_quoted_question_is_not_the_questioners(attribute_parsed) -> None:
    """'“Maria?” // “Karen.”': the intern's answer, not the man who asked (row 210 gave "Stephanie." and "Olivia."
    to Weiner); his next line is his again."""
    found = attribute_parsed(
        [
            '"Now I\'m going to repeat your names back to you," Peter Hansen said.',
            "He paused and looked at the second intern.",
            '"Maria?"',
            '"Karen."',
            'We all laughed. "Oh, that\'s right. Okay, next."',
        ]
    )
    assert _one(found, "Maria?").speaker.name == "Peter Hansen"
    reply = _one(found, "Karen.").speaker
    assert reply is None or reply.name is None


def test_a_name_modifying_a_noun_holds_no_role(attribute_parsed) -> None:
    """'In the Pemberton case, the judge said, ...' then '..., the judge said.': the judge, whom the text does
    not name here, not the defendant whose name modifies "case" (row 202 credited the judge's words to the
    defendant)."""
    found = attribute_parsed(
        [
            "Stanislav Pemberton, who was charged with having the substance for supply, challenged the law.",
            "Mr Justice Gerard Hogan said the law was too broad. In the Pemberton case, the judge said, the choice "
            'which remains with the Government "is which harmful drugs should be controlled".',
            "However, they do not constitute a sufficient restriction on the power of the Government, the judge said.",
        ]
    )
    judge = _one(found, "sufficient restriction", ("reported",)).speaker
    assert judge is None or judge.name != "Stanislav Pemberton"


def test_a_demonstrative_resolves_to_no_one() -> None:
    """ "That’s not to suggest that ...", with "That" tagged a name somewhere in the story: a demonstrative speaks
    for no one (row 204 printed "That"; PolNeAR train printed "That", "This", "Those" as speakers)."""
    from collections import Counter

    from newsfuse.nlp.entities import EntityCluster, EntityIndex, LocatedMention
    from newsfuse.nlp.speakers import SpeakerResolver

    text = "That Keld Harbour story ran. That’s not to suggest that the board has lost the trust of the fishermen."
    at = text.index("That’s")
    clusters = [EntityCluster("That", "ORG", Counter({"That": 1}))]
    located = [LocatedMention("S1", 0, 0, 4, "That", "ORG")]
    resolver = SpeakerResolver("S1", EntityIndex(clusters, located))
    assert resolver.resolve(text, at, at + 6).name is None
