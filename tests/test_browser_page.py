"""The web page driven in headless Chromium against a real server: upload the bundled example,
read the brief, follow a citation to its highlighted passage, and make sure no script carried
by an article ever runs."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsfuse.serve import ServeSettings, create_app
from newsfuse.serve.background import serving

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "serve"
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,1000",
]

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (dev extra)")
from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture(scope="module")
def server(models) -> Iterator[str]:
    with serving(create_app(ServeSettings(), models=models)) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        pytest.skip(
            "chromium is not installed: run `apt-get install -y chromium chromium-driver` (scripts/test.sh does)"
        )
    profile = tempfile.mkdtemp(prefix="newsfuse-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=str(CHROMEDRIVER)))
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait_for_brief(driver: webdriver.Chrome, timeout: float = 180) -> None:
    def finished(d: webdriver.Chrome) -> bool:
        classes = d.find_element(By.ID, "status").get_attribute("class") or ""
        return "done" in classes or "error" in classes

    try:
        WebDriverWait(driver, timeout).until(finished)
    except TimeoutException:
        pytest.fail("no brief after waiting: status line says " + driver.find_element(By.ID, "status").text)
    status = driver.find_element(By.ID, "status")
    assert "done" in (status.get_attribute("class") or ""), status.text


def upload(driver: webdriver.Chrome, files: list[Path]) -> None:
    driver.find_element(By.ID, "files").send_keys("\n".join(str(f) for f in files))
    WebDriverWait(driver, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#article-list li")) == len(files))


def pwned(driver: webdriver.Chrome) -> object:
    return driver.execute_script("return window.__pwned === undefined ? null : window.__pwned;")


def test_example_story_brief_with_citation_highlight(server: str, browser: webdriver.Chrome, example_dir: Path) -> None:
    files = [*sorted(example_dir.glob("*.txt")), FIXTURES / "north-wire.html"]
    browser.get(server + "/")
    upload(browser, files)
    status_seen_while_waiting: list[str] = []
    browser.find_element(By.ID, "run").click()
    status_seen_while_waiting.append(browser.find_element(By.ID, "status").text)
    wait_for_brief(browser)

    assert "article" in status_seen_while_waiting[0]  # the progress line is shown while waiting
    sentences = browser.find_elements(By.CSS_SELECTOR, ".summary li.sentence")
    assert len(sentences) >= 3
    assert "Lake Tessel" in browser.find_element(By.CSS_SELECTOR, "#brief .title").text + " ".join(
        s.text for s in sentences
    )
    sources = browser.find_elements(By.CSS_SELECTOR, ".source-list > li")
    assert len(sources) == len(files)
    assert browser.find_elements(By.CSS_SELECTOR, "details.removed li"), "removed lines are listed per source"

    # Hover each citation: its source is shown with the passage highlighted. The sentence's own
    # source has it verbatim; a source that only paraphrases it gets its closest sentence.
    checked = 0
    for sentence in sentences[:4]:
        exact = 0
        expected = browser.execute_script(
            "return arguments[0].firstChild.textContent.trim();", sentence
        )  # the sentence text, without the citation buttons
        for cite in sentence.find_elements(By.CSS_SELECTOR, "button.cite"):
            ActionChains(browser).move_to_element(cite).perform()
            source_id = cite.get_attribute("data-source")
            active = browser.find_element(By.CSS_SELECTOR, "#source-tabs .tab.active")
            assert active.text == source_id[1:]
            marks = browser.find_elements(By.CSS_SELECTOR, "#source-text mark.hit")
            assert len(marks) == 1, (expected, source_id, browser.find_element(By.ID, "viewer-note").text)
            # the brief names, per source, the sentence that backs this one: it is found verbatim
            assert "approx" not in (marks[0].get_attribute("class") or "")
            if _words_in_order(expected, marks[0].text):  # the sentence itself, or it by deletion only
                exact += 1
            checked += 1
        assert exact >= 1, f"no source holds {expected!r} verbatim"
    assert checked >= 8

    # Clicking a citation works as hovering does (keyboard and touch users).
    last = sentences[-1].find_elements(By.CSS_SELECTOR, "button.cite")[-1]
    last.click()
    assert browser.find_element(By.CSS_SELECTOR, "#source-tabs .tab.active").text == last.text.strip("[]")

    ARTIFACTS.mkdir(exist_ok=True)
    first = sentences[0].find_element(By.CSS_SELECTOR, "button.cite")
    ActionChains(browser).move_to_element(first).perform()
    browser.save_screenshot(str(ARTIFACTS / "serve-page-example-brief.png"))
    assert pwned(browser) is None


def test_hostile_article_runs_no_script(server: str, browser: webdriver.Chrome, example_dir: Path) -> None:
    hostile = (FIXTURES / "hostile.txt").read_text(encoding="utf-8")
    page = FIXTURES / "hostile-page.html"
    browser.get(server + "/")
    paste = browser.find_element(By.ID, "paste-text")
    paste.send_keys(hostile)
    browser.find_element(By.ID, "add-paste").click()
    upload_files = [example_dir / "01-lakeside-courier.txt", page]
    browser.find_element(By.ID, "files").send_keys("\n".join(str(f) for f in upload_files))
    WebDriverWait(browser, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#article-list li")) == 3)
    browser.find_element(By.ID, "run").click()
    wait_for_brief(browser)

    # Show the hostile source in the viewer, then look for any sign that its markup became DOM.
    for tab in browser.find_elements(By.CSS_SELECTOR, "#source-tabs .tab"):
        tab.click()
        assert pwned(browser) is None
        if "<script>" in browser.find_element(By.ID, "source-text").text:
            break
    else:
        pytest.fail("the hostile article's text is not shown literally in any source")
    assert pwned(browser) is None
    assert not browser.find_elements(By.CSS_SELECTOR, "#result img, #result script, #result a[href^='javascript']")
    scripts = [s.get_attribute("src") for s in browser.find_elements(By.TAG_NAME, "script")]
    assert scripts == [server + "/static/app.js"]


def test_hostile_brief_fields_render_as_text(server: str, browser: webdriver.Chrome) -> None:
    """Every section (facts, conflicts, quotes, entities, removed lines) with markup in its data."""
    evil = '<img src=x onerror="window.__pwned=7"><script>window.__pwned=8</script>'
    brief = {
        "schema": "newsfuse.brief/1",
        "title": "Title " + evil,
        "sources": [
            {
                "id": "S1",
                "path": "a" + evil,
                "title": evil,
                "outlet": "Outlet",
                "published": None,
                "words": 9,
                "removed": [{"text": evil, "reason": "comment"}],
                "copy_of": None,
                "text": "Body. Fact " + evil,
            },
            {
                "id": "S2",
                "path": "b.txt",
                "title": None,
                "outlet": None,
                "published": None,
                "words": 3,
                "removed": [],
                "copy_of": "S1",
                "text": "Other body.",
            },
        ],
        "skipped": [{"path": evil, "reason": evil}],
        "summary": [{"text": "Fact " + evil, "sources": ["S1"]}],
        "facts": [
            {"text": "F " + evil, "sources": ["S1"], "status": "corroborated"},
            {"text": "G " + evil, "sources": ["S2"], "status": "single_source"},
            {"text": "H " + evil, "sources": ["S1", "S2"], "status": "disputed"},
        ],
        "conflicts": [
            {
                "topic": "count " + evil,
                "claims": [
                    {"text": "eleven " + evil, "value": "11", "sources": ["S1"]},
                    {"text": "three " + evil, "value": "3" + evil, "sources": ["S2"]},
                ],
            }
        ],
        "quotes": [
            {
                "text": "Q " + evil,
                "speaker": "Speaker " + evil,
                "sources": ["S1"],
                "variants": [{"text": "V " + evil, "sources": ["S2"]}],
            }
        ],
        "entities": [{"name": "N " + evil, "type": "PERSON", "aliases": [evil], "sources": ["S1", "S2"]}],
    }
    browser.get(server + "/")
    browser.execute_script("window.newsfuse.render(JSON.parse(arguments[0]));", json.dumps(brief))
    for cite in browser.find_elements(By.CSS_SELECTOR, "#brief button.cite"):
        cite.click()
    for details in browser.find_elements(By.CSS_SELECTOR, "details.removed"):
        details.click()
    text = browser.find_element(By.ID, "result").text
    assert pwned(browser) is None
    assert not browser.find_elements(By.CSS_SELECTOR, "#result img, #result script")
    assert text.count("<script>window.__pwned=8</script>") >= 12
    claims = browser.find_elements(By.CSS_SELECTOR, ".conflicts .claim")
    assert [c.find_element(By.CSS_SELECTOR, ".value").text for c in claims] == ["11", "3" + evil]
    statuses = [h.text for h in browser.find_elements(By.CSS_SELECTOR, ".facts h4")]
    assert statuses == ["Corroborated (1)", "Disputed (1)", "Only one source (1)"]
    assert browser.find_element(By.CSS_SELECTOR, ".quotes .speaker").text.startswith("Speaker <img")
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "serve-page-all-sections.png"))


def _words_in_order(shown: str, passage: str) -> bool:
    """Every word of ``shown`` appears in ``passage`` in the same order (deletion-only shortening)."""
    words = iter(passage.lower().split())
    return all(any(w == p for p in words) for w in shown.lower().split())
