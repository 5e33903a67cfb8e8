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


# A remark quoted in pieces inside one sentence of an invented outlet (records.Quote.context)
SENTENCE = "Ada Brant said that “most of the terms” could “serve as the basis for new talks” once “both agree.”"
PIECES = [
    Quote("most of the terms", "Ada Brant", ["S2"], context=SENTENCE),
    Quote("serve as the basis for new talks", "Ada Brant", ["S2", "S4"], context=SENTENCE),
    Quote("both agree.", "Ada Brant", ["S2"], context=SENTENCE),
    Quote("fig leaf", "Ada Brant", ["S1"]),
]


def test_a_remark_quoted_in_pieces_is_shown_once_as_its_sentence() -> None:
    from newsfuse.render.markdown import shown_words

    (ada,) = quotes_by_speaker(PIECES)
    # the first piece long enough to be a remark
    assert [q.text for q in ada.remarks] == ["serve as the basis for new talks"]
    assert [q.text for q in ada.phrases] == ["fig leaf"]  # the two short pieces are in the sentence shown
    # the sentence is cited with the outlet that printed it; another outlet quoting the words is named apart
    assert shown_words(ada.remarks[0]) == (SENTENCE, ["S2"], ["S4"])
    assert shown_words(QUOTES[1]) == ("“We will not sign a deal that leaves the harbour without water”", ["S1"], [])


def test_markdown_and_html_show_the_sentence_the_json_keeps_the_words() -> None:
    from newsfuse.records import Brief
    from newsfuse.render.html import to_html
    from newsfuse.render.json import brief_to_dict
    from newsfuse.render.markdown import to_markdown

    brief = Brief(title="Harbour talks", sources=[], skipped=[], summary=[], quotes=PIECES)
    md = to_markdown(brief)
    assert md.count("Ada Brant said") == 1 and "(also quoted by [[4]](#source-4))" in md
    assert "“serve as the basis for new talks” [[" not in md
    assert to_html(brief).count("Ada Brant said") == 1
    items = brief_to_dict(brief)["quotes"]
    assert [q["text"] for q in items] == [q.text for q in PIECES] and all("context" not in q for q in items)


def test_a_whole_remark_printed_inside_another_remarks_sentence_is_not_listed_again() -> None:
    # the speaker's whole remark, then a piece quoted in the sentence that also prints that remark
    sentence = (
        "“We hope to learn more soon,” Brant said, adding the pier stays shut “because nobody here knows why it broke.”"
    )
    quotes = [
        Quote("We hope to learn more soon,", "Ada Brant", ["S1"]),
        Quote("because nobody here knows why it broke.", "Ada Brant", ["S1"], context=sentence),
        Quote("We hope to learn more soon,", "Tomas Okonjo", ["S2"]),  # another speaker: not in his sentences
    ]
    groups = {g.speaker: g for g in quotes_by_speaker(quotes)}
    assert [q.text for q in groups["Ada Brant"].remarks] == ["because nobody here knows why it broke."]
    assert [q.text for q in groups["Tomas Okonjo"].remarks] == ["We hope to learn more soon,"]
    # a remark another outlet also printed keeps its own line: the sentence cites one outlet only
    quotes[0] = Quote("We hope to learn more soon,", "Ada Brant", ["S1", "S3"])
    ada = next(g for g in quotes_by_speaker(quotes) if g.speaker == "Ada Brant")
    assert len(ada.remarks) == 2
