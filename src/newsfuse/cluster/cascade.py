"""The ``cascade`` representation: learnt vectors decide every join they are sure of, MiniLM only the rest.

The ``learnt`` vectors (``cluster/learnt.py``) cost ~1.3 ms an article and score 0.016 of B-cubed F1
under MiniLM (~38 ms an article) on the Multi-News report half (docs/speed.md, stop 57). Most of an
article's decisions are far from the learnt decision's threshold, where both representations agree;
the cascade asks MiniLM only when the learnt decision's best probability falls in a band around its
threshold: the article alone is then encoded by MiniLM (at most once: its vector is kept on it),
``emb_centroid`` / ``emb_max`` are computed against the likeliest stories' recent members (each by its
MiniLM vector if it was asked itself, else by its learnt one), and the shipped MiniLM decision
(``decision.json``) decides. At 200 articles per CPU-second a MiniLM vector fits for ~1 article in 10:
the band is what the budget is spent on (``ClusterParams.cascade_*``, chosen by tune-half
cross-validation). Measured (docs/speed.md, stop 58): report half F1 0.860 (learnt 0.855, MiniLM
0.871), paired stream 0.865 (learnt 0.878), ~190 articles per CPU-second at load: opt-in, the goal not met.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from newsfuse.cluster.decision import Decision, load_decision
from newsfuse.nlp.models import Embedder


@dataclass
class CascadeCounts:
    """What the cascade did on a stream: decisions asked again, texts MiniLM encoded, joins changed."""

    asked: int = 0
    encoded: int = 0
    changed: int = 0


class CascadeEmbedder:
    """The fast (learnt) vectors for everything the clusterer stores and searches, and the ``fine``
    (MiniLM) encoder with its own decision for the unsure band. Implements ``nlp.models.Embedder``
    (``encode`` gives the fast vectors); ``OnlineClusterer`` sees ``fine`` and asks it in the band."""

    representation = "cascade"  # the fast part's decision: decision-learnt.json (cluster/decision.py)

    def __init__(self, fast: Embedder, fine: Embedder, fine_decision: Decision | None = None) -> None:
        if fast.dimension != fine.dimension:
            raise ValueError(f"fast vectors of {fast.dimension} and fine of {fine.dimension}: not one space")
        self.fast = fast
        self.fine = fine
        self.fine_decision = fine_decision or load_decision(representation="minilm")
        self.counts = CascadeCounts()

    @property
    def dimension(self) -> int:
        return self.fast.dimension

    def encode(self, texts: list[str]) -> np.ndarray:
        return self.fast.encode(texts)

    def encode_fine(self, texts: list[str]) -> np.ndarray:
        self.counts.encoded += len(texts)
        return self.fine.encode(texts)
