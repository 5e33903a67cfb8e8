"""The sentences a paragraph most likely holds, guessed before spaCy has loaded, for the encoder.

A cold brief's serial start (imports, cleaning, ``import spacy``, the pipeline's load) leaves the
second core idle once the encoder has loaded, and the sentences' call, the encoder's largest
(~1.8 s of CPU for the shared corpus), can only start once spaCy's sentence recogniser has run. So
``nlp.analyse`` guesses the sentences here, by punctuation, and has them encoded on the idle core
meanwhile (``CachedEmbedder.encode_each``); the sentences' call then encodes only the sentences the
guess missed. The guess decides nothing in the brief: a wrong one costs encoder time, not a vector.

Measured against spaCy's split with ``nlp.analyse``'s rules (stop 38): 173 of the shared corpus's
175 sentences (99 % of their tokens; 63 tokens guessed in vain), all 37 of the bundled example's,
89-100 % of the tokens of Multi-News rows 2, 7, 9 and 11. The corpus's miss is a break spaCy makes
where no capital follows (a garbled rewrite's "at least. , against any punitive measure").

The guess is a pure function of the paragraphs, so the two calls (the guessed sentences, then
the rest) are the same in every run: each vector is the same whichever thread runs its batch and
whenever (``encode_each``), though in its last bits not the vector one call of all the sentences
gave (a vector depends on its batch: ``nlp.encoder.batches``).
"""

from __future__ import annotations

import re

from newsfuse.nlp.clarity import strip_dateline

# a full stop, question or exclamation mark, any closing quotation marks or bracket, white space,
# then what starts a sentence: a capital or a digit, maybe after an opening quotation mark
_BREAK = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘']?[A-Z0-9])")
# a full stop that ends an abbreviation, not a sentence: a title ("Mr.", "Messrs."), an initial
# ("Vladimir V. Putin", "U.S."), a clock time ("11 a.m.")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Messrs|St|Jr|Sr|Gen|Gov|Sen|Rep|Rev|Prof|Lt|Col|Capt|Sgt|No|vs|Fig|Ref|Adm|Cmdr)"
    r"|\b[A-Z]|\b[a-z]\.[a-z]|\d{1,2}\s?[ap]\.m)\.$"
)


def likely_sentences(paragraphs: list[str]) -> list[str]:
    """The distinct sentence texts ``paragraphs`` most likely hold, as ``nlp.analyse`` embeds them
    (stripped, a leading dateline removed), sorted."""
    found: set[str] = set()
    for paragraph in paragraphs:
        start = 0
        for match in _BREAK.finditer(paragraph):
            end = match.start()  # the closing marks the match takes first belong to this sentence
            if paragraph[end - 1] == "." and _ABBREVIATION.search(paragraph[max(0, end - 12) : end]):
                continue
            found.add(strip_dateline(paragraph[start:end].strip() + paragraph[end : match.end()].strip()))
            start = match.end()
        found.add(strip_dateline(paragraph[start:].strip()))
    found.discard("")
    return sorted(found)
