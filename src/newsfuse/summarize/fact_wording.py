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
first of its backing claims (``FactNode.backers``, in the fact's source order) that stands alone and tells the
same claim by its words (``_holds``); that claim's
source is then cited first, the rest keep their order. The backers passed the same-fact checks against the shown
claim, so every cited source still backs the text. A fact shown by a joined quotation, or with no backer that
stands alone, keeps its text, and so does one whose backer already shows another fact (two facts of one wording).
"""

from __future__ import annotations

from dataclasses import replace

from newsfuse.align.story_pairs import content_words
from newsfuse.nlp.clarity import clarity
from newsfuse.records import Fact, FactGraph
from newsfuse.summarize.standalone import needs_context

# How close the other wording must be. A backer passes the citation checks by the words it shares, and can tell a
# neighbouring claim or more than the shown one, which the shown sentence's source would then be cited for. So the
# other wording holds at least half of the shown sentence's content words (light stems, numbers: "The symptoms --
# fever, headache, nausea, vomiting, and rash -- can mimic a lot of viruses, she said." is backed by "There is
# usually a sudden onset of fever, fatigue, headache, and muscle soreness.", 2 of 8), the shown sentence holds at
# least 0.4 of the other's ("The couple was accused of satanic and ritual abuse …" against "Dan and Fran Keller, who
# spent more than 21 years in prison after …, were freed in 2013.": 0.23), and the other adds no number ("They'll
# also receive a matching annuity …" against "The state's … fund pays $80,000 for each year in prison, plus a
# matching annuity …": the first source never gave the $80,000). Gold tune rows 159 and 152 lost a fact and gained a
# wrong citation before these; row 122's two tellings share 0.65 / 0.43 and no new number.
SHOWN_WORDS = 0.5
OTHER_WORDS = 0.4


def _holds(other: str, shown: str) -> bool:
    mine, theirs = content_words(shown), content_words(other)
    common = len(mine & theirs)
    added = {w for w in theirs - mine if w[:1].isdigit()}
    return bool(mine) and common >= SHOWN_WORDS * len(mine) and common >= OTHER_WORDS * len(theirs) and not added


def standing_wording(facts: list[Fact], graph: FactGraph, speakerless: set[int]) -> list[Fact]:
    """``facts`` with each one that needs context shown by a backing claim that stands alone (module doc).
    ``speakerless`` (sentence indices, ``nlp.quoted.speakerless_sentences``): someone's words with no speaker in
    them, never another wording: "Congressman Grimm asserts his innocence of any wrongdoing." is a line of his
    lawyer's statement that one outlet printed whole (gold tune basil-2014-33521e65); shown alone it would be the
    brief's own claim. A backer the clarity test rejects (a quotation the sentence splitter cut open) is none
    either."""
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
                and graph.claims[node.backers[source]].sentence not in speakerless
                and clarity(graph.claims[node.backers[source]].display) > 0
                and graph.claims[node.backers[source]].display not in shown
                and _holds(graph.claims[node.backers[source]].display, fact.text)
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
