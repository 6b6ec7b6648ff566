"""Re-extraction of stored reports after an upgrade (a new model, detector or domain pack).

Each stored report is analysed again with today's pipeline and the analysts'
active decisions, and its mentions, times and events are swapped for the new
ones in one transaction per batch (``Store.replace_extractions``). The report
rows, their signatures, near-duplicate and edition links, and the decisions
stay. What changed is read back from the store, before and after, so that it
is what an analyst will see: claims new, lost, and changed in what they say.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Callable

from threadline.errors import InputError
from threadline.model import Document, Event
from threadline.pipeline import analysed, batches
from threadline.settings import Settings

#: What a claim says, besides where it is stated (its id): the fields compared. The
#: extractor's version is left out: after an upgrade it differs on every claim.
CLAIM_FIELDS = tuple(f.name for f in fields(Event) if f.name not in ("doc_id", "type", "extractor"))


@dataclass(frozen=True)
class ClaimChange:
    """One claim whose content changed: the event before and after, and the fields that differ."""

    before: Event
    after: Event

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(f for f in CLAIM_FIELDS if getattr(self.before, f) != getattr(self.after, f))


@dataclass
class ReprocessReport:
    """What a re-extraction did.

    ``lost_reviewed`` holds the ids of lost claims an analyst had confirmed or
    rejected: the review stays in the log, but no claim carries it any more.
    """

    reports: int = 0
    new: list[Event] = field(default_factory=list)
    lost: list[Event] = field(default_factory=list)
    changed: list[ClaimChange] = field(default_factory=list)
    lost_reviewed: list[str] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def reprocess(settings: Settings, store, since: str | None = None, outlet: str | None = None,
              progress: Callable[[str, object], None] | None = None, runner=None) -> ReprocessReport:
    """Re-run extraction over stored reports and say what changed.

    Args:
        settings: the settings (model, detector, domain pack) to extract with now.
        store: an open ``Store``.
        since: only reports published then or later (``YYYY[-MM[-DD]]``).
        outlet: only reports of this outlet (any case).
        progress: called as ``progress(event, payload)`` with ``"document"`` (a
            Document re-read), ``"failure"`` (an InputError) and ``"stored"`` (a count).
        runner: where batches are analysed (``executors.open_runner``); None is this process.
    Returns:
        a ``ReprocessReport``. A report that cannot be analysed keeps what was
        extracted from it before and is counted as a failure; the rest go on.
    Raises:
        StoreError: ``since`` is not a date prefix, or the database failed.
    """
    report = ReprocessReport()
    notify = progress or (lambda *_: None)

    def fail(document: Document, reason: str) -> None:
        error = InputError(document.source, reason)
        report.failures.append(error)
        store.record_failure(error.source, error.reason)
        notify("failure", error)

    def stored_documents():
        for document in store.iter_documents(since=since, outlet=outlet):
            report.reports += 1
            notify("document", document)
            yield document, None

    decisions = store.decisions(active_only=True)
    for _batch, extractions in analysed(batches(stored_documents(), settings.batch_size), settings, decisions,
                                        runner, fail):
        doc_ids = [x.document.id for x in extractions]
        before = _claims(store, doc_ids)
        store.replace_extractions(extractions)
        after = _claims(store, doc_ids)
        report.new += [e for i, e in after.items() if i not in before]
        lost = [e for i, e in before.items() if i not in after]
        report.lost += lost
        changes = (ClaimChange(e, after[i]) for i, e in before.items() if i in after)
        report.changed += [c for c in changes if c.fields]
        report.lost_reviewed += sorted(store.claim_reviews([e.id for e in lost]))
        notify("stored", len(extractions))
    return report


def _claims(store, doc_ids: list[str]) -> dict[str, Event]:
    return {e.id: e for doc_id in doc_ids for e in store.events(doc_id=doc_id)}
