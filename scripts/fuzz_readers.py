"""Coverage-guided fuzzing (atheris) of every input reader.

    .venv/bin/python scripts/fuzz_readers.py -atheris_runs=200000 -max_len=4096 [-max_total_time=600] [CORPUS_DIR]

The first byte of each input picks the reader (by file suffix); the rest is the file's bytes. A
reader may refuse input only with InputError; anything else is a crash: atheris stops, writes the
input to crash-*, and the case belongs in tests/fuzz_regressions/NAME.SUFFIX once fixed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from newsfuse.clean import clean_document
    from newsfuse.errors import InputError
    from newsfuse.ingest import formats  # noqa: F401  (the reader modules, so they are instrumented)
    from newsfuse.ingest.limits import gunzip_bounded
    from newsfuse.ingest.registry import reader_for
    from newsfuse.options import Options

SUFFIXES = [".txt", ".html", ".jsonl", ".csv", ".xml", ".warc", ".warc.gz", ".txt.gz"]
OPTIONS = Options().with_(max_bytes=200_000, max_chars=50_000, max_seconds_per_doc=2.0)


def one_input(data: bytes) -> None:
    if not data:
        return
    suffix = SUFFIXES[data[0] % len(SUFFIXES)]
    payload = data[1:]
    name = "fuzz" + suffix
    try:
        if suffix == ".txt.gz":
            payload, _ = gunzip_bounded(name, payload, OPTIONS.max_bytes)
            suffix = ".txt"
        reader = reader_for(Path("fuzz" + suffix))
        assert reader is not None
        documents = reader(name, payload, OPTIONS)
    except InputError:
        return
    for n, doc in enumerate(documents):
        clean_document(doc, f"S{n + 1}")


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
