"""Fit the ``learnt`` representation's piece weights and map (``cluster/learnt.py``) against MiniLM.

    python -m bench.static_learn [--out src/newsfuse/cluster/static-learnt.npz] [--epochs N]

Training texts, tune side only (none of them is in ``bench clustering``'s Multi-News stories, the
paired streams' BASIL / NeuS / Multi-News stories, or the throughput bench's synthetic stream):
PolNeAR *train* articles (its bench reports on dev), the article-extraction pages' bodies, and the
MRPC train sentences. Each article gives its first 600 characters with its title (what the clusterer
embeds, ``features.embed_text``), the same from a few later paragraph starts, and two single paragraphs;
MRPC gives short sentences. Targets: MiniLM's embedding of each text (``Models().embedder``; ~10 min of
CPU for the ~16k texts). A tenth of the texts is held out and the fit reports the cosine of the
held-out texts' learnt vectors to MiniLM's, and the correlation of their pairwise similarities.

The fit: the map starts from ridge regression of MiniLM's vectors on the unit-length SIF-pooled piece
vectors (``static.piece_weights``), the weights from those SIF weights; then Adam on the mean cosine
loss moves both (weights kept >= 0; pieces never seen keep theirs). Seeded: the same corpus and
targets give the same file.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bench.paths import shared_dir

OUT = Path(__file__).resolve().parents[1] / "src" / "newsfuse" / "cluster" / "static-learnt.npz"
WINDOWS = {"polnear": 7, "extraction": 5}  # 600-character windows per article
SEED = 57


def _windows(title: str | None, body: str, limit: int, rng: random.Random) -> list[str]:
    from newsfuse.cluster.features import embed_text

    paragraphs = [p.strip() for p in re.split(r"\n", body) if len(p.strip()) > 40]
    out = [embed_text(title, body)]
    starts = list(range(1, len(paragraphs)))
    rng.shuffle(starts)
    out += [embed_text(None, "\n".join(paragraphs[k:])) for k in starts[: limit - 1]]
    out += [p[:600] for p in rng.sample(paragraphs, min(2, len(paragraphs)))]
    return out


def corpus(root: Path | None = None) -> list[str]:
    """The training texts, deduplicated, in a seeded shuffle."""
    bench = (root or shared_dir()) / "bench"
    rng = random.Random(SEED)
    texts: list[str] = []
    for path in sorted((bench / "polnear" / "train" / "text").glob("*.txt")):
        title, _, body = path.read_text("utf-8").partition("\n")
        texts += _windows(title.strip(), body.strip(), WINDOWS["polnear"], rng)
    pages = json.loads((bench / "article-extraction" / "ground-truth.json").read_text("utf-8"))
    for page in pages.values():
        body = page.get("articleBody") or ""
        if len(body) > 200:
            texts += _windows(None, body, WINDOWS["extraction"], rng)
    for line in (bench / "mrpc" / "train.txt").read_text("utf-8-sig").splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) == 5:
            texts += [parts[3], parts[4]]
    unique = list(dict.fromkeys(t for t in texts if t))
    random.Random(5).shuffle(unique)
    return unique


@dataclass
class Fitted:
    weights: np.ndarray  # per word piece
    matrix: np.ndarray  # 384 x 384
    bias: np.ndarray  # 384
    held_cosine: float  # mean cosine of held-out texts to MiniLM
    held_pairwise: float  # correlation of held-out pairwise similarities with MiniLM's


def _unit(a: np.ndarray) -> np.ndarray:
    return a / np.maximum(np.linalg.norm(a, axis=1, keepdims=True), 1e-9)


def pairwise_agreement(vectors: np.ndarray, targets: np.ndarray) -> float:
    """Correlation of the pairwise cosines of ``vectors`` with those of ``targets`` (rotation-free:
    the ``static`` table's PCA rotation does not change it)."""
    a, b = _unit(vectors), _unit(targets)
    upper = np.triu_indices(len(a), 1)
    return float(np.corrcoef((a @ a.T)[upper], (b @ b.T)[upper])[0, 1])


def fit(
    counts: object, targets: np.ndarray, table: np.ndarray, weights: np.ndarray, epochs: int = 20, lr: float = 1e-3
) -> Fitted:
    """``counts``: scipy CSR (texts x pieces); ``table``: the centred piece vectors."""
    import scipy.sparse as sp

    x = sp.csr_matrix(counts)
    rng = np.random.default_rng(SEED)
    order = rng.permutation(x.shape[0])
    held, train = np.sort(order[: x.shape[0] // 10]), np.sort(order[x.shape[0] // 10 :])
    real = weights > 0
    w = weights.astype(np.float32).copy()

    def pooled(rows: np.ndarray) -> np.ndarray:
        return np.asarray(x[rows] @ (w[:, None] * table), dtype=np.float32)

    q = _unit(pooled(train))
    qb = np.hstack([q, np.ones((len(q), 1), np.float32)])
    gram = qb.T @ qb + 0.1 * np.diag(np.r_[np.ones(q.shape[1]), 0.0])
    solved = np.linalg.solve(gram, qb.T @ targets[train])
    params = {"w": w, "m": solved[:-1].astype(np.float32), "b": solved[-1].astype(np.float32)}
    first = {k: np.zeros_like(v) for k, v in params.items()}
    second = {k: np.zeros_like(v) for k, v in params.items()}
    step = 0
    for _ in range(epochs):
        shuffled = train[rng.permutation(len(train))]
        for start in range(0, len(shuffled), 1024):
            rows = shuffled[start : start + 1024]
            xb, y = x[rows], targets[rows]
            weighted = w[:, None] * table
            p = np.asarray(xb @ weighted)
            p_norm = np.linalg.norm(p, axis=1, keepdims=True) + 1e-9
            q = p / p_norm
            z = q @ params["m"] + params["b"]
            z_norm = np.linalg.norm(z, axis=1, keepdims=True) + 1e-9
            zn = z / z_norm
            d_zn = -y / len(rows)  # loss: mean(1 - cos(z, y)), y unit length
            d_z = (d_zn - zn * np.sum(d_zn * zn, axis=1, keepdims=True)) / z_norm
            d_q = d_z @ params["m"].T
            d_p = (d_q - q * np.sum(d_q * q, axis=1, keepdims=True)) / p_norm
            grads = {"m": q.T @ d_z, "b": d_z.sum(axis=0), "w": np.sum(np.asarray(xb.T @ d_p) * table, axis=1)}
            step += 1
            for key, value in params.items():
                first[key] = 0.9 * first[key] + 0.1 * grads[key]
                second[key] = 0.999 * second[key] + 0.001 * grads[key] ** 2
                value -= lr * (first[key] / (1 - 0.9**step)) / (np.sqrt(second[key] / (1 - 0.999**step)) + 1e-8)
            np.maximum(w, 0.0, out=w)
            w[~real] = 0.0
    predicted = _unit(pooled(held)) @ params["m"] + params["b"]
    cosine = float(np.mean(np.sum(_unit(predicted) * targets[held], axis=1)))
    sample = held[: min(len(held), 800)]
    agreement = pairwise_agreement(predicted[: len(sample)], targets[sample])
    return Fitted(w, params["m"], params["b"], cosine, agreement)


def main() -> None:
    import scipy.sparse as sp
    from tokenizers import Tokenizer

    from newsfuse.cluster.learnt import RAW_VERSION, centred
    from newsfuse.cluster.static import cache_dir, cached_table, model_vocab, piece_vectors, piece_weights, table_key
    from newsfuse.nlp import Models
    from newsfuse.nlp.encoder import NumpyMiniLM, model_dir

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--epochs", type=int, default=20)
    parser.add_argument("--targets", type=Path, help="MiniLM's vectors of the corpus, kept here (.npy) and reused")
    args = parser.parse_args()
    start = time.process_time()
    texts = corpus()
    if args.targets and args.targets.is_file() and len(np.load(args.targets)) == len(texts):
        targets = np.load(args.targets)
    else:
        embedder = Models().embedder
        targets = np.vstack([embedder.encode(texts[i : i + 256]) for i in range(0, len(texts), 256)])
        if args.targets:
            np.save(args.targets, targets)
    print(f"{len(texts)} texts embedded by MiniLM, CPU {time.process_time() - start:.0f} s", flush=True)
    model = model_dir()
    sif = piece_weights(model_vocab(model))
    path = cache_dir() / f"static-minilm-raw-{table_key(model, RAW_VERSION)}.npy"
    table = centred(cached_table(path, lambda: piece_vectors(NumpyMiniLM(model))), sif > 0)
    tokenizer = Tokenizer.from_file(str(model / "tokenizer.json"))
    tokenizer.no_truncation()
    ids = [e.ids for e in tokenizer.encode_batch(texts, add_special_tokens=False)]
    rows = np.repeat(np.arange(len(ids)), [len(i) for i in ids])
    counts = sp.csr_matrix(
        (np.ones(len(rows), np.float32), (rows, np.concatenate(ids))), shape=(len(ids), table.shape[0])
    )
    fitted = fit(counts, targets, table, sif, epochs=args.epochs)
    np.savez_compressed(args.out, weights=fitted.weights, matrix=fitted.matrix, bias=fitted.bias)
    print(
        f"held-out cosine to MiniLM {fitted.held_cosine:.4f}, pairwise-similarity correlation "
        f"{fitted.held_pairwise:.4f}; wrote {args.out} ({args.out.stat().st_size / 2**20:.2f} MB), "
        f"CPU {time.process_time() - start:.0f} s"
    )


if __name__ == "__main__":
    main()
