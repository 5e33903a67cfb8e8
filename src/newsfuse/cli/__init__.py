"""Thin command-line edge: parse arguments, call the pipeline, print, map errors to exit codes."""

from newsfuse.cli.app import app, main

__all__ = ["app", "main"]
