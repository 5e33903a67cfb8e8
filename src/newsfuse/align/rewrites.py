"""Rewrites: an article that retells another article of the set, crediting it ("Mary Cheney … has taken to
Facebook …, The New York Times is reporting"), is not an independent source for what it retells.

Editor read b13 (stop 39, BASIL 2013, the Cheney sisters): Fox and HuffPost both retold the Times's report
and said so, yet the brief said "None detected among the 3 independent sources" and marked the shared facts
"corroborated": a reader was told three outlets confirmed what one outlet reported. ``copy_of`` (dedup) only
catches a text republished word for word; a rewrite has its own words.

Decisions:

- An article retells another when (1) its text credits that article's outlet with the report: "<Outlet>
  reports / reported / is reporting / first reported", "according to <Outlet>", "as (first) reported by
  <Outlet>", "…, <Outlet> reports" (``CREDIT``); the outlet is matched through ingest/outlet.py's ``OUTLETS``
  (the one table of outlet names) against the other articles' ``Article.outlet`` (metadata, or
  ``ingest.outlet.outlet_in_text``), and (2) most of its facts are the other article's too (``MIN_SHARED``: the
  share of the fact nodes its sentences belong to that the other article also backs). A report that credits
  another outlet once for one detail shares few of its facts and stays a report: precision first.
- A fact the report and its rewrites give is the report's alone; two rewrites of one report that both give a
  fact the report does not give are two sources for it (neither retells the other).
- An article is never said to retell an article of its own outlet (a follow-up by the same paper), nor one
  that is itself a copy (``copy_of`` already counts it with its origin).
- What follows (pipeline, render): a ``rewrite`` warning naming the retellers and the report they retell;
  a fact is ``corroborated`` only when two sources that are neither copies nor rewrites of one another back
  it (``independent_facts``); the citations stay (the rewrite does report the fact); the "None detected
  among the N independent sources" note counts a rewrite out. Since stop 40 the fact graph's own support
  (``FactNode.independent``: the facts' and the summary's ranking) and the conflicts count a rewrite as its
  report too (align/alignment.py makes them again when a story has rewrites: ``source_roots``,
  ``independent_sources``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from newsfuse.ingest.outlet import OUTLETS, SHORT_NAMES, outlet_key
from newsfuse.records import AnalysedStory, Article, BriefWarning, Fact, FactGraph

MIN_SHARED = 0.5  # share of a crediting article's facts the credited article also backs (measured: docs/synthesis.md)

_VERB = r"(?:(?:first |originally |also )?(?:reports|reported|is reporting|was reporting|has reported|had reported))"


def names_of(key: str, outlet: str, others: Sequence[str | None]) -> list[str]:
    """The names an article may credit the outlet ``key`` (given as ``outlet``) by; the short names
    ("the Times") only when no other outlet of the set shares them."""
    names = [n for n in OUTLETS.get(key, ()) if n not in SHORT_NAMES] or [outlet.strip()]
    for short, word in SHORT_NAMES.items():
        if short in OUTLETS.get(key, ()) and not any(o and word.lower() in o.lower() for o in others):
            names.append(short)
    return names


def credit_pattern(names: Sequence[str]) -> re.Pattern[str]:
    """Where a text credits one of ``names`` with what it reports (module docstring)."""
    # longest first, so "The New York Times" is matched whole; case matters except for a leading "the"
    alternation = "|".join(
        re.escape(n).replace("the\\ ", "[Tt]he\\ ", 1) if n.startswith("the ") else re.escape(n)
        for n in sorted(names, key=len, reverse=True)
    )
    outlet = rf"(?:(?:[Tt]he )?(?:{alternation}))"
    return re.compile(
        # "The Times reports", "the Times's Jane Roe reported"
        rf"\b{outlet}(?:['’]s? [A-Z][\w.]+(?: [A-Z][\w.]+)?)? {_VERB}\b"
        rf"|\b(?:[Aa]ccording to|(?:first |originally )?reported by|[Aa]s reported in|[Cc]iting) {outlet}\b"
        rf"|, {_VERB} {outlet}\b"  # "…, reported The New York Times"
    )


def credits(text: str, names: Sequence[str]) -> list[str]:
    """The credits in ``text`` naming one of ``names``, as written."""
    return [m.group(0) for m in credit_pattern(names).finditer(text)]


def fact_share(graph: FactGraph, story: AnalysedStory, source: str, other: str) -> float:
    """Share of the fact nodes a sentence of ``source`` belongs to that ``other`` also backs (is one of its
    sources, or has a sentence in it)."""
    own: dict[str, set[int]] = {}
    for k, node in enumerate(graph.facts):
        for c in node.claims:
            own.setdefault(story.sentences[graph.claims[c].sentence].article_id, set()).add(k)
    mine = own.get(source, set())
    if not mine:
        return 0.0
    theirs = own.get(other, set())
    shared = [k for k in mine if k in theirs or other in graph.facts[k].sources]
    return len(shared) / len(mine)


def find_rewrites(story: AnalysedStory, graph: FactGraph) -> dict[str, str]:
    """Article id -> id of the article of the set it retells (module docstring). When an article credits
    several, the one it shares most facts with; a chain (C retells B, B retells A) ends at its first report."""
    articles = [a for a in story.articles if a.copy_of is None]
    outlets = [a.outlet for a in story.articles]
    found: dict[str, str] = {}
    for article in articles:
        mine = outlet_key(article.outlet)
        best: tuple[float, str] | None = None
        for other in articles:
            key = outlet_key(other.outlet)
            if other is article or key is None or key == mine or other.outlet is None:
                continue
            rest = [o for o in outlets if outlet_key(o) != key]
            if not credits(article.text, names_of(key, other.outlet, rest)):
                continue
            share = fact_share(graph, story, article.id, other.id)
            if share >= MIN_SHARED and (best is None or share > best[0]):
                best = (share, other.id)
        if best is not None:
            found[article.id] = best[1]
    return {a: _first_report(a, found) for a in found if _first_report(a, found) != a}


def _first_report(article: str, retells: dict[str, str]) -> str:
    seen = {article}
    while article in retells and retells[article] not in seen:
        article = retells[article]
        seen.add(article)
    return article


def source_roots(articles: Sequence[Article], retells: Mapping[str, str]) -> dict[str, str | None]:
    """Article id -> the source it counts as (None: itself), as ``AnalysedStory.copy_of`` gives it, with a rewrite
    counted as the report it retells: what the conflicts compare and what the summary's support counts. A copy of a
    rewrite counts as the rewrite's report. Unlike :func:`independent_pair` this does not ask whether the report
    backs the same fact: a rewrite's figure is never set against its report's (a conflict between them is the
    report told twice), and the summary counts support per unit, where one root per outlet family is the rule."""
    out: dict[str, str | None] = {}
    for article in articles:
        root = article.copy_of or article.id
        root = retells.get(root, root)
        out[article.id] = root if root != article.id else None
    return out


def independent_sources(independent: Sequence[str], retells: Mapping[str, str]) -> list[str]:
    """``independent`` (a fact's sources, a copy counted with its origin) less each rewrite whose report is among
    them: the pairwise rule of :func:`independent_pair`, as a list (the fact graph's ``FactNode.independent``)."""
    held = set(independent)
    return [s for s in independent if retells.get(s) not in held]


def independent_pair(backers: Sequence[str], articles: Sequence[Article], retells: dict[str, str]) -> bool:
    """Whether two of ``backers`` count as two sources: a copy counts with its origin, and a rewrite with the
    report it retells when that report backs the fact too (the rewrite then retells it); two rewrites of one
    report that give a fact the report does not give are two sources for it."""
    copy_of = {a.id: a.copy_of for a in articles}
    roots = {copy_of.get(s) or s for s in backers}
    return len({retells[r] if retells.get(r) in roots else r for r in roots}) >= 2


def independent_facts(
    facts: list[Fact], graph: FactGraph, articles: Sequence[Article], retells: dict[str, str]
) -> list[Fact]:
    """``facts`` with a ``corroborated`` fact made ``single_source`` when no two of its independent sources are
    independent of one another (a report and its rewrites); their citations stay (the rewrite does report it)."""
    if not retells:
        return facts
    independent = {node.id: node.independent for node in graph.facts}
    out = []
    for fact in facts:
        backers = independent.get(fact.id or "", fact.sources)
        if fact.status == "corroborated" and not independent_pair(backers, articles, retells):
            fact = replace(fact, status="single_source")
        out.append(fact)
    return out


def rewrite_warnings(articles: Sequence[Article], retells: dict[str, str]) -> list[BriefWarning]:
    """One ``rewrite`` warning per retold report, naming its retellers (the warning's sources), in input order."""
    by_id = {a.id: a for a in articles}
    out = []
    for report in dict.fromkeys(retells[a.id] for a in articles if a.id in retells):
        tellers = [a.id for a in articles if retells.get(a.id) == report]
        outlet = by_id[report].outlet or "its outlet"
        named = names_of(outlet_key(outlet) or "", outlet, [])[0] if outlet_key(outlet) in OUTLETS else outlet
        many = len(tellers) > 1
        lead, say, who = (
            ("these sources retell", "they credit", "they") if many else ("this source retells", "it credits", "it")
        )
        message = (
            f"{lead} the report of source {report[1:]} ({say} {named}): a fact that only {who} and source "
            f"{report[1:]} give counts as one source's, not as corroborated"
        )
        out.append(BriefWarning("rewrite", message, tellers))
    return out
