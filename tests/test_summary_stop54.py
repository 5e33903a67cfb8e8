"""Stop 54, h-sum54 (issue 14): a lede its own article tells after another summary sentence gives way to that
article's first sentence. Invented text; fails on main 6169eda (no ``with_article_opening``)."""

from __future__ import annotations

from types import SimpleNamespace


def _story(*articles: int) -> SimpleNamespace:
    """Sentences of articles S1, S2, … with the given counts, in order."""
    rows = [SimpleNamespace(article_id=f"S{k + 1}", index=i) for k, n in enumerate(articles) for i in range(n)]
    return SimpleNamespace(sentences=rows)


_TEXTS = {
    0: "Lakeside approved a new harbour on Monday after a ten-year fight over the old quay.",
    1: "The vote was 7-2.",
    2: "Soon after the council met, he said the works would start in May.",
    3: "Harbour engineers from Brindle said the quay had been closed since 2019.",
    4: "“We waited long enough,” the mayor said.",
    5: "When the storm hit the coast in 2019, the quay was closed.",
}


def test_the_lede_gives_way_to_its_own_articles_first_sentence_in_the_summary() -> None:
    """Multi-News row 49 led with "Soon after Parliament resumes work today, he intends to table a private member's
    bill …", its article's third sentence, and the first ("Liberal MP Mauril Belanger is losing his own singing voice
    but that's not stopping him from trying … to change the English lyrics to O Canada") came second; row 23 led with
    "President Reuven Rivlin presented the previously unreleased letter …" before "Israel has made public a
    decades-old handwritten plea for clemency from Nazi war criminal Adolf Eichmann …"."""
    from newsfuse.summarize.select import with_article_opening

    story = _story(3, 3)  # S1: 0-2, S2: 3-5
    opening = with_article_opening(story, [2, 3, 0, 1], _TEXTS, set(), set())  # type: ignore[arg-type]
    assert opening == [0, 2, 3, 1]


def test_the_lede_stays_when_no_first_sentence_of_its_article_can_open_the_summary() -> None:
    from newsfuse.summarize.select import with_article_opening

    story = _story(3, 3)
    texts = {**_TEXTS, 3: _TEXTS[4], 4: _TEXTS[5]}  # S2's first sentence a quotation, its second a scene-setter
    keep = [
        ([0, 2, 1], set(), set(), _TEXTS),  # the lede is its article's first sentence
        ([2, 3, 1], set(), set(), _TEXTS),  # the first sentence picked is another article's
        ([2, 1], set(), set(), _TEXTS),  # its article's first sentence is not in the summary
        ([2, 3, 0], {0}, set(), _TEXTS),  # the first sentence is the one the exact budget cut
        ([4, 3, 1], set(), set(), texts),  # S2's first sentence opens with a quotation
    ]
    for picked, cut, needs_prev, shown in keep:
        assert with_article_opening(story, picked, shown, cut, needs_prev) == picked  # type: ignore[arg-type]
    scene = {**_TEXTS, 0: _TEXTS[5]}  # "When the storm hit …, …" cannot open a story (furniture.no_lead)
    assert with_article_opening(story, [2, 0, 1], scene, set(), set()) == [2, 0, 1]  # type: ignore[arg-type]
