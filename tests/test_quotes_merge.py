"""Quotes merged across sources: same words → one quote with both sources; a second translation
with an agreeing speaker → a variant; two remarks of one article stay two quotes."""

from __future__ import annotations

from newsfuse.nlp.quote_merge import merge_quotes, speakers_agree
from newsfuse.nlp.quotes import Attribution
from newsfuse.nlp.speakers import Speaker


def _quote(article: str, text: str, speaker: str) -> Attribution:
    return Attribution(article, "direct", text, [(0, len(text))], speaker=Speaker(speaker, 0, 1, speaker))


def test_same_words_and_translations_merge_but_remarks_of_one_article_do_not(models) -> None:
    found = [
        _quote("S1", "The river must be shared fairly by both nations", "Ilse Varga"),
        _quote("S2", "The river must be shared fairly by both nations.", "Ilse Varga"),
        _quote("S1", "Norvane wants the dam inspected before the summer floods", "Ilse Varga"),
        _quote("S3", "The river has to be divided fairly between the two countries", "Ilse Varga"),
        _quote("S3", "Estrella will never accept these limits on irrigation", "Tomas Okonjo"),
    ]
    quotes = merge_quotes(found, models.embedder)
    first = quotes[0]
    assert first.sources == ["S1", "S2"]
    assert [v.text for v in first.variants] == ["The river has to be divided fairly between the two countries"]
    assert [q.speaker for q in quotes] == ["Ilse Varga", "Ilse Varga", "Tomas Okonjo"]


def test_without_embedder_only_the_words_link_quotes() -> None:
    found = [
        _quote("S1", "We will rebuild the pier", "Olek Danner"),
        _quote("S2", "We shall reconstruct the jetty", "Olek Danner"),
    ]
    assert len(merge_quotes(found, None)) == 2


def test_speaker_agreement() -> None:
    assert speakers_agree("China’s foreign ministry", "Chinese Foreign Ministry spokesman")
    assert not speakers_agree("Ilse Varga", "Tomas Okonjo")
    assert not speakers_agree(None, "Tomas Okonjo")


def test_titles_of_works_are_not_quotes() -> None:
    """An album title in quotation marks credited to the band is not something the band said."""
    from newsfuse.nlp.quote_merge import title_like, worth_quoting

    assert title_like("Dragon Fly") and title_like("The Art of the Deal") and title_like("Surrealistic Pillow")
    assert not title_like("We will not allow this") and not title_like("Never again.")
    assert not title_like("RIP Marty Balin, fellow bandmate and friend")
    album = _quote("S1", "Dragon Fly", "Paul Kantner")
    remark = _quote("S1", "We will not allow this", "Paul Kantner")
    assert not worth_quoting(album) and worth_quoting(remark)
    assert [q.text for q in merge_quotes([album, remark], None)] == ["We will not allow this"]


def test_a_partial_quotation_keeps_the_sentence_it_was_printed_in() -> None:
    sentence = "Olek Danner said the pier would be “rebuilt by spring” whatever the cost."
    found = [
        Attribution("S1", "partial", "rebuilt by spring", [(37, 54)], speaker=Speaker("Danner", 0, 11, "Olek Danner")),
        _quote("S1", "We will rebuild the pier before the summer storms", "Olek Danner"),
    ]
    quotes = merge_quotes(found, None, printed_in=lambda a: sentence)
    assert [q.context for q in quotes] == [sentence, None]  # a direct quote is shown by its own words
