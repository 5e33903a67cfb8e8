"""NLP stage: sentences, entity mentions and sentence embeddings from the packaged models."""

from newsfuse.nlp.analyse import AnalysedStory, analyse
from newsfuse.nlp.models import Models

__all__ = ["AnalysedStory", "Models", "analyse"]
