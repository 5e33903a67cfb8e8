"""srsly's msgpack decoders looked up once while the pipeline loads (``nlp.models.msgpack_decoders_once``)."""

from __future__ import annotations

import catalogue
import numpy as np
import pytest
import srsly
from srsly.msgpack import msgpack_decoders

from newsfuse.nlp.models import msgpack_decoders_once


def test_decoders_are_looked_up_once_inside_the_block_and_as_before_after(monkeypatch: pytest.MonkeyPatch) -> None:
    scans: list[tuple[str, ...]] = []
    scan = catalogue.Registry.get_all

    def counted(self: catalogue.Registry) -> dict[str, object]:
        scans.append(tuple(self.namespace))
        return scan(self)

    monkeypatch.setattr(catalogue.Registry, "get_all", counted)
    packed = srsly.msgpack_dumps({"weights": np.arange(6, dtype=np.float32).reshape(2, 3), "name": "pier"})
    plain = srsly.msgpack_loads(packed)
    scans.clear()
    with msgpack_decoders_once():
        inside = [srsly.msgpack_loads(packed) for _ in range(20)]
    assert scans.count(("srsly", "msgpack_decoders")) == 1
    for value in inside:  # the numpy decoder still applies: the same values as srsly's own reads
        assert value["name"] == plain["name"] and value["weights"].tobytes() == plain["weights"].tobytes()
        assert value["weights"].dtype == np.float32 and value["weights"].shape == (2, 3)
    assert "get_all" not in vars(msgpack_decoders)  # srsly's look-up is back
    scans.clear()
    srsly.msgpack_loads(packed)
    assert scans.count(("srsly", "msgpack_decoders")) == 1


def test_the_look_up_is_restored_when_the_block_fails() -> None:
    with pytest.raises(RuntimeError), msgpack_decoders_once():
        raise RuntimeError("the pipeline failed to load")
    assert "get_all" not in vars(msgpack_decoders)
