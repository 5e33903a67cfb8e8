"""Thin command-line edge: parse arguments, call the pipeline, print, map errors to exit codes."""

import os
import sys

from newsfuse import regex_cache
from newsfuse.cli.entry import process_entry

if process_entry():
    # before anything else is imported: the command's ~520 regular expressions come compiled from the
    # table an install wrote (``newsfuse.regex_cache``: 0.2 s of a cold brief's serial CPU)
    regex_cache.install()
    if sys.argv[1:2] == ["brief"]:
        # numpy's OpenBLAS, before numpy loads: its matrices in a brief are small (similarities of a
        # story's sentences), and its second thread, woken by each product, spun 0.22-0.35 s of CPU
        # in a cold brief of the shared corpus, on the core the encoder and spaCy share (the brief
        # unchanged; docs/speed.md, stop 27). A value the user set is kept.
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from newsfuse.cli.app import app, main

__all__ = ["app", "main"]
