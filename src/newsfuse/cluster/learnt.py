"""Static vectors learnt against MiniLM's own article embeddings: the ``learnt`` representation.

The ``static`` table (``cluster/static.py``) runs each word piece through MiniLM *alone*, so an article's
vector (a weighted mean of its pieces) agrees with MiniLM's own embedding of the article only loosely
(pairwise-similarity correlation ~0.53 on held-out texts, docs/speed.md stop 57), and clustering with it
loses 0.04 of F1. Here the same piece vectors are kept, and two small things are *learnt* so that the
pooled vector lands near MiniLM's embedding of the whole text (tokenlearn's idea, without its 47 MB
table):

- a weight per word piece (replacing the Zipf/SIF guess; pieces the corpus never showed keep it), and
- a linear map with a bias (384 x 384) from the unit-length pooled vector to MiniLM's space,

fitted by ``bench/static_learn.py`` on tune-side texts only (PolNeAR train articles, the
article-extraction pages, MRPC train sentences; never the clustering benches' Multi-News, BASIL or
NeuS stories) against MiniLM's embeddings of them, cosine loss. They ship as ``static-learnt.npz``
(~0.7 MB); the piece vectors are built from the installed model on first use and cached (no PCA: the
map was fitted on these exact, unrotated vectors), so nothing is downloaded and the repository holds no
table. Per article it is one table lookup and a 384 x 384 product: the same cost class as ``static``,
and the same memory (one 47 MB table).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from newsfuse.cluster.static import (
    StaticEmbedder,
    cache_dir,
    cached_table,
    model_vocab,
    numpy_encoder,
    piece_vectors,
    piece_weights,
    table_key,
)

if TYPE_CHECKING:
    from newsfuse.nlp.encoder import NumpyMiniLM

RAW_VERSION = "newsfuse.static-minilm-raw/1"  # the pieces' encoder outputs, unrotated
PARAMS_FILE = "static-learnt.npz"


def centred(raw: np.ndarray, real: np.ndarray) -> np.ndarray:
    """The piece vectors less their mean over the real pieces (the direction every piece shares)."""
    return np.asarray(raw - raw[real].mean(axis=0), dtype=np.float32)


class LearntEmbedder(StaticEmbedder):
    """``StaticEmbedder``'s weighted mean of piece vectors (learnt weights), then the learnt map to
    MiniLM's space, unit length. Implements ``nlp.models.Embedder``; thread-safe."""

    representation = "learnt"  # its own fitted decision (cluster/decision.py)

    def __init__(
        self, table: np.ndarray, weights: np.ndarray, matrix: np.ndarray, bias: np.ndarray, tokenizer_file: Path
    ) -> None:
        super().__init__(table, weights, tokenizer_file)
        if matrix.shape != (table.shape[1], bias.shape[0]):
            raise ValueError(f"map {matrix.shape} does not fit table width {table.shape[1]} and bias {bias.shape}")
        self.matrix = matrix.astype(np.float32)
        self.bias = bias.astype(np.float32)

    @property
    def dimension(self) -> int:
        return int(self.bias.shape[0])

    @classmethod
    def load(cls, encoder: NumpyMiniLM | None = None) -> LearntEmbedder:
        """The learnt weights and map that ship with the package, over the packaged model's piece
        vectors (built and cached on first use, like the ``static`` table)."""
        from newsfuse.nlp.encoder import model_dir

        model = model_dir()
        real = piece_weights(model_vocab(model)) > 0
        path = cache_dir() / f"static-minilm-raw-{table_key(model, RAW_VERSION)}.npy"
        raw = cached_table(path, lambda: piece_vectors(encoder or numpy_encoder(model)))
        with resources.files(__package__).joinpath(PARAMS_FILE).open("rb") as handle:
            params = np.load(handle)
            weights, matrix, bias = params["weights"], params["matrix"], params["bias"]
        if weights.shape[0] != raw.shape[0]:
            raise ValueError(f"{PARAMS_FILE} has {weights.shape[0]} piece weights for a vocabulary of {raw.shape[0]}")
        return cls(centred(raw, real), weights.astype(np.float32), matrix, bias, model / "tokenizer.json")

    def encode(self, texts: list[str]) -> np.ndarray:
        """``normalise(normalise(sum w_i t_i) @ matrix + bias)``, each article's 384 x 384 product through
        ``np.einsum``'s own loop, not BLAS: a 64-article batch through one product woke OpenBLAS's threads on
        every call and took ~2 s more CPU on 2,000 articles than ``static`` (stop 57), and a pre-mapped copy
        of the piece table (``table @ matrix``, stop 57's fix) held 47 MB more for the same CPU and the
        same vectors (max difference 4e-7 on 2,000 articles; docs/speed.md, stop 58)."""
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, ids in enumerate(self.piece_ids(texts) if texts else []):
            if ids.size == 0:
                continue  # no pieces: a zero vector, not the bias's direction
            pooled = self.weights[ids] @ self.table[ids]
            norm = float(np.linalg.norm(pooled))
            if norm > 0:
                vector = np.einsum("i,ij->j", pooled / norm, self.matrix) + self.bias
                out[row] = vector / max(float(np.linalg.norm(vector)), 1e-12)
        return out
