"""Thin command-line edge: parse arguments, call the pipeline, print, map errors to exit codes."""

import sys

from newsfuse import code_cache, regex_cache
from newsfuse.cli.entry import prepare_command, process_entry

if process_entry():
    # before anything else is imported: the command's ~520 regular expressions come compiled from the
    # table an install wrote (``newsfuse.regex_cache``: 0.2 s of a cold brief's serial CPU)
    regex_cache.install()
    # and the code that importing them generates (dataclasses' methods, typing's forward references),
    # compiled from the table an install wrote (``newsfuse.code_cache``: ~0.03 s of the serial start)
    code_cache.install()
    prepare_command(sys.argv)

from newsfuse.cli.app import app, main

__all__ = ["app", "main"]
