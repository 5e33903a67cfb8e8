"""Cluster stage: group a stream of articles into stories, online and time-aware."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsfuse.cluster.bcubed import bcubed
from newsfuse.cluster.decision import Decision, load_decision
from newsfuse.cluster.online import ClusterParams, OnlineClusterer, StreamItem

if TYPE_CHECKING:
    from newsfuse.nlp.models import Embedder, Models


def embedder_for(params: ClusterParams, models: Models) -> Embedder:
    """The article vectors ``params.representation`` names: the distilled static table (built and
    cached on first use, ``cluster/static.py``), the same piece vectors with the weights and map learnt
    against MiniLM (``cluster/learnt.py``), those with the MiniLM encoder of ``models`` asked where their
    decision is unsure (``cluster/cascade.py``), or the MiniLM encoder alone."""
    if params.representation == "static":
        from newsfuse.cluster.static import StaticEmbedder

        return StaticEmbedder.load()
    if params.representation == "learnt":
        from newsfuse.cluster.learnt import LearntEmbedder

        return LearntEmbedder.load()
    if params.representation == "cascade":
        from newsfuse.cluster.cascade import CascadeEmbedder
        from newsfuse.cluster.learnt import LearntEmbedder

        return CascadeEmbedder(LearntEmbedder.load(), models.embedder)
    return models.embedder


__all__ = [
    "ClusterParams",
    "Decision",
    "OnlineClusterer",
    "StreamItem",
    "bcubed",
    "embedder_for",
    "load_decision",
]
