"""Cluster stage: group a stream of articles into stories, online and time-aware."""

from newsfuse.cluster.bcubed import bcubed
from newsfuse.cluster.decision import Decision, load_decision
from newsfuse.cluster.online import ClusterParams, OnlineClusterer, StreamItem

__all__ = ["ClusterParams", "Decision", "OnlineClusterer", "StreamItem", "bcubed", "load_decision"]
