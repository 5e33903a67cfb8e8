"""A study's finding against its method: which wording of a unit a summary should show.

A paper's abstract and a news report of it tell one result in two ways: the paper's methods
("The second digit (2D) and fourth digit (4D) asymmetry index (AI), and the right- and left-hand
2D:4D ratios were calculated …") and the report's finding ("investigators found that the 2D:4D ratio
may be an effective predictor of schizophrenia"). When the alignment joins them into one unit, the
unit is shown by its best-scored member, which was the method: editor read #31 (stop 57, Multi-News
row 123) found the brief led by it with the finding in no summary sentence. An editor leads with what
was found.
"""

from __future__ import annotations

import re

# what was done to get a result, told in the passive of a study's method ("were calculated", "was estimated by
# receiver operating characteristics analysis", "were used to assess"): a news report's "were admitted to hospital"
# or "was performed" of a surgery is no method, so only the words of measuring and sampling count
_METHOD = re.compile(
    r"\b(?:was|were)\s+(?:(?:also|then|first)\s+)?(?:calculated|measured|compared|assessed|estimated|analy[sz]ed|"
    r"recruited|enrolled|randomi[sz]ed|evaluated|quantified|computed|used\s+to\s+(?:assess|measure|evaluate|"
    r"estimate|calculate|compare))\b",
    re.IGNORECASE,
)
# what a study found: a verb of finding or showing, a link, or a difference told as significant
_FINDING = re.compile(
    r"\b(?:found|finds|find\s+that|showed|shows|show\s+that|suggests?|suggested|concluded|reveal(?:s|ed)|"
    r"(?:is|are|was|were|be)\s+(?:strongly\s+|significantly\s+|closely\s+)?(?:associated|linked|correlated)|"
    r"predict(?:s|ed|ive|or)?|significantly|more\s+likely|less\s+likely)\b",
    re.IGNORECASE,
)


def method(text: str) -> bool:
    """The sentence tells how a study measured (a passive verb of measuring or sampling) and finds nothing."""
    return bool(_METHOD.search(text)) and not _FINDING.search(text)


def finding(text: str) -> bool:
    """The sentence tells what a study found, showed or suggests."""
    return bool(_FINDING.search(text)) and not _METHOD.search(text)
