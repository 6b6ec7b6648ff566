"""The one place that wires the stages: ingest → nlp → extract → resolve → store.

``run`` is what ``threadline ingest`` calls; ``extract_documents`` is the same
path without storage, for ``threadline extract``.
"""
from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass, field, replace
from itertools import chain, groupby, islice
from typing import Callable, Iterable, Iterator

from threadline.domain import load_pack
from threadline.errors import InputError, StoreError
from threadline.executors import InProcess
from threadline.extract.detector import load_detector
from threadline.extract.clauses import ClauseParser
from threadline.extract.events import extract_events, plan_sentences
from threadline.extract.korean_events import extract_korean_events
from threadline.extract.lexicon import load_lexicon
from threadline.ingest import dedup
from threadline.ingest.offsets import OffsetMap
from threadline.ingest.sources import iter_documents
from threadline.model import Document, Extraction, PublishedDate
from threadline.nlp import annotate, build_clause_nlp, build_nlp
from threadline.nlp.pipeline import bounded
from threadline.nlp.korean import KoreanReader
from threadline.resolve import Resolver
from threadline.resolve.editions import EditionIndex
from threadline.settings import Settings
from threadline.temporal import find_timexes
from threadline.temporal.korean import find_korean_timexes


@dataclass
class RunReport:
    """What one run did, for the user and for the exit code."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    near_duplicates: int = 0
    editions: int = 0  # reports linked to their edition in another language
    not_english: int = 0  # stored, nothing extracted (Korean is read, so not counted here)
    failures: list[InputError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


class Extractor:
    """The loaded pipeline: spaCy model, lexicon and resolver, built once and reused."""

    def __init__(self, settings: Settings, decisions=()):
        self.settings = settings
        self.nlp = build_nlp(settings)
        self.lexicon = load_lexicon(settings.domain_pack)
        self.detector = load_detector(settings.event_detector) if settings.learned_events else None
        self.clauses = ClauseParser(build_clause_nlp(settings)) if settings.event_clauses else None
        pack = load_pack(settings.domain_pack)
        self.resolver = Resolver(pack, list(decisions), settings.fuzzy_threshold)
        # An analyst's alias is a name to look for in every later report.
        aliases = [(d.value, pack.entity(d.subject).kind if d.subject in pack else "organization", d.subject)
                   for d in decisions if d.action == "alias"]
        if aliases:
            self.nlp.get_pipe("threadline_entities_v1").add_names(aliases)
        self._korean: KoreanReader | None = None  # loaded on the first Korean report

    @property
    def korean(self) -> KoreanReader:
        if self._korean is None:
            self._korean = KoreanReader(self.settings.domain_pack)
        return self._korean

    def extract(self, documents: Iterable[Document]) -> Iterator[Extraction]:
        """Annotate, extract and resolve documents, in batches of ``settings.batch_size``.

        Korean reports are read by the Korean reader into the same kind of annotated
        doc. A report in another language comes back as it is, with nothing extracted:
        the recognisers read English, and on other text they produce noise, not facts.
        """
        for batch in batches(documents, self.settings.batch_size):
            english = [d for d in batch if d.language == "en"]
            korean = [d for d in batch if d.language == "ko"]
            done = {id(d): x for d, x in zip(english, self._extract_english(english))}
            done.update((id(d), x) for d, x in zip(korean, self._extract_korean(korean)))
            for d in batch:
                yield done.get(id(d)) or Extraction(document=d)

    def _extract_korean(self, documents: list[Document]) -> Iterator[Extraction]:
        for document, doc, omap in self.korean.annotate(_with_korean_dates(documents)):
            events = extract_korean_events(document, doc, omap, self.korean.rules)
            res = self.resolver.resolve(document, doc, omap, events)
            timexes = [_to_original(t, omap) for t in doc._.timexes or ()]
            yield Extraction(document=document, entities=res.entities, mentions=res.mentions,
                             timexes=tuple(sorted(timexes, key=lambda t: t.start)), events=res.events)

    def _planned(self, annotated: Iterator[tuple]) -> Iterator[tuple]:
        """Each annotated ``(document, doc, omap)`` with its sentence plan and its parsed event
        sentences: those of a window of docs (bounded in count and characters as ``annotate``'s
        batches are) are parsed in one call, since a parser call per report costs more than the
        parsing."""
        for window in bounded(annotated, self.settings.batch_size, self.settings.section_chars,
                              length=lambda item: len(item[2].clean)):
            plans = [plan_sentences(document, doc, self.lexicon, self.detector) for document, doc, _ in window]
            parses: list[dict] = [{} for _ in window]
            if self.clauses is not None:
                wanted = [(i, n) for i, plan in enumerate(plans) for n in plan.stating()]
                for (i, n), parsed in zip(wanted, self.clauses.parse([plans[i].sents[n].text for i, n in wanted])):
                    parses[i][n] = parsed
            yield from ((*x, plan, parse) for x, plan, parse in zip(window, plans, parses))

    def _extract_english(self, documents: list[Document]) -> Iterator[Extraction]:
        annotated = annotate(self.nlp, documents, self.settings.batch_size, self.settings.section_chars)
        planned = self._planned(annotated)
        # A long report comes back in sections, one after another: gather what each
        # holds, one section at a time, so that a section's Doc is freed once read.
        for _, parts in groupby(planned, key=lambda x: id(x[0])):
            entities: dict[str, object] = {}
            mentions, timexes, events = [], [], []
            n = 0
            for document, doc, omap, plan, parses in parts:
                n += 1
                found = extract_events(document, doc, omap, self.lexicon, self.detector, self.clauses, plan, parses)
                res = self.resolver.resolve(document, doc, omap, found)
                for e in res.entities:
                    entities.setdefault(e.id, e)
                mentions += res.mentions
                events += res.events
                timexes += [_to_original(t, omap) for t in doc._.timexes or ()]
            timexes += _dateline_timexes(document)
            yield Extraction(document=document, entities=tuple(entities.values()),
                             mentions=tuple(mentions) if n == 1 else
                             tuple(sorted(mentions, key=lambda m: (m.start, m.end))),
                             timexes=tuple(sorted(timexes, key=lambda t: t.start)), events=tuple(events))


def _with_korean_dates(documents: list[Document]) -> Iterator[Document]:
    """A Korean report without a known publication date takes the first full date it states
    ("2024년 3월 7일" under the headline), as inferred: the English inference reads English dates."""
    for d in documents:
        if d.published.value is None:
            full = next((t for t in find_korean_timexes(d.text, None) if len(t.value or "") == 10
                         and not t.value.startswith("X")), None)
            if full is not None:
                d = replace(d, published=PublishedDate(full.value, "inferred", full.text))
        yield d


def _to_original(timex, omap: OffsetMap):
    start, end = omap.to_original(timex.start, timex.end)
    return replace(timex, start=start, end=end)


def _dateline_timexes(document: Document) -> list:
    """Time expressions in the boilerplate before the content ("WASHINGTON, August 11
    (Xinhua) --", "Posted: Mar. 7, 2024"): dates of the text, though no event takes them,
    since events are read from the content alone."""
    first = document.content[0].start if document.content else len(document.text)
    head = [(b.start, b.end) for b in document.boilerplate if b.end <= first]
    if not head:
        return []
    pub = document.published
    return find_timexes(document.text, pub.value, dct_inferred=pub.basis == "inferred", spans=head)


def batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def run(sources: Iterable[str], settings: Settings, store,
        progress: Callable[[str, object], None] | None = None,
        documents: Iterable[Document | InputError] | None = None,
        runner=None) -> RunReport:
    """Ingest reports into the knowledge base.

    One transaction per batch: a crash or Ctrl-C loses at most the batch in
    flight, and a re-run skips every report already stored (by content hash),
    so nothing is duplicated or half-written.

    Reading, near-duplicate detection, edition linking and writing stay in this
    process, in input order; only the analysis (NLP, events, resolution) goes to
    the runner's workers, batch by batch, and comes back in input order. Entity
    ids are hashes of names, and the store merges two sightings of an entity the
    same in any order (``records.merge_entity``), so the knowledge base is the
    one a single process would build.

    Args:
        sources: files, folders and URLs.
        settings: the settings.
        store: an open ``threadline.store.Store``.
        progress: called as ``progress(event, payload)`` with ``"document"``
            (a Document read), ``"failure"`` (an InputError) and ``"stored"`` (a count).
        documents: documents (and InputErrors) already read, used instead of
            reading ``sources`` (``threadline follow`` passes a feed's new entries).
        runner: where batches are analysed (``executors.open_runner``); None, or an
            input of a single batch, is this process.
    Returns:
        a ``RunReport``.
    """
    report = RunReport()
    notify = progress or (lambda *_: None)
    decisions = store.decisions(active_only=True)
    index = dedup.NearDuplicateIndex(settings.near_duplicate_threshold)
    for doc_id, blob in store.signatures():
        index.add(doc_id, dedup.from_bytes(blob))

    def fresh_documents() -> Iterator[tuple[Document, bytes]]:
        seen_ids: set[str] = set()
        seen_hashes: set[str] = set()
        for item in (iter_documents(sources, settings) if documents is None else documents):
            if isinstance(item, InputError):
                report.failures.append(item)
                store.record_failure(item.source, item.reason)
                notify("failure", item)
                continue
            report.read += 1
            notify("document", item)
            if item.content_hash in seen_hashes or store.has_document(content_hash=item.content_hash):
                # the same text again (in this run or stored before): nothing new to store
                report.unchanged += 1
                continue
            seen_hashes.add(item.content_hash)
            if item.id in seen_ids or store.has_document(doc_id=item.id):
                # Same file name, different text: keep both, apart.
                item = replace(item, id=f"{item.id}-{item.content_hash[:8]}")
            seen_ids.add(item.id)
            if item.language not in ("en", "ko"):
                report.not_english += 1
            sig = _signature(item)
            original = index.find(sig)
            if original:
                item = replace(item, near_duplicate_of=original)
                report.near_duplicates += 1
            index.add(item.id, sig)
            yield item, dedup.to_bytes(sig)

    failed: set[str] = set()

    def fail(document: Document, reason: str) -> None:
        error = InputError(document.source, reason)
        failed.add(document.id)
        report.failures.append(error)
        store.record_failure(error.source, error.reason)
        notify("failure", error)

    # A report's other-language edition (the Korean edition of an English story) is one origin.
    # The other edition may be stored already, by an earlier run.
    editions = EditionIndex(stored=store.other_language_reports)
    for batch, extractions in analysed(batches(fresh_documents(), settings.batch_size), settings, decisions,
                                        runner, fail):
        signatures = {d.id: s for d, s in batch}
        linked = [editions.link(x) for x in extractions]
        report.editions += sum(a is not b for a, b in zip(linked, extractions))
        extractions = linked
        try:
            written = _save(store, extractions, signatures)
        except StoreError as exc:
            if len(extractions) < 2 or _is_connection_error(exc):
                raise
            # One report the database refuses must not cost the batch: save them
            # one by one; a lost connection still ends the run with its message.
            written = 0
            for x in extractions:
                try:
                    written += store.save_extractions([x], {x.document.id: signatures[x.document.id]})
                except StoreError as one:
                    if _is_connection_error(one):
                        raise
                    fail(x.document, f"could not be stored ({_reason(one)})")
        report.stored += written
        # Neither written nor failed: another process stored the same report meanwhile.
        report.unchanged += sum(1 for d, _ in batch if d.id not in failed) - written
        notify("stored", written)
    return report


def analysed(batches: Iterator[list], settings: Settings, decisions: list,
              runner, fail: Callable[[Document, str], None]) -> Iterator[tuple[list, list[Extraction]]]:
    """Each batch of ``(document, anything)`` with its extractions, in input order.

    The reports a worker could not analyse are passed to ``fail`` as each batch
    comes back, in order, as a single process would. An input of one batch is
    analysed here: starting workers (a model load each) would cost more than it saves.

    Args:
        batches: lists of ``(document, anything)``, read lazily, a window ahead.
        settings: the settings the pipeline is built from.
        decisions: the analysts' active decisions, applied by the resolver.
        runner: an ``executors`` runner; None is this process.
        fail: called with a document and the reason it could not be analysed.
    Returns:
        an iterator of ``(batch, extractions)``.
    """
    first, second = next(batches, None), next(batches, None)
    if first is None:
        return
    if runner is None or second is None:
        runner = InProcess()
    jobs = ((batch, [d for d, _ in batch]) for batch in chain([first], [second] if second else [], batches))
    run_id = uuid.uuid4().hex
    try:
        for batch, (extractions, failures) in runner.map_in_order(extract_batch, (run_id, settings, decisions), jobs):
            by_id = {d.id: d for d, _ in batch}
            for doc_id, reason in failures:
                fail(by_id[doc_id], reason)
            yield batch, extractions
    finally:
        _LOADED.pop(run_id, None)


#: The pipeline this process loaded for a run, by run id: a worker process (or Dask
#: worker) loads it with the run's first batch and reuses it for the run's later ones.
_LOADED: dict[str, Extractor] = {}
#: One batch at a time per process: a Dask worker may run tasks in several threads,
#: and a spaCy pipeline is not to be shared between threads.
_LOADING = threading.Lock()


def extract_batch(run_id: str, settings: Settings, decisions: list, documents: list[Document]
                  ) -> tuple[list[Extraction], list[tuple[str, str]]]:
    """Analyse one batch: what a worker runs (a top-level function, so that it pickles by name).

    Args:
        run_id: the run the batch belongs to; a new run loads the pipeline anew
            (a domain pack or model may have changed between runs).
        settings: the run's settings.
        decisions: the analysts' active decisions.
        documents: the batch.
    Returns:
        the extractions of the reports that could be analysed, in order, and
        ``(document id, reason)`` for each that could not.
    """
    with _LOADING:
        extractor = _LOADED.get(run_id)
        if extractor is None:
            _LOADED.clear()   # a finished run's pipeline is not needed any more
            extractor = _LOADED[run_id] = Extractor(settings, decisions)
        failures: list[tuple[str, str]] = []
        extractions = _extract_each(extractor, documents, lambda d, reason: failures.append((d.id, reason)))
    return extractions, failures


#: Waits, in seconds, before each new try of a batch the database could not take
#: (connection lost, server restarting, lock not granted in the busy timeout).
SAVE_RETRY_WAITS = (1, 2, 4, 8, 15)


def _save(store, extractions: list[Extraction], signatures: dict) -> int:
    """Save a batch; when the database itself failed (not the data), wait and try again.

    A batch is one transaction, rolled back when the connection drops, and saving
    skips what is stored already: a second try can never write anything twice.
    """
    for wait in (*SAVE_RETRY_WAITS, None):
        try:
            return store.save_extractions(extractions, signatures)
        except StoreError as exc:
            if wait is None or not _is_connection_error(exc):
                raise
            time.sleep(wait)
    raise AssertionError("unreachable")


def _extract_each(extractor: Extractor, documents: list[Document],
                  fail: Callable[[Document, str], None]) -> list[Extraction]:
    """A batch's extractions; when the batch fails, it is redone one report at a time,
    so that a report that trips a bug is recorded as a failure and the rest are kept."""
    try:
        return list(extractor.extract(documents))
    except Exception as exc:  # noqa: BLE001 - a bug on one report must not end the batch
        if len(documents) > 1:
            return [x for d in documents for x in _extract_each(extractor, [d], fail)]
        kind = type(exc).__name__
        fail(documents[0], f"could not be analysed ({kind})" if isinstance(exc, (RecursionError, MemoryError))
             else f"internal error while analysing it ({kind}: {exc}); please report it with the input")
        return []


def _reason(exc: StoreError) -> str:
    return str(exc).split("): ", 1)[-1]


def _is_connection_error(exc: StoreError) -> bool:
    """True when the database itself is the trouble (connection lost, locked, disk full),
    not one report's data: then saving the reports one by one cannot help."""
    return type(exc.__cause__).__name__ in ("OperationalError", "InterfaceError", "DisconnectionError")


def _signature(document: Document):
    """The MinHash of a report's content (boilerplate cut out): what near-copies share."""
    return dedup.signature(OffsetMap.build(document.text, document.content).clean)


def extract_documents(sources: Iterable[str], settings: Settings,
                      on_failure: Callable[[InputError], None] | None = None) -> Iterator[Extraction]:
    """Extraction without storage (for ``threadline extract``): every readable report, in order."""
    extractor = Extractor(settings)
    index = dedup.NearDuplicateIndex(settings.near_duplicate_threshold)

    def documents() -> Iterator[Document]:
        for item in iter_documents(sources, settings):
            if isinstance(item, InputError):
                if on_failure:
                    on_failure(item)
                continue
            # A syndicated copy is linked to its original here too: happenings count origins.
            sig = _signature(item)
            original = index.find(sig)
            index.add(item.id, sig)
            yield replace(item, near_duplicate_of=original) if original else item

    yield from extractor.extract(documents())
