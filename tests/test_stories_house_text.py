"""A short item in which a site speaks about itself (a web archive's crawl notice, a house promo, a video
player's text) is not another story (editor read, stop 36, Multi-News row 96: a 49-word promo of a site's data
projects was reported as "the input holds 2 stories")."""

from __future__ import annotations

from newsfuse.api import brief
from newsfuse.records import Article
from newsfuse.summarize.stories import page_furniture

NEWS = (
    "The council of Keld voted on Monday to close the old harbour bridge after inspectors found cracks in two "
    "of its piers, the mayor, Ilse Varn, said. Repairs will cost 4 million euros and take a year, she said. "
    "Ferry services will run every hour from Tuesday, the council said in a statement. "
)


def _article(text: str) -> Article:
    return Article("S9", "x", None, None, None, None, [text])


def test_a_site_speaking_about_itself_is_furniture() -> None:
    assert page_furniture(_article("These crawls are part of an effort to archive pages as they are created."))
    assert page_furniture(
        _article("Over the years, Keldnews.com has built data tools. Here's a sampling. Our annual database is new.")
    )
    assert page_furniture(_article("Rating is available when the video has been rented. Please try again later."))


def test_a_short_news_item_is_not_furniture() -> None:
    assert not page_furniture(_article(NEWS))
    assert not page_furniture(_article("Police said the body could not be found after the crawl space was searched."))


def test_a_promo_put_apart_from_the_story_is_reported_as_not_an_article(models) -> None:
    promo = "Over the years, Keldnews.com has published several data projects. Here's a sampling of them."
    result = brief(
        [
            {"text": NEWS * 3, "path": "news.txt"},
            {"text": NEWS * 2, "path": "more.txt"},
            {"text": promo, "path": "promo.txt"},
        ],
        models=models,
    )
    kinds = {w.kind for w in result.warnings}
    assert "several_stories" not in kinds
    assert "not_an_article" in kinds
