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
from newsfuse.align.facts import Backing, backers, cited_sources, phrase_backers, read_actors
from newsfuse.align.units import UnitMap
from newsfuse.nlp.models import Parser
from newsfuse.records import AnalysedStory, FactGraph


def shown_sources(
    story: AnalysedStory,
    units: UnitMap,
    shown: list[int],
    parse: Parser,
    backing: Backing | None = None,
    whole_items: dict[int, int] | None = None,
    graph: FactGraph | None = None,
) -> dict[int, list[str]]:
    """The outlets each shown sentence cites, wherever the brief shows it (summary, timeline, facts): one rule,
    the fact graph's. A sentence the graph shows whole as a fact's text cites that fact's sources (with
    ``graph``); one it holds whole as another item of a fact cites what the graph's checks let it cite as that
    fact's shown text (:func:`graph_checked`); a sentence split into claims, which no fact shows whole, its unit's
    sources less the outlets whose every backing member tells of other actors (:func:`actor_checked_sources`).

    Editor read, stop 40 (class 7, "one fact with two statuses"): the timeline cited a unit's sources, the summary
    the graph's or the unit's, and the facts the graph's, so one sentence was shown "[1]" in the summary beside
    "[1][2][3]" in the timeline (BASIL 2017 Kathy Griffin: "Kathy Griffin admitted Tuesday she "went too far" …"),
    or "single source" beside a corroborated copy of itself."""
    found = graph_checked(story, units, shown, parse, backing, whole_items, graph)
    rest = [i for i in shown if i not in found]
    found.update(actor_checked_sources(story, units, rest, parse, backing, whole_items) if rest else {})
    return {i: found[i] for i in shown}


def graph_checked(
    story: AnalysedStory,
    units: UnitMap,
    shown: list[int],
    parse: Parser,
    backing: Backing | None,
    whole_items: dict[int, int] | None,
    graph: FactGraph | None = None,
) -> dict[int, list[str]]:
    """For each of ``shown`` that the fact graph holds whole as one item (``whole_items``), the sources the graph
    would cite for it as its fact's shown text (align/facts.py ``cited_sources``: numbers, quotations, actors and
    what the cited sentence states), or with ``graph``, when it is that fact's shown text, the fact's sources.
    Beside a fact's own, only outlets of the sentence's unit (``units.sources_for``) are kept: the summary shows
    each cited outlet's sentence from the unit (:func:`cited_passages`), so the rule only takes outlets away."""
    if backing is None or backing.units is None or backing.story is None or not whole_items:
        return {}
    items, claims = backing.units, backing.story
    found: dict[int, list[str]] = {}
    todo: dict[int, int] = {}
    for i in shown:
        n = whole_items.get(i)
        if n is None:
            continue
        if graph is not None:
            node = graph.facts[graph.fact_of_claim[n]]
            if node.representative == n and node.sources:
                found[i] = list(node.sources)
                continue
        todo[i] = n
    if not todo:
        return found
    near: dict[int, list[int]] = {}
    for n in todo.values():
        members = items.units[items.unit_of[n]].members
        near[n] = backers(claims, items, members, n, backing) + phrase_backers(claims, items, members, n, backing)
    backing.read_actors(claims, sorted({k for n, js in near.items() for k in (n, *js)}), parse)
    for i, n in todo.items():
        sources = cited_sources(claims, items, items.units[items.unit_of[n]].members, n, backing)[0]
        allowed = set(units.sources_for(i, story))
        found[i] = [story.sentences[i].article_id, *(a for a in sources[1:] if a in allowed)]
    return found


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
    the actors the fact graph read, and of sentences it holds whole its test of what a sentence states; a
    sentence the graph holds whole is cited by the graph's own rule (:func:`graph_checked`)."""
    checked = graph_checked(story, units, shown, parse, backing, whole_items)
    shown = [i for i in shown if i not in checked]
    cited = {i: units.sources_for(i, story) for i in shown}
    backed: dict[int, dict[str, list[int]]] = {}
    for i, sources in cited.items():
        others = set(sources[1:])
        by_article: dict[str, list[int]] = {}
        for j in units.units[units.unit_of[i]].members:
            article = story.sentences[j].article_id
            if article in others and units.similarity[i, j] >= units.threshold:
                by_article.setdefault(article, []).append(j)
        backed[i] = by_article
    todo = sorted({*shown, *(j for found in backed.values() for js in found.values() for j in js)})
    if not any(backed.values()):
        return {**checked, **cited}
    held = {i: n for i, n in (whole_items or {}).items() if i in set(todo)} if backing is not None else {}
    actors = backing.sentence_actors(held, parse) if backing is not None else {}
    actors.update(read_actors(story, [i for i in todo if i not in actors], parse))

    def same(j: int, i: int) -> bool:
        if backing is not None and not backing.member_tells(units, j, i):  # off unless ``member_sure`` is set
            return False
        # off unless ``act_check_below`` is set: a member telling another act (align/act_check.py)
        acts = backing.acts if backing is not None else None
        shown, member = story.sentences[i].text, story.sentences[j].text
        if acts is not None and acts.refuses(float(units.similarity[i, j]), shown, member):
            return False
        if not same_actors(actors.get(i, NONE), actors.get(j, NONE), shown, member):
            return False
        # both held whole by the graph: its test of what a sentence states too (align/citation_check.py), so a
        # summary sentence cites no outlet whose sentence only shares its words ("Still others avoid the topic
        # because they suffer from racial fatigue." cited to "But he said it was still relevant.", editor read,
        # stop 35, row 102)
        if backing is None or backing.story is None or i not in held or j not in held:
            return True
        return backing.states(backing.story, held[j], held[i])

    for i, sources in cited.items():
        kept = [a for a in sources[1:] if a not in backed[i] or any(same(j, i) for j in backed[i][a])]
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
