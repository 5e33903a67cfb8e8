"""The store: re-ingest adds nothing, an interrupted ingest recovers, a corrupt file is a clear error."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsfuse.errors import StoreError
from newsfuse.options import Options
from newsfuse.pipeline import clean_documents
from newsfuse.records import RawDocument
from newsfuse.store import Store, ingest_articles, ingest_paths

ARTICLES = {
    "bridge-1.txt": "Harbour Bridge Closed\nThe council of Port Elmsworth voted on Tuesday to close the Corran harbour "
    "bridge for six months after inspectors found cracks in two of its supports, officials said. Mayor Tilda Varga "
    "said ferries would run every twenty minutes while the bridge is shut.",
    "bridge-2.txt": "Elmsworth Drivers Face Detours\nDrivers in Port Elmsworth face long detours after the Corran "
    "bridge was shut over cracked supports. Mayor Tilda Varga said extra ferries would cross the harbour during "
    "repairs.",
    "bridge-copy.txt": "Home | News | Local\nHarbour Bridge Closed\nThe council of Port Elmsworth voted on Tuesday to "
    "close the Corran harbour bridge for six months after inspectors found cracks in two of its supports, officials "
    "said. Mayor Tilda Varga said ferries would run every twenty minutes while the bridge is shut.\nShare on Facebook",
    "pandas-1.txt": "Marlow Zoo Welcomes Twin Red Pandas\nTwo red panda cubs were born at Marlow zoo on Friday, the "
    "first births there in a decade, keeper Jonas Pike said. The cubs will stay with their mother, Suri.",
    "pandas-2.txt": "Panda Cubs Healthy, Keeper Says\nKeeper Jonas Pike said the twin red panda cubs born at Marlow "
    "zoo are healthy and feeding well; their mother Suri has not let them out of the nest box since Friday.",
}


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_ingest_twice_adds_nothing_the_second_time(tmp_path: Path, corpus: Path, models) -> None:
    with Store(tmp_path / "s.duckdb") as store:
        first = ingest_paths(store, [corpus], Options(), models.embedder)
        second = ingest_paths(store, [corpus], Options(), models.embedder)
        stories = store.stories()
        assert store.count("articles") == 5
    assert (first.added, first.copies, first.new_stories) == (5, 1, 2)
    assert (second.added, second.already_stored) == (0, 5)
    assert sorted(s.size for s in stories) == [2, 3]


def test_a_story_grows_across_runs(tmp_path: Path, corpus: Path, models) -> None:
    (corpus / "pandas-2.txt").rename(tmp_path / "later.txt")
    with Store(tmp_path / "s.duckdb") as store:
        ingest_paths(store, [corpus], Options(), models.embedder)
        later = ingest_paths(store, [tmp_path / "later.txt"], Options(), models.embedder)
        assert (later.added, later.new_stories) == (1, 0)
        assert sorted(s.size for s in store.stories()) == [2, 3]


def test_interrupted_ingest_loses_nothing_and_duplicates_nothing(tmp_path: Path, corpus: Path, models) -> None:
    documents = [RawDocument(path=p.name, text=p.read_text()) for p in sorted(corpus.iterdir())]
    articles, _ = clean_documents(documents)
    path = tmp_path / "s.duckdb"

    class InterruptedEmbedder:  # Ctrl-C while the third chunk is being embedded
        def __init__(self) -> None:
            self.calls = 0
            self.dimension = models.embedder.dimension

        def encode(self, texts):
            self.calls += 1
            if self.calls == 3:
                raise KeyboardInterrupt
            return models.embedder.encode(texts)

    with Store(path) as store, pytest.raises(KeyboardInterrupt):
        ingest_articles(store, articles, InterruptedEmbedder(), chunk=2)
    with Store(path) as store:
        assert store.count("articles") == 4  # two whole chunks were committed, nothing of the third
        resumed = ingest_articles(store, articles, models.embedder, chunk=2)
        assert (resumed.added, resumed.already_stored) == (1, 4)
        assert store.count("articles") == 5
        assert sum(s.size for s in store.stories()) == 5


def test_corrupt_store_is_a_store_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"this is not a database\n" * 500)
    with pytest.raises(StoreError, match="corrupt or not a newsfuse store"):
        Store(bad)
    with pytest.raises(StoreError, match="no store"):
        Store(tmp_path / "missing.duckdb", read_only=True)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "newsfuse", *args], capture_output=True, text=True, timeout=600)


@pytest.mark.slow  # the CLI in a subprocess loads the real models
def test_cli_ingest_stories_and_brief_one_story(tmp_path: Path, corpus: Path) -> None:
    store = str(tmp_path / "s.duckdb")
    done = _cli("ingest", str(corpus), "--store", store)
    assert done.returncode == 0, done.stderr
    assert "added 5" in done.stdout and "copies 1" in done.stdout
    again = _cli("ingest", str(corpus), "--store", store)
    assert "added 0" in again.stdout and "already stored 5" in again.stdout
    listed = [json.loads(line) for line in _cli("stories", "--store", store, "--json").stdout.splitlines()]
    bridge = next(s for s in listed if s["size"] == 3)
    assert bridge["title"] == "Harbour Bridge Closed"
    brief = _cli("brief", "--story", bridge["id"], "--store", store)
    assert brief.returncode == 0, brief.stderr
    sources = json.loads(brief.stdout)["sources"]
    assert len(sources) == 3
    assert sum(1 for s in sources if s["copy_of"]) == 1


@pytest.mark.slow  # the CLI in a subprocess
def test_cli_corrupt_store_gives_a_message_not_a_traceback(tmp_path: Path, corpus: Path) -> None:
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(b"\x00garbage" * 1000)
    for args in (
        ("ingest", str(corpus), "--store", str(bad)),
        ("stories", "--store", str(bad)),
        ("brief", "--story", "story-1", "--store", str(bad)),
    ):
        done = _cli(*args)
        assert done.returncode == 1, args
        assert "corrupt or not a newsfuse store" in done.stderr
        assert "Traceback" not in done.stderr


def test_store_refuses_an_embedder_of_another_size(tmp_path: Path) -> None:
    """The store's vectors have the size of all-MiniLM-L6-v2; another model needs another store file."""
    from tests.fakes import HashingEmbedder

    from newsfuse.errors import StoreError
    from newsfuse.store.pipeline import StoreWriter

    with Store(tmp_path / "s.duckdb") as store, pytest.raises(StoreError, match="384-dimensional"):
        StoreWriter(store, HashingEmbedder(dimension=8))


def test_the_ingest_forgets_copies_beyond_its_window_and_caps_duckdb(tmp_path: Path, corpus: Path, models) -> None:
    """The store's duplicate index is a window (options dedup.copy_window_*): with room for one
    article, the copy of the bridge story is no longer found once other articles came between."""
    narrow = Options().with_(copy_window_articles=1)
    with Store(tmp_path / "narrow.duckdb") as store:
        report = ingest_paths(store, [corpus], narrow, models.embedder)
        assert store._db.execute("SELECT current_setting('memory_limit')").fetchall()[0][0] == "244.1 MiB"
    with Store(tmp_path / "wide.duckdb") as store:
        wide = ingest_paths(store, [corpus], Options(), models.embedder)
    # files are read in name order: bridge-1, bridge-2, bridge-copy — one article between copy and origin
    assert (report.added, report.copies, wide.copies) == (5, 0, 1)


def test_arrival_order_and_new_flags(tmp_path: Path, corpus: Path) -> None:
    """What both engines agree on before any model work: articles go by date, then input order
    (undated last), and only those neither stored nor repeated earlier in the input are new — the
    Ray engine embeds exactly those, chunk by chunk, as the local engine does."""
    from tests.fakes import HashingEmbedder

    from newsfuse.records import Article
    from newsfuse.store.pipeline import arrival_order, new_flags

    dates = ["2024-03-02", None, "2024-03-01", "2024-03-02", "2024-03-01T08:00"]
    articles = [Article(f"S{n}", f"p{n}", None, None, d, None, [f"text {n}"]) for n, d in enumerate(dates)]
    assert arrival_order(articles) == [2, 4, 0, 3, 1]

    with Store(tmp_path / "s.duckdb") as store:
        ingest_paths(store, [corpus / "bridge-1.txt"], Options(), HashingEmbedder())
        (stored,) = store.known_hashes(
            [r[0] for r in store._db.execute("SELECT content_hash FROM articles").fetchall()]
        )
        assert new_flags(store, ["h1", stored, "h2", "h1", "h3", stored]) == [True, False, True, False, True, False]
        assert new_flags(store, []) == []
