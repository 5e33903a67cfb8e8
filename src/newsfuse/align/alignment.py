"""The align stage in one call: support, information units, conflicts and facts of a story."""

from __future__ import annotations

from dataclasses import dataclass

from newsfuse.align.conflicts import find_conflicts
from newsfuse.align.facts import UnitView, build_facts, unit_views
from newsfuse.align.support import SupportMap, support_map
from newsfuse.align.units import UnitMap, build_units
from newsfuse.options import Options
from newsfuse.records import AnalysedStory, Conflict, Fact


@dataclass
class Alignment:
    support: SupportMap
    units: UnitMap
    views: list[UnitView]
    facts: list[Fact]
    conflicts: list[Conflict]


def align(story: AnalysedStory, options: Options, copy_of: dict[str, str | None]) -> Alignment:
    params = options.align
    support = support_map(story, params.support_threshold)
    units = build_units(story, support, params)
    conflicts, disputed = find_conflicts(story, support, units, copy_of, params)
    views = unit_views(story, units, disputed, copy_of)
    facts = build_facts(story, views, params)
    return Alignment(support=support, units=units, views=views, facts=facts, conflicts=conflicts)
