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
    "names_new",  # share of the names the article is about (features.main_names) that the story never named
    "key_names_missing",  # share of the names half the story's articles are about that the article does not name
)


@dataclass(frozen=True)
class Decision:
    name: str
    weights: tuple[float, ...]
    bias: float
    threshold: float  # join the best story when P(same story) >= threshold

    def probability(self, features: np.ndarray) -> np.ndarray:
        """P(same story) per row of ``features`` (columns in ``FEATURES`` order). A decision fitted
        before later features were added weighs only the first ``len(weights)`` columns."""
        rows = np.asarray(features, dtype=np.float64)
        z = rows[..., : len(self.weights)] @ np.asarray(self.weights) + self.bias
        return np.asarray(1.0 / (1.0 + np.exp(-z)))

    def save(self, path: Path) -> None:
        data = {**asdict(self), "features": FEATURES[: len(self.weights)]}
        path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


# by ClusterParams.representation; the cascade decides with the learnt vectors' decision where it is sure
DECISION_FILES = {
    "minilm": "decision.json",
    "static": "decision-static.json",
    "learnt": "decision-learnt.json",
    "cascade": "decision-learnt.json",
}


def load_decision(path: Path | None = None, representation: str = "minilm") -> Decision:
    """The shipped decision for the article vectors in use (``path``: another file)."""
    if path is None and representation not in DECISION_FILES:
        raise ValueError(f"no decision for representation {representation!r}; known: {sorted(DECISION_FILES)}")
    text = (
        path.read_text("utf-8")
        if path
        else resources.files(__package__).joinpath(DECISION_FILES[representation]).read_text()
    )
    data = json.loads(text)
    named = tuple(data.get("features", ()))
    if not named or named != FEATURES[: len(named)] or len(data["weights"]) != len(named):
        raise ValueError(f"decision weights are for features {named}, expected the first ones of {FEATURES}")
    return Decision(
        str(data["name"]), tuple(float(w) for w in data["weights"]), float(data["bias"]), float(data["threshold"])
    )


def fit(rows: np.ndarray, labels: np.ndarray, name: str, threshold: float = 0.5) -> Decision:
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=1.0, max_iter=1000, class_weight="balanced")
    model.fit(rows, labels)
    return Decision(name, tuple(float(w) for w in model.coef_[0]), float(model.intercept_[0]), threshold)
