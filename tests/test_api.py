"""The Python API: `from newsfuse import brief, Brief, Options, Models`; every door builds documents
through `ingest.inputs`, so the same articles give the same brief with the same limits."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from newsfuse.batch import parse_line
from newsfuse.errors import NothingUsableError, OptionsError
from newsfuse.ingest.inputs import ArticleInput, read_inputs
from newsfuse.options import Options

ROOT = Path(__file__).resolve().parents[1]
STORY = Path(__file__).parent / "fixtures" / "story"
HEADLINED = "Harbour Strike Ends\n\nDock workers in Keld went back to work on Monday after a nine-day strike."


def _python(code: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env_path = f"{ROOT / 'src'}:{ROOT}"
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin", "HOME": str(Path.home())},
        timeout=600,
    )


def test_importing_newsfuse_loads_no_model_library() -> None:
    code = (
        "import sys; from newsfuse import brief, Brief, Options, Models; "
        "print([m for m in ('spacy', 'torch', 'sentence_transformers', 'trafilatura') if m in sys.modules])"
    )
    done = _python(code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_every_door_detects_the_headline_the_same_way(tmp_path: Path) -> None:
    options = Options()
    (tmp_path / "strike.txt").write_text(HEADLINED, encoding="utf-8")
    from_file, _ = read_inputs([tmp_path / "strike.txt"], options)
    from_text, _ = read_inputs([HEADLINED], options)
    from_dict, _ = read_inputs([{"text": HEADLINED, "title": None}], options)
    _, from_batch = parse_line(json.dumps({"id": "x", "articles": [{"text": HEADLINED}]}), 1, options)
    docs = [from_file[0], from_text[0], from_dict[0], from_batch[0]]
    assert {d.title for d in docs} == {"Harbour Strike Ends"}
    assert {d.text.strip() for d in docs} == {HEADLINED.split("\n\n", 1)[1]}


def test_every_door_applies_max_chars(tmp_path: Path) -> None:
    """Batch used to keep a 300,000-character article whole while files and HTTP cut it."""
    from newsfuse.serve.documents import to_documents
    from newsfuse.serve.schemas import ArticleIn

    options = Options().with_(max_chars=20_000)
    long_text = "Title Of A Very Long Read\n" + "\n".join(["A paragraph of the long read goes on and on."] * 3000)
    (tmp_path / "long.txt").write_text(long_text, encoding="utf-8")
    from_file, _ = read_inputs([tmp_path / "long.txt"], options)
    from_text, _ = read_inputs([long_text], options)
    _, from_batch = parse_line(json.dumps({"id": "x", "articles": [{"text": long_text}]}), 1, options)
    from_http, _ = to_documents([ArticleIn(text=long_text)], options)
    for doc in (from_file[0], from_text[0], from_batch[0], from_http[0]):
        assert len(doc.text) <= 20_000
        assert any(r.reason == "limit" and "text cut" in r.text for r in doc.removed)


def test_inputs_that_cannot_be_read_are_skipped_or_raised(tmp_path: Path) -> None:
    docs, skipped = read_inputs([HEADLINED, {"title": "no text"}, "   ", 42], Options())  # type: ignore[list-item]
    assert len(docs) == 1
    assert [s.reason for s in skipped] == [
        "needs a non-empty 'text' string (or 'html')",
        "empty article text",
        "not a path, text or article dict (int)",
    ]
    with pytest.raises(Exception, match="needs a non-empty"):
        read_inputs([{"title": "no text"}], Options(on_error="raise"))


def test_a_one_line_string_naming_a_file_is_a_path_otherwise_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(HEADLINED, encoding="utf-8")
    docs, _ = read_inputs(str(tmp_path / "a.txt"), Options())
    assert docs[0].path.endswith("a.txt")
    docs, _ = read_inputs(ArticleInput(text="Just a line of text that is not a file."), Options())
    assert docs[0].path == "article-1"


def test_brief_of_texts_dicts_and_paths(fast_models) -> None:
    from newsfuse import Brief, brief

    texts = [(STORY / n).read_text(encoding="utf-8") for n in ("a1_northshore_herald.txt", "a2_valley_courier.txt")]
    from_texts = brief(texts, words=60, models=fast_models)
    from_dicts = brief([{"text": t} for t in texts], words=60, models=fast_models)
    assert isinstance(from_texts, Brief)
    assert from_texts.to_dict() == from_dicts.to_dict()
    data = from_texts.to_dict()
    assert data["schema"] == "newsfuse.brief/1" and [s["id"] for s in data["sources"]] == ["S1", "S2"]
    assert sum(len(s["text"].split()) for s in data["summary"]) <= 60
    assert from_texts.to_markdown().startswith("# ")
    assert "<html" in from_texts.to_html()
    from_paths = brief([STORY / "a1_northshore_herald.txt", STORY / "a2_valley_courier.txt"], models=fast_models)
    assert [s.title for s in from_paths.sources] == [s.title for s in from_texts.sources]


def test_brief_raises_when_nothing_is_usable_and_checks_options(fast_models) -> None:
    from newsfuse import brief

    with pytest.raises(NothingUsableError):
        brief(["   "], models=fast_models)
    with pytest.raises(OptionsError, match="words must be between"):
        brief(["text"], words=3, models=fast_models)


def test_models_are_created_once_and_reused() -> None:
    from newsfuse.api import shared_models

    assert shared_models(Options()) is shared_models(Options().with_(words=100))


def _readme_python() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.S)
    assert blocks, "the README has a Python example"
    return blocks[0]


@pytest.mark.slow
def test_readme_python_example_runs() -> None:
    """The example as written (real models), from the checkout root as the README says."""
    done = _python(_readme_python())
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Lake Tessel" in done.stdout
