"""Typed errors. Each says what went wrong and, where it can, what to do about it."""
from __future__ import annotations


class ThreadlineError(Exception):
    """Base class for every error Threadline raises on purpose."""


class ConfigError(ThreadlineError):
    """A setting is missing or has a value Threadline cannot use."""


class InputError(ThreadlineError):
    """One input item (file, line, URL) cannot be read as a report.

    Args:
        source: the file path, ``file:line`` or URL that failed.
        reason: a short, specific description of the problem.
    """

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class FetchError(InputError):
    """A URL could not be fetched (unreachable, refused by policy, too large)."""


class StoreError(ThreadlineError):
    """The knowledge base could not be opened or written."""


class NotFoundError(ThreadlineError):
    """A named entity, document or claim is not in the knowledge base."""


class DomainPackError(ThreadlineError):
    """A domain-pack data file is missing or malformed."""


class ExportError(ThreadlineError):
    """A knowledge base cannot be exported or imported as asked (format, destination, file)."""


class DecisionRefused(ThreadlineError):
    """An analyst decision that would corrupt the knowledge base (a country absorbing a city)."""


class WorkerError(ThreadlineError):
    """Extraction workers could not do their part: a worker process died, or the Dask
    cluster could not be reached or lost its workers. What was committed before stays."""
