"""Plain-text reading: headline detection and decoding."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest.decode import decode_text
from newsfuse.ingest.paths import read_paths
from newsfuse.ingest.text_reader import looks_like_headline, split_title
from newsfuse.options import Options


@pytest.mark.parametrize(
    "line",
    [
        "Norvane and Estrella Sign Water Pact at Lake Tessel Summit",
        "Estrella and Norvane end decade-long feud over Lake Tessel",
        "Harbour Strike Ends After Nine Days.",
        "Lake Tessel agreement: what the two countries signed",
    ],
)
def test_headlines_are_recognised(line: str) -> None:
    assert looks_like_headline(line)


@pytest.mark.parametrize(
    "line",
    [
        "The leaders of Norvane and Estrella met on Thursday in Tessel City, where they signed three framework "
        "treaties covering water sharing, pollution control and a joint investment fund.",
        "It rained.",
        "Contents:",
        # a video player's close button before the clip's blurb and credit (editor read, stop 33, row 77: the title)
        "CLOSE Four shops on Keld Street begin sales of the new wool. Ines Calloway",
    ],
)
def test_lede_sentences_are_not_headlines(line: str) -> None:
    assert not looks_like_headline(line)


def test_split_title_keeps_body_intact() -> None:
    title, body = split_title("Harbour Strike Ends\n\nDock workers went back to work on Monday after nine days.")
    assert title == "Harbour Strike Ends"
    assert body.strip() == "Dock workers went back to work on Monday after nine days."


def test_decode_rejects_binary_and_accepts_latin1() -> None:
    with pytest.raises(InputError, match="binary"):
        decode_text("x.txt", b"\x00\x01\x02PK\x03\x04" * 10)
    assert decode_text("y.txt", "Caf\u00e9 au lait".encode("latin-1")) == "Café au lait"


def test_bad_files_are_skipped_with_reasons_and_good_ones_read(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Harbour Strike Ends\nDock workers went back to work on Monday.", "utf-8")
    (tmp_path / "empty.txt").write_text("   \n", "utf-8")
    (tmp_path / "blob.txt").write_bytes(b"\x00" * 100)
    (tmp_path / "data.xyz").write_text("what is this", "utf-8")
    documents, skipped = read_paths([tmp_path, tmp_path / "missing.txt"], Options())
    assert [Path(d.path).name for d in documents] == ["good.txt"]
    reasons = {Path(s.path).name: s.reason for s in skipped}
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["blob.txt"]
    assert "unsupported" in reasons["data.xyz"]
    assert reasons["missing.txt"] == "no such file or folder"
