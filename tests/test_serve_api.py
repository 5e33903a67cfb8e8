"""The HTTP API through FastAPI's TestClient: contract keys, auth, limits, errors, headers."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import anyio
import httpx
import pytest
from fastapi.testclient import TestClient

from newsfuse.nlp import Models
from newsfuse.serve import ServeSettings, create_app

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "serve"
KEY = "test-key-0123456789"
BRIEF_KEYS = {"schema", "title", "sources", "skipped", "summary", "facts", "conflicts", "quotes", "entities"}
SOURCE_KEYS = {"id", "path", "title", "outlet", "published", "words", "removed", "copy_of"}


def velmont_articles() -> list[dict[str, str]]:
    return [
        {"text": (FIXTURES / "coastline-herald.txt").read_text(encoding="utf-8"), "path": "coastline-herald.txt"},
        {"text": (FIXTURES / "valley-post.txt").read_text(encoding="utf-8"), "path": "valley-post.txt"},
        {"html": (FIXTURES / "north-wire.html").read_text(encoding="utf-8"), "path": "north-wire.html"},
    ]


def client_for(fast_models: Models, **settings: object) -> Iterator[TestClient]:
    app = create_app(ServeSettings(**settings), models=fast_models)  # type: ignore[arg-type]
    with TestClient(app) as client:
        yield client


@pytest.fixture(scope="module")
def client(fast_models: Models) -> Iterator[TestClient]:
    yield from client_for(fast_models)


@pytest.fixture(scope="module")
def velmont_brief(client: TestClient) -> dict:
    response = client.post("/api/brief?source_text=true", json={"articles": velmont_articles()})
    assert response.status_code == 200, response.text
    return response.json()


def test_health_reports_models_loaded(client: TestClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "models_loaded": True, "auth": False}


def test_brief_has_contract_keys_and_cited_extractive_summary(velmont_brief: dict) -> None:
    brief = velmont_brief
    assert set(brief) >= BRIEF_KEYS
    assert brief["schema"] == "newsfuse.brief/1"
    assert "Velmont" in brief["title"]
    assert [s["id"] for s in brief["sources"]] == ["S1", "S2", "S3"]
    for source in brief["sources"]:
        assert set(source) >= SOURCE_KEYS
    ids = {s["id"]: s for s in brief["sources"]}
    assert brief["summary"]
    for item in brief["summary"]:
        assert item["sources"] and set(item["sources"]) <= set(ids)
        # extractive: each summary sentence is the words of at least one cited source, in its order (the
        # contract allows deletion-only shortening: a non-restrictive clause may be left out)
        assert any(_words_in_order(item["text"], ids[i]["text"]) for i in item["sources"])
    for fact in brief["facts"]:
        assert fact["status"] in {"corroborated", "single_source", "disputed"}


def test_brief_reads_html_pages_and_reports_removed_lines(velmont_brief: dict) -> None:
    herald, post, wire = velmont_brief["sources"]
    assert wire["path"] == "north-wire.html"
    assert wire["title"] == "Velmont tidal station begins generating power"
    assert "Copyright" not in wire["text"] and "Home" not in wire["text"]
    assert herald["title"] == "Velmont Opens Tidal Power Station After Six-Year Build"  # first line as headline
    assert {"text": "Leave a Reply", "reason": "boilerplate"} in [dict(r) for r in herald["removed"]]
    assert any(r["text"].startswith("Photo:") for r in post["removed"])


def test_source_text_only_when_asked(client: TestClient, velmont_brief: dict) -> None:
    plain = client.post("/api/brief", json={"articles": velmont_articles()}).json()
    assert all("text" not in s for s in plain["sources"])
    with_text = dict(
        velmont_brief, sources=[{k: v for k, v in s.items() if k != "text"} for s in velmont_brief["sources"]]
    )
    assert plain == with_text  # same input, same brief


def test_words_option_shortens_the_summary(client: TestClient, velmont_brief: dict) -> None:
    short = client.post("/api/brief", json={"articles": velmont_articles(), "words": 30}).json()
    assert sum(len(s["text"].split()) for s in short["summary"]) <= 30 or len(short["summary"]) == 1
    assert len(short["summary"]) < len(velmont_brief["summary"])


def test_extract_returns_cleaned_articles(client: TestClient) -> None:
    response = client.post("/api/extract", json={"articles": velmont_articles()})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["skipped"] == []
    assert [a["path"] for a in body["articles"]] == ["coastline-herald.txt", "valley-post.txt", "north-wire.html"]
    for article in body["articles"]:
        assert set(article) == {"path", "title", "outlet", "published", "text", "removed"}
        assert "\n\n" in article["text"]  # paragraphs separated by a blank line
    assert "Share this article" not in body["articles"][0]["text"]
    assert body["articles"][2]["outlet"] == "North Wire"


def test_client_metadata_wins_over_the_page(client: TestClient) -> None:
    article = dict(velmont_articles()[2], title="Given title", published="2031-04-02", url="https://example.org/a")
    body = client.post("/api/extract", json={"articles": [article]}).json()
    (got,) = body["articles"]
    assert (got["title"], got["published"]) == ("Given title", "2031-04-02")


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"articles": []}, "articles"),
        ({"articles": [{"title": "no body"}]}, "needs a non-empty 'text'"),
        ({"articles": [{"text": "   "}]}, "needs a non-empty 'text'"),
        ({"articles": "not a list"}, "articles"),
        ({"articles": [{"text": "Velmont is a town."}], "words": 5}, "words must be between 20 and 5000"),
        ({"articles": [{"text": "Leave a Reply\nShare this article"}]}, "no usable article text"),
        ({"articles": [{"html": "<html><body><nav>Home</nav></body></html>", "path": "p.html"}]}, "no usable"),
    ],
)
def test_bad_input_is_a_422_with_a_message(client: TestClient, payload: dict, message: str) -> None:
    response = client.post("/api/brief", json=payload)
    assert response.status_code == 422, response.text
    assert message in response.json()["detail"]


def test_invalid_json_is_a_422(client: TestClient) -> None:
    response = client.post("/api/brief", content=b"{not json", headers={"Content-Type": "application/json"})
    assert response.status_code == 422
    assert "invalid request" in response.json()["detail"]


def test_unreadable_html_article_is_skipped_not_fatal(client: TestClient) -> None:
    articles = [*velmont_articles()[:2], {"html": "<html><body></body></html>", "path": "empty.html"}]
    body = client.post("/api/brief", json={"articles": articles}).json()
    assert [s["path"] for s in body["skipped"]] == ["empty.html"]
    assert "no article text" in body["skipped"][0]["reason"]


def test_article_count_and_body_size_limits(fast_models: Models) -> None:
    for client in client_for(fast_models, max_articles=2, max_body_bytes=20_000):
        too_many = client.post("/api/brief", json={"articles": velmont_articles()})
        assert too_many.status_code == 413
        assert "too many articles: 3 sent, the limit is 2" in too_many.json()["detail"]

        big = {"articles": [{"text": "Velmont harbour. " * 2_000}]}
        too_big = client.post("/api/brief", json=big)
        assert too_big.status_code == 413
        assert "request body too large" in too_big.json()["detail"]

        # a chunked body (no Content-Length) is counted as it arrives
        chunks = iter([json.dumps(big).encode()[i : i + 4096] for i in range(0, 40_000, 4096)])
        chunked = client.post("/api/extract", content=chunks, headers={"Content-Type": "application/json"})
        assert chunked.status_code == 413

        ok = client.post("/api/extract", json={"articles": velmont_articles()[:2]})
        assert ok.status_code == 200


def test_api_key_guards_every_api_route(fast_models: Models) -> None:
    for client in client_for(fast_models, api_key=KEY):
        body = {"articles": velmont_articles()[:1]}
        for path in ("/api/brief", "/api/extract"):
            missing = client.post(path, json=body)
            assert missing.status_code == 401
            assert missing.headers["www-authenticate"] == "Bearer"
            assert "X-API-Key" in missing.json()["detail"]
            assert client.post(path, json=body, headers={"X-API-Key": "wrong-key-xxxx"}).status_code == 401
            assert client.post(path, json=body, headers={"Authorization": "Basic " + KEY}).status_code == 401
            assert client.post(path, json=body, headers={"X-API-Key": KEY}).status_code == 200
            assert client.post(path, json=body, headers={"Authorization": "Bearer " + KEY}).status_code == 200
        # the page, its assets and the health check stay open: the page asks for the key
        assert client.get("/health").json()["auth"] is True
        assert client.get("/").status_code == 200
        assert client.get("/static/app.js").status_code == 200


def test_api_key_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFUSE_API_KEY", KEY)
    assert ServeSettings.from_env().api_key == KEY
    assert ServeSettings.from_env(api_key="flag-key-123").api_key == "flag-key-123"
    monkeypatch.setenv("NEWSFUSE_API_KEY", "")
    assert ServeSettings.from_env().api_key is None
    with pytest.raises(ValueError, match="at least 8 characters"):
        ServeSettings(api_key="short")


def test_page_has_strict_csp_and_no_inline_script(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    scripts = re.findall(r"<script[^>]*>(.*?)</script>", page.text, flags=re.S)
    assert scripts == [""]  # one script tag, external, with no inline body
    assert 'src="/static/app.js"' in page.text
    script = client.get("/static/app.js")
    assert script.headers["content-type"].startswith(("text/javascript", "application/javascript"))
    assert not re.search(r"\.innerHTML\s*=|outerHTML|insertAdjacentHTML|document\.write|eval\(", script.text)
    api = client.post("/api/brief", json={"articles": []})
    assert "default-src 'none'" in api.headers["content-security-policy"]


def test_openapi_documents_the_routes(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/brief", "/api/extract", "/health"} <= set(spec["paths"])
    docs = client.get("/docs")
    assert docs.status_code == 200
    # Swagger UI comes from this server, not a CDN: /docs works on a machine with no internet
    assert "cdn." not in docs.text and "/docs-assets/swagger-ui-bundle.js" in docs.text
    asset = client.get("/docs-assets/swagger-ui-bundle.js")
    assert asset.status_code == 200 and "SwaggerUIBundle" in asset.text


def test_event_loop_answers_while_a_brief_is_computed() -> None:
    """Model work runs in worker threads: /health answers while a brief is still being made. The
    embedder waits half a second, releasing the GIL as ONNX Runtime does, so the brief is still
    running when /health is asked whatever the machine's speed (with the plain hashing embedder the
    brief sometimes finished within the 0.05 s head start)."""
    import time

    from tests.fakes import HashingEmbedder

    class SlowEmbedder(HashingEmbedder):
        def encode(self, texts: list[str]):  # type: ignore[no-untyped-def]
            time.sleep(0.5)
            return super().encode(texts)

    app = create_app(ServeSettings(), models=Models(embedder=SlowEmbedder()), preload=False)
    finished: list[str] = []

    async def scenario() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:

            async def brief() -> None:
                response = await client.post("/api/brief", json={"articles": velmont_articles()})
                assert response.status_code == 200
                finished.append("brief")

            async def health() -> None:
                await anyio.sleep(0.05)  # let the brief request start first
                assert (await client.get("/health")).status_code == 200
                finished.append("health")

            async with anyio.create_task_group() as group:
                group.start_soon(brief)
                group.start_soon(health)

    anyio.run(scenario)
    assert finished == ["health", "brief"]


def _words_in_order(shown: str, source: str) -> bool:
    """Every word of ``shown`` appears in ``source`` in the same order (verbatim or by deletion only)."""
    words = iter(re.findall(r"\w+", source))
    return all(any(w == v for v in words) for w in re.findall(r"\w+", shown))
