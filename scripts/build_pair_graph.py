"""Write the ONNX graph of the MRPC pair model: ``src/newsfuse/align/pair_model.onnx``.

The pair model (``scripts/train_pair_model.py``, read by ``newsfuse.align.pair_model``) is
all-MiniLM-L6-v2 reading ``[CLS] a [SEP] b [SEP]`` with token types, a low-rank adapter beside
each linear map (``x @ W + (x @ A) @ B + bias``), its own biases and LayerNorms, and a logistic
head over the [CLS] vector and the mean of the tokens. Output: ``logit`` per pair.

Every array is a graph INPUT, fed at each run (ONNX Runtime reads a fed numpy array where it is,
while weights handed over as initializers are copied into the session: measured, both with
``add_external_initializers`` and at every optimisation level). So the frozen weights, named as
``nlp.encoder.graph_weight_shapes`` names them, can be the very arrays another holder keeps.

``--int8`` (shipped since stop 38: ``"engine": "int8"`` in the packaged config): each linear map is one
int8 matrix input (``.weight.q``, the frozen map plus its adapter, quantized per output column by the
reader at load) with its column scales, run by ONNX Runtime's ``DynamicQuantizeMatMul``.
``--layers N``: the first N encoder layers only (a student trained with ``train_pair_model.py --layers``).

    .venv/bin/python scripts/build_pair_graph.py [RANK] [--layers N] [--int8] [--out PATH]
    # defaults: the packaged pair_model.npz's rank, layers and engine; the packaged graph's path
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsfuse" / "align" / "pair_model.onnx"
_OPSET = 17


def input_shapes(config: dict[str, int], rank: int, int8: bool = False) -> dict[str, tuple[int, list[int]]]:
    """The arrays the graph reads besides the token inputs: name -> (ONNX element type, shape).
    ``int8``: each linear map is one int8 matrix (the frozen map plus its adapter, quantized per
    output column by the reader at load) with its column scales, instead of frozen map + adapter."""
    from onnx import TensorProto

    sys.path.insert(0, str(ROOT / "scripts"))
    from train_pair_model import LINEARS

    hidden, inner = int(config["hidden_size"]), int(config["intermediate_size"])
    f32, f16 = TensorProto.FLOAT, TensorProto.FLOAT16
    shapes = {
        "embeddings.word_embeddings.weight.f16": (f16, [int(config["vocab_size"]), hidden]),
        "embeddings.position_embeddings.weight": (f32, [int(config["max_position_embeddings"]), hidden]),
        "embeddings.token_type_embeddings.weight": (f32, [int(config["type_vocab_size"]), hidden]),
        "embeddings.LayerNorm.weight": (f32, [hidden]),
        "embeddings.LayerNorm.bias": (f32, [hidden]),
        "head.weight": (f32, [1, 2 * hidden]),
        "head.bias": (f32, [1]),
    }
    for i in range(int(config["num_hidden_layers"])):
        p = f"encoder.layer.{i}."
        sizes = {n: (hidden, hidden) for n in LINEARS[:4]}
        sizes |= {"intermediate.dense": (hidden, inner), "output.dense": (inner, hidden)}
        for name, (fan_in, fan_out) in sizes.items():
            if int8:
                shapes[f"{p}{name}.weight.q"] = (TensorProto.INT8, [fan_in, fan_out])
                shapes[f"{p}{name}.weight.scale"] = (f32, [fan_out])
                shapes[f"{p}{name}.bias"] = (f32, [fan_out])
                continue
            shapes[f"{p}{name}.weight.T"] = (f32, [fan_in, fan_out])
            shapes[f"{p}{name}.bias"] = (f32, [fan_out])
            shapes[f"{p}{name}.a"] = (f32, [fan_in, rank])
            shapes[f"{p}{name}.b"] = (f32, [rank, fan_out])  # the adapter's scale folded in
        for norm in ("attention.output.LayerNorm", "output.LayerNorm"):
            shapes[f"{p}{norm}.weight"] = (f32, [hidden])
            shapes[f"{p}{norm}.bias"] = (f32, [hidden])
    return shapes


def build(rank: int, layers: int = 0, int8: bool = False) -> bytes:
    """The graph of a model with adapters of ``rank`` over the first ``layers`` encoder layers (0: all);
    ``int8``: the linear maps run as int8 matrix products (activations quantized per row batch on the
    fly by ONNX Runtime's ``DynamicQuantizeMatMul``)."""
    from onnx import TensorProto, helper, numpy_helper

    sys.path[:0] = [str(ROOT / "src"), str(ROOT / "scripts")]
    from build_encoder_graph import GraphNodes, encoder_layers

    from newsfuse.nlp.encoder import model_dir

    config = json.loads((model_dir() / "config.json").read_text())
    if layers:
        config["num_hidden_layers"] = layers
    eps = float(config["layer_norm_eps"])
    nodes, constants, op, const, layer_norm = GraphNodes(eps).parts()

    def linear(x: str, name: str) -> str:  # x @ W + (x @ A) @ B + b
        if int8:  # x @ (W + A B) in int8, the column scales and the bias applied by the op
            inputs = [x, name + ".weight.q", name + ".weight.scale", "", name + ".bias"]
            return op("DynamicQuantizeMatMul", inputs, domain="com.microsoft")
        adapted = op("MatMul", [op("MatMul", [x, name + ".a"]), name + ".b"])
        return op("Add", [op("Add", [op("MatMul", [x, name + ".weight.T"]), adapted]), name + ".bias"])

    ids, types, mask = "input_ids", "token_type_ids", "attention_mask"
    axis0 = const("axis0", np.array([0], np.int64))
    length = op("Unsqueeze", [op("Gather", [op("Shape", [ids]), const("one", np.array(1, np.int64))]), axis0])
    positions = op(
        "Slice", ["embeddings.position_embeddings.weight", const("zero", np.array([0], np.int64)), length, axis0]
    )
    words = op("Cast", [op("Gather", ["embeddings.word_embeddings.weight.f16", ids])], to=TensorProto.FLOAT)
    token_type = op("Gather", ["embeddings.token_type_embeddings.weight", types])
    h = layer_norm(op("Add", [op("Add", [words, positions]), token_type]), "embeddings.LayerNorm")
    mask_f = op("Cast", [mask], to=TensorProto.FLOAT)
    h = encoder_layers(op, const, linear, layer_norm, h, mask_f, config)
    # head: logistic over [CLS] and the mean of the real tokens
    first = op(
        "Squeeze",
        [
            op("Slice", [h, "zero", const("one_1", np.array([1], np.int64)), const("axis1", np.array([1], np.int64))]),
            "axis1",
        ],
    )
    real = op("Mul", [h, op("Unsqueeze", [mask_f, const("axis2", np.array([2], np.int64))])])
    summed = op("ReduceSum", [real, "axis1"], keepdims=0)
    count = op("Max", [op("ReduceSum", [mask_f, "axis1"], keepdims=1), const("tiny", np.array(1e-9, np.float32))])
    joined = op("Concat", [first, op("Div", [summed, count])], axis=1)
    score = op("Gemm", [joined, "head.weight", "head.bias"], transB=1)
    nodes.append(helper.make_node("Squeeze", [score, "axis1"], ["logit"]))

    inputs = [helper.make_tensor_value_info(n, TensorProto.INT64, ["batch", "length"]) for n in (ids, types, mask)]
    inputs += [
        helper.make_tensor_value_info(n, kind, shape) for n, (kind, shape) in input_shapes(config, rank, int8).items()
    ]
    graph = helper.make_graph(
        nodes,
        "newsfuse same-fact pair model (all-MiniLM-L6-v2 cross-encoder, low-rank adapters)",
        inputs,
        [helper.make_tensor_value_info("logit", TensorProto.FLOAT, ["batch"])],
        [numpy_helper.from_array(value, name) for name, value in constants.items()],
    )
    opsets = [helper.make_opsetid("", _OPSET)] + ([helper.make_opsetid("com.microsoft", 1)] if int8 else [])
    model = helper.make_model(graph, opset_imports=opsets, producer_name="newsfuse")
    model.ir_version = 8
    return model.SerializeToString(deterministic=True)


def packaged_config() -> dict[str, object]:
    """The stored config of the packaged ``pair_model.npz`` (its rank, layers, engine)."""
    with np.load(OUT.with_suffix(".npz")) as stored:
        return dict(json.loads(str(stored["config"])))


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("rank", type=int, nargs="?", help="the adapters' rank (default: the packaged model's)")
    parser.add_argument("--layers", type=int, help="encoder layers (default: the packaged model's)")
    parser.add_argument("--int8", action="store_true", default=None, help="int8 linear maps")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    packaged = packaged_config()
    rank = args.rank or int(packaged["rank"])
    layers = args.layers if args.layers is not None else int(packaged.get("layers", 0))
    int8 = bool(args.int8 if args.int8 is not None else packaged.get("engine") == "int8")
    args.out.write_bytes(build(rank, layers, int8))
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes)")
