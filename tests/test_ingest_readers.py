"""Readers for every input format: HTML, RSS/Atom, JSONL, CSV, WARC, gzip; fictional fixtures."""

from __future__ import annotations

import gzip
import io
import shutil
from pathlib import Path

import pytest

from newsfuse.ingest import read_paths
from newsfuse.ingest.registry import known_suffixes
from newsfuse.options import Options

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def _read(*paths: Path) -> tuple[list, list]:
    return read_paths(list(paths), Options())


def make_warc(pages: list[tuple[str, str]], compress: bool = True) -> bytes:
    """A WARC of HTTP responses (url, html), written with warcio as a crawler would."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for url, html in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers
        )
        writer.write_record(record)
    return out.getvalue()


def test_every_contract_format_has_a_reader() -> None:
    suffixes = set(known_suffixes())
    for suffix in (".txt", ".html", ".htm", ".jsonl", ".csv", ".warc", ".warc.gz", ".xml", ".rss", ".atom"):
        assert suffix in suffixes


def test_html_body_and_metadata() -> None:
    documents, skipped = _read(FIXTURES / "ferry-gazette.html")
    assert skipped == []
    [doc] = documents
    assert doc.title == "Ferry Service Returns to Marrow Bay After Storm Repairs"
    assert doc.outlet == "The Coastline Gazette"
    assert doc.published == "2025-04-14"
    assert doc.url == "https://www.coastline-gazette.test/news/2025/04/ferry-returns"
    assert "resumed sailings on Monday" in doc.text
    assert "backlog of freight" in doc.text
    # page chrome and the comment section stay out of the body
    for junk in ("Accept all cookies", "Great article", "About time the council", "Sport", "Privacy Policy"):
        assert junk not in doc.text


def test_html_outlet_falls_back_to_the_domain(tmp_path: Path) -> None:
    page = tmp_path / "bare.html"
    body = "".join(f"<p>Paragraph {i} about the Keld ferry returning to service after the storm.</p>" for i in range(8))
    page.write_text(f"<html><body><article>{body}</article></body></html>", "utf-8")
    from newsfuse.ingest.html_extract import html_to_document

    doc = html_to_document(str(page), page.read_text("utf-8"), Options(), url="https://www.keld-post.test/a/1")
    assert doc.outlet == "keld-post.test"


def test_gzipped_html_is_read(tmp_path: Path) -> None:
    target = tmp_path / "ferry.html.gz"
    target.write_bytes(gzip.compress((FIXTURES / "ferry-gazette.html").read_bytes()))
    [doc], skipped = _read(target)
    assert skipped == [] and doc.outlet == "The Coastline Gazette"


def test_rss_items_become_articles() -> None:
    documents, skipped = _read(FIXTURES / "island-feed.xml")
    assert [d.title for d in documents] == [
        "Ferry back on the water after six weeks",
        "Council to review storm spending",
    ]
    first, second = documents
    # full content beats the summary, one line per paragraph
    assert first.text.splitlines() == [
        "The Keld ferry sailed again on Monday morning after six weeks of repairs to the Marrow Bay pier.",
        "About ninety passengers took the first crossing, the harbour master said.",
    ]
    assert first.url == "https://keld-radio.test/news/ferry-back"
    assert first.published == "2031-04-14T09:15:00Z"
    assert first.outlet == "Keld Island Radio"
    assert "helicopter supply drops" in second.text
    # the item without text is named, not dropped silently
    assert [s.path.rsplit("#", 1)[1] for s in skipped] == ["3"]


def test_atom_entries_become_articles() -> None:
    [doc], skipped = _read(FIXTURES / "island-atom.xml")
    assert skipped == []
    assert doc.title == "Pier rebuilt, ferry returns" and doc.published == "2031-04-14T10:30:00Z"
    assert doc.url == "https://courier.test/pier-rebuilt" and "forty metres" in doc.text


def test_xml_that_is_not_a_feed_is_skipped_with_a_reason(tmp_path: Path) -> None:
    other = tmp_path / "sitemap.xml"
    other.write_text('<?xml version="1.0"?><urlset><url><loc>https://a.test/</loc></url></urlset>', "utf-8")
    documents, skipped = _read(other)
    assert documents == [] and "not an RSS or Atom feed" in skipped[0].reason


def test_jsonl_alternate_fields_and_broken_lines() -> None:
    documents, skipped = _read(FIXTURES / "ferry-export.jsonl")
    assert len(documents) == 2
    first, second = documents
    assert first.title == "Ferry returns to Keld" and first.published == "2031-04-14"
    assert first.url == "https://www.harbour-news.test/ferry" and first.outlet == "harbour-news.test"
    assert second.outlet == "portwatch.test" and second.text.startswith("The rebuilt pier")
    assert second.published == "2031-04-14T10:00:00"  # "2031-04-14 10:00:00" normalised to ISO 8601
    reasons = {s.path.rsplit("#", 1)[1]: s.reason for s in skipped}
    assert set(reasons) == {"3", "4"}
    assert "broken JSON" in reasons["3"] and "no text field" in reasons["4"]


def test_csv_text_column_alternates_and_empty_rows() -> None:
    documents, skipped = _read(FIXTURES / "ferry-table.csv")
    assert [d.title for d in documents] == ["Ferry returns to Keld", "Council reviews costs"]
    assert documents[0].text.splitlines()[1] == "About ninety passengers were on board."
    assert documents[0].published == "2031-04-14" and documents[0].outlet == "bayline.test"
    assert len(skipped) == 1 and "empty text" in skipped[0].reason


def test_csv_without_a_text_column_says_what_to_name_it() -> None:
    documents, skipped = _read(FIXTURES / "no-text-column.csv")
    assert documents == []
    assert "no text column" in skipped[0].reason and "title, url" in skipped[0].reason


def test_warc_response_records_become_articles(tmp_path: Path) -> None:
    page = (FIXTURES / "ferry-gazette.html").read_text("utf-8")
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(make_warc([("https://www.coastline-gazette.test/news/ferry", page)]))
    [doc], skipped = _read(archive)
    assert skipped == []
    assert doc.path.endswith("crawl.warc.gz#1")
    assert doc.outlet == "The Coastline Gazette" and "resumed sailings" in doc.text


def test_uncompressed_warc_and_a_record_without_text(tmp_path: Path) -> None:
    page = (FIXTURES / "ferry-gazette.html").read_text("utf-8")
    archive = tmp_path / "crawl.warc"
    archive.write_bytes(
        make_warc([("https://a.test/1", page), ("https://a.test/2", "<html><body></body></html>")], False)
    )
    documents, skipped = _read(archive)
    assert len(documents) == 1
    assert skipped[0].path.endswith("crawl.warc#2") and "https://a.test/2" in skipped[0].reason


def test_a_folder_is_read_recursively_in_order(tmp_path: Path) -> None:
    nested = tmp_path / "in" / "deeper"
    nested.mkdir(parents=True)
    shutil.copy(FIXTURES / "ferry-gazette.html", nested / "b.html")
    shutil.copy(FIXTURES / "island-atom.xml", tmp_path / "in" / "a.xml")
    documents, _ = _read(tmp_path / "in")
    assert [Path(d.path.split("#")[0]).name for d in documents] == ["a.xml", "b.html"]


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_tabular_readers_accept_gzip(tmp_path: Path, suffix: str) -> None:
    source = FIXTURES / ("ferry-export.jsonl" if suffix == ".jsonl" else "ferry-table.csv")
    target = tmp_path / f"export{suffix}.gz"
    target.write_bytes(gzip.compress(source.read_bytes()))
    documents, _ = _read(target)
    assert len(documents) == 2
