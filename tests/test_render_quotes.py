"""Quotes read by speaker in Markdown and HTML (render/markdown.quotes_by_speaker); the JSON keeps one
item per quote."""

from __future__ import annotations

from newsfuse.records import Quote, QuoteVariant
from newsfuse.render.markdown import quotes_by_speaker

QUOTES = [
    Quote("fig leaf", "Ada Brant", ["S1"]),
    Quote("We will not sign a deal that leaves the harbour without water", "Ada Brant", ["S1"]),
    Quote("Nobody asked the fishermen what they think of this", None, ["S2"]),
    Quote("a new chapter", "Tomas Okonjo", ["S1"], [QuoteVariant("a new page for us", ["S3"])]),
    Quote("just freeze", "Tomas Okonjo", ["S2"]),
]


def test_speakers_most_quoted_by_sources_first_unattributed_last() -> None:
    groups = quotes_by_speaker(QUOTES)
    assert [g.speaker for g in groups] == ["Tomas Okonjo", "Ada Brant", None]
    assert groups[0].sources == {"S1", "S2", "S3"}  # a variant's outlet counts


def test_short_phrases_are_kept_apart_from_remarks() -> None:
    ada = next(g for g in quotes_by_speaker(QUOTES) if g.speaker == "Ada Brant")
    assert [q.text for q in ada.remarks] == ["We will not sign a deal that leaves the harbour without water"]
    assert [q.text for q in ada.phrases] == ["fig leaf"]
    # a short quotation reported in two wordings is a remark: its variants are shown under it
    tomas = next(g for g in quotes_by_speaker(QUOTES) if g.speaker == "Tomas Okonjo")
    assert [q.text for q in tomas.remarks] == ["a new chapter"]
    assert [q.text for q in tomas.phrases] == ["just freeze"]


def test_every_quote_is_in_exactly_one_group() -> None:
    groups = quotes_by_speaker(QUOTES)
    shown = [q for g in groups for q in g.remarks + g.phrases]
    assert sorted(id(q) for q in shown) == sorted(id(q) for q in QUOTES)
