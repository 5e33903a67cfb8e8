"""`newsfuse bench neus`: ROUGE of newsfuse against the neutral roundups of NeuS/AllSides
(left, centre and right article of one story → one neutral summary), beside the same baselines
as the Multi-News bench. The roundups are short (66 words on average), so every system fills a
70-word budget; nothing is tuned on this set.
"""

from __future__ import annotations

from bench.baselines import BASELINES
from bench.data import analysed_stories, neus
from bench.rouge import Scores, report, score_clusters
from newsfuse.nlp import Models
from newsfuse.options import Options

BUDGET = 70


def run(options: Options, models: Models, limit: int | None = None, budget: int = BUDGET) -> tuple[Scores, str]:
    clusters = neus(limit=limit)
    scores = score_clusters(
        analysed_stories(clusters, options, models), options, ("newsfuse", *BASELINES), budget, models.parse
    )
    return scores, report(scores, split=None)
