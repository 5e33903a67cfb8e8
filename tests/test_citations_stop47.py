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
from newsfuse.records import Quote

CONTRAST = "Ada Brant said the harbour office did not call the coastguard but called the ferry captain instead."


def _frames(parse, *texts: str):  # type: ignore[no-untyped-def]
    return tuple(frame_of(doc) for doc in parse(list(texts)))


def test_not_x_but_y_tells_y(fast_models) -> None:  # type: ignore[no-untyped-def]
    told = "Instead, the harbour office called the ferry captain, the family said."
    shown, cited = _frames(fast_models.parse, CONTRAST, told)
    assert not citation_check.turns_polarity((shown, cited), (CONTRAST, told))
    assert not citation_check.turns_polarity((cited, shown), (told, CONTRAST))
    assert shown.negated and "ferry captain" in shown.asserted and "captain" not in shown.denied


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
    from newsfuse.align.citation_precision import quotation_in, same_speakers_other_words

    shown = quotation_in(QUOTES, "S1", SHOWN)
    assert shown[1] == "Ilse Varga"
    other = quotation_in(QUOTES, "S2", OTHER)
    assert same_speakers_other_words(shown, other)


def test_the_same_words_or_another_speaker_are_left_to_the_other_checks() -> None:
    from newsfuse.align.citation_precision import quotation_in, same_speakers_other_words

    shown = quotation_in(QUOTES, "S1", SHOWN)
    assert not same_speakers_other_words(shown, quotation_in(QUOTES, "S1", SAME))
    okonjo = '"We will carry this timber case to the high court," Tomas Okonjo said.'
    assert not same_speakers_other_words(shown, quotation_in(QUOTES, "S2", okonjo))
    assert not same_speakers_other_words(("", None), quotation_in(QUOTES, "S2", OTHER))


# An outlet that gives the shown sentence's specific figure (align/head_act.py ``shares_telling_figure``, read in
# facts.backers for a sentence at the unit threshold outside the unit). Read #18's Multi-News row 19: "Monday the Dow
# shed 1,175 points, its largest point drop in history, …" and "After a volatile session, the Dow ended down 1,175
# points, or 4.6%, at 24,346." (pair score 0.977) were two single-source facts; read #17's d1: "… an effective federal
# tax rate of 35.7 percent and donated over 10 percent …" beside "… effective federal tax rate for 2014 was 35.7
# percent, while …" (0.996).
FERRY = (
    "The Keld ferry company said on Monday it carried 1,175 passengers over the holiday weekend. "
    "The company will add a second boat in May."
)
FERRY_OTHER = (
    "Ferries in Keld were busy at Easter. "
    "Over the long weekend the boats took 1,175 passengers across the fjord, a record for the line, and the harbour "
    "office opened a second ticket hall on Saturday to cope with the queues of cars and cyclists. "
    "Fares did not change."
)


def _ferry_sources(fast_models, other_text: str) -> tuple[list[str], bool, bool]:  # type: ignore[no-untyped-def]
    """The outlets cited for the first outlet's figure sentence, alone in its unit, with the second outlet's figure
    sentence in another unit at pair score 0.95 (threshold 0.9); whether that one holds half the shown word weight,
    and whether it tells the shown act (the two routes there were)."""
    import numpy as np

    from newsfuse.align.facts import Backing, fact_sources
    from newsfuse.align.units import Unit, UnitMap, quantities_of
    from newsfuse.options import Options
    from newsfuse.pipeline import story_from_documents
    from newsfuse.records import RawDocument

    documents = [RawDocument(path="0.txt", text=FERRY), RawDocument(path="1.txt", text=other_text)]
    story = story_from_documents(documents, Options(), fast_models, [])
    texts = [s.text for s in story.sentences]
    rep = next(i for i, t in enumerate(texts) if "ferry company said" in t)
    other = next(i for i, t in enumerate(texts) if "passengers across" in t)
    units = [Unit([i]) for i in range(len(texts))]
    similarity = np.eye(len(texts))
    similarity[rep, other] = similarity[other, rep] = 0.95
    unit_map = UnitMap(units, list(range(len(texts))), [quantities_of(t) for t in texts], similarity, 0.9)
    backing = Backing.of(story)
    backing.parse = fast_models.parse
    backing.read_actors(story, [rep, other], fast_models.parse)
    return fact_sources(story, unit_map, [rep], rep, backing), backing.holds(other, rep), backing.tells_head(other, rep)


def test_an_outlet_giving_the_same_specific_figure_is_cited(fast_models) -> None:  # type: ignore[no-untyped-def]
    sources, holds, head = _ferry_sources(fast_models, FERRY_OTHER)
    assert not holds and not head  # neither route there was cites it
    assert sources == ["S1", "S2"]


def test_another_figure_or_a_round_one_is_not_enough(fast_models) -> None:  # type: ignore[no-untyped-def]
    from newsfuse.align.head_act import shares_telling_figure
    from newsfuse.align.units import quantities_of

    sources, _, _ = _ferry_sources(fast_models, FERRY_OTHER.replace("1,175", "1,240"))
    assert sources == ["S1"]
    shown = quantities_of("The company raised fares by 10 percent and carried 2,000 cars in 2016.")
    assert not shares_telling_figure(shown, quantities_of("About 10 percent of 2,000 cars came from Varna in 2016."))
    assert shares_telling_figure(quantities_of("The rate was 35.7 percent."), quantities_of("It paid 35.7 percent."))
    assert not shares_telling_figure(quantities_of("It opened in 1976."), quantities_of("The law of 1976 stands."))
