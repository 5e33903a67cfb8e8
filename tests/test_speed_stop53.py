"""Stop 53's cold start: the cleaner imports ftfy without wcwidth (``clean/ftfy_import.py``), and ftfy's
width functions still give wcwidth's answers (the model's arrays in the install: tests/test_clean_langid.py)."""

from __future__ import annotations

import json
import subprocess
import sys

_PROBE = """
import json, sys
if sys.argv[1] == "plain":
    import wcwidth  # already imported: ftfy imports as it always did
import newsfuse.clean.cleaner as cleaner
before = sorted(m for m in sys.modules if m == "wcwidth" or m.startswith("wcwidth."))
fixed = cleaner.normalise("The summit\\u2019s caf\\u00c3\\u00a9 &amp; \\u201cwater\\u201d deal\\u200b")
import ftfy.formatting as formatting
texts = ["water", "\\u5b57\\u5b57", "e\\u0301", "\\x1b[31mred\\x1b[0m", "\\u200b", "\\U0001f600 ok"]
ours = [[formatting.character_width(c) for c in t] + [formatting.monospaced_width(t)] for t in texts]
justified = [formatting.display_ljust(t, 9, "*") for t in texts]
import wcwidth
print(json.dumps({"before": before, "fixed": fixed, "ours": ours, "justified": justified,
                  "real": wcwidth.__spec__ is not None and formatting.wcwidth("a") == 1,
                  "wcwidth": [[int(wcwidth.wcwidth(c)) for c in t] for t in texts]}))
"""


def _probe(mode: str = "stand-in") -> dict[str, object]:
    run = subprocess.run([sys.executable, "-c", _PROBE, mode], capture_output=True, text=True, check=True)
    result: dict[str, object] = json.loads(run.stdout)
    return result


def test_the_cleaner_imports_ftfy_without_wcwidth() -> None:
    found = _probe()
    assert found["before"] == []  # main imported wcwidth's 25 modules with ftfy
    assert found["fixed"] == "The summit\u2019s caf\u00e9 & \u201cwater\u201d deal"
    assert found["real"]  # ``import wcwidth`` afterwards is the real package


def test_ftfys_width_functions_give_what_plain_ftfy_gives() -> None:
    ours, plain = _probe(), _probe("plain")
    assert plain["before"] and not ours["before"]
    for key in ("fixed", "ours", "justified", "wcwidth"):
        assert ours[key] == plain[key], key
    widths = ours["ours"]
    assert isinstance(widths, list) and [row[-1] for row in widths][:3] == [5, 4, 1]


def test_ftfy_imported_plainly_when_wcwidth_is_already_there() -> None:
    code = (
        "import sys, wcwidth; real = sys.modules['wcwidth']\n"
        "from newsfuse.clean.ftfy_import import import_ftfy\n"
        "ftfy = import_ftfy()\n"
        "import ftfy.formatting as f\n"
        "print(sys.modules['wcwidth'] is real, f.wcwidth is real.wcwidth)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["True", "True"]
