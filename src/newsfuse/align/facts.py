"""Facts of the brief: one per information unit, with its status.

- ``disputed``: a sentence of the unit makes a claim that is part of a conflict;
- ``corroborated``: at least two independent sources report it (a copy adds nothing);
- ``single_source``: only one independent source reports it.

Every corroborated and disputed unit becomes a fact; single-source units are many (most of a
long article), so only the most central, self-contained ones are kept.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from newsfuse.align.units import UnitMap, one_per_origin
from newsfuse.nlp.clarity import clarity, display_text
from newsfuse.options import AlignOptions
from newsfuse.records import AnalysedStory, Fact


@dataclass
class UnitView:
    """What the later stages need to know about one unit."""

    representative: int  # sentence index of the clearest wording
    sources: list[str]  # every source with a sentence in the unit
    independent: list[str]
    status: str


def representative(story: AnalysedStory, members: list[int], centrality: np.ndarray, typical: np.ndarray) -> int:
    """The clearest complete sentence that best stands for the unit (clarity x typicality);
    centrality and earlier position break ties."""

    def key(i: int) -> tuple[float, float, str, int]:
        s = story.sentences[i]
        value = clarity(display_text(s.text)) * float(typical[i])
        return (-round(value, 3), -round(float(centrality[i]), 3), s.article_id, s.index)

    return min(members, key=key)


def story_centrality(story: AnalysedStory) -> np.ndarray:
    if len(story.sentences) == 0:
        return np.zeros(0)
    centroid = story.embeddings.mean(axis=0)
    centroid = centroid / (np.linalg.norm(centroid) or 1.0)
    return np.asarray(story.embeddings @ centroid, dtype=np.float64)


def unit_views(
    story: AnalysedStory, units: UnitMap, disputed: set[int], copy_of: dict[str, str | None]
) -> list[UnitView]:
    centrality = story_centrality(story)
    typical = units.typicality()
    views = []
    for unit in units.units:
        rep = representative(story, unit.members, centrality, typical)
        sources = units.sources_for(rep, story)
        # Support is counted over the sources that back the representative sentence itself (not
        # every unit member: one may give another figure), a copy and its origin counting once.
        independent = one_per_origin(sources, copy_of)
        if any(i in disputed for i in unit.members):
            status = "disputed"
        elif len(independent) >= 2:
            status = "corroborated"
        else:
            status = "single_source"
        views.append(UnitView(rep, sources, independent, status))
    return views


def build_facts(story: AnalysedStory, views: list[UnitView], params: AlignOptions | None = None) -> list[Fact]:
    params = params or AlignOptions()
    centrality = story_centrality(story)
    chosen: list[tuple[int, int, float, int]] = []  # (status rank, -support, -centrality, position)
    singles: list[tuple[float, int]] = []
    for u, view in enumerate(views):
        text = display_text(story.sentences[view.representative].text)
        if clarity(text) < params.min_fact_clarity:
            continue
        if view.status == "single_source":
            singles.append((-float(centrality[view.representative]), u))
        else:
            chosen.append((u, 0, 0.0, 0))
    singles.sort()
    keep = [u for u, *_ in chosen] + [u for _, u in singles[: params.max_single_source]]
    rank = {"disputed": 0, "corroborated": 1, "single_source": 2}
    keep.sort(key=lambda u: (rank[views[u].status], -len(views[u].independent), views[u].representative))
    facts = []
    for u in keep[: params.max_facts]:
        view = views[u]
        facts.append(
            Fact(
                text=display_text(story.sentences[view.representative].text),
                sources=list(view.sources),
                status=view.status,  # type: ignore[arg-type]
            )
        )
    return facts
