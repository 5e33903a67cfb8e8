"""Fine-tune the packaged all-MiniLM-L6-v2 as a pair model (cross-encoder) on MRPC train.

Input: ``[CLS] a [SEP] b [SEP]`` (token types 0 / 1, at most :data:`MAX_PAIR_TOKENS` tokens,
longest sentence cut first), the six frozen BERT layers of the packaged ``model.safetensors``
with what is trained kept small:

- a low-rank adapter (LoRA, rank ``--rank``) beside each of the six layers' six linear maps:
  ``x @ W.T + b`` becomes ``x @ W.T + (x @ A) @ B * scale + b`` with ``W`` shared, untouched;
- every bias and LayerNorm of the encoder (BitFit) and the token-type table;
- a head: logistic over the [CLS] vector and the mean of the tokens.

Trained with torch (a training tool only: nothing at run time needs torch), seeded and
deterministic on one thread. Written as plain float16/float32 arrays (``.npz``) that
``newsfuse.align.pair_model`` reads; the shared weights are not written.

    nice /work/main/.venv/bin/python scripts/train_pair_model.py --out src/newsfuse/align/pair_model.npz

``--swap``: each epoch reads every pair in a random order of its two sentences (``(a, b)`` or
``(b, a)``, one coin per pair and epoch), so the model learns the relation as symmetric, as it
is; the cost of an epoch is unchanged. The run-time reader then averages the logits of both
orders (``"symmetric"`` in the stored config). Every run also stores the logits of both orders
of its held-out and left-out pairs (``*_logit_orders``), so reading an unswapped model both ways
can be judged on its left-out pairs. Stop 22: a 2-fold ``--swap`` model stuck at "all paraphrase"
and the full one scored below the shipped model; not shipped (docs/synthesis.md "Stop 22 — MRPC").

``--full-top N``: the top N layers' six linear maps are fine-tuned whole (at ``--full-lr``) instead of
frozen; they are stored in float16 under the graph's names (``...weight.T``, ~3.5 MB a layer), which the
run-time reader feeds in place of the frozen arrays. Not shipped (docs/synthesis.md "Stop 37 — pair model").

``--layers N``: a student of the first N layers (stop 38: 3 layers, the shipped recipe, held out 0.831 /
0.749 alone, 0.836 / 0.762 stacked: not shipped). ``--distil FILE``: soft targets from a teacher's logits
(``mrpc_teacher``: both orders of every MRPC train pair; ``extra_first`` / ``extra_second`` /
``extra_teacher``: unlabelled sentence pairs from news stories), mixed into the MRPC labels at
``--distil-weight`` (docs/synthesis.md "Stop 38 — pair model in the brief").

Shipped since stop 37: ``--swap --rank 16 --alpha 32 --lr 5e-4 --epochs 4`` (chosen on a validation half of
the training four fifths).

``--holdout K``: also leave out the pairs with ``(index // 5) % FOLDS == K`` of the training four
fifths and write their scores beside the model (out-of-fold scores, for the stacked decision).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

MAX_PAIR_TOKENS = 128
LINEARS = (
    "attention.self.query",
    "attention.self.key",
    "attention.self.value",
    "attention.output.dense",
    "intermediate.dense",
    "output.dense",
)


def tokenise(pairs: list[tuple[str, str]]) -> list[tuple[list[int], list[int]]]:
    from tokenizers import Tokenizer

    from newsfuse.nlp.encoder import model_dir

    tok = Tokenizer.from_file(str(model_dir() / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(max_length=MAX_PAIR_TOKENS, strategy="longest_first")
    out = tok.encode_batch(pairs)
    return [(e.ids, e.type_ids) for e in out]


def build(rank: int, alpha: float, dropout: float, full_top: int = 0, layers: int = 0):
    import torch
    from torch import nn

    from newsfuse.nlp.encoder import _weights, model_dir

    config = json.loads((model_dir() / "config.json").read_text())
    w = {k: torch.from_numpy(v.copy()) for k, v in _weights(model_dir()).items()}
    hidden, heads, eps = config["hidden_size"], config["num_attention_heads"], config["layer_norm_eps"]
    depth = layers or config["num_hidden_layers"]  # ``--layers``: the first N layers only (a cheaper student)

    class Linear(nn.Module):
        def __init__(self, name: str, full: bool) -> None:
            super().__init__()
            weight = w[name + ".weight"]
            if full:  # fine-tuned whole (``--full-top``), stored whole
                self.weight = nn.Parameter(weight.clone())
            else:
                self.register_buffer("weight", weight)
            self.bias = nn.Parameter(w[name + ".bias"].clone())
            self.a = nn.Parameter(torch.empty(weight.shape[1], rank))
            self.b = nn.Parameter(torch.zeros(rank, weight.shape[0]))
            nn.init.kaiming_uniform_(self.a.T, a=math.sqrt(5))
            self.scale = alpha / rank

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return x @ self.weight.T + (x @ self.a) @ self.b * self.scale + self.bias

    def norm(name: str) -> nn.LayerNorm:
        ln = nn.LayerNorm(hidden, eps=eps)
        ln.weight.data.copy_(w[name + ".weight"])
        ln.bias.data.copy_(w[name + ".bias"])
        return ln

    class Layer(nn.Module):
        def __init__(self, i: int) -> None:
            super().__init__()
            p = f"encoder.layer.{i}."
            full = i >= depth - full_top
            self.lin = nn.ModuleDict({n.replace(".", "_"): Linear(p + n, full) for n in LINEARS})
            self.ln1 = norm(p + "attention.output.LayerNorm")
            self.ln2 = norm(p + "output.LayerNorm")
            self.drop = nn.Dropout(dropout)

        def forward(self, h: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
            b, n, _ = h.shape
            size = hidden // heads

            def split(x: torch.Tensor) -> torch.Tensor:
                return x.view(b, n, heads, size).transpose(1, 2)

            q = split(self.lin["attention_self_query"](h))
            k = split(self.lin["attention_self_key"](h))
            v = split(self.lin["attention_self_value"](h))
            att = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(size) + bias, dim=-1)
            ctx = (att @ v).transpose(1, 2).reshape(b, n, hidden)
            h = self.ln1(self.drop(self.lin["attention_output_dense"](ctx)) + h)
            inner = nn.functional.gelu(self.lin["intermediate_dense"](h))
            return self.ln2(self.drop(self.lin["output_dense"](inner)) + h)

    class PairModel(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.register_buffer("word", w["embeddings.word_embeddings.weight"])
            self.register_buffer("position", w["embeddings.position_embeddings.weight"])
            self.token_type = nn.Parameter(w["embeddings.token_type_embeddings.weight"].clone())
            self.ln0 = norm("embeddings.LayerNorm")
            self.layers = nn.ModuleList(Layer(i) for i in range(depth))
            self.drop = nn.Dropout(dropout)
            self.head = nn.Linear(2 * hidden, 1)
            nn.init.zeros_(self.head.weight)
            nn.init.zeros_(self.head.bias)

        def forward(self, ids: torch.Tensor, types: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            n = ids.shape[1]
            h = self.word[ids] + self.position[:n] + self.token_type[types]
            h = self.drop(self.ln0(h))
            bias = ((1.0 - mask.float()) * -1e9)[:, None, None, :]
            for layer in self.layers:
                h = layer(h, bias)
            m = mask.float()[:, :, None]
            mean = (h * m).sum(1) / m.sum(1)
            return self.head(self.drop(torch.cat([h[:, 0], mean], dim=1))).squeeze(1)

    return PairModel()


def batches(encoded: list[tuple[list[int], list[int]]], order: list[int], size: int):
    import torch

    for start in range(0, len(order), size):
        chunk = order[start : start + size]
        n = max(len(encoded[k][0]) for k in chunk)
        ids = torch.zeros((len(chunk), n), dtype=torch.long)
        types = torch.zeros_like(ids)
        mask = torch.zeros_like(ids)
        for row, k in enumerate(chunk):
            a, t = encoded[k]
            ids[row, : len(a)] = torch.tensor(a)
            types[row, : len(a)] = torch.tensor(t)
            mask[row, : len(a)] = 1
        yield chunk, ids, types, mask


def predict(model, encoded: list[tuple[list[int], list[int]]], size: int = 64) -> np.ndarray:
    import torch

    model.eval()
    order = sorted(range(len(encoded)), key=lambda k: len(encoded[k][0]))
    out = np.zeros(len(encoded))
    with torch.no_grad():
        for chunk, ids, types, mask in batches(encoded, order, size):
            out[chunk] = model(ids, types, mask).numpy()
    return out


def both_orders(model, encoded: list[tuple[list[int], list[int]]], index: list[int], n_pairs: int) -> np.ndarray:
    """Logits of the pairs ``index`` read as (first, second) (row 0) and as (second, first) (row 1)."""
    scores = predict(model, [encoded[k] for k in index] + [encoded[k + n_pairs] for k in index])
    return scores.reshape(2, len(index))


def arrays(model) -> dict[str, np.ndarray]:
    """What was trained, by the names the run-time reader uses (adapters in float16)."""
    out: dict[str, np.ndarray] = {}
    for name, p in model.named_parameters():
        value = p.detach().numpy()
        key = name.replace("lin.", "").replace("attention_self_", "attention.self.")
        key = key.replace("attention_output_dense", "attention.output.dense").replace(
            "intermediate_dense", "intermediate.dense"
        )
        key = key.replace("output_dense", "output.dense").replace("layers.", "encoder.layer.")
        key = key.replace("ln1.", "attention.output.LayerNorm.").replace("ln2.", "output.LayerNorm.")
        key = key.replace("ln0.", "embeddings.LayerNorm.").replace(
            "token_type", "embeddings.token_type_embeddings.weight"
        )
        if key.endswith(".weight") and value.ndim == 2 and key.startswith("encoder."):
            # a linear map fine-tuned whole: stored as the graph reads it (transposed), in float16,
            # under the name of the frozen array it replaces
            out[key + ".T"] = np.ascontiguousarray(value.T).astype(np.float16)
            continue
        out[key] = value.astype(np.float16) if key.endswith((".a", ".b")) else value.astype(np.float32)
    return out


def add_out_of_fold(path: Path, folds: list[Path]) -> None:
    """Store in ``path`` the left-out logits of ``folds`` as ``train_oof_logit``: one per pair of
    the training four fifths, in file order (what ``bench mrpc --tune`` stacks on)."""
    from bench import mrpc

    train_idx = [k for k in range(len(mrpc.load("train"))) if k % mrpc.HELD_OUT]
    logit = dict[int, float]()
    for fold in folds:
        with np.load(fold) as f:
            logit |= dict(zip(f["left_out_index"].tolist(), f["left_out_logit"].tolist(), strict=True))
    if set(logit) != set(train_idx):
        raise SystemExit(f"the folds cover {len(logit)} of the {len(train_idx)} training pairs")
    with np.load(path) as f:
        stored = {k: f[k] for k in f.files}
    stored["train_oof_logit"] = np.array([logit[k] for k in train_idx], dtype=np.float32)
    stored["train_oof_folds"] = np.array(json.dumps([str(p.name) for p in folds]))
    np.savez_compressed(path, **stored)
    print("stored", len(train_idx), "out-of-fold logits in", path)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--rank", type=int, default=8)
    parser.add_argument("--alpha", type=float, default=16.0)
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--dropout", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--full-top", type=int, default=0, help="fine-tune the top N layers' linear maps whole")
    parser.add_argument("--full-lr", type=float, default=1e-4, help="learning rate of the whole linear maps")
    parser.add_argument("--layers", type=int, default=0, help="keep only the first N encoder layers (0: all)")
    parser.add_argument("--distil", type=Path, help="teacher logits (.npz: mrpc_teacher, extra_*) as soft targets")
    parser.add_argument("--distil-weight", type=float, default=0.5, help="the teacher's share of an MRPC target")
    parser.add_argument("--swap", action="store_true", help="each pair in a random sentence order each epoch")
    parser.add_argument("--holdout", type=int, default=-1, help="also leave out one of FOLDS parts of the four fifths")
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--quiet", action="store_true", help="no held-out figures after each epoch")
    parser.add_argument(
        "--add-oof", type=Path, nargs="+", help="no training: store these folds' left-out logits in --out"
    )
    parser.add_argument("--limit", type=int, default=0, help="train on the first N pairs only (timing)")
    args = parser.parse_args()

    if args.add_oof:
        add_out_of_fold(args.out, args.add_oof)
        return
    import torch
    from bench import mrpc

    torch.manual_seed(args.seed)
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    everything = mrpc.load("train")
    train_idx = [k for k in range(len(everything)) if k % mrpc.HELD_OUT]
    left_out = [k for k in train_idx if args.holdout >= 0 and (k // mrpc.HELD_OUT) % args.folds == args.holdout]
    train_idx = [k for k in train_idx if k not in set(left_out)]
    if args.limit:
        train_idx = train_idx[: args.limit]
    held_idx = [k for k in range(len(everything)) if k % mrpc.HELD_OUT == 0]
    # pair k read as (first, second) is encoded[k]; read as (second, first) it is encoded[k + N]
    n_pairs = len(everything)
    firsts, seconds = [p.first for p in everything], [p.second for p in everything]
    targets = np.array([float(p.label) for p in everything] * 2)
    swapped = np.concatenate([np.arange(n_pairs, 2 * n_pairs), np.arange(n_pairs)])  # the other order's index
    if args.distil:
        # soft targets: the teacher's probability (per order) mixed into each MRPC label, and the
        # extra pairs (sentence pairs from news stories, no label) with the teacher's alone
        with np.load(args.distil) as d:
            teacher = 1 / (1 + np.exp(-d["mrpc_teacher"].astype(np.float64)))
            extra = list(zip(d["extra_first"].tolist(), d["extra_second"].tolist(), strict=True))
            extra_teacher = 1 / (1 + np.exp(-d["extra_teacher"].astype(np.float64)))
        targets = (1 - args.distil_weight) * targets + args.distil_weight * teacher.reshape(-1)
        n_extra = len(extra)
        firsts += [a for a, _ in extra]
        seconds += [b for _, b in extra]
        targets = np.concatenate([targets, extra_teacher.reshape(-1)])
        base = 2 * n_pairs
        swapped = np.concatenate(
            [swapped, np.arange(base + n_extra, base + 2 * n_extra), np.arange(base, base + n_extra)]
        )
        train_idx = train_idx + list(range(base, base + n_extra))
    encoded = tokenise(list(zip(firsts[:n_pairs], seconds[:n_pairs], strict=True)))
    encoded += tokenise(list(zip(seconds[:n_pairs], firsts[:n_pairs], strict=True)))
    encoded += tokenise(list(zip(firsts[n_pairs:], seconds[n_pairs:], strict=True)))
    encoded += tokenise(list(zip(seconds[n_pairs:], firsts[n_pairs:], strict=True)))
    labels = torch.tensor(targets, dtype=torch.float32)
    model = build(args.rank, args.alpha, args.dropout, args.full_top, args.layers)
    trained = [p for p in model.parameters() if p.requires_grad]
    print("trained parameters", sum(p.numel() for p in trained), flush=True)
    whole = [p for name, p in model.named_parameters() if name.endswith(".weight") and "lin." in name]
    rest = [p for p in trained if all(p is not q for q in whole)]
    groups = [{"params": rest}] + ([{"params": whole, "lr": args.full_lr}] if whole else [])
    optimiser = torch.optim.AdamW(groups, lr=args.lr, weight_decay=0.01)
    steps = args.epochs * math.ceil(len(train_idx) / args.batch)
    warm = max(1, steps // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / max(1, steps - warm)))
    )
    rng = np.random.default_rng(args.seed)
    start = time.process_time()
    for epoch in range(args.epochs):
        model.train()
        # shuffled, then sorted by length within windows of 50 batches (less padding, still mixed)
        order = [train_idx[k] for k in rng.permutation(len(train_idx))]
        if args.swap:
            order = [
                int(swapped[k]) if flip else k for k, flip in zip(order, rng.integers(0, 2, len(order)), strict=True)
            ]
        window = args.batch * 50
        order = [
            k
            for s in range(0, len(order), window)
            for k in sorted(order[s : s + window], key=lambda k: len(encoded[k][0]))
        ]
        chunks = list(batches(encoded, order, args.batch))
        total = 0.0
        for n, k in enumerate(rng.permutation(len(chunks))):
            chunk, ids, types, mask = chunks[k]
            loss = torch.nn.functional.binary_cross_entropy_with_logits(model(ids, types, mask), labels[chunk])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += loss.item()
            if n % 50 == 0:
                cpu = time.process_time() - start
                print(f"epoch {epoch} batch {n}/{len(chunks)} loss {total / (n + 1):.4f} cpu {cpu:.0f}s", flush=True)
        if args.quiet:
            continue
        if args.swap:
            scores = both_orders(model, encoded, held_idx, n_pairs).mean(axis=0)
        else:
            scores = predict(model, [encoded[k] for k in held_idx])
        truth = np.array([everything[k].label for k in held_idx]).astype(bool)
        for cut in (0.0,):
            p, r, f1, acc = mrpc.scores(truth, scores >= cut)
            print(f"epoch {epoch} held-out at logit {cut}: P {p:.3f} R {r:.3f} F1 {f1:.3f} acc {acc:.3f}", flush=True)
    result = arrays(model)
    config = {
        **vars(args),
        "out": str(args.out),
        "distil": str(args.distil) if args.distil else None,
        "max_pair_tokens": MAX_PAIR_TOKENS,
        "symmetric": args.swap,
    }
    result["config"] = np.array(json.dumps(config))
    # "*_orders": the logits of (first, second) and of (second, first), one row each; "*_logit":
    # what the run-time reader returns (the mean of both rows for a symmetric model, else row 0)
    for key, index in (("held_out", held_idx), ("left_out", left_out)):
        if index:
            orders = both_orders(model, encoded, index, n_pairs).astype(np.float32)
            result[f"{key}_logit_orders"] = orders
            result[f"{key}_logit"] = orders.mean(axis=0) if args.swap else orders[0]
    if left_out:
        result["left_out_index"] = np.array(left_out)
    np.savez_compressed(args.out, **result)
    print("cpu", round(time.process_time() - start), "s; wrote", args.out, flush=True)


if __name__ == "__main__":
    main()
