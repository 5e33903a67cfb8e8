"""Render stage: the brief as JSON (the contract), Markdown or self-contained HTML."""

from newsfuse.render.html import to_html
from newsfuse.render.json import SCHEMA, brief_to_dict, to_json
from newsfuse.render.markdown import to_markdown

FORMATS = {"json": to_json, "md": to_markdown, "html": to_html}

__all__ = ["FORMATS", "SCHEMA", "brief_to_dict", "to_html", "to_json", "to_markdown"]
