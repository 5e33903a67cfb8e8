"""`newsfuse bench load` against a real server on loopback, kept small for CI."""

from __future__ import annotations

import pytest
from bench import load

from newsfuse.nlp import Models
from newsfuse.serve import ServeSettings, create_app
from newsfuse.serve.background import serving


def test_load_bench_reports_latency_and_no_errors(fast_models: Models) -> None:
    with serving(create_app(ServeSettings(), models=fast_models)) as base:
        results = load.run(requests=6, concurrency=2, url=base)
    names = [r.name for r in results]
    assert names == ["GET /health", "POST /api/brief", "GET /health*", "POST /api/brief*"]
    for result in results:
        assert result.errors == {}
        assert len(result.latencies) == result.requests
        assert 0 < result.percentile(50) <= result.percentile(95)
    text = load.report(results)
    assert "p50" in text and "p95" in text and "errors 0" in text


def test_load_bench_counts_errors(fast_models: Models) -> None:
    with serving(create_app(ServeSettings(api_key="right-key-123"), models=fast_models)) as base:
        result = load.hammer(base, "no key", "POST", "/api/brief", b"{}", 4, 2)
    assert result.errors == {"HTTP 401": 4}
    assert result.latencies == []


@pytest.mark.parametrize("url", ["http://example.org:8000", "http://10.0.0.7:8000", "https://127.0.0.1:8000"])
def test_load_bench_only_targets_loopback(url: str) -> None:
    with pytest.raises(ValueError, match="loopback"):
        load.run(requests=1, concurrency=1, url=url)
