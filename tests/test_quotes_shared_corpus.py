"""The shared five-article corpus (../shared/corpora/xi-putin-moscow-2023; skipped when absent):
name variants merged into one entity, direct quotes with their speakers, and the two translations
of the Chinese foreign ministry's remark on Japan's prime minister linked as one quote."""

from __future__ import annotations

import pytest

from newsfuse.records import Brief, Entity, Quote

pytestmark = pytest.mark.shared


def _entity(brief: Brief, name: str) -> Entity:
    matches = [e for e in brief.entities if e.name == name]
    assert matches, f"{name!r} not among {[e.name for e in brief.entities][:30]}"
    return matches[0]


def _quote(brief: Brief, words: str) -> Quote:
    for quote in brief.quotes:
        if words in quote.text or any(words in v.text for v in quote.variants):
            return quote
    raise AssertionError(f"no quote containing {words!r}")


@pytest.mark.parametrize(
    ("name", "aliases"),
    [
        ("Volodymyr Zelensky", {"Zelensky", "President Vlodomyr Zelensky"}),
        ("Kyiv", {"kyiv", "Kiev"}),
        ("International Criminal Court", {"ICC"}),
        ("Xi Jinping", {"Mr. Xi", "Xi"}),
        ("Vladimir Putin", {"Putin", "President Vladimir V. Putin"}),
    ],
)
def test_name_variants_merge(xi_brief: Brief, name: str, aliases: set[str]) -> None:
    entity = _entity(xi_brief, name)
    assert aliases <= set(entity.aliases)
    assert not any(e.name in aliases for e in xi_brief.entities), "a variant is left as its own entity"


def test_kyiv_is_a_place(xi_brief: Brief) -> None:
    assert _entity(xi_brief, "Kyiv").type == "GPE"


def test_two_translations_are_one_quote_with_a_variant(xi_brief: Brief) -> None:
    quote = _quote(xi_brief, "help de-escalate the situation")
    texts = [quote.text] + [v.text for v in quote.variants]
    assert any("help calm the situation rather than the other way around" in t for t in texts)
    assert len(quote.sources) + sum(len(v.sources) for v in quote.variants) == 2
    assert quote.speaker is not None and "ministry" in quote.speaker.lower()


@pytest.mark.parametrize(
    ("words", "speaker"),
    [
        ("The bilateral relationship has grown more mature", "Xi Jinping"),
        ("Over the years, our relationship has been tested", "Xi Jinping"),
        ("That President Xi is traveling to Russia", "Antony Blinken"),
        ("China doesn’t want to be seen as a country", "Temur Umarov"),
        ("If China wants to play a constructive role", "John Kirby"),
        ("China is agnostic about where the front lines are", "Alexander Gabuev"),
        ("The view of Russia as a junior partner", "Alexander Gabuev"),
        ("China has developed a highly effective system", "Vladimir Putin"),
        ("Both sides are constantly strengthening political mutual trust", "Xi Jinping"),
        ("We expect Beijing to use its influence on Moscow", "Oleg Nikolenko"),
        ("Complex problems do not have simple solutions", "Xi Jinping"),
    ],
)
def test_direct_quotes_have_their_speakers(xi_brief: Brief, words: str, speaker: str) -> None:
    assert _quote(xi_brief, words).speaker == speaker


def test_distinct_remarks_of_one_speaker_in_one_article_stay_apart(xi_brief: Brief) -> None:
    agnostic = _quote(xi_brief, "China is agnostic about where the front lines are")
    assert agnostic.text.startswith("China is agnostic")
    assert agnostic.variants == []
