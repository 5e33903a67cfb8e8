"""Bounded load test of `newsfuse serve` on loopback: N requests, C at a time, latency p50/p95.

By default it starts its own server (`python -m newsfuse serve`) on a free 127.0.0.1 port, so the
client and the server are separate processes as in real use, and stops it afterwards. It only
ever targets 127.0.0.1 / localhost: this is a capacity check of one machine, not a load generator.
"""

from __future__ import annotations

import http.client
import json
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from newsfuse.serve.background import free_port, process_alive, wait_ready

LOOPBACK = {"127.0.0.1", "localhost", "::1"}

# A small fictional story (three short reports of one event) posted to /api/brief.
STORY = [
    "Velmont Opens Tidal Power Station\n"
    "The coastal town of Velmont switched on its tidal power station on Tuesday after six years of work.\n"
    "Mayor Ilse Marrow said the station would supply about 9,000 homes once all four turbines run.\n"
    "The regional energy office put the cost at 84 million crowns.\n"
    "Fishermen warned that the turbines could disturb the cod grounds north of the harbour.",
    "Tidal Station Switched On in Velmont\n"
    "Velmont switched on its tidal power station on Tuesday, ending six years of construction.\n"
    "Mayor Ilse Marrow said about 9,000 homes would be powered when the four turbines are in service.\n"
    "The project cost 91 million crowns, according to the regional energy office.\n"
    '"We will be counting every fish this winter," said Arne Vik of the fishing cooperative.',
    "Velmont tidal plant feeds the grid\n"
    "The first two turbines of the Velmont tidal power station started feeding the grid on Tuesday.\n"
    "Northway Marine, which built them, said the other two turbines will follow in the spring.\n"
    "Mayor Ilse Marrow said the station would supply electricity to about 9,000 homes.",
]


@dataclass
class LoadResult:
    name: str
    requests: int
    concurrency: int
    seconds: float
    latencies: list[float] = field(default_factory=list)  # seconds, successful requests only
    errors: dict[str, int] = field(default_factory=dict)  # "HTTP 500" / exception name → count

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]

    def line(self) -> str:
        ok = len(self.latencies)
        errors = sum(self.errors.values())
        detail = ", ".join(f"{k}: {v}" for k, v in sorted(self.errors.items())) or "none"
        return (
            f"{self.name:<16} {ok:>4}/{self.requests} ok, concurrency {self.concurrency}, "
            f"p50 {self.percentile(50) * 1000:8.1f} ms, p95 {self.percentile(95) * 1000:8.1f} ms, "
            f"max {max(self.latencies, default=float('nan')) * 1000:8.1f} ms, "
            f"mean {statistics.fmean(self.latencies) * 1000 if ok else float('nan'):8.1f} ms, "
            f"{ok / self.seconds if self.seconds else 0:6.1f} req/s, errors {errors} ({detail})"
        )


def check_loopback(base: str) -> None:
    parts = urlsplit(base)
    if parts.scheme != "http" or parts.hostname not in LOOPBACK:
        raise ValueError(f"bench load only targets http://127.0.0.1 (loopback), not {base!r}")


@contextmanager
def own_server(timeout: float = 300) -> Iterator[str]:
    """`newsfuse serve` in a child process on a free loopback port; stopped on exit."""
    port = free_port()
    command = [sys.executable, "-m", "newsfuse", "serve", "--host", "127.0.0.1", "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base, timeout, alive=process_alive(process))
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def hammer(
    base: str,
    name: str,
    method: str,
    path: str,
    body: bytes | None,
    requests: int,
    concurrency: int,
    headers: dict[str, str] | None = None,
) -> LoadResult:
    """Send ``requests`` requests from ``concurrency`` threads, each with its own keep-alive
    connection, and time every one."""
    check_loopback(base)
    parts = urlsplit(base)
    local = threading.local()
    lock = threading.Lock()
    result = LoadResult(name=name, requests=requests, concurrency=concurrency, seconds=0.0)
    send_headers = {"Content-Type": "application/json", **(headers or {})}

    def one(_: int) -> None:
        if getattr(local, "conn", None) is None:
            local.conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80, timeout=600)
        started = time.perf_counter()
        try:
            local.conn.request(method, path, body=body, headers=send_headers)
            response = local.conn.getresponse()
            payload = response.read()
            elapsed = time.perf_counter() - started
            error = None if response.status == 200 and payload else f"HTTP {response.status}"
        except (OSError, http.client.HTTPException) as exc:
            local.conn.close()
            local.conn = None
            elapsed, error = 0.0, type(exc).__name__
        with lock:
            if error is None:
                result.latencies.append(elapsed)
            else:
                result.errors[error] = result.errors.get(error, 0) + 1

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(one, range(requests)))
    result.seconds = time.perf_counter() - started
    return result


def run(
    requests: int = 200, concurrency: int = 8, url: str | None = None, api_key: str | None = None
) -> list[LoadResult]:
    if requests < 1 or not 1 <= concurrency <= 64:
        raise ValueError("requests must be >= 1 and concurrency between 1 and 64")
    brief_body = json.dumps({"articles": [{"text": text, "path": f"story-{i}.txt"} for i, text in enumerate(STORY)]})
    headers = {"X-API-Key": api_key} if api_key else {}

    def against(base: str) -> list[LoadResult]:
        check_loopback(base)
        hammer(base, "warm-up", "POST", "/api/brief", brief_body.encode(), 2, 1, headers)
        results = [
            hammer(base, "GET /health", "GET", "/health", None, requests, concurrency, headers),
            hammer(base, "POST /api/brief", "POST", "/api/brief", brief_body.encode(), requests, concurrency, headers),
        ]
        # /health again while briefs are being computed: model work must not block the event loop.
        with ThreadPoolExecutor(max_workers=1) as background:
            busy = background.submit(
                hammer,
                base,
                "POST /api/brief*",
                "POST",
                "/api/brief",
                brief_body.encode(),
                requests // 4 or 1,
                concurrency,
                headers,
            )
            time.sleep(0.5)
            results.append(hammer(base, "GET /health*", "GET", "/health", None, requests, 1, headers))
            results.append(busy.result())
        return results

    if url is not None:
        check_loopback(url)
        wait_ready(url.rstrip("/"), 60)
        return against(url.rstrip("/"))
    with own_server() as base:
        return against(base)


def report(results: list[LoadResult]) -> str:
    lines = ["newsfuse bench load (loopback; latency of successful requests; * = both at the same time)"]
    lines += [r.line() for r in results]
    return "\n".join(lines)
