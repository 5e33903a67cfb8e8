"""Stop 47 (issue 12): two citation checks the editor reads of unseen stories (#16, #17) found wrong. Invented text.

- "did not call X but called Y instead" says Y was called: an outlet that tells the call of Y backs it; the
  negation covers only the first conjunct (align/actors.py ``Frame.asserted``, citation_check ``turns_polarity``).
  Read #17's Multi-News row 122: "… said the school did not call an ambulance but called the boy's mother instead."
  stayed single-source beside another outlet's "Instead, the school called Elijah's mother, …".
- one person's other statement does not back the shown quotation (citation_precision ``same_speakers_other_words``).
  Read #16's BASIL b764f81f: an attorney general's quotation at a news conference was cited to an outlet that prints
  another quotation of his, from a statement.
"""

from __future__ import annotations

from newsfuse.align import citation_check
from newsfuse.align.actors import frame_of
from newsfuse.align.citation_precision import quotation_in, same_speakers_other_words
from newsfuse.records import Quote

CONTRAST = "Ada Brant said the harbour office did not call the coastguard but called the ferry captain instead."


def _frames(parse, *texts: str):  # type: ignore[no-untyped-def]
    return tuple(frame_of(doc) for doc in parse(list(texts)))


def test_not_x_but_y_tells_y(fast_models) -> None:  # type: ignore[no-untyped-def]
    told = "Instead, the harbour office called the ferry captain, the family said."
    shown, cited = _frames(fast_models.parse, CONTRAST, told)
    assert shown.negated and "ferry captain" in shown.asserted and "captain" not in shown.denied
    assert not citation_check.turns_polarity((shown, cited), (CONTRAST, told))
    assert not citation_check.turns_polarity((cited, shown), (told, CONTRAST))


def test_not_x_but_y_still_denies_x(fast_models) -> None:  # type: ignore[no-untyped-def]
    called = "The harbour office called the coastguard on Sunday."
    shown, cited = _frames(fast_models.parse, CONTRAST, called)
    assert citation_check.turns_polarity((shown, cited), (CONTRAST, called))


def test_a_plain_conjunct_stays_denied(fast_models) -> None:  # type: ignore[no-untyped-def]
    """Only a conjunct set against the first ("but", "instead", "rather", "yet") is out of the negation."""
    (frame,) = _frames(fast_models.parse, "The harbour office did not call the coastguard or the ferry captain.")
    assert frame.negated and not frame.asserted and "captain" in frame.denied


QUOTES = [
    Quote(text="This smuggled timber has been carried into our valley for years", speaker="Ilse Varga", sources=["S1"]),
    Quote(text="Federal law plainly forbids the felling of these forests", speaker="Ilse Varga", sources=["S2"]),
    Quote(text="We will carry this timber case to the high court", speaker="Tomas Okonjo", sources=["S2"]),
]
SHOWN = (
    '"This smuggled timber has been carried into our valley for years," Attorney General Ilse Varga told a news '
    "conference in Keld."
)
OTHER = '"Federal law plainly forbids the felling of these forests," Attorney General Ilse Varga said on Thursday.'
SAME = '"This smuggled timber has been carried into our valley," Ilse Varga said.'


def test_one_persons_other_statement_does_not_back_the_quotation() -> None:
    shown = quotation_in(QUOTES, "S1", SHOWN)
    assert shown[1] == "Ilse Varga"
    other = quotation_in(QUOTES, "S2", OTHER)
    assert same_speakers_other_words(shown, other)


def test_the_same_words_or_another_speaker_are_left_to_the_other_checks() -> None:
    shown = quotation_in(QUOTES, "S1", SHOWN)
    assert not same_speakers_other_words(shown, quotation_in(QUOTES, "S1", SAME))
    okonjo = '"We will carry this timber case to the high court," Tomas Okonjo said.'
    assert not same_speakers_other_words(shown, quotation_in(QUOTES, "S2", okonjo))
    assert not same_speakers_other_words(("", None), quotation_in(QUOTES, "S2", OTHER))
