"""NLP stage: sentences, entity mentions and sentence embeddings from the packaged models."""

from newsfuse.nlp.analyse import analyse
from newsfuse.nlp.models import Models
from newsfuse.records import AnalysedStory

__all__ = ["AnalysedStory", "Models", "analyse"]
