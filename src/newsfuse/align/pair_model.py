"""The pair model: all-MiniLM-L6-v2 fine-tuned as a cross-encoder on MRPC, run by ONNX Runtime.

It reads both sentences at once (``[CLS] a [SEP] b [SEP]``, token types 0 / 1, at most
:data:`MAX_PAIR_TOKENS` tokens, the longer sentence cut first) so every word of one can attend to
every word of the other, which the pairwise features of :mod:`newsfuse.align.same_fact` cannot.
What was trained is small and ships as plain arrays in ``pair_model.npz`` (float16 adapters,
1.4 MB): a rank-16 adapter beside each of the 36 linear maps (``x @ W + (x @ A) @ B``), every
bias and LayerNorm, the token-type table and a logistic head over the [CLS] vector and the token
mean. Since stop 37 it is trained on both sentence orders and read both ways (``"symmetric"``),
chosen on a validation carved from the training pairs (docs/synthesis.md "Stop 37 — pair model").
The frozen weights are the packaged ``model.safetensors`` the sentence encoder reads; the
graph (``pair_model.onnx``, no weights, built by ``scripts/build_pair_graph.py``) takes every
array as an input, so ONNX Runtime reads them where they lie instead of copying them into a
session. Trained by ``scripts/train_pair_model.py`` (torch, training only).

Engine (stop 38, ``"engine": "int8"`` in the stored config, ``scripts/build_pair_graph.py --int8``):
each linear map runs as an int8 product (ONNX Runtime's ``DynamicQuantizeMatMul``), its matrix the
frozen map plus the adapter, quantized per output column here at load; the activations are quantized
per run, so an int8 model reads one pair per run (a batch would make a pair's logit depend on its
neighbours). Held-out fifth of MRPC train, stacked with the feature model: 0.853 / 0.795 F1 /
accuracy against 0.850 / 0.792 for the float graph; 23.8 against 43.8 ms of CPU a pair (both orders,
one thread, under load). A 3-layer student (``--layers 3``) costs 12.5 ms a pair in int8 but scores
0.836 / 0.762 stacked; reading one order (``"one_pass"``) 12.1 ms, 0.843 / 0.782: neither is
shipped (docs/synthesis.md "Stop 38 — pair model in the brief").

Cost: a full encoder pass per pair and order (~1 GFLOP for 50 tokens), so the story pipeline asks it only
about the pairs the cheap model is unsure of (:mod:`newsfuse.align.same_fact`,
``docs/synthesis.md`` "Stop 20 — same-fact model / MRPC"), and the summary not at all: a paraphrase
decision caught none of the repeated facts of gold tune (stop 38).
"""

from __future__ import annotations

import json
import threading
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

MAX_PAIR_TOKENS = 128
_BATCH_TOKENS = 2048  # padded tokens per run
_MAX_BATCH = 64


class PairModel:
    """Logits of "the second sentence states what the first does" for sentence pairs."""

    def __init__(self, weights: Path | None = None, threads: int | None = None, graph: Path | None = None) -> None:
        """``weights`` / ``graph``: a trained ``.npz`` / a graph other than the packaged ones (to try one)."""
        import onnxruntime as ort
        from tokenizers import Tokenizer

        from newsfuse.nlp import encoder

        source = weights or resources.files("newsfuse.align").joinpath("pair_model.npz")
        with source.open("rb") as f, np.load(f) as stored:
            trained = {k: stored[k] for k in stored.files}
        self.config: dict[str, Any] = json.loads(str(trained.pop("config")))
        scale = float(self.config["alpha"]) / int(self.config["rank"])
        directory = encoder.model_dir()
        model_config = json.loads((directory / "config.json").read_text())
        built = (graph or resources.files("newsfuse.align").joinpath("pair_model.onnx")).read_bytes()
        options = ort.SessionOptions()
        options.log_severity_level = 3
        options.intra_op_num_threads = threads if threads is not None else encoder._threads
        options.inter_op_num_threads = 1
        options.enable_cpu_mem_arena = False
        self._session = ort.InferenceSession(built, options, providers=["CPUExecutionProvider"])
        wanted = {i.name for i in self._session.get_inputs()} - {"input_ids", "token_type_ids", "attention_mask"}
        frozen = encoder.graph_weights(encoder._weights(directory), model_config)
        self._feeds = _feeds(wanted, trained, frozen, scale)
        # An int8 graph quantizes each matrix product's input with one scale for the whole batch, so a
        # pair's logit would depend on the pairs beside it (and on padding): it reads one pair a run.
        self._batch = 1 if any(n.endswith(".weight.q") for n in wanted) else _MAX_BATCH
        self._tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length=MAX_PAIR_TOKENS, strategy="longest_first")
        self._lock = threading.Lock()

    def logits(self, pairs: list[tuple[str, str]]) -> np.ndarray:
        """One logit per (first, second) pair, in the order given (> 0: the same fact). A model
        trained on both sentence orders (``"symmetric"`` in its config, ``--swap``) is read both
        ways and the two logits averaged, so the answer does not depend on which sentence comes
        first (twice the cost; the measured gain is in docs/synthesis.md "Stop 22 — MRPC")."""
        if self.config.get("symmetric") and self.config.get("one_pass"):
            # one pass, the two sentences in a fixed order (the smaller string first): still the same
            # answer for either order, at half the cost of reading both
            return self._one_order([(a, b) if a <= b else (b, a) for a, b in pairs])
        if self.config.get("symmetric") and pairs:
            both = self._one_order(list(pairs) + [(b, a) for a, b in pairs])
            return np.asarray((both[: len(pairs)] + both[len(pairs) :]) / 2)
        return self._one_order(pairs)

    def _one_order(self, pairs: list[tuple[str, str]]) -> np.ndarray:
        out = np.zeros(len(pairs), dtype=np.float64)
        if not pairs:
            return out
        with self._lock:
            encoded = [(e.ids, e.type_ids) for e in self._tokenizer.encode_batch(pairs)]
        order = sorted(range(len(pairs)), key=lambda k: len(encoded[k][0]))
        start = 0
        while start < len(order):
            longest = len(encoded[order[min(len(order), start + self._batch) - 1]][0])
            size = max(1, min(self._batch, _BATCH_TOKENS // max(1, longest)))
            batch = order[start : start + size]
            ids = np.zeros((len(batch), max(len(encoded[k][0]) for k in batch)), dtype=np.int64)
            types, mask = np.zeros_like(ids), np.zeros_like(ids)
            for row, k in enumerate(batch):
                tokens, kinds = encoded[k]
                ids[row, : len(tokens)] = tokens
                types[row, : len(tokens)] = kinds
                mask[row, : len(tokens)] = 1
            feeds = {"input_ids": ids, "token_type_ids": types, "attention_mask": mask, **self._feeds}
            out[batch] = self._session.run(["logit"], feeds)[0]
            start += size
        return out


def _feeds(
    wanted: set[str], trained: dict[str, np.ndarray], frozen: dict[str, np.ndarray], scale: float
) -> dict[str, np.ndarray]:
    """The arrays the graph reads, by name: trained ones from the ``.npz``, the rest from the frozen
    encoder. An int8 graph (inputs ``<map>.weight.q`` / ``.weight.scale``) reads each linear map as
    one matrix: the frozen map plus its adapter (``W + A B``), quantized here, at load, per output
    column (symmetric, round to nearest: deterministic), so nothing int8 is stored."""
    feeds: dict[str, np.ndarray] = {}
    for name in sorted(wanted):
        if name.endswith((".weight.q", ".weight.scale")):
            continue
        value = trained.get(name, frozen.get(name))
        if value is None:
            raise ValueError(f"neither the pair model's arrays nor model.safetensors hold {name}")
        if name.endswith(".b"):
            value = value.astype(np.float32) * np.float32(scale)  # the adapter's scale folded in
        dtype = np.float16 if name.endswith(".f16") else np.float32
        feeds[name] = np.ascontiguousarray(value, dtype=dtype)
    for name in sorted(n.removesuffix(".weight.q") for n in wanted if n.endswith(".weight.q")):
        whole = trained.get(name + ".weight.T", frozen.get(name + ".weight.T"))
        if whole is None:
            raise ValueError(f"neither the pair model's arrays nor model.safetensors hold {name}.weight.T")
        matrix = whole.astype(np.float32)
        if name + ".a" in trained:
            a, b = trained[name + ".a"].astype(np.float32), trained[name + ".b"].astype(np.float32)
            matrix = matrix + a @ (b * np.float32(scale))
        column = np.maximum(np.abs(matrix).max(axis=0), np.float32(1e-12)) / np.float32(127)
        feeds[name + ".weight.q"] = np.clip(np.rint(matrix / column), -127, 127).astype(np.int8)
        feeds[name + ".weight.scale"] = column.astype(np.float32)
    return feeds


def out_of_fold_logits(weights: Path | None = None) -> np.ndarray | None:
    """The logits that models trained without them gave the training pairs of MRPC (the four
    fifths of train.txt in file order), stored beside the weights for fitting the stack
    (``bench mrpc --tune``); None when the file holds none."""
    source = weights or resources.files("newsfuse.align").joinpath("pair_model.npz")
    with source.open("rb") as f, np.load(f) as stored:
        return np.asarray(stored["train_oof_logit"], dtype=np.float64) if "train_oof_logit" in stored else None


@cache
def shared() -> PairModel:
    """The process's pair model, loaded on first use."""
    return PairModel()
