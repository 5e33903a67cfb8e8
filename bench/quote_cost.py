"""Warm cost of the dependency parser and the quote stage on a story (default: the shared corpus).

``python -m bench.quote_cost [PATH...]``: reads and analyses the story once (models loaded, spaCy NER
stage warm), then times, best of ``repeats``:
- the parse of the sentences the quote stage asks for (``Models.parse``, cache emptied first);
- the quote stage (``who_said_what``: entities, quotes, reported speech, speakers, cross-source
  merge) with those parses cached, and the same stage without the parser (word rules only).
Wall time and process CPU time are both printed (on a shared machine the CPU time is the steadier).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from bench.paths import shared_dir
from newsfuse.ingest.paths import read_paths
from newsfuse.nlp.analyse import analyse
from newsfuse.nlp.models import Models
from newsfuse.nlp.who_said_what import who_said_what
from newsfuse.options import Options
from newsfuse.pipeline import clean_documents


def run(paths: Sequence[str | Path] | None = None, repeats: int = 3) -> str:
    options = Options()
    models = Models(options)
    paths = list(paths or [shared_dir() / "corpora" / "xi-putin-moscow-2023"])
    documents, _ = read_paths(paths, options)
    articles, _ = clean_documents(documents)
    story = analyse(articles, models)
    who_said_what(story, models.embedder, options.quotes, models.parse)  # load the parser, warm every model
    asked: list[str] = []

    def parse(texts: list[str]) -> Sequence[Any]:
        asked.extend(texts)
        return models.parse(texts)

    parse_s, stage_s, rules_s = [], [], []
    parse_cpu, stage_cpu, rules_cpu = [], [], []
    for _ in range(repeats):
        models._parsed.clear()
        asked.clear()
        who_said_what(story, None, options.quotes, parse)
        unique = sorted(set(asked))
        models._parsed.clear()
        started, cpu = time.perf_counter(), time.process_time()
        models.parse(unique)
        parse_s.append(time.perf_counter() - started)
        parse_cpu.append(time.process_time() - cpu)
        started, cpu = time.perf_counter(), time.process_time()
        who_said_what(story, models.embedder, options.quotes, models.parse)
        stage_s.append(time.perf_counter() - started)
        stage_cpu.append(time.process_time() - cpu)
        started, cpu = time.perf_counter(), time.process_time()
        who_said_what(story, models.embedder, options.quotes, None)
        rules_s.append(time.perf_counter() - started)
        rules_cpu.append(time.process_time() - cpu)
    words = sum(len(a.text.split()) for a in articles)
    return (
        f"{len(articles)} articles, {words} words, {len(story.sentences)} sentences; "
        f"parsed {len(set(asked))} sentences (cue words or quotation marks)\n"
        f"parser (Models.parse, cache empty): {min(parse_s):.2f} s ({len(set(asked)) / min(parse_s):.0f} sentences/s), "
        f"{min(parse_cpu):.2f} s process CPU\n"
        f"quote stage with cached parses (who_said_what): {min(stage_s):.2f} s, {min(stage_cpu):.2f} s process CPU\n"
        f"quote stage without the parser (word rules only): {min(rules_s):.2f} s, {min(rules_cpu):.2f} s process CPU\n"
        f"best of {repeats}"
    )


if __name__ == "__main__":
    print(run(sys.argv[1:] or None))
