"""The outlets a summary sentence cites, held to the fact graph's test of who acts.

``UnitMap.sources_for`` cites every article with a unit member close enough to the shown sentence. The fact
graph holds its citations to more (align/facts.py, ``Backing.same_actors``): a sentence about another actor
("Japan's foreign ministry said …" beside "China's foreign ministry responded …") backs no fact. Without the
same test the summary, the first thing a reader checks, cited outlets its own fact list does not (shared
corpus, stop 27: "China's foreign ministry responded to Kishida's visit …" cited three outlets in the summary
and two under Facts). Only the summary's few sentences and their backers are read; a sentence the fact graph
holds whole takes the actors the graph read (``Alignment.backing``), the others (split into claims there) are
parsed here.
"""

from __future__ import annotations

from newsfuse.align.actors import NONE, same_actors
from newsfuse.align.claims import Parser
from newsfuse.align.facts import Backing, read_actors
from newsfuse.align.units import UnitMap
from newsfuse.records import AnalysedStory


def actor_checked_sources(
    story: AnalysedStory,
    units: UnitMap,
    shown: list[int],
    parse: Parser,
    backing: Backing | None = None,
    whole_items: dict[int, int] | None = None,
) -> dict[int, list[str]]:
    """For each shown sentence, ``units.sources_for`` less the articles whose every backing member tells of
    other actors; the sentence's own article stays first. ``backing`` and ``whole_items`` (``Alignment``'s) give
    the actors the fact graph read."""
    cited = {i: units.sources_for(i, story) for i in shown}
    backers: dict[int, dict[str, list[int]]] = {}
    for i, sources in cited.items():
        others = set(sources[1:])
        by_article: dict[str, list[int]] = {}
        for j in units.units[units.unit_of[i]].members:
            article = story.sentences[j].article_id
            if article in others and units.similarity[i, j] >= units.threshold:
                by_article.setdefault(article, []).append(j)
        backers[i] = by_article
    todo = sorted({*shown, *(j for found in backers.values() for js in found.values() for j in js)})
    if not any(backers.values()):
        return cited
    held = {i: n for i, n in (whole_items or {}).items() if i in set(todo)} if backing is not None else {}
    actors = backing.sentence_actors(held, parse) if backing is not None else {}
    actors.update(read_actors(story, [i for i in todo if i not in actors], parse))

    def same(j: int, i: int) -> bool:
        return same_actors(actors.get(i, NONE), actors.get(j, NONE), story.sentences[i].text, story.sentences[j].text)

    checked: dict[int, list[str]] = {}
    for i, sources in cited.items():
        kept = [a for a in sources[1:] if a not in backers[i] or any(same(j, i) for j in backers[i][a])]
        checked[i] = [sources[0], *kept]
    return checked
