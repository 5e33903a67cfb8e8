"""Run the app on 127.0.0.1 in a background thread (tests, benchmarks, embedding in a script)."""

from __future__ import annotations

import http.client
import json
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import uvicorn
from fastapi import FastAPI


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_ready(base: str, timeout: float, alive: Callable[[], bool] = lambda: True) -> None:
    """Poll ``base``/health until the models are loaded; RuntimeError after ``timeout`` seconds
    or as soon as ``alive()`` says the server is gone."""
    parts = urlsplit(base)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not alive():
            raise RuntimeError(f"the server at {base} stopped before it was ready")
        try:
            conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port or 80, timeout=2)
            conn.request("GET", "/health")
            ready = json.loads(conn.getresponse().read()).get("models_loaded")
            conn.close()
            if ready:
                return
        except (OSError, ValueError, http.client.HTTPException):
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the server at {base} was not ready after {timeout:.0f} s")


def process_alive(process: subprocess.Popen[bytes]) -> Callable[[], bool]:
    return lambda: process.poll() is None


@contextmanager
def serving(app: FastAPI, timeout: float = 300) -> Iterator[str]:
    """Serve ``app`` on a free loopback port until the block ends; yields the base URL once
    /health says the models are loaded."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, name="newsfuse-serve", daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    try:
        wait_ready(base, timeout, alive=thread.is_alive)
    except RuntimeError:
        server.should_exit = True
        raise
    try:
        yield base
    finally:
        server.should_exit = True
        thread.join(timeout=15)
