"""Issue 8: a corpus of bad inputs, each named with a clear reason while good inputs in the same
batch are still read, and time and memory stay bounded."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsfuse.ingest import read_paths
from newsfuse.options import Options

GOOD = (
    "Harbour Strike Ends After Nine Days\n\n"
    "Dock workers in the port of Aldmouth returned to work on Monday after a nine-day strike over pay.\n"
    "The union said its members had accepted a rise of six percent over two years.\n"
)


def _warc_bytes(html: str) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        "https://example.test/strike", "response", payload=io.BytesIO(html.encode()), http_headers=headers
    )
    writer.write_record(record)
    return out.getvalue()


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bad")
    (root / "good.txt").write_text(GOOD, "utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text(" \n\t\n  \n", "utf-8")
    (root / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (root / "invalid-utf8.txt").write_bytes(b"\xc3\x28\xa0\xa1\x81\x8d\x8f\x90\x9d" * 3000)
    (root / "false-bom.txt").write_bytes(b"\xff\xfe" + bytes(range(128, 256)) * 60)
    (root / "mixed-encoding.txt").write_bytes(GOOD.encode() + "Caf\u00e9 cr\u00e8me".encode("latin-1") + b"\n")
    (root / "truncated.txt.gz").write_bytes(gzip.compress(GOOD.encode() * 50)[:60])
    page = "<html><head><title>Strike</title></head><body><article><p>" + GOOD + "</p></article></body></html>"
    (root / "truncated.warc.gz").write_bytes(_warc_bytes(page)[:90])
    (root / "huge.txt").write_bytes((GOOD * 200_000)[: 50 * 1024 * 1024].encode())  # ~50 MB
    (root / "nested.html").write_text("<html><body>" + "<div>" * 100_000 + "deep" + "</div>" * 100_000, "utf-8")
    (root / "bomb.txt.gz").write_bytes(gzip.compress(b"A" * (300 * 1024 * 1024), compresslevel=9))
    (root / "invisible.txt").write_text(
        "Harbour Strike\u200b Ends\n\u202eDock workers\u200d returned to work on Monday after a long strike.\u202c\n",
        "utf-8",
    )
    (root / "long-line.txt").write_text("word " * 200_000 + "\n", "utf-8")  # a million-character line
    lines = [json.dumps({"text": GOOD, "title": "Strike ends"}), "{not json", json.dumps({"title": "no text"})]
    (root / "broken.jsonl").write_text("\n".join(lines) + "\n", "utf-8")
    (root / "no-text-column.csv").write_text("title,url\nStrike,https://example.test\n", "utf-8")
    return root


def test_every_bad_input_is_named_and_good_inputs_still_read(bad_corpus: Path) -> None:
    documents, skipped = read_paths([bad_corpus], Options())
    reasons = {Path(s.path).name: s.reason for s in skipped}
    read = {Path(d.path.split("#")[0]).name for d in documents}  # "file.jsonl#1": line 1 of a file
    # good inputs (and the readable parts of damaged ones) are read
    assert {"good.txt", "mixed-encoding.txt", "invisible.txt", "long-line.txt", "broken.jsonl"} <= read
    assert "huge.txt" in read
    # bad inputs are skipped with a reason a user can act on
    for name, words in {
        "empty.txt": "empty",
        "blank.txt": "empty",
        "binary.txt": "binary",
        "invalid-utf8.txt": "decod",
        "false-bom.txt": "decod",
        "no-text-column.csv": "text",
    }.items():
        assert name in reasons, f"{name} was not reported"
        assert words in reasons[name].lower(), reasons[name]
    for name in ("truncated.txt.gz", "truncated.warc.gz", "nested.html", "bomb.txt.gz"):
        assert name in reasons or name in read, f"{name} vanished without a report"
    # what was cut is reported on the document
    huge = next(d for d in documents if d.path.endswith("huge.txt"))
    assert any(r.reason == "limit" for r in huge.removed)
    bomb = [d for d in documents if d.path.endswith("bomb.txt.gz")]
    assert all(len(d.text) <= Options().max_chars for d in bomb)
    broken = [d for d in documents if "broken.jsonl" in d.path]
    assert len(broken) == 1
    # zero-width and bidi controls do not survive into the text
    invisible = next(d for d in documents if d.path.endswith("invisible.txt"))
    assert invisible.text  # read; the cleaner strips the controls (tested below)


def test_broken_jsonl_lines_are_reported(bad_corpus: Path) -> None:
    _, skipped = read_paths([bad_corpus / "broken.jsonl"], Options())
    text = " ".join(f"{s.path} {s.reason}" for s in skipped)
    assert "broken.jsonl" in text and "2" in text  # the line number of the broken line


def test_cleaner_strips_invisible_controls(bad_corpus: Path) -> None:
    from newsfuse.clean import clean_document

    documents, _ = read_paths([bad_corpus / "invisible.txt"], Options())
    article = clean_document(documents[0], "S1")
    for ch in "\u200b\u200d\u202e\u202c":
        assert ch not in article.text
        assert ch not in (article.title or "")


@pytest.mark.slow  # the CLI in a subprocess loads the real models
def test_cli_on_the_bad_corpus_exits_zero_lists_skips_and_stays_bounded(bad_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.json"
    code = (
        "import resource, runpy, sys; sys.argv = ['newsfuse', 'brief', sys.argv[1], '-o', sys.argv[2]];"
        "\ntry:\n runpy.run_module('newsfuse', run_name='__main__')\nexcept SystemExit as e:\n code = e.code\n"
        "else:\n code = 0\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr); sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(bad_corpus), str(out)], capture_output=True, text=True, timeout=900
    )
    assert result.returncode == 0, result.stderr[-2000:]
    data = json.loads(out.read_text("utf-8"))
    skipped = {Path(s["path"]).name for s in data["skipped"]}
    assert {"empty.txt", "binary.txt", "no-text-column.csv"} <= skipped
    for name in ("empty.txt", "binary.txt"):
        assert name in result.stderr
    peak_kb = int(result.stderr.strip().splitlines()[-1])
    assert peak_kb < 6 * 1024 * 1024, f"peak memory {peak_kb / 1024:.0f} MB"
