"""A pronoun in a clause governed by an unnamed person is that person (editor a26, Multi-News row 153)."""

from __future__ import annotations

from newsfuse.options import Options
from newsfuse.pipeline import brief_from_documents
from newsfuse.records import RawDocument

FIRST = (
    "Police chief Ivo Brandt spoke to reporters on Monday in the town of Keld after the two hikers were found. "
    '"We are looking at every lead we have," Brandt said.\n\n'
    "The reporter clarified that he asked the question because some may be concerned when they hear the words "
    "“foul play suspected” that there may be somebody “preying on people that they need to be afraid of.”\n\n"
    "The search for the hikers went on through the night near the river, Brandt said."
)
SECOND = (
    "Two hikers were found near the river in Keld on Monday, police chief Ivo Brandt said at a news conference "
    'in the town.\n\n"It has been a long night for the families," Brandt said.'
)


def test_a_he_governed_by_an_unnamed_reporter_is_not_the_last_named_speaker(models) -> None:
    brief = brief_from_documents([RawDocument("a.txt", FIRST), RawDocument("b.txt", SECOND)], Options(), models)
    speakers = {q.text: q.speaker for q in brief.quotes}
    # unattributed partial quotes are not listed at all; on the code before, both were the chief's
    assert speakers.get("foul play suspected") is None
    assert speakers.get("preying on people that they need to be afraid of.") is None
    assert speakers["We are looking at every lead we have"] == "Ivo Brandt"
    assert speakers["It has been a long night for the families"] == "Ivo Brandt"


def test_a_he_after_an_office_still_finds_its_holder(models) -> None:
    text = (
        "Mayor Ivo Brandt of Keld spoke on Monday about the new bridge over the river.\n\n"
        "The mayor said he expected the bridge to open “before the first snow”."
    )
    brief = brief_from_documents([RawDocument("a.txt", text)], Options(), models)
    assert {q.text: q.speaker for q in brief.quotes}.get("before the first snow") == "Ivo Brandt"
