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
from newsfuse.records import AnalysedStory, FactGraph


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
    the actors the fact graph read, and of sentences it holds whole its test of what a sentence states."""
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
        if not same_actors(actors.get(i, NONE), actors.get(j, NONE), story.sentences[i].text, story.sentences[j].text):
            return False
        # both held whole by the graph: its test of what a sentence states too (align/citation_check.py), so a
        # summary sentence cites no outlet whose sentence only shares its words ("Still others avoid the topic
        # because they suffer from racial fatigue." cited to "But he said it was still relevant.", editor read,
        # stop 35, row 102)
        if backing is None or backing.story is None or i not in held or j not in held:
            return True
        return backing.states(backing.story, held[j], held[i])

    checked: dict[int, list[str]] = {}
    for i, sources in cited.items():
        kept = [a for a in sources[1:] if a not in backers[i] or any(same(j, i) for j in backers[i][a])]
        checked[i] = [sources[0], *kept]
    return checked


def cited_passages(
    story: AnalysedStory,
    units: UnitMap,
    i: int,
    sources: list[str],
    graph: FactGraph | None = None,
    whole_items: dict[int, int] | None = None,
) -> dict[str, str]:
    """For each of ``sources`` that sentence ``i`` (shown in the summary) cites, the sentence of that source a
    reader checks it against: when the fact graph shows ``i`` whole as a fact's text and the summary takes that
    fact's sources, the sentence that passed the graph's checks there (``FactNode.backers``), else
    ``units.passages_for``'s. The summary took the graph's sources but the unit's passages, so an outlet cited
    through a sentence outside the unit had no passage, and one inside it was shown with another of its sentences
    than the one that backs the fact (editor read, stop 35: row 103's second summary item cited an outlet with no
    passage; row 102's S2, S5 and S8 too)."""
    found = units.passages_for(i, story)
    item = (whole_items or {}).get(i)
    if graph is not None and item is not None:
        node = graph.facts[graph.fact_of_claim[item]]
        if node.representative == item:
            found.update({a: story.sentences[graph.claims[c].sentence].text for a, c in node.backers.items()})
    return {a: found[a] for a in sources if a in found}
