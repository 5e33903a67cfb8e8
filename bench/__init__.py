"""Benchmarks run inside the project (`newsfuse bench <name>`): they print figures, never tune silently."""
