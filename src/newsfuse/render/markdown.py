"""The brief as Markdown, with numbered citations that link to the source list."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from newsfuse.align.same_fact import STOP_WORDS, stem
from newsfuse.nlp.clarity import display_text
from newsfuse.records import Article, Brief, BriefWarning, Entity, Fact, Quote, SummaryItem
from newsfuse.summarize.standalone import needs_context
from newsfuse.summarize.voice import source_labels

STATUS_ORDER = ("disputed", "corroborated", "single_source")
TOP_FACTS_PER_STATUS = 6  # Markdown and HTML show this many facts of each status; the JSON holds all


# a quotation with nothing outside its marks: "“They are followers of a false prophet.”"
_BARE_QUOTATION = re.compile(r"^\s*[“\"][^“”\"]+[”\"]\s*$")


def summary_bullets(summary: list[SummaryItem]) -> list[list[SummaryItem]]:
    """The summary's sentences as a reader sees them, one bullet each, but a bare quotation from the same source as
    the sentence before it goes on in that sentence's bullet: the summary shows such a sentence only right after the
    one before it in its article (summarize/select.py, continuations), and alone on its line it read as a quotation
    nobody said (editor read, stop 45, BASIL 2016: "“They are followers of a false prophet.”" under "“I'd like to know
    who those Hispanics are,” Mr. Fox said."). The JSON keeps one item per sentence."""
    bullets: list[list[SummaryItem]] = []
    for item in summary:
        if (
            bullets
            and item.sources
            and bullets[-1][-1].sources[:1] == item.sources[:1]
            and _BARE_QUOTATION.match(item.text)
        ):
            bullets[-1].append(item)
        else:
            bullets.append([item])
    return bullets


def top_facts(
    facts: list[Fact], per_status: int = TOP_FACTS_PER_STATUS, summary: list[SummaryItem] | None = None
) -> list[Fact]:
    """The most important facts of each status that a reader can take alone: disputed, then corroborated,
    then single-source, each group in the brief's order (most important first). A fact whose subject is a
    pronoun or whose speaker is unnamed ("He was 89.", "“…,” she said.") is left to the JSON: shown as a
    top corroborated fact it named nobody (editor read, stop 35, Multi-News row 96). A fact only a transcript, a
    letter or an opinion piece gives (``Fact.voice``) is someone's words, not the story's: left to the JSON.

    A corroborated or single-source fact that a ``summary`` sentence states, with its citations, just above is
    not shown twice: on the three rows of an editor's read (stop 35, rows 103, 104, 106) 13 of 28 key facts were
    in neither section while the facts section repeated summary sentences. So is one that another outlet's passage
    of a summary sentence states and that the summary sentence's own outlet backs (:func:`_restated`): the same fact
    told by another outlet (editor read, stop 36, row 34: "Clifford and Trump had an intimate relationship that lasted
    from the summer of 2006 "well into the year 2007," …" shown under the summary's "The lawsuit filed Tuesday refers
    to her beginning an "intimate relationship" …", while the corroborated $130,000 payment was left to the JSON). A
    disputed fact is always shown."""
    stated = _stated(summary or [])
    restated = _restated(summary or [])
    shown: list[Fact] = []
    held: list[frozenset[str]] = []  # the plain words of the facts shown so far
    for status in STATUS_ORDER:
        count = 0
        for g in facts:
            if count == per_status or g.status != status or needs_context(g.text) or g.voice is not None:
                continue
            if status != "disputed" and (
                g.text in stated or _part_of(g.text, stated) or set(g.sources) & restated.get(g.text, set())
            ):
                continue
            words = plain_words(g.text)
            if status != "disputed" and any(_repeats(words, other) for other in held):
                continue
            shown.append(g)
            held.append(words)
            count += 1
    return shown


PART_WORDS = 5


def _part_of(text: str, stated: set[str]) -> bool:
    """A fact that is one piece of a stated sentence, word for word ("The loosely knit group was shocked … named Mike
    Peinovich." under the summary's "… named Mike Peinovich, who has said that his wife is Jewish.": the claim the
    align stage split off, shown again right under the sentence that holds it; editor re-read #7b, stop 37, row
    92). At least ``PART_WORDS`` words, so a short common phrase is no piece."""
    piece = text.rstrip(" .!?”\"'’")
    return len(piece.split()) >= PART_WORDS and any(piece in sentence for sentence in stated)


# A fact whose plain words (:func:`plain_words`) are all among a shown fact's, or hold all of its, repeats it when
# each has at least this many: "Collin is 29 years old and engaged to be married." and "Rose is 29 years old and
# engaged to be married next October." (one outlet's quotation of the chief and its own line, the officer named by
# first name and by surname) were shown one under the other (editor read, stop 36, row 50)
REPEAT_WORDS = 3
_PLAIN = re.compile(r"(?<![\w’'])[a-z][a-z’'-]+|\d[\d.,]*")


def plain_words(text: str) -> frozenset[str]:
    """The light stems of the words of ``text`` in lower case (a name's words left out: one person is "Collin" to
    one sentence and "Rose" to the next) and its figures, stop words left out."""
    return frozenset(stem(w) for w in _PLAIN.findall(text) if w not in STOP_WORDS and (len(w) > 2 or w[0].isdigit()))


def _repeats(words: frozenset[str], other: frozenset[str]) -> bool:
    return min(len(words), len(other)) >= REPEAT_WORDS and (words <= other or other <= words)


def more_facts(brief: Brief, shown: list[Fact]) -> str:
    """ "12 more facts in the JSON, the summary's among them": what the facts section does not show. With none shown
    it says why rather than "more": editor read #14 (stop 43, story r101) saw a facts section of one line, "… 2 more
    facts in the JSON", above no fact."""
    if not shown:
        return f"{_facts(len(brief.facts))} in the JSON, none shown here: {_NONE_SHOWN}"
    restated = len(_stated(brief.summary) & {f.text for f in brief.facts} - {f.text for f in shown})
    among = ", the summary's among them" if restated else ""
    return f"{len(brief.facts) - len(shown)} more facts in the JSON{among}"


_NONE_SHOWN = "each is in the summary, leans on the sentence before it, or is one person's words"


def _facts(count: int) -> str:
    return "1 fact" if count == 1 else f"{count} facts"


def more_entities(brief: Brief, listed: list[Entity]) -> str:
    """ "4 more in the JSON" under the names listed; with none listed, why (editor read #14, r101: "## Who and what"
    held only "… 4 more in the JSON")."""
    held = len(brief.entities) - len(listed)
    if listed:
        return f"{held} more in the JSON"
    names = "1 name" if held == 1 else f"{held} names"
    return f"{names} in the JSON, none shown here: no source but one names them, none speaks, none is a full name"


def left_out(article: Article, warnings: list[BriefWarning]) -> str | None:
    """What a source line says in place of its removed lines when the brief left the whole source out: editor read #14
    (stop 43, r101) read "0 lines removed" for an item the note above said was not an article."""
    for warning in warnings:
        if article.id in warning.sources and warning.kind in _LEFT_OUT:
            return f"left out of the brief: {_LEFT_OUT[warning.kind]}"
    return None


_LEFT_OUT = {"not_an_article": "not an article", "several_stories": "another story"}


def _stated(summary: list[SummaryItem]) -> set[str]:
    """The texts a summary states: its sentences and, for each, the sentence of its first source it was taken
    from (a shortened summary sentence states the fact of its whole source sentence)."""
    stated = {item.text for item in summary}
    stated |= {item.passages[item.sources[0]] for item in summary if item.sources and item.sources[0] in item.passages}
    return stated


def _restated(summary: list[SummaryItem]) -> dict[str, set[str]]:
    """For each passage of another outlet than its first that backs a summary sentence, the sentence's first source:
    a fact shown by that passage and backed by that source is the summary sentence's fact, told by another outlet. A
    passage of a fact the first source does not back may say more than the summary sentence, and is no repeat."""
    restated: dict[str, set[str]] = {}
    for item in summary:
        for source, passage in item.passages.items():
            if item.sources and source != item.sources[0]:
                restated.setdefault(passage, set()).add(item.sources[0])
    return restated


TOP_ENTITIES = 60  # Markdown and HTML list at most this many entities; the JSON holds all


def top_entities(entities: list[Entity], quotes: list[Quote] | None = None, limit: int = TOP_ENTITIES) -> list[Entity]:
    """The entities a reader scans, in the brief's order (most sources first): what two or more sources
    name, whoever speaks in the quotes, and people named in full. The shared corpus names 86, of which
    35 are places, nationalities and things one outlet mentions once; a one-word name one outlet
    gives is as often a product the small NER model calls a person ("Monopoly", "Aura")."""
    speakers = {q.speaker for q in quotes or []}
    return [
        e
        for e in entities
        if not _nationality_adjective(e)
        and (len(e.sources) >= 2 or e.name in speakers or (e.type == "PERSON" and _full_name(e.name)))
    ][:limit]


def _nationality_adjective(entity: Entity) -> bool:
    """ "Russian", "Chinese", "Western": a nationality or group named by its adjective (NORP, one word,
    not a plural) says who is meant only beside its noun; five of the shared corpus's first twenty
    entities were such adjectives. Groups named as nouns ("Republicans", "Sunnis") stay."""
    return entity.type == "NORP" and len(entity.name.split()) == 1 and not entity.name.endswith("s")


def _full_name(name: str) -> bool:
    """Two or more capitalised words of letters ("Temur Umarov", not "DDR3 SDRAM 8GB")."""
    words = name.replace(".", "").split()
    return len(words) >= 2 and all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words)


def no_conflicts_note(brief: Brief) -> str | None:
    """Why "Where sources disagree" is empty, so a reader sees it was checked, not left out. Sources
    the brief left out (another story, an item that is not an article: ``warnings``) were not
    compared and are not counted (editor read b24: "among the 3 independent sources" on a brief of
    two, the third an unrelated item). A source named by a warning about its voice (a letter, a transcript,
    an opinion piece, a press release) stays in the brief and is compared, so it counts (editor read #28,
    Multi-News row 23: "among the 2 independent sources" of three, one holding a letter's text)."""
    left_out = {s for w in brief.warnings if w.kind in _LEFT_OUT for s in w.sources}
    # a rewrite of another source's report is no second source (editor read b13, stop 39: "among the 3
    # independent sources" when two retold the third's report; align/rewrites.py)
    independent = [a for a in brief.sources if not a.copy_of and not a.retells and a.id not in left_out]
    if brief.conflicts or len(independent) < 2:
        return None
    return (
        f"None detected among the {len(independent)} independent sources: newsfuse compares the numbers, dates "
        "and confirmations of the facts it finds in two or more of them, and can miss a disagreement between "
        "facts it does not match."
    )


def undated_note(brief: Brief) -> str | None:
    """Why there is no timeline when the text has relative dates ("on Tuesday") that no publication
    date anchors: the reader learns what input would give one."""
    if brief.timeline or any(a.published for a in brief.sources):
        return None
    example = next((d.text for d in brief.dates if d.relative and d.value is None), None)
    if example is None:
        return None
    return (
        f"No timeline: the sources give no publication date, so relative dates such as “{example}” "
        "cannot be placed on the calendar."
    )


PHRASE_WORDS = 4  # a quotation this short, with no other wording, is a phrase ("fig leaf"), not a remark


@dataclass
class SpeakerQuotes:
    """What one speaker said in the brief: whole remarks, then the short phrases quoted from them."""

    speaker: str | None
    remarks: list[Quote] = field(default_factory=list)
    phrases: list[Quote] = field(default_factory=list)

    @property
    def sources(self) -> set[str]:
        quotes = self.remarks + self.phrases
        return {s for q in quotes for s in q.sources} | {s for q in quotes for v in q.variants for s in v.sources}


def quotes_by_speaker(quotes: list[Quote]) -> list[SpeakerQuotes]:
    """Quotes grouped by speaker for reading ("who said what"): the speakers whom the most sources
    quote first, unattributed last; within a speaker the brief's order. A flat list in article order
    put 33 quotes of the shared corpus one under the other, scare-quoted phrases ("fig leaf", "just
    freeze") between the remarks that matter. The JSON keeps one item per quote."""
    groups: dict[str | None, SpeakerQuotes] = {}
    for quote in quotes:
        group = groups.setdefault(quote.speaker, SpeakerQuotes(quote.speaker))
        short = len(quote.text.split()) <= PHRASE_WORDS and not quote.variants and not negated_phrase(quote)
        (group.phrases if short else group.remarks).append(quote)
    for group in groups.values():
        # A remark quoted in pieces is shown as its sentence (Quote.context), once: 'Putin told reporters
        # that “many of the terms” may “be accepted as the basis” ...' was three items, two of them
        # meaningless alone; a phrase of a sentence shown is not listed again.
        shown: set[str] = set()
        remarks: list[Quote] = []
        for quote in group.remarks:
            if quote.context is not None and quote.context in shown and quote.variants:
                # its sentence is shown already: the other wordings go under it, the words are not printed again
                # (editor reads, stop 44, BASIL 2013: the sentence printed twice under Hutchinson, then its last
                # clause printed again right under it)
                at = next(k for k, r in enumerate(remarks) if r.context == quote.context)
                known = {v.text for v in remarks[at].variants}
                added = [v for v in quote.variants if v.text not in known]
                remarks[at] = replace(remarks[at], variants=[*remarks[at].variants, *added])
            elif quote.context is None or quote.variants or quote.context not in shown:
                remarks.append(quote)
            shown.update([quote.context] if quote.context else [])
        group.remarks = [q for q in remarks if not _inside_shown_sentence(q, remarks)]
        group.phrases = [q for q in group.phrases if q.context is None or q.context not in shown]
    order = {speaker: n for n, speaker in enumerate(groups)}
    return sorted(
        groups.values(),
        key=lambda g: (g.speaker is None, -len(g.sources), -len(g.remarks) - len(g.phrases), order[g.speaker]),
    )


# "not", "never", "no longer" … within two words before a quotation's opening mark: the sentence denies the words
_DENIED_BEFORE = re.compile(
    r"\b(?:not|never|no|nor|neither|hardly|n['’]t)(?:\s+(?:longer|yet|even|be|been|being|in|a|an|the)){0,2}\s*[“\"‘']$",
    re.IGNORECASE,
)


def negated_phrase(quote: Quote) -> bool:
    """Whether the sentence a phrase was quoted in (``Quote.context``) denies its words ("polar bears were not “in
    danger of extinction.”"): listed alone under the speaker, the phrase says the opposite of what was said (editor
    read #32, Multi-News row 114: the Fish and Wildlife Service quoted as “in danger of extinction.”). Shown as its
    sentence instead, as a remark."""
    if quote.context is None:
        return False
    at = quote.context.find(quote.text.rstrip('.,;:!?”"’'))
    return at > 0 and bool(_DENIED_BEFORE.search(quote.context[:at].rstrip()))


def _inside_shown_sentence(quote: Quote, remarks: list[Quote]) -> bool:
    """A whole remark that the sentence shown for another of the speaker's remarks prints in full, from
    the same sources, is not listed again: row 122 showed Vargas's "We do believe that this is an
    isolated incident …" as a quote and again inside the sentence shown for her next piece ("…," Vargas
    said, noting … "because we really don't know what happened.")."""
    if quote.context is not None or quote.variants:
        return False
    return any(
        other.context is not None and quote.text in other.context and set(quote.sources) <= set(other.sources)
        for other in remarks
        if other is not quote
    )


def shown_words(quote: Quote) -> tuple[str, list[str], list[str]]:
    """What a reader sees of a remark: the words in marks cited with every source, or the sentence it
    was quoted in (which prints the marks itself) cited with the source that printed it, then the other
    sources that quote the words."""
    if quote.context is None:
        return f"“{quote.text}”", quote.sources, []
    # without its leading dateline, as every sentence of the brief ("WASHINGTON – Hillary Clinton's presidential
    # campaign on Friday released …" printed whole: editor read #17, BASIL 2015)
    return display_text(quote.context), quote.sources[:1], quote.sources[1:]


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def status_label(fact: Fact, copies: set[str], retold: set[str] | frozenset[str] = frozenset()) -> str:
    """ "single source", "corroborated" …; a single-source fact cited with copies of its source
    (``copies``: ids of the sources that republish another) says so, so that "single source [1][2]" does
    not read as a mistake (editor read a24, row 182: an AP story and its copy); so does one cited with
    sources that retell another's report (``retold``: their ids; align/rewrites.py)."""
    label = fact.status.replace("_", " ")
    if fact.status != "single_source":
        return label
    republished = [s for s in fact.sources[1:] if s in copies]
    # a fact of one source only is told, not retold, whatever that source is
    retelling = [s for s in fact.sources if s in retold and s not in copies] if len(fact.sources) > 1 else []
    # any other source of a single-source fact prints the sentence word for word (align/units.py, one_per_telling)
    verbatim = [s for s in fact.sources[1:] if s not in copies and s not in retold]
    notes = [f"republished by {', '.join(f'[{s[1:]}]' for s in republished)}"] if republished else []
    notes += [f"retold by {', '.join(f'[{s[1:]}]' for s in retelling)}"] if retelling else []
    notes += [f"word for word in {', '.join(f'[{s[1:]}]' for s in verbatim)}"] if verbatim else []
    return f"{label} ({'; '.join(notes)})" if notes else label


def lines_removed(article: Article) -> str:
    return "1 line removed" if len(article.removed) == 1 else f"{len(article.removed)} lines removed"


def md_escape(text: str) -> str:
    """Article text is untrusted: no markup, links or HTML from it survive into the Markdown."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def cite(ids: list[str]) -> str:
    return "".join(f"[[{i[1:]}]](#source-{i[1:]})" for i in ids)


def source_label(article: Article, voice: str | None = None) -> str:
    """Outlet, title and date, then the path in code; with ``voice`` (``summarize.voice.source_labels``: "opinion",
    "transcript" …) that label after them, so a reader sees which source a voice warning meant (editor read #6b,
    stop 36). A source with none of the three is its path alone: editor read #14 (stop 43, r101) read "path —
    `path`"."""
    parts = [article.outlet or "", article.title or "", article.published or ""]
    label = " — ".join(p for p in parts if p)
    path = code_span(article.path)
    voiced = f" ({voice})" if voice else ""
    return f"{md_escape(label)}{voiced} — {path}" if label else f"{path}{voiced}"


def code_span(text: str) -> str:
    """``text`` in a Markdown code span, as written: a backslash escape inside a code span is printed (editor read #14,
    stop 43: "`stories/d1/doc1.json\\#1`"), so a backtick in it is fenced by a longer run of backticks instead."""
    text = " ".join(text.split())
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def to_markdown(brief: Brief) -> str:
    out = [f"# {md_escape(brief.title)}", ""]
    for k, warning in enumerate(brief.warnings):
        # a quoted line between notes: lines of one quotation run together as one paragraph
        out += [">"] if k else []
        out.append(f"> **Note:** {md_escape(warning.message)} {cite(warning.sources)}".rstrip())
    out += ["", "## Summary", ""] if brief.warnings else ["## Summary", ""]
    for items in summary_bullets(brief.summary):
        out.append("- " + " ".join(f"{md_escape(item.text)} {cite(item.sources)}" for item in items))
    if brief.timeline:
        out += ["", "## Timeline", ""]
        for event in brief.timeline:
            out.append(f"- **{event.date}**: {md_escape(event.text)} {cite(event.sources)}")
    elif undated := undated_note(brief):
        out += ["", "## Timeline", "", md_escape(undated)]
    if brief.facts:
        out += ["", "## Facts", ""]
        shown = top_facts(brief.facts, summary=brief.summary)
        copies = {a.id for a in brief.sources if a.copy_of}
        retold = {a.id for a in brief.sources if a.retells}
        for fact in shown:
            out.append(f"- **{status_label(fact, copies, retold)}**: {md_escape(fact.text)} {cite(fact.sources)}")
        if len(shown) < len(brief.facts):
            out.append(f"- {'… ' if shown else ''}{more_facts(brief, shown)} (`--format json`)")
    if brief.conflicts:
        out += ["", "## Where sources disagree", ""]
        for conflict in brief.conflicts:
            out.append(f"- **{md_escape(conflict.topic)}**")
            for claim in conflict.claims:
                out.append(f"  - {md_escape(claim.value)}: “{md_escape(claim.text)}” {cite(claim.sources)}")
    elif agreed := no_conflicts_note(brief):
        out += ["", "## Where sources disagree", "", agreed]
    if brief.quotes:
        out += ["", "## Quotes", ""]
        for group in quotes_by_speaker(brief.quotes):
            out.append(f"- **{md_escape(group.speaker or 'unattributed')}**")
            for quote in group.remarks:
                words, printed, also = shown_words(quote)
                quoted_also = f" (also quoted by {cite(also)})" if also else ""
                out.append(f"  - {md_escape(words)} {cite(printed)}{quoted_also}")
                for variant in quote.variants:  # the same remark in another translation or wording
                    out.append(f"    - also reported as “{md_escape(variant.text)}” {cite(variant.sources)}")
            if group.phrases:
                phrases = ", ".join(f"“{md_escape(q.text)}” {cite(q.sources)}" for q in group.phrases)
                out.append(f"  - {'also quoted' if group.remarks else 'quoted'}: {phrases}")
    if brief.entities:
        out += ["", "## Who and what", ""]
        listed = top_entities(brief.entities, brief.quotes)
        for entity in listed:
            aliases = f" (also: {md_escape(', '.join(entity.aliases))})" if entity.aliases else ""
            out.append(f"- {md_escape(entity.name)} — {entity.type}{aliases} {cite(entity.sources)}")
        if len(listed) < len(brief.entities):
            out.append(f"- {'… ' if listed else ''}{more_entities(brief, listed)} (`--format json`)")
    out += ["", "## Sources", ""]
    voiced = source_labels(brief.warnings)
    for article in brief.sources:
        number = article.id[1:]
        copy = f" (republishes [{article.copy_of[1:]}])" if article.copy_of else ""
        copy += f" (retells [{article.retells[1:]}])" if article.retells else ""
        label = source_label(article, voiced.get(article.id))
        removed = left_out(article, brief.warnings) or lines_removed(article)
        out.append(f'{number}. <a id="source-{number}"></a>{label}, {article.words} words{copy}; {removed}')
    if brief.skipped:
        out += ["", "## Skipped inputs", ""]
        for skip in brief.skipped:
            out.append(f"- {code_span(skip.path)}: {md_escape(skip.reason)}")
    return "\n".join(out) + "\n"
