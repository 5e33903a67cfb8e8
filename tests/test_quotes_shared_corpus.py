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


# The examples of speakers that are pieces of a sentence, a bare role or a place.
_FRAGMENTS = {
    "shortly before russia",
    "joint statement issued",
    "presidents",
    "minister",
    "moscow",
    "meeting participant",
}


def test_every_speaker_is_a_name_or_a_named_role(xi_brief: Brief) -> None:
    """No speaker that is not a name or a named role (checked by the gold set's own rule,
    bench.facts.speaker_is_name_or_role, written apart from the quote stage)."""
    from bench.facts import speaker_is_name_or_role

    names = {n.lower() for e in xi_brief.entities for n in [e.name, *e.aliases]}
    spoken = [q.speaker for q in xi_brief.quotes if q.speaker is not None]
    assert spoken
    assert [s for s in spoken if not speaker_is_name_or_role(s, names)] == []
    assert not {s.lower() for s in spoken} & _FRAGMENTS


def test_speakers_of_the_gold_direct_quotes(xi_brief: Brief) -> None:
    """Speaker right for >= 90 % of the gold quotes the brief shows (bench/gold/facts, hand-annotated)."""
    from dataclasses import asdict

    from bench.facts import speaker_right
    from bench.facts_gold import GOLD_DIR, load, matches

    gold = load(GOLD_DIR / "xi-putin-moscow-2023.json")
    quotes = [asdict(q) for q in xi_brief.quotes]
    found = right = 0
    for item in gold.quotes:
        texts = [[q["text"], *(v["text"] for v in q["variants"])] for q in quotes]
        hits = [q for q, ts in zip(quotes, texts, strict=True) if any(matches(item.match, t) for t in ts)]
        found += bool(hits)
        right += bool(hits) and all(speaker_right(q["speaker"], item) for q in hits)
    assert found >= 0.8 * len(gold.quotes), f"only {found} of {len(gold.quotes)} gold quotes in the brief"
    assert right >= 0.9 * found, f"speaker right for {right} of {found}"
