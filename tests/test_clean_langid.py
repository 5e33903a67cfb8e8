"""clean.langid gives py3langid's labels from its memory-mapped cached model, builds the cache once
(atomically) and falls back to py3langid's own loader when the cache cannot be written."""

from __future__ import annotations

from pathlib import Path

import py3langid
import pytest

from newsfuse.clean import langid

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "lake-tessel-summit"
OTHER = [
    "Les dirigeants des deux pays se sont rencontrés jeudi pour signer un accord sur l'eau du lac.",
    "Die beiden Regierungschefs unterzeichneten am Donnerstag elf Abkommen über das Wasser des Sees.",
    "Los líderes de los dos países firmaron el jueves once acuerdos sobre el agua del lago.",
    "Лидеры двух стран в четверг подписали одиннадцать соглашений о водах озера.",
    "两国领导人星期四签署了关于湖水的十一项协议。",
    "I leader dei due paesi hanno firmato giovedì undici accordi sull'acqua del lago.",
    "OK",
    "",
]


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder and an install without the model's arrays (the tree's own may have them)."""
    monkeypatch.setenv("NEWSFUSE_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(langid, "_identifier", None)
    monkeypatch.setattr(langid, "_installed_folder", lambda name: tmp_path / "no-install" / name)
    return tmp_path / "cache"


def _texts(shared: Path | None) -> list[str]:
    texts = [p.read_text(encoding="utf-8")[:5000] for p in sorted(EXAMPLE.glob("*.txt"))] + OTHER
    if shared is not None:
        texts += [p.read_text(encoding="utf-8")[:5000] for p in sorted((shared / "corpora").rglob("*.txt"))]
        source = shared / "bench" / "neus" / "val.source"
        if source.exists():
            texts += [line[:5000] for line in source.read_text(encoding="utf-8").splitlines()[:60]]
    return texts


def test_labels_are_py3langids(fresh_cache: Path) -> None:
    texts = _texts(None)
    assert [langid.classify(t) for t in texts] == [py3langid.classify(t)[0] for t in texts]
    assert len(list(fresh_cache.glob("langid-*/ptc.npy"))) == 1
    assert {langid.classify(t) for t in OTHER[:6]} == {"fr", "de", "es", "ru", "zh", "it"}
    # the state tables are the mapped files, not copies in memory
    identifier = langid._identifier
    assert identifier is not None and isinstance(identifier.tk_nextmove, memoryview)
    assert identifier.tk_nextmove.nbytes > 10_000_000 and isinstance(identifier.tk_nextmove[1000], int)


def test_a_table_that_is_not_one_dimensional_integers_is_refused(tmp_path: Path) -> None:
    import numpy as np

    np.save(tmp_path / "ok.npy", np.array([3, 1, 2], dtype=np.uint16))
    assert list(langid._mapped(tmp_path / "ok.npy")) == [3, 1, 2]
    for name, array in (("floats", np.zeros(3)), ("square", np.zeros((2, 2), dtype=np.int64))):
        np.save(tmp_path / f"{name}.npy", array)
        with pytest.raises(ValueError):
            langid._mapped(tmp_path / f"{name}.npy")


def test_labels_on_the_shared_texts(fresh_cache: Path, shared_dir: Path) -> None:
    texts = _texts(shared_dir)
    assert [langid.classify(t) for t in texts] == [py3langid.classify(t)[0] for t in texts]


def test_the_cache_is_reused_and_rebuilt_when_deleted(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert langid.classify(OTHER[0]) == "fr"
    folder = next(fresh_cache.glob("langid-*"))
    monkeypatch.setattr(langid, "_identifier", None)
    monkeypatch.setattr(langid, "_write", lambda *_: pytest.fail("rebuilt an existing cache"))
    assert langid.classify(OTHER[1]) == "de"
    monkeypatch.undo()
    monkeypatch.setenv("NEWSFUSE_CACHE", str(fresh_cache))
    monkeypatch.setattr(langid, "_installed_folder", lambda name: fresh_cache.parent / "no-install" / name)
    for item in folder.iterdir():
        item.unlink()
    folder.rmdir()
    monkeypatch.setattr(langid, "_identifier", None)
    assert langid.classify(OTHER[2]) == "es" and (folder / "classes.txt").is_file()


def test_an_unwritable_cache_falls_back_to_py3langid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("NEWSFUSE_CACHE", str(blocked / "cache"))
    monkeypatch.setattr(langid, "_identifier", None)
    assert langid.classify(OTHER[3]) == "ru"


def test_loading_ahead_builds_the_cache_once_and_gives_the_same_labels(fresh_cache: Path) -> None:
    import threading

    langid.load_soon()
    langid.load_soon()  # a second call while the first loads starts no second build
    texts = _texts(None)
    assert [langid.classify(t) for t in texts] == [py3langid.classify(t)[0] for t in texts]
    for thread in threading.enumerate():
        if thread.name == "newsfuse-load-langid":
            thread.join()
    assert [p.name for p in fresh_cache.iterdir()] == [next(fresh_cache.glob("langid-*")).name]  # no partial copy left
    identifier = langid._identifier
    langid.load_soon()  # loaded: nothing to do
    assert langid._identifier is identifier


def test_a_failed_load_ahead_is_raised_by_classify(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(langid, "_identifier", None)

    def broken() -> None:
        raise RuntimeError("no model")

    monkeypatch.setattr(langid, "_load", broken)
    langid.load_soon()
    with pytest.raises(RuntimeError, match="no model"):
        langid.classify(OTHER[0])


def test_languages_classified_in_a_thread_are_those_cleaning_gives(monkeypatch: pytest.MonkeyPatch) -> None:
    """``pipeline.languages_soon``: the languages of the paragraphs as cleaning left them (off-topic
    removal changes them afterwards), set on each article when asked, as ``clean_document`` sets
    them; a failure is raised in the caller's thread."""
    from newsfuse.pipeline import clean_documents, languages_soon
    from newsfuse.records import RawDocument

    texts = [OTHER[1] + "\n" + OTHER[1], OTHER[2], "Too short.", OTHER[0] + "\n" + OTHER[5]]
    documents = [RawDocument(path=f"{n}.txt", text=t) for n, t in enumerate(texts)]
    expected = [a.language for a in clean_documents(documents)[0]]
    articles, _ = clean_documents(documents, languages=False)
    assert [a.language for a in articles] == [None] * 4
    set_languages = languages_soon(articles)
    articles[0].paragraphs = [OTHER[4]]  # as off-topic removal would, after cleaning
    set_languages()
    assert [a.language for a in articles] == expected == ["de", "es", None, "fr"]

    def broken(paragraphs: list[str]) -> str:
        raise RuntimeError("no model")

    import newsfuse.pipeline as pipeline

    monkeypatch.setattr(pipeline, "language_of", broken)
    with pytest.raises(RuntimeError, match="no model"):
        languages_soon(articles)()


def test_the_installs_arrays_are_mapped_and_nothing_is_written_to_the_cache(
    fresh_cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``pack`` (run at install) keeps py3langid's arrays byte for byte, as the cache's copy; a brief
    with that install maps them from there and writes nothing into a new cache folder (docs/speed.md,
    stop 53); an incomplete copy in the install is passed over for the cache folder's."""
    assert langid.classify(OTHER[0]) == "fr"  # no install: decompressed into the cache folder
    (folder,) = fresh_cache.glob("langid-*")
    from_lzma = {f.name: f.read_bytes() for f in folder.iterdir()}
    install = tmp_path / "install"
    monkeypatch.setattr(langid, "_installed_folder", lambda name: install / name)
    install.mkdir()
    (install / f"{folder.name}.zip").write_bytes(b"stop 27's deflated copy")
    packed = langid.pack()
    assert (
        packed.is_dir() and packed.parent == install and {f.name: f.read_bytes() for f in packed.iterdir()} == from_lzma
    )
    assert [p.name for p in install.iterdir()] == [packed.name]  # the older copy is gone
    assert langid.pack() == packed  # kept: not written again
    new_cache = tmp_path / "cache2"
    monkeypatch.setenv("NEWSFUSE_CACHE", str(new_cache))
    monkeypatch.setattr(langid, "_identifier", None)
    monkeypatch.setattr(langid, "_write", lambda *_: pytest.fail("wrote the arrays with an install holding them"))
    assert [langid.classify(t) for t in OTHER] == [py3langid.classify(t)[0] for t in OTHER]
    identifier = langid._identifier
    assert identifier is not None and isinstance(identifier.tk_nextmove, memoryview)
    assert not new_cache.exists()
    monkeypatch.undo()
    monkeypatch.setenv("NEWSFUSE_CACHE", str(new_cache))
    monkeypatch.setattr(langid, "_installed_folder", lambda name: install / name)
    (packed / "classes.txt").unlink()  # an incomplete copy
    monkeypatch.setattr(langid, "_identifier", None)
    assert [langid.classify(t) for t in OTHER] == [py3langid.classify(t)[0] for t in OTHER]
    (again,) = new_cache.glob("langid-*")
    assert {f.name: f.read_bytes() for f in again.iterdir()} == from_lzma
