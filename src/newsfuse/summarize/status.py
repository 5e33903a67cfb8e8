"""Statuses a later report overturned, and appeals to the public: what the summary must not state.

A sentence that says someone is still missing ("remains missing", "the search continues", "has not
been found") is *stale* when another sentence of the story about the same person or thing says they
were found ("was found safe", "were located", "bodies ... recovered") and comes from an article
published no earlier (or either date is unknown). The summary then never shows the stale sentence:
the resolving sentence takes over its rank (at least the stale one's score), so the brief states the
later status in the source's own words, which say what changed ("was found"). Nothing is added: the
contract allows only text taken from a cited source.

A *preview* ("Mr. Putin will host a state dinner for Mr. Xi in the evening.", "The Hunters are scheduled
to be arraigned Thursday") tells an act still to come in the writer's own words. When another wording
of the same fact (a member of its unit, align/units.py) tells it as done ("After a state dinner with
Putin on Tuesday night, Xi sent ..."), the summary shows that one (select.with_done_first): issue 14
names exactly that preview as a time jump in a brief whose other sentences report the visit as done.

Someone said to be well ("is doing well", "in stable condition", "recovering") is overturned by a
sentence that names the same person and reports their death, in any order (a death is final).

An appeal ("Anyone with information is asked to call ...", "If you have any information ... let
authorities know") is a request to the reader, not a fact of the story, and is never a summary sentence.

Nor is a sentence whose only news is the reporting itself (stop 32): that someone would not comment or could
not be reached ("Her attorney declined to comment Thursday.", "A spokesman for the prosecutor said he could
not confirm, deny or comment on the case.") or which outlet reported first ("The magazine was first to report
the news of the expected indictment."). Journalists write them to show they asked and to credit a scoop; a
summary of what happened leaves them out (one in the 125 Multi-News tuning references). A sentence that adds a
fact besides ("..., and there was only brief acknowledgment of her departure at the meeting", "said the
inquiry was continuing and she could not comment further") is no such sentence.
"""

from __future__ import annotations

import re

from newsfuse.nlp.dates import WEEKDAYS
from newsfuse.records import AnalysedStory
from newsfuse.regex_literals import could_match
from newsfuse.summarize.features import content_words

_STALE = re.compile(
    r"\b(?:still|remains?|remained|is|are|was|were|been|reported|listed as)\s+(?:missing|unaccounted for)\b|"
    r"\bsearch(?:es)?\s+(?:continues?|is (?:still )?under ?way|goes on|resumed)\b|"
    r"\b(?:has|have|had)(?:n't| not)\s+(?:yet\s+)?been\s+(?:found|located)\b|\bnot yet (?:been )?(?:found|located)\b|"
    r"\bwhereabouts (?:are|remain) unknown\b",
    re.IGNORECASE,
)
_RESOLVED = re.compile(
    r"\b(?:was|were|has been|have been|had been|been)\s+(?:found|located|rescued|recovered|reunited)\b|"
    r"\bfound (?:safe|alive|dead|unharmed)\b|\bbod(?:y|ies)\b[^.!?]{0,60}\b(?:found|recovered|identified)\b",
    re.IGNORECASE,
)
_APPEAL = re.compile(
    r"\b(?:anyone|anybody|those|people|residents) (?:with|who has|who have) (?:any )?information\b|"
    r"\bif you (?:have|see|know|spot)\b[^.!?]*\b(?:information|call|contact|authorities|police)\b|"
    r"\b(?:is|are) (?:asked|urged|encouraged) to (?:call|contact)\b|\bcall crime ?stoppers\b|"
    r"\blet['’]?s help\b|\bplease (?:donate|give|help|share)\b|\bdonations? (?:can|may) be (?:made|sent)\b|"
    # a page that speaks to its readers (an airline's page on Multi-News row 166, editor read a27: "Please
    # continue showing your support for Karen and Jack on this dedicated page.", "Thanks to those of you
    # showing your support", "we ask that all Jack-related conversation please move to ...")
    r"\bplease (?:continue|keep|visit|follow|like|join|move|check|stay|send|post|leave)\b|"
    r"\bthanks? (?:you )?(?:to )?(?:all )?(?:those of you|everyone who|all of you)\b|\bwe ask (?:that )?(?:you|all)\b|"
    # ... and its comment policy ("Any comments not made to this dedicated Note page will be hidden or removed.")
    r"\bcomments?\b[^.!?]{0,60}\b(?:will|may|can) be (?:hidden|removed|deleted|moderated)\b|"
    # ... and the outlet's promotion of itself, told to the reader in the imperative (stop 32: "Just fill in your
    # contact details in the form below to join our mailing list ...", "Or, keep up-to-date on the latest news
    # and weather with the <station> apps for iPhone/iPads, Android and Kindle.", "Join us on Facebook ...",
    # three summary sentences of Multi-News rows 0-124)
    r"^(?:(?:just|or|and|also|please|so|now),?\s+)?(?:follow|join|like|subscribe|sign up|download|fill in|"
    r"keep up[- ]to[- ]date|stay (?:up[- ]to[- ]date|informed|connected|tuned)|become a fan)(?![\w-])"
    r"[^.!?]{0,120}\b(?:newsletters?|mailing list|facebook|twitter|instagram|apps?|e-?mail|inbox|alerts|updates)\b|"
    # ... or sends the reader to the page around it ("CLICK HERE to find out more about ...", "Click through the
    # slideshow below for ...", "Click below to sign the Petition.": three more of those summary sentences)
    r"^(?:click|tap|scroll|swipe)\s+(?:here|below|above|through|on|the|to)\b|"
    # ... or thanks the reader for what they did on it (editor read #33, Multi-News row 91: "Thank you for supporting
    # the campaign to make Juneteenth a National Holiday.", a petition page's, led and titled the brief)
    r"^thank you for (?:supporting|signing|joining|donating|subscribing|visiting|reading|your (?:support|signature|"
    r"donation|interest))\b",
    re.IGNORECASE,
)
# the reporting as the sentence's only news: nothing before it but its subject, which may be two ("Spokesmen for
# the prosecutor and for the police declined to comment."), no second clause (", and", "and she", "but", "that",
# ";"); nothing after it but a short tail ("on the case", "for comment Monday")
_REPORTING = (
    r"(?:declined|refused)\s+(?:to\s+)?(?:comment|elaborate)|"
    r"(?:could|would|did|does|has|have|had|can)(?:\s+not|n['’]t|not)\s+(?:yet\s+|immediately\s+)?comment(?:ed)?|"
    r"(?:could|can|would)(?:\s+not|n['’]t|not)\s+(?:immediately\s+)?(?:be\s+reached|confirm)|"
    # a call or a request for comment left unanswered, not "did not return the money"
    r"(?:did|has|have|had)(?:\s+not|n['’]t)\s+(?:yet\s+|immediately\s+)?(?:respond(?:ed)?|return(?:ed)?)\s+"
    r"(?:to\s+)?(?:(?:a|an|the|our|his|her|their|repeated|multiple|several|[A-Z][\w.]*(?:['’]s?)?)\s+){0,3}"
    r"(?:(?:phone\s+)?calls?|messages?|e-?mails?|requests?|inquir(?:y|ies))\b|"
    r"(?:was|were|is|are)\s+(?:not\s+available|unavailable)\s+for\s+comment|"
    r"(?:had|would\s+have|has)\s+no\s+(?:immediate\s+)?comment|"
    r"(?:was|were)\s+(?:the\s+)?first\s+to\s+report|(?:was|were)\s+first\s+reported\s+by|"
    # the outlet's own request left waiting ("The Associated Press left a message seeking information from Houston
    # police.", editor read #33, row 54: a summary sentence); "left a message on the wall" asks for nothing
    r"(?:left|sent)\s+(?:a|an)\s+(?:(?:phone|voice|voicemail)\s+)?(?:messages?|voicemails?|e-?mails?)\s+"
    r"(?:seeking|requesting|asking\s+for|for)\s+(?:comment|information|details)"
)
_NO_NEWS = re.compile(
    rf"^(?:(?!\b(?:but|that)\b|,\s+and\s+(?!for\b|from\b|of\b|at\b)|\band\s+(?:he|she|they|it|we|i)\b)[^;])*?\b(?:{_REPORTING})\b"
    r"(?:(?!\b(?:and|but|while|however|although|who|which|after|because)\b)[^;]){0,90}$",
    re.IGNORECASE,
)
_TAIL_WORDS = 12
_REPORTING_PHRASE = re.compile(rf"\b(?:{_REPORTING})\b", re.IGNORECASE)  # compiled with the module: kept by the install


def reporting_only(text: str) -> bool:
    """The sentence's only news is the reporting: a refusal to comment, someone not reached, who reported
    first (``_NO_NEWS``), with at most ``_TAIL_WORDS`` words after the phrase."""
    stripped = text.strip()
    # asked of every candidate of the summary; few hold any phrase of ``_REPORTING`` (regex_literals.could_match)
    m = _NO_NEWS.match(stripped) if could_match(_NO_NEWS, stripped) else None
    if not m:
        return False
    tail = _REPORTING_PHRASE.split(text, maxsplit=1)[-1]
    return len(tail.split()) <= _TAIL_WORDS


# an act still to come in the writer's voice: before any quotation mark, a future or a schedule ("will
# host", "is expected to be charged", "are scheduled to be arraigned"); a plan or intention ("plans to")
# and a negation ("will not change") are no preview of an act
_SCHEDULED = r"(?:will|(?:is|are)\s+(?:widely\s+)?(?:expected|set|scheduled|due|slated)\s+to)"
_PREVIEW = re.compile(rf"^[^“”\"]*?\b(?P<future>{_SCHEDULED})\s+(?!not\b|never\b)(?:soon\s+)?(?:be\s+)?[a-z]+", re.I)
# ... at a time the writer names: a scheduled event, which later reports can tell as done
_TIMES = (
    *("today", "tonight", "tomorrow", "later", r"(?:this|next) (?:week|month|weekend)"),
    *(r"in the (?:morning|afternoon|evening)", *WEEKDAYS),
)
_WHEN = re.compile(rf"\b(?:{'|'.join(_TIMES)})\b", re.I)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|going to|expected|scheduled|set to|due to|(?:is|are) to|plans?|planned|intends?)\b", re.I
)
# a past form: an auxiliary, a regular past or a common irregular one ("After a state dinner ..., Xi sent")
_IRREGULAR = "sent met held took made gave went came spoke won lost left began ran became brought paid struck saw flew"
_PAST = re.compile(rf"\b(?:was|were|had|did|[a-z]{{2,}}ed|{'|'.join(_IRREGULAR.split())})\b", re.I)
MIN_DONE_WORDS = 8  # a shorter stand-in is a fragment ("--The cost of a second and independent autopsy.")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
# the future phrase's own words and function words: no act
_NOT_ACT_WORDS = "will be is are expected set scheduled due slated soon widely to a an the for of in on at with by"
_NOT_ACT = frozenset(_NOT_ACT_WORDS.split())
MIN_SHARED = 2  # content words a stale and a resolving sentence share when no person links them


def appeal(text: str) -> bool:
    # asked of every candidate of the summary, which seldom holds any of the phrases (regex_literals.could_match)
    return could_match(_APPEAL, text) and bool(_APPEAL.search(text))


def preview(text: str) -> bool:
    """The sentence tells an act still to come at a time it names after the future ("Mr. Putin will host a
    state dinner for Mr. Xi in the evening."), in the writer's voice (``_PREVIEW``, ``_WHEN``). A time before
    it dates the saying: "Mayor Anna Kovac announced on Monday that the bridge will close ..."."""
    m = _PREVIEW.search(text)
    return m is not None and bool(_WHEN.search(text, m.start("future")))


def previewed_act(text: str) -> set[str]:
    """The act a preview announces and its object: stems (first 5 letters) of the lower-case words of
    the future phrase and the four words after it ("will host a state dinner" -> host, state, dinne)."""
    m = _PREVIEW.search(text)
    if m is None or not preview(text):
        return set()
    after = _WORD.findall(text[m.end() :])[:4]
    words = [w for w in _WORD.findall(text[m.start("future") : m.end()]) + after if w.islower() and w not in _NOT_ACT]
    return {w[:5] for w in words}


def acts(text: str) -> set[str]:
    """Stems (first 5 letters) of a sentence's lower-case words, to compare with ``previewed_act``."""
    return {w[:5] for w in _WORD.findall(text) if w.islower() and w not in _NOT_ACT}


def tells_future(text: str) -> bool:
    """A future, plan or schedule anywhere in the sentence ("will close", "is expected to", "plans")."""
    return bool(_FUTURE.search(text))


def told_as_done(text: str) -> bool:
    """The sentence tells something as done (a past form) and nothing as still to come (no future, plan
    or schedule anywhere in it), and it is a whole sentence, not a fragment."""
    return (
        not _FUTURE.search(text)
        and bool(_PAST.search(text))
        and len(text.split()) >= MIN_DONE_WORDS
        and text[:1].isupper()
    )


# A third: no charge yet, then the charges ("No formal charges have been filed yet" beside "Sayoc was charged with five
# federal crimes": editor read #12, stop 41, BASIL 2018 showed both as current facts, the older one first)
_UNCHARGED = re.compile(
    r"\b(?:no|not)\s+(?:formal\s+)?charges?\s+(?:have|has|had)\s+(?:yet\s+)?been\s+(?:filed|brought|announced)\b|"
    r"\b(?:has|have|had)(?:n['’]t| not)\s+(?:yet\s+)?been\s+charged\b|\bnot\s+yet\s+(?:been\s+)?charged\b|"
    r"\bno\s+charges?\s+(?:yet|so\s+far)\b",
    re.IGNORECASE,
)
_CHARGED = re.compile(
    r"\b(?:was|were|has been|have been|had been|been|is being|is|are)\s+charged\s+with\b|"
    r"\b(?:filed|brought|announced)\s+(?:\w+\s+){0,3}charges\s+against\b|\bcharges\s+against\s+\w+[^.!?]{0,40}\b(?:filed|unsealed)\b",
    re.IGNORECASE,
)
# (stale, resolved) pairs, each read alone: a rescue overturns no missing charge
_STATUS_PAIRS = ((_STALE, _RESOLVED), (_UNCHARGED, _CHARGED))


def stale(text: str) -> bool:
    return bool(_STALE.search(text)) and not _RESOLVED.search(text)


def resolves(text: str) -> bool:
    return bool(_RESOLVED.search(text)) and not _STALE.search(text)


# A second kind of status: someone said to be well ("The vet has advised that Jack is doing well at
# present") after a report of the same one's death ("Jack the cat had to be euthanized by the veterinarian
# today"): editor read a27, Multi-News row 166's summary stated both. A death is final, so it overturns the
# well-being of the same named one whatever the order; only with a person both sentences name.
_WELL = re.compile(
    r"\b(?:is|are|was|were)\s+(?:now\s+)?(?:doing\s+(?:well|fine|okay|ok|better)|in\s+(?:good|stable|fair)\s+condition"
    r"|recovering|expected\s+to\s+(?:recover|survive|make\s+a\s+full\s+recovery))\b",
    re.IGNORECASE,
)
_DEATH = re.compile(
    r"\b(?:died|has\s+died|had\s+to\s+be\s+(?:euthani[sz]ed|put\s+down|put\s+to\s+sleep)|was\s+(?:euthani[sz]ed|put\s+down"
    r"|pronounced\s+dead)|passed\s+away|succumbed)\b",
    re.IGNORECASE,
)


_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})


def _overturn_pairs(
    story: AnalysedStory,
    texts: dict[int, str],
    people: dict[int, set[str]],
    published: dict[str, str],
    old: re.Pattern[str],
    new: re.Pattern[str],
    result: dict[int, int],
) -> None:
    """Adds to ``result`` each sentence of status ``old`` that one of status ``new`` overturns (see ``overturned``)."""
    found = [j for j, t in texts.items() if new.search(t) and not old.search(t)]
    for i, text in texts.items():
        if not found or i in result or not old.search(text) or new.search(text):
            continue
        when = published[story.sentences[i].article_id]
        words = content_words(text)
        best: tuple[int, int, str, int] | None = None
        for j in found:
            later = published[story.sentences[j].article_id]
            if when and later and later < when:
                continue  # an older report does not overturn a newer one
            person = len(people.get(i, set()) & people.get(j, set()))
            shared = len(words & content_words(texts[j]))
            if not person and shared < MIN_SHARED:
                continue
            key = (person, shared, later, -j)
            if best is None or key > best:
                best = key
        if best is not None:
            result[i] = -best[3]


def well(text: str) -> bool:
    return bool(_WELL.search(text)) and not _DEATH.search(text)


def dies(text: str) -> bool:
    return bool(_DEATH.search(text)) and not _WELL.search(text)


def overturned(story: AnalysedStory, texts: dict[int, str]) -> dict[int, int]:
    """Stale sentence -> the sentence that overturns it (the best linked one: a shared person first,
    then shared content words, then the latest publication, then story order), among ``texts``."""
    people: dict[int, set[str]] = {}
    index = {s.key: i for i, s in enumerate(story.sentences)}
    for m in story.mentions:
        i = index.get((m.article_id, m.sentence_index))
        if i is not None and m.label == "PERSON":
            people.setdefault(i, set()).update(m.text.split())
    published = {a.id: a.published or "" for a in story.articles}
    result: dict[int, int] = {}
    for old, new in _STATUS_PAIRS:
        _overturn_pairs(story, texts, people, published, old, new, result)
    deaths = [j for j, t in texts.items() if dies(t)]
    # the small model tags an unusual name as a place as often as a person: any name links the two here
    names: dict[int, set[str]] = {}
    for m in story.mentions:
        i = index.get((m.article_id, m.sentence_index))
        if i is not None and m.label in _NAME_LABELS:
            names.setdefault(i, set()).update(w for w in m.text.split() if w[:1].isupper())
    for i, text in texts.items():
        if i in result or not deaths or not well(text):
            continue
        linked = [(len(names.get(i, set()) & names.get(j, set())), -j) for j in deaths]
        person, j = max(linked)
        if person:
            result[i] = -j
    return result
