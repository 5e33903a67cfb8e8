"""Lexicon and small text helpers for finding who said something: speech verbs, pronouns,
noun-phrase edges. Shared by quote finding (nlp/quotes.py) and speaker resolution (nlp/speakers.py)."""

from __future__ import annotations

import re

_SPEECH_LEMMAS = (
    "say said says saying tell told tells telling add added adds adding stated stating "
    "declared announced explain explained explains noted "
    "argue argued argues arguing claimed insist insisted insists warn warned warns warning "
    "write wrote writes writing ask asked asks replied responded "
    "reported suggested acknowledge acknowledged acknowledges admit admitted admits "
    "conceded contended maintained predicted "
    "promised vowed urged recalled "
    "emphasized emphasised stressed concluded complained "
    "countered tweeted alleged confirmed "
    "denied observed remarked quipped "
    "asserted reiterated "
    "boast boasted bragged cautioned mused continued continues exclaimed confessed echoed interrupted "
    "shouted joked pleaded laughed demanded wondered"
)
SPEECH_VERBS = frozenset(_SPEECH_LEMMAS.split())
# The verbs of an attribution that follows the words it frames ("…,” Ann Lee said.", "said Ann Lee"): the align stage
# reads them at a claim's end (``align.facts``: a tail alone is no fact; a quotation piece ending in a named speaker)
TAIL_VERBS = ("said", "says", "added", "adds", "told", "tells", "wrote", "writes", "explained", "continued")
# ... and the rarer ones it accepts after a quotation's closing mark with a name
NAMED_TAIL_VERBS = (*TAIL_VERBS, "noted", "recalled", "insisted", "replied")
_FRAME_ONLY = (
    "notes points concludes answered jokes tweeted read reads quipped insisted tweets called calls described "
    "summarized summarised"
)
# Next to a quotation these are speech verbs too; elsewhere they are too often nouns ("notes").
FRAME_VERBS = SPEECH_VERBS | frozenset(_FRAME_ONLY.split())
_ATTITUDE = (
    "believe believes believed think thinks thought feel feels felt expect expects expected fear fears feared "
    "hope hopes hoped know knows knew agree agrees agreed accused accuses"
)
# Attitude verbs mark reported speech ("X believes that ...") but never introduce a direct quote.
ATTITUDE_VERBS = frozenset(_ATTITUDE.split())
PARTICIPLES = frozenset({"saying", "adding", "telling", "writing", "arguing", "warning", "stating", "noting"})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
PERSONAL_PRONOUNS = frozenset({"he", "she"})
_CLAUSE = (
    "that which who whom whose and but as while when because after before if though although since so or "
    "where whether than until unless also still then however meanwhile"
)
# Words that end a subject noun phrase when reading backwards from a verb.
CLAUSE_WORDS = frozenset(_CLAUSE.split())
_ADVERBS = (
    "also later then recently previously earlier repeatedly publicly privately separately again once "
    "simply flatly firmly quickly often never always has have had would will may might could"
)
# Adverbs and auxiliaries between a subject and its verb ("Putin has also said").
ADVERBS = frozenset(_ADVERBS.split())
DOUBLE_MARKS = frozenset('“”«»„"')
WORD = re.compile(r"[^\W_][\w’'.-]*", re.UNICODE)


def is_speech_verb(word: str) -> bool:
    return word.lower() in SPEECH_VERBS


def words_with_offsets(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0).rstrip("."), m.start(), m.end()) for m in WORD.finditer(text)]


# --- cue lemmas for the parser-based reported speech (nlp/syntax_speech.py) -----------------------
# Verbs whose clausal complement is what someone said, wrote, thought or found (PolNeAR's notion of
# attribution: speech, writing, belief, intention, evidence).
_CUES = (
    "say tell add write ask note report announce suggest show find describe tweet argue think explain "
    "believe accuse acknowledge declare expect urge cite recall conclude claim respond agree propose hope "
    "state know warn promise insist reply plan reveal predict pledge vow fear admit deny indicate confirm "
    "assure feel decide estimate reiterate assert concede complain stress emphasize emphasise joke repeat "
    "allege contend maintain caution testify observe remark point mention signal worry doubt insist "
    "speculate acknowledge recommend demand wonder lament boast brag counter charge announce predict "
    "insinuate imply hint guess assume suspect reckon realize realise understand learn discover "
    "post email text post blog muse question threaten vow swear affirm clarify concur protest "
    "want intend seek refuse decline refer rail talk speak"
)
CUE_LEMMAS = frozenset(_CUES.split())
# Cue verbs whose direct object is the content ("denied the report", "criticized the plan").
_NP_CONTENT = (
    "deny criticize criticise praise endorse support oppose reject dismiss blame condemn denounce "
    "question defend welcome propose announce confirm reveal cite describe mention discuss attack "
    "decry slam blast mock predict promise pledge acknowledge admit demand recommend call back prefer thank "
    # stop 21, from the cues of PolNeAR train gold the stage missed: PolNeAR reads each as attribution
    "express echo offer tout trumpet hail applaud assail bemoan congratulate challenge highlight portray"
)
NP_CONTENT_LEMMAS = frozenset(_NP_CONTENT.split())
# Cue verbs whose "to ..." complement is the content ("vowed to fight on", "refused to comment").
_XCOMP = (
    "promise vow pledge plan want intend seek refuse decline threaten hope expect urge agree decide swear ask call "
    "propose suggest support recommend favor"
)
XCOMP_LEMMAS = frozenset(_XCOMP.split())
CUE_LEMMAS = CUE_LEMMAS | NP_CONTENT_LEMMAS | XCOMP_LEMMAS
_IRREGULAR = (
    "said says told wrote written thought knew known saw seen felt found sought spoke spoken swore sworn understood"
)


def inflections(lemma: str) -> set[str]:
    forms = {lemma, lemma + "s", lemma + "ed", lemma + "ing", lemma + "d", lemma + "es"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ied", lemma[:-1] + "ies"}
    if len(lemma) > 2 and lemma[-1] not in "aeiouwy" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


# Surface forms that make a sentence worth parsing (a cheap over-approximation of CUE_LEMMAS).
CUE_SURFACE = frozenset(f for lemma in CUE_LEMMAS for f in inflections(lemma)) | frozenset(_IRREGULAR.split())
# Verbs of judging read only with an "as" phrase ("Democrats see Sanders as an agent of ...", "is seen as
# the favourite", "known as Super Tuesday") and verbs of impression ("Sanders seemed to reap the benefits",
# "the fallout appears significant"): PolNeAR annotates both as attribution (stop 23).
_JUDGE = "see view regard describe portray cast paint characterize characterise depict perceive consider know label "
_JUDGE += "brand"
JUDGE_LEMMAS = frozenset(_JUDGE.split())
IMPRESSION_LEMMAS = frozenset(["seem", "appear"])
JUDGE_SURFACE = frozenset(f for lemma in JUDGE_LEMMAS | IMPRESSION_LEMMAS for f in inflections(lemma)) | frozenset(
    _IRREGULAR.split()
)
# The cue lemma of a regular surface form, for a lemmatiser that misreads it ("hoping" → "hop").
CUE_LEMMA_OF = {form: lemma for lemma in sorted(CUE_LEMMAS, reverse=True) for form in inflections(lemma)}

# Entity types that can speak; a place ("Moscow said") is read as no named speaker.
SPEAKER_TYPES = frozenset({"PERSON", "ORG"})
_ROLES = (
    "spokesman spokeswoman spokesperson spokespeople spokesmen ministry minister ministers office "
    "department agency official officials president presidents secretary ambassador embassy "
    "government administration commission committee council court judge prosecutor prosecutors "
    "police army military command authority authorities service chief head leader leaders director "
    "chairman chairwoman chair governor mayor senator lawmaker lawmakers adviser advisor aide aides "
    "representative envoy diplomat diplomats statement campaign party spokesperson's newspaper "
    "agency analyst analysts expert experts researcher researchers professor economist economists "
    "general commander officer officers source sources team board union group network channel "
    "website outlet magazine daily tribunal parliament congress senate house kremlin cabinet premier "
    "chancellor king queen prince pope bishop mission delegation pollster poll survey report study "
    "lawyer lawyers attorney attorneys congressman congresswoman councilman councilwoman assemblyman "
    "assemblywoman publicist publicists hospital university clinic"
)
# Head nouns of a named role ("China’s foreign ministry", "a White House spokesman").
ROLE_NOUNS = frozenset(_ROLES.split())
_ORG_ROLES = (
    "ministry office department agency government administration commission committee council court "
    "embassy campaign party newspaper network channel website outlet magazine daily tribunal parliament "
    "congress senate house kremlin cabinet board union group team mission delegation poll survey report "
    "study statement service police army military command authority authorities hospital university clinic"
)
# Role nouns naming an organisation, not a person: "the ministry said" carries an organisation.
ORG_ROLES = frozenset(_ORG_ROLES.split())
