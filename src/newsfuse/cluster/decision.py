"""The "same story or new story?" decision: logistic regression on similarity features between an
arriving article and its best candidate story.

The weights ship as ``decision.json`` (version in its name field); ``newsfuse bench clustering
--train`` refits them on the tuning half of the Multi-News stories and reports on the other half.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path

import numpy as np

FEATURES = (
    "emb_centroid",  # cosine of the article embedding to the story's mean embedding
    "emb_max",  # best cosine to one of the story's recent articles
    "tfidf_centroid",  # TF-IDF cosine to the story's summed vector
    "tfidf_max",  # best TF-IDF cosine to one of the story's recent articles
    "title",  # Jaccard of title words with the story's titles (0 when either has none)
    "names",  # share of the article's capitalised names already seen in the story
    "gap_days",  # log(1 + days since the story's latest article), 0 when times are unknown
    "size",  # log of the story's article count
)


@dataclass(frozen=True)
class Decision:
    name: str
    weights: tuple[float, ...]
    bias: float
    threshold: float  # join the best story when P(same story) >= threshold

    def probability(self, features: np.ndarray) -> np.ndarray:
        z = np.asarray(features, dtype=np.float64) @ np.asarray(self.weights) + self.bias
        return np.asarray(1.0 / (1.0 + np.exp(-z)))

    def save(self, path: Path) -> None:
        path.write_text(json.dumps({**asdict(self), "features": FEATURES}, indent=2) + "\n", encoding="utf-8")


def load_decision(path: Path | None = None) -> Decision:
    text = path.read_text("utf-8") if path else resources.files(__package__).joinpath("decision.json").read_text()
    data = json.loads(text)
    if tuple(data.get("features", ())) != FEATURES:
        raise ValueError(f"decision weights are for features {data.get('features')}, expected {FEATURES}")
    return Decision(
        str(data["name"]), tuple(float(w) for w in data["weights"]), float(data["bias"]), float(data["threshold"])
    )


def fit(rows: np.ndarray, labels: np.ndarray, name: str, threshold: float = 0.5) -> Decision:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1.0, max_iter=1000, class_weight="balanced")
    model.fit(rows, labels)
    return Decision(name, tuple(float(w) for w in model.coef_[0]), float(model.intercept_[0]), threshold)
