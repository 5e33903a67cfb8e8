"""HTTP edge: the JSON API and the web page (``newsfuse serve``).

The app is built by :func:`create_app` from a :class:`ServeSettings` value; models are loaded once
per process and shared by every request. Pipeline work runs in worker threads so the event loop
keeps answering (health checks, other requests) while a brief is being computed.
"""

from newsfuse.serve.app import create_app
from newsfuse.serve.settings import ServeSettings

__all__ = ["ServeSettings", "create_app"]
