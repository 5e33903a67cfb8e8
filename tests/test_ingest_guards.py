"""Guards against hostile or broken input: markup depth, time per document, sizes, bombs."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import pytest

from newsfuse.errors import InputError
from newsfuse.ingest import read_paths
from newsfuse.ingest.guards import flatten_deep_markup, markup_depth, time_limit
from newsfuse.ingest.html_extract import html_to_document
from newsfuse.options import Options

PARAGRAPHS = "".join(
    f"<p>Paragraph {i}: the Keld ferry resumed sailings after the harbour pier at Marrow Bay was rebuilt.</p>"
    for i in range(6)
)


def test_markup_depth_counts_nesting_not_void_or_script_tags() -> None:
    assert markup_depth("<div><p>a<br>b<img src=x></p></div>") == 2
    assert markup_depth("<div><script>if (a<b) { x = '<div><div><div>' }</script></div>") == 1
    assert markup_depth("<div>" * 50 + "</div>" * 50) == 50


def test_depth_scan_survives_unclosed_scripts_and_tags() -> None:
    # lazy regexes go quadratic here; the scanner must stay linear and still count correctly
    assert markup_depth("<div><p>" + "<script>x" * 50_000 + "</p></div>") == 2
    assert markup_depth("<div>" + "<a" * 500_000) == 1


def test_flattening_keeps_the_text_and_caps_the_depth() -> None:
    html = "<html><body>" + "<div>" * 5000 + PARAGRAPHS + "</div>" * 5000 + "</body></html>"
    flat = flatten_deep_markup(html, 100)
    assert markup_depth(flat) <= 100
    assert "the Keld ferry resumed sailings" in flat


def test_deeply_nested_page_is_flattened_and_reported() -> None:
    html = "<html><body><article>" + "<div>" * 100_000 + PARAGRAPHS + "</div>" * 100_000 + "</article></body></html>"
    doc = html_to_document("deep.html", html, Options())
    assert doc.text.count("Keld ferry resumed sailings") == 6
    assert any(r.reason == "limit" and "flattened" in r.text for r in doc.removed)


def test_text_just_past_the_parser_depth_limit_is_still_read() -> None:
    # libxml2 silently drops text nested deeper than about 255 elements; the default flattens first
    html = "<html><body>" + "<div>" * 300 + PARAGRAPHS + "</div>" * 300 + "</body></html>"
    assert "Keld ferry" in html_to_document("d300.html", html, Options()).text


def test_time_limit_stops_a_slow_block() -> None:
    started = time.monotonic()
    with pytest.raises(InputError, match=r"longer than 0\.2 s"), time_limit("slow.html", 0.2):
        while True:
            pass
    assert time.monotonic() - started < 5


def test_time_limit_lets_fast_work_through_and_disarms() -> None:
    with time_limit("fast.html", 5):
        total = sum(range(1000))
    assert total == 499500
    time.sleep(0.01)  # an armed timer would fire here


def test_extraction_over_budget_is_skipped_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("Ferry back\nThe Keld ferry sailed again on Monday after six weeks.\n", "utf-8")
    page = tmp_path / "b.html"
    page.write_text("<html><body>" + PARAGRAPHS * 4000 + "</body></html>", "utf-8")
    documents, skipped = read_paths([tmp_path], Options().with_(max_seconds_per_doc=0.01))
    assert [Path(d.path).name for d in documents] == ["a.txt"]
    assert skipped[0].path.endswith("b.html") and "longer than" in skipped[0].reason


def test_zip_bomb_is_cut_at_the_byte_limit(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<html><body><p>" + b"ferry " * 20_000_000 + b"</p></body></html>"))
    options = Options().with_(max_bytes=2_000_000, max_chars=50_000)
    documents, skipped = read_paths([bomb], options)
    notes = [r.text for d in documents for r in d.removed] + [s.reason for s in skipped]
    assert any("exceeds 2,000,000 bytes" in n or "cut" in n for n in notes) or skipped
    assert all(len(d.text) <= options.max_chars for d in documents)


def test_truncated_gzip_keeps_the_readable_part(tmp_path: Path) -> None:
    text = "Ferry back\n" + "The Keld ferry sailed again on Monday after six weeks of repairs.\n" * 400
    data = gzip.compress(text.encode())
    target = tmp_path / "cut.txt.gz"
    target.write_bytes(data[: len(data) // 2])
    [doc], _ = read_paths([target], Options())
    assert "Keld ferry" in doc.text and any("truncated" in r.text for r in doc.removed)


def test_truncated_warc_is_named(tmp_path: Path) -> None:
    from test_ingest_readers import make_warc  # tests/ is on sys.path under pytest

    target = tmp_path / "cut.warc.gz"
    target.write_bytes(make_warc([("https://a.test/1", "<html><body>" + PARAGRAPHS + "</body></html>")])[:120])
    documents, skipped = read_paths([target], Options())
    assert documents == [] and skipped[0].path.endswith("cut.warc.gz")


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("empty.html", b"", "empty"),
        ("binary.html", bytes(range(256)) * 20, "binary"),
        ("no-body.html", b"<html><head><title>x</title></head><body></body></html>", "no article text"),
        ("feed.xml", b"<rss><channel><title>t</title></channel></rss>", "no items"),
        ("lines.jsonl", b"{broken\n[1, 2]\n", "no readable article"),
    ],
)
def test_bad_inputs_are_skipped_with_a_reason(tmp_path: Path, name: str, data: bytes, words: str) -> None:
    (tmp_path / name).write_bytes(data)
    documents, skipped = read_paths([tmp_path / name], Options())
    assert documents == []
    assert words in skipped[0].reason and skipped[0].path.endswith(name)


def test_utf16_chinese_with_a_bom_is_text_but_random_bytes_are_not() -> None:
    from newsfuse.ingest.decode import decode_text

    chinese = "渡轮周一恢复运行，港口码头已经修复。" * 30
    assert decode_text("zh.txt", chinese.encode("utf-16")) == chinese
    with pytest.raises(InputError, match="undecodable"):
        decode_text("junk.txt", b"\xff\xfe" + bytes((i * 37 + 11) % 256 for i in range(6000)))


def test_huge_markup_is_cut_before_parsing_and_reported() -> None:
    options = Options().with_(max_html_chars=20_000)
    scripts = "<script>var x = '" + "y" * 50_000 + "';</script>"
    small = "<html><head>" + scripts + "</head><body>" + PARAGRAPHS + "</body></html>"
    doc = html_to_document("scripts.html", small, options)  # big only because of scripts: kept whole
    assert not any("markup cut" in r.text for r in doc.removed)
    big = "<html><body><article>" + PARAGRAPHS * 100 + "</article></body></html>"
    doc = html_to_document("big.html", big, options)
    assert "Keld ferry" in doc.text
    assert any(r.reason == "limit" and "markup cut" in r.text for r in doc.removed)
