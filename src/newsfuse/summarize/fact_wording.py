"""Which source's wording shows a fact that several sources report.

The align stage shows each fact by the claim that best stands for its unit (``align.facts.representative``:
clarity x typicality). Its clarity reads the sentence's shape, not whether it names what it talks about, so a
source's sentence that opens on someone named elsewhere can show a fact another source tells in full. Editor
read, stop 37, Multi-News row 122: the family's page "On November 3rd, 2017, our beloved Elijah … was given a
grilled cheese sandwich …, despite them knowing …" showed the story's central fact, backed by ABC's "Elijah, 3,
was at the Seventh Avenue Center … when a supervising adult allegedly gave him a grilled cheese sandwich …"; the
Markdown facts section leaves a fact that cannot stand alone to the JSON (``render.markdown.top_facts``), so the
reader saw the fact in neither place.

Here a fact whose shown text needs context (``summarize.standalone.needs_context``) is shown instead by the
first of its backing claims (``FactNode.backers``, in the fact's source order) that stands alone; that claim's
source is then cited first, the rest keep their order. The backers passed the same-fact checks against the shown
claim, so every cited source still backs the text. A fact shown by a joined quotation, or with no backer that
stands alone, keeps its text, and so does one whose backer already shows another fact (two facts of one wording).
"""

from __future__ import annotations

from dataclasses import replace

from newsfuse.records import Fact, FactGraph
from newsfuse.summarize.standalone import needs_context


def standing_wording(facts: list[Fact], graph: FactGraph) -> list[Fact]:
    """``facts`` with each one that needs context shown by a backing claim that stands alone (module doc)."""
    nodes = {node.id: node for node in graph.facts}
    shown = {fact.text for fact in facts}  # a wording another fact shows already would show one fact twice
    result = []
    for fact in facts:
        node = nodes.get(fact.id or "")
        if node is None or fact.text != graph.claims[node.representative].display or not needs_context(fact.text):
            result.append(fact)
            continue
        other = next(
            (
                (source, graph.claims[node.backers[source]].display)
                for source in fact.sources
                if source in node.backers
                and graph.claims[node.backers[source]].display not in shown
                and not needs_context(graph.claims[node.backers[source]].display)
            ),
            None,
        )
        if other is None:
            result.append(fact)
            continue
        source, text = other
        shown.add(text)
        result.append(replace(fact, text=text, sources=[source, *(s for s in fact.sources if s != source)]))
    return result
