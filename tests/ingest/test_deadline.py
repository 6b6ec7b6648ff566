"""The read deadline: a timer that interrupts a busy parser."""
from __future__ import annotations

import time

import pytest

from threadline.ingest.deadline import ReadTimeout, deadline


def test_a_deadline_is_not_swallowed_by_a_parser_that_catches_every_exception():
    # trafilatura's metadata extraction catches Exception, logs it and goes on: a
    # deadline landing there was lost and the page was read to its end.
    swallowed = []
    started = time.monotonic()
    with pytest.raises(ReadTimeout):
        with deadline(0.2):
            try:
                while time.monotonic() - started < 5:
                    pass
            except Exception as exc:  # noqa: BLE001 - what the parser does
                swallowed.append(exc)
            while time.monotonic() - started < 5:
                pass
    assert swallowed == [] and time.monotonic() - started < 2


def test_no_deadline_when_it_is_zero():
    with deadline(0):
        time.sleep(0.05)
