"""The brief as one self-contained HTML page (inline CSS, no script, no external resource).

Every piece of article text goes through ``html.escape``: article text is untrusted.
"""

from __future__ import annotations

from html import escape

from newsfuse.records import Article, Brief, BriefWarning
from newsfuse.render.markdown import (
    left_out,
    lines_removed,
    more_entities,
    more_facts,
    no_conflicts_note,
    quotes_by_speaker,
    shown_words,
    status_label,
    summary_bullets,
    top_entities,
    top_facts,
    undated_note,
)
from newsfuse.summarize.voice import source_labels

_CSS = """
body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222}
h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
sup a{text-decoration:none;color:#0645ad;padding:0 1px}.status{font-size:.8rem;border-radius:3px;
padding:0 4px;margin-right:4px}.corroborated{background:#d9f2d9}.single_source{background:#fff2cc}
.disputed{background:#f8d7da}details{margin:.2rem 0}small{color:#666}li{margin:.25rem 0}
.removed li{font-size:.85rem;color:#666}.claims{display:flex;gap:1rem;flex-wrap:wrap}
.claims>div{flex:1 1 12rem;border:1px solid #ddd;padding:.4rem;border-radius:4px}
"""


def cite(ids: list[str]) -> str:
    return "".join(f'<sup><a href="#source-{escape(i[1:])}">[{escape(i[1:])}]</a></sup>' for i in ids)


def _source_item(article: Article, warnings: list[BriefWarning], voice: str | None = None) -> str:
    """One source: its label, then its path and words (the path alone once when it has no outlet, title or date),
    and what was removed from it, or that the brief left it out (as ``markdown.source_label`` and ``left_out``)."""
    label = " — ".join(escape(p) for p in (article.outlet, article.title, article.published) if p)
    path = f"{escape(article.path)} · " if label else ""
    label = (label or escape(article.path)) + (f" <em>({escape(voice)})</em>" if voice else "")
    whole = left_out(article, warnings)
    copy = f" <em>republishes [{escape(article.copy_of[1:])}]</em>" if article.copy_of else ""
    copy += f" <em>retells [{escape(article.retells[1:])}]</em>" if article.retells else ""
    removed = f"<br><small>{escape(whole)}</small>" if whole else ""
    if article.removed and not whole:
        items = "".join(f"<li><b>{escape(r.reason)}</b>: {escape(r.text)}</li>" for r in article.removed)
        summary = f"<summary>{lines_removed(article)}</summary>"
        removed = f'<details class="removed">{summary}<ul>{items}</ul></details>'
    return (
        f'<li id="source-{escape(article.id[1:])}">{label}{copy}<br><small>{path}'
        f"{article.words} words</small>{removed}</li>"
    )


def to_html(brief: Brief) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        '<meta name="viewport" content="width=device-width,initial-scale=1">',
        f"<title>{escape(brief.title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(brief.title)}</h1>",
        *(f"<p class='warning'><b>Note:</b> {escape(w.message)} {cite(w.sources)}</p>" for w in brief.warnings),
        "<h2>Summary</h2><ul class='summary'>",
        *(
            "<li>" + " ".join(f"{escape(s.text)} {cite(s.sources)}" for s in items) + "</li>"
            for items in summary_bullets(brief.summary)
        ),
        "</ul>",
    ]
    if brief.timeline:
        parts.append("<h2>Timeline</h2><ul class='timeline'>")
        parts += [f"<li><b>{escape(t.date)}</b> {escape(t.text)} {cite(t.sources)}</li>" for t in brief.timeline]
        parts.append("</ul>")
    elif undated := undated_note(brief):
        parts.append(f"<h2>Timeline</h2><p>{escape(undated)}</p>")
    if brief.facts:
        shown = top_facts(brief.facts, summary=brief.summary)
        copies = {a.id for a in brief.sources if a.copy_of}
        retold = {a.id for a in brief.sources if a.retells}
        parts.append("<h2>Facts</h2><ul>")
        parts += [
            f'<li><span class="status {escape(f.status)}">{escape(status_label(f, copies, retold))}</span>'
            f"{escape(f.text)} {cite(f.sources)}</li>"
            for f in shown
        ]
        if len(shown) < len(brief.facts):
            parts.append(f"<li><small>{escape(more_facts(brief, shown))}</small></li>")
        parts.append("</ul>")
    if brief.conflicts:
        parts.append("<h2>Where sources disagree</h2>")
        for conflict in brief.conflicts:
            claims = "".join(
                f"<div><b>{escape(c.value)}</b><br>{escape(c.text)} {cite(c.sources)}</div>" for c in conflict.claims
            )
            parts.append(f"<h3>{escape(conflict.topic)}</h3><div class='claims'>{claims}</div>")
    elif agreed := no_conflicts_note(brief):
        parts.append(f"<h2>Where sources disagree</h2><p>{escape(agreed)}</p>")
    if brief.quotes:
        parts.append("<h2>Quotes</h2><ul>")
        for group in quotes_by_speaker(brief.quotes):
            items = []
            for quote in group.remarks:
                variants = "".join(
                    f"<br><small>also reported as “{escape(v.text)}” {cite(v.sources)}</small>" for v in quote.variants
                )
                words, printed, also = shown_words(quote)
                quoted_also = f" <small>(also quoted by {cite(also)})</small>" if also else ""
                items.append(f"<li>{escape(words)} {cite(printed)}{quoted_also}{variants}</li>")
            if group.phrases:
                phrases = ", ".join(f"“{escape(q.text)}” {cite(q.sources)}" for q in group.phrases)
                items.append(f"<li><small>{'also quoted' if group.remarks else 'quoted'}:</small> {phrases}</li>")
            parts.append(f"<li><b>{escape(group.speaker or 'unattributed')}</b><ul>{''.join(items)}</ul></li>")
        parts.append("</ul>")
    if brief.entities:
        parts.append("<h2>Who and what</h2><ul>")
        listed = top_entities(brief.entities, brief.quotes)
        for entity in listed:
            aliases = f" <small>also {escape(', '.join(entity.aliases))}</small>" if entity.aliases else ""
            parts.append(
                f"<li>{escape(entity.name)} <small>{escape(entity.type)}</small>{aliases} {cite(entity.sources)}</li>"
            )
        if len(listed) < len(brief.entities):
            parts.append(f"<li><small>{escape(more_entities(brief, listed))}</small></li>")
        parts.append("</ul>")
    parts.append("<h2>Sources</h2><ol>")
    voiced = source_labels(brief.warnings)
    parts += [_source_item(a, brief.warnings, voiced.get(a.id)) for a in brief.sources]
    parts.append("</ol>")
    if brief.skipped:
        parts.append("<h2>Skipped inputs</h2><ul>")
        parts += [f"<li>{escape(s.path)}: {escape(s.reason)}</li>" for s in brief.skipped]
        parts.append("</ul>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
