"""A bare family name the NER tags a person in one sentence while the entity merge typed it something else is the one
person named in full before with that family name (editor read, stop 35, Multi-News row 103: a lawyer's three quotes
were unattributed, and her "she continued" went to a man named in between)."""

from __future__ import annotations

from newsfuse.options import Options
from newsfuse.pipeline import brief_from_documents
from newsfuse.records import RawDocument

TEXT = (
    "A judge in Keld was criticised on Monday over a ruling in a harbour lawsuit.\n\n"
    "At the time of the first case, the plaintiff's other lawyer, Ona Kudirkaite, said the judge may have been "
    "inexperienced.\n\n"
    "According to Kudirkaite, that was a critical juncture for the case.\n\n"
    "The judge later allowed one of the defendants, Tomas Brandt, to enter new evidence.\n\n"
    "“It was shocking to see the judge disregard that order,” Kudirkaite said.\n\n"
    "“It was devastating,” she continued. “I could not comprehend it.”"
)


def test_a_bare_family_name_speaks_for_the_person_named_in_full_before(models) -> None:
    brief = brief_from_documents([RawDocument("a.txt", TEXT)], Options(), models)
    speakers = {q.text[:30]: q.speaker for q in brief.quotes}
    assert speakers["It was shocking to see the jud"] == "Ona Kudirkaite"
    assert speakers["It was devastating … I could n"] == "Ona Kudirkaite"
