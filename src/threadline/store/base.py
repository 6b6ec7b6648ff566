"""The ``Store``: the knowledge base's one storage interface.

The same SQLAlchemy Core code runs on SQLite and PostgreSQL; only the
full-text search (``search.py``) and the upsert statement differ by dialect.
Every public method runs in one transaction and raises ``StoreError`` (never a
driver exception) when the database refuses.
"""
from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import Any, Collection, Iterable, Iterator, Mapping, Sequence

from sqlalchemy import (
    Connection,
    String,
    bindparam,
    literal_column,
    Engine,
    case,
    delete,
    distinct,
    exists,
    func,
    literal,
    or_,
    select,
    union,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from threadline.errors import NotFoundError, StoreError
from threadline.model import Document, Entity, Event, Extraction, Mention, Timex
from threadline.store import records as rec
from threadline.store import schema as t
from threadline.store import search as fts
from threadline.store.connect import READ_ONLY_OPTION, describe
from threadline.store.accounts import Accounts
from threadline.store.aggregates import Aggregates
from threadline.store.edits import AnalystEdits
from threadline.store.tracking import Tracking
from threadline.store.search import SearchHit

@dataclass(frozen=True)
class EntitySummary:
    """An entity with how much reporting there is about it.

    Attributes:
        entity: the entity.
        reports: distinct documents that mention it or report an event about it.
        sources: distinct outlets among those documents (documents without an
            outlet are not counted).
        mentions: stored mentions resolved to it.
    """

    entity: Entity
    reports: int
    sources: int
    mentions: int


class Store(Aggregates, AnalystEdits, Tracking, Accounts):
    """The knowledge base over one database. Open it with ``open_store``.

    Analyst edits (decisions, merge, split, rename, alias) are in ``edits.py``;
    watches and followed feeds in ``tracking.py``; workbench users and tokens in ``accounts.py``.

    Usable as a context manager; ``close()`` releases its connections.
    """

    def __init__(self, engine: Engine):
        self._engine = engine
        self._closed = False

    # -- lifecycle ---------------------------------------------------------

    @property
    def url(self) -> str:
        """The database URL, password hidden."""
        return describe(self._engine)

    @property
    def dialect(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self._engine.dialect.name

    def close(self) -> None:
        """Release every connection; the store cannot be used afterwards."""
        if not self._closed:
            self._closed = True
            self._engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Store {self.url}{' closed' if self._closed else ''}>"

    @contextmanager
    def _tx(self, what: str, write: bool = False) -> Iterator[Connection]:
        """One transaction; database errors become ``StoreError``.

        ``write`` makes SQLite take the write lock up front (BEGIN IMMEDIATE):
        a reader upgrading to writer mid-transaction fails at once with
        "database is locked" when another writer got in first.
        """
        if self._closed:
            raise StoreError(f"{what}: the store is closed")
        try:
            with self._engine.connect() as conn:
                conn.execution_options(**{READ_ONLY_OPTION: not write})
                with conn.begin():
                    yield conn
        except SQLAlchemyError as exc:
            reason = getattr(exc, "orig", None) or exc
            raise StoreError(f"{what} failed ({self.url}): {reason}".strip()) from exc

    def _insert(self, table):
        """An INSERT that can take ``on_conflict_do_nothing`` on either dialect."""
        return (postgresql.insert(table) if self.dialect == "postgresql" else sqlite.insert(table))

    # -- writing extractions -----------------------------------------------

    def save_extractions(self, items: Sequence[Extraction],
                         signatures: Mapping[str, bytes] | None = None) -> int:
        """Write a batch of extractions in one transaction.

        A document whose ``id`` or ``content_hash`` is already stored (or
        appears earlier in the batch) is skipped with everything extracted
        from it. Entities are upserted (see ``records.merge_entity``); entity
        ids an analyst merged away are rewritten to the entity they were
        merged into. If any record fails, nothing of the batch is written.

        Args:
            items: the extractions.
            signatures: MinHash signature bytes by document id; stored for
                newly written documents.
        Returns:
            the number of documents newly written.
        Raises:
            StoreError: the database refused a record; the batch is rolled back.
        """
        items = list(items)
        signatures = dict(signatures or {})
        with self._tx("saving a batch of extractions", write=True) as conn:
            redirects = self._redirects(conn, _referenced_entity_ids(items))
            now = rec.utc_now()
            seen_ids: set[str] = set()
            seen_hashes: set[str] = set()
            fresh: list[Extraction] = []
            for item in items:
                doc = item.document
                if doc.id in seen_ids or (doc.content_hash and doc.content_hash in seen_hashes):
                    continue
                seen_ids.add(doc.id)
                if doc.content_hash:
                    seen_hashes.add(doc.content_hash)
                fresh.append(item)
            if not fresh:
                return 0
            # One statement per table for the whole batch (the per-statement overhead was most of
            # a writer's time). ON CONFLICT DO NOTHING covers both the id and the content hash, and
            # a concurrent writer inserting the same report; RETURNING names the rows written.
            stmt = self._insert(t.documents).on_conflict_do_nothing().returning(t.documents.c.id)
            inserted = set(conn.execute(stmt, [rec.document_row(i.document, now) for i in fresh]).scalars())
            written = [i for i in fresh if i.document.id in inserted]
            self._write_children(conn, written, redirects)
            sigs = [{"doc_id": i.document.id, "signature": bytes(signatures[i.document.id])}
                    for i in written if i.document.id in signatures]
            if sigs:
                conn.execute(t.signatures.insert(), sigs)
            entities: dict[str, Entity] = {}
            for item in written:
                for entity in item.entities:
                    if entity.id in redirects:
                        continue     # merged away by an analyst
                    entity = _redirect_entity(entity, redirects)
                    prior = entities.get(entity.id)
                    if prior != entity:     # the pack's places come in every report, unchanged
                        entities[entity.id] = entity if prior is None else rec.merge_entity(prior, entity)
            self._upsert_entities(conn, list(entities.values()), now)
        return len(written)

    def replace_extractions(self, items: Sequence[Extraction]) -> None:
        """Swap what is stored for already stored documents for a new extraction, in one transaction.

        For re-extraction after an upgrade: each document's mentions, time
        expressions, events and search rows are replaced; the document row, its
        signature, the analysts' decisions and the entities other reports
        need stay. Analyst merges are applied to the new records as on ingest.

        Args:
            items: extractions of stored documents.
        Raises:
            NotFoundError: a document is not stored (nothing of the batch is written).
            StoreError: the database refused a record; the batch is rolled back.
        """
        items = list({item.document.id: item for item in items}.values())     # a document twice: the last wins
        with self._tx("replacing extractions", write=True) as conn:
            redirects = self._redirects(conn, _referenced_entity_ids(items))
            now = rec.utc_now()
            entities: dict[str, Entity] = {}
            for item in items:
                doc_id = item.document.id
                if conn.execute(select(t.documents.c.pk).where(t.documents.c.id == doc_id)).first() is None:
                    raise NotFoundError(f"no document {doc_id!r} in the knowledge base to re-extract")
                for table in (t.mentions, t.timexes, t.events, t.search_index):
                    conn.execute(delete(table).where(table.c.doc_id == doc_id))
                for entity in item.entities:
                    if entity.id not in redirects:
                        entity = _redirect_entity(entity, redirects)
                        prior = entities.get(entity.id)
                        entities[entity.id] = entity if prior is None else rec.merge_entity(prior, entity)
            self._write_children(conn, items, redirects)
            self._upsert_entities(conn, list(entities.values()), now)

    def _write_children(self, conn: Connection, items: Sequence[Extraction], redirects: dict[str, str]) -> None:
        """The mentions, times, events, event links and search rows of stored documents, one
        statement per table (rows in the order of ``items``)."""
        mentions, timexes, event_rows, links, search_rows = [], [], [], [], []
        for item in items:
            doc = item.document
            mentions += [rec.mention_row(replace(m, entity_id=redirects.get(m.entity_id, m.entity_id)))
                         for m in item.mentions]
            timexes += [rec.timex_row(doc.id, x) for x in item.timexes]
            events: dict[str, Event] = {}
            for e in item.events:
                for old, new in redirects.items():
                    e = rec.replace_entity_ids(e, old, new)
                events.setdefault(e.id, e)     # the same event twice: keep the first
            search_rows.append({"doc_id": doc.id, "event_id": None, "kind": "document", "start": 0,
                                "end": len(doc.text),
                                "body": fts.index_body(fts.blank_spans(doc.text, doc.boilerplate))})
            for e in events.values():
                event_rows.append(rec.event_row(e))
                links += rec.event_entity_rows(e)
                for span in e.evidence:
                    search_rows.append({"doc_id": e.doc_id, "event_id": e.id, "kind": "event",
                                        "start": span.start, "end": span.end,
                                        "body": fts.index_body(doc.text[span.start:span.end])})
        for table, rows in ((t.mentions, mentions), (t.timexes, timexes), (t.events, event_rows),
                            (t.event_entities, links), (t.search_index, search_rows)):
            if rows:
                conn.execute(table.insert(), rows)

    def _upsert_entities(self, conn: Connection, entities: list[Entity], now: str) -> None:
        """Insert new entities and merge incoming ones into stored ones."""
        if not entities:
            return
        entities.sort(key=lambda e: e.id)     # one lock order for concurrent writers
        stored = self._load_entities(conn, [e.id for e in entities], lock=True)
        new = [e for e in entities if e.id not in stored]
        if new:
            conn.execute(self._insert(t.entities).on_conflict_do_nothing(),
                         [rec.entity_row(e, now) for e in new])
            self._write_names(conn, new)
        renamed = self._renamed(conn, list(stored))
        for incoming in entities:
            if incoming.id in stored and incoming != stored[incoming.id]:
                # An analyst's rename wins over the machine's spelling, even when the
                # rename was made while this ingest was running.
                keep = stored[incoming.id].name if incoming.id in renamed else None
                merged = rec.merge_entity(stored[incoming.id], incoming, keep_name=keep)
                if merged != stored[incoming.id]:
                    self._update_entity(conn, merged, now)

    def _renamed(self, conn: Connection, ids: Sequence[str]) -> set[str]:
        """The ids among ``ids`` an analyst has renamed."""
        found: set[str] = set()
        for chunk in rec.chunks(sorted(ids)):
            query = select(t.decisions.c.subject).where(t.decisions.c.action == "rename",
                                                        t.decisions.c.subject.in_(chunk))
            found.update(conn.execute(query).scalars())
        return found

    def _load_entities(self, conn: Connection, ids: Sequence[str], lock: bool = False) -> dict[str, Entity]:
        found: dict[str, Entity] = {}
        for chunk in rec.chunks(list(ids)):
            query = select(t.entities).where(t.entities.c.id.in_(chunk)).order_by(t.entities.c.id)
            if lock:
                query = query.with_for_update()     # a no-op on SQLite, which locks the file
            found.update((row.id, rec.entity_from(row)) for row in conn.execute(query))
        return found

    def _update_entity(self, conn: Connection, entity: Entity, now: str | None = None) -> None:
        row = rec.entity_row(entity, now or rec.utc_now())
        del row["id"]
        conn.execute(update(t.entities).where(t.entities.c.id == entity.id).values(**row))
        conn.execute(delete(t.entity_names).where(t.entity_names.c.entity_id == entity.id))
        self._write_names(conn, [entity])

    def _write_names(self, conn: Connection, entities: Iterable[Entity]) -> None:
        rows = [{"entity_id": e.id, "norm": n} for e in entities for n in sorted(rec.entity_norms(e))]
        if rows:
            conn.execute(self._insert(t.entity_names).on_conflict_do_nothing(), rows)

    def _redirects(self, conn: Connection, ids: Collection[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for chunk in rec.chunks(sorted(ids)):
            query = select(t.entity_redirects).where(t.entity_redirects.c.old_id.in_(chunk))
            found.update((row.old_id, row.new_id) for row in conn.execute(query))
        return found

    # -- documents -----------------------------------------------------------

    def has_document(self, doc_id: str | None = None, content_hash: str | None = None) -> bool:
        """Whether a document is stored.

        Args:
            doc_id: the document id to look for.
            content_hash: the content hash to look for.
        Returns:
            True when a stored document has the given id or the given hash.
        Raises:
            StoreError: neither argument was given.
        """
        conditions = []
        if doc_id:
            conditions.append(t.documents.c.id == doc_id)
        if content_hash:
            conditions.append(t.documents.c.content_hash == content_hash)
        if not conditions:
            raise StoreError("has_document needs a doc_id or a content_hash")
        with self._tx("looking up a document") as conn:
            return conn.execute(select(t.documents.c.pk).where(or_(*conditions)).limit(1)).first() is not None

    def get_document(self, doc_id: str) -> Document:
        """The stored document with this id.

        Raises:
            NotFoundError: no such document.
        """
        with self._tx("reading a document") as conn:
            row = conn.execute(select(t.documents).where(t.documents.c.id == doc_id)).first()
        if row is None:
            raise NotFoundError(f"no document {doc_id!r} in the knowledge base")
        return rec.document_from(row)

    def get_documents(self, doc_ids: Collection[str]) -> dict[str, Document]:
        """The stored documents with these ids, read in one pass (ids not stored are left out).

        Returns:
            documents by id.
        """
        found: dict[str, Document] = {}
        with self._tx("reading documents") as conn:
            for chunk in rec.chunks(sorted(set(doc_ids))):
                for row in conn.execute(select(t.documents).where(t.documents.c.id.in_(chunk))):
                    found[row.id] = rec.document_from(row)
        return found

    def documents(self, limit: int | None = None) -> list[Document]:
        """Stored documents in the order they were written.

        Args:
            limit: at most this many (all when None).
        Returns:
            the documents.
        """
        query = select(t.documents).order_by(t.documents.c.pk)
        if limit is not None:
            query = query.limit(limit)
        with self._tx("listing documents") as conn:
            return [rec.document_from(row) for row in conn.execute(query)]

    def linked_documents(self, doc_ids: Iterable[str]) -> dict[str, Document]:
        """Documents by id, with every document their near-copy chains lead to.

        What corroboration needs to find the original behind a syndicated copy,
        without reading the whole archive: a recursive query follows
        ``near_duplicate_of`` from the given documents only.

        Args:
            doc_ids: the documents to start from.
        Returns:
            ``{id: Document}`` for those documents and their originals.
        """
        d = t.documents
        out: dict[str, Document] = {}
        with self._tx("reading linked documents") as conn:
            for chunk in rec.chunks(sorted(set(doc_ids))):
                chain = select(d.c.id, d.c.near_duplicate_of).where(d.c.id.in_(chunk)).cte("chain", recursive=True)
                # UNION (not UNION ALL): a cycle of copies cannot loop forever.
                chain = chain.union(select(d.c.id, d.c.near_duplicate_of)
                                    .join(chain, d.c.id == chain.c.near_duplicate_of))
                query = select(d).where(d.c.id.in_(select(chain.c.id)), d.c.id.not_in(list(out)))
                out.update((row.id, rec.document_from(row)) for row in conn.execute(query))
        return out

    def other_language_reports(self, language: str, entity_ids: Collection[str], first_day: str, last_day: str,
                               outlet: str | None = None, limit: int = 200) -> list[Extraction]:
        """Stored reports that may be another language's edition of a new report, with what they hold.

        Reports in any language but ``language`` that mention one of
        ``entity_ids`` and were published from ``first_day`` to ``last_day``
        (or in a month or year holding one of those days, or on no known date),
        by ``outlet`` or with no outlet; those sharing the most entities first.

        Args:
            language: the new report's language code.
            entity_ids: the entities the new report names.
            first_day: ``YYYY-MM-DD``, the earliest publication day.
            last_day: ``YYYY-MM-DD``, the latest.
            outlet: the new report's outlet (None: any).
            limit: the most reports to return.
        Returns:
            extractions (document, mentions, time expressions, events); entities are left out.
        """
        if not entity_ids:
            return []
        d, m = t.documents, t.mentions
        coarse = {first_day[:7], last_day[:7], first_day[:4], last_day[:4]}
        shared = func.count(distinct(m.c.entity_id))
        query = (select(d.c.id, shared.label("shared")).join(m, m.c.doc_id == d.c.id)
                 .where(d.c.language != language, m.c.entity_id.in_(sorted(set(entity_ids))),
                        or_(d.c.published_value.between(first_day, last_day),
                            d.c.published_value.in_(sorted(coarse)), d.c.published_value.is_(None)))
                 .group_by(d.c.id).order_by(shared.desc(), d.c.id).limit(limit))
        if outlet is not None:
            query = query.where(or_(d.c.outlet == outlet, d.c.outlet.is_(None)))
        with self._tx("finding other-language reports") as conn:
            ids = [row.id for row in conn.execute(query)]
            if not ids:
                return []
            docs = {row.id: rec.document_from(row) for row in conn.execute(select(d).where(d.c.id.in_(ids)))}
            parts: dict[str, dict[str, list]] = {i: {"mentions": [], "timexes": [], "events": []} for i in ids}
            for row in conn.execute(select(m).where(m.c.doc_id.in_(ids)).order_by(m.c.start, m.c.id)):
                parts[row.doc_id]["mentions"].append(rec.mention_from(row))
            x = t.timexes
            for row in conn.execute(select(x).where(x.c.doc_id.in_(ids)).order_by(x.c.start, x.c.id)):
                parts[row.doc_id]["timexes"].append(rec.timex_from(row))
            ev = t.events
            for row in conn.execute(select(ev).where(ev.c.doc_id.in_(ids)).order_by(ev.c.start)):
                parts[row.doc_id]["events"].append(rec.event_from(row))
        return [Extraction(document=docs[i], **{k: tuple(v) for k, v in parts[i].items()}) for i in ids]

    def iter_documents(self, since: str | None = None, outlet: str | None = None,
                       page: int = 500) -> Iterator[Document]:
        """Stored documents in the order they were written, read a page at a time.

        Args:
            since: only reports published then or later (``YYYY``, ``YYYY-MM``,
                ``YYYY-MM-DD``, compared at the precision both sides have);
                reports without a publication date are left out.
            outlet: only reports of this outlet (any case).
            page: documents per query.
        Returns:
            an iterator; memory holds one page.
        Raises:
            StoreError: ``since`` is not an ISO date prefix.
        """
        d = t.documents
        conditions = []
        if since is not None:
            if not rec.is_date_prefix(since):
                raise StoreError(f"since={since!r}: give a date as YYYY, YYYY-MM or YYYY-MM-DD")
            conditions += [d.c.published_value.is_not(None),
                           func.substr(d.c.published_value, 1, len(since))
                           >= func.substr(literal(since), 1, func.length(d.c.published_value))]
        if outlet is not None:
            conditions.append(func.lower(d.c.outlet) == outlet.lower())
        last = 0
        while True:
            query = select(d).where(d.c.pk > last, *conditions).order_by(d.c.pk).limit(page)
            with self._tx("reading documents") as conn:
                rows = conn.execute(query).all()
            yield from (rec.document_from(row) for row in rows)
            if len(rows) < page:
                return
            last = rows[-1].pk

    def count(self, table: str) -> int:
        """How many rows a table holds.

        Args:
            table: documents, entities, mentions, events, timexes (also
                event_entities, decisions, failures, signatures).
        Returns:
            the row count.
        Raises:
            StoreError: an unknown table name.
        """
        if table not in t.COUNTABLE:
            raise StoreError(f"cannot count {table!r}; known: {', '.join(sorted(t.COUNTABLE))}")
        with self._tx(f"counting {table}") as conn:
            return conn.execute(select(func.count()).select_from(t.COUNTABLE[table])).scalar_one()

    def signatures(self) -> Iterator[tuple[str, bytes]]:
        """Every stored MinHash signature, for rebuilding an LSH index.

        Read in pages, so a large archive never sits in memory at once.

        Returns:
            an iterator of ``(doc_id, signature bytes)`` in doc-id order.
        """
        last = None
        while True:
            query = select(t.signatures).order_by(t.signatures.c.doc_id).limit(1000)
            if last is not None:
                query = query.where(t.signatures.c.doc_id > last)
            with self._tx("reading signatures") as conn:
                page = [(row.doc_id, bytes(row.signature)) for row in conn.execute(query)]
            yield from page
            if len(page) < 1000:
                return
            last = page[-1][0]

    # -- entities ------------------------------------------------------------

    def entities(self, kind: str | None = None, limit: int | None = None,
                 reported: bool = False) -> list[EntitySummary]:
        """Stored entities with their report, source and mention counts.

        Args:
            kind: only entities of this kind (place, organization, facility, person).
            limit: at most this many (all when None); the database stops there.
            reported: only entities at least one report mentions or reports on.
        Returns:
            summaries sorted by reports (most first), then name.
        """
        e, m, d = t.entities, t.mentions, t.documents
        doc_links = union(
            select(m.c.entity_id.label("entity_id"), m.c.doc_id.label("doc_id")).where(m.c.entity_id.is_not(None)),
            select(t.event_entities.c.entity_id, t.events.c.doc_id)
            .join(t.events, t.events.c.id == t.event_entities.c.event_id),
        ).subquery("links")
        reports = (select(doc_links.c.entity_id,
                          func.count(distinct(doc_links.c.doc_id)).label("reports"),
                          func.count(distinct(d.c.outlet)).label("sources"))
                   .join(d, d.c.id == doc_links.c.doc_id)
                   .group_by(doc_links.c.entity_id).subquery("reports"))
        counts = (select(m.c.entity_id, func.count().label("mentions"))
                  .where(m.c.entity_id.is_not(None)).group_by(m.c.entity_id).subquery("counts"))
        n_reports = func.coalesce(reports.c.reports, 0)
        query = (select(e, n_reports.label("n_reports"),
                        func.coalesce(reports.c.sources, 0).label("n_sources"),
                        func.coalesce(counts.c.mentions, 0).label("n_mentions"))
                 .outerjoin(reports, reports.c.entity_id == e.c.id)
                 .outerjoin(counts, counts.c.entity_id == e.c.id)
                 .order_by(n_reports.desc(), func.lower(e.c.name), e.c.id))
        if kind is not None:
            query = query.where(e.c.kind == kind)
        if reported:
            query = query.where(n_reports > 0)
        if limit is not None:
            query = query.limit(limit)
        with self._tx("summarising entities") as conn:
            return [EntitySummary(rec.entity_from(row), int(row.n_reports), int(row.n_sources),
                                  int(row.n_mentions)) for row in conn.execute(query)]

    def get_entity(self, entity_id: str) -> Entity:
        """The stored entity with this id.

        Raises:
            NotFoundError: no such entity (the message names the entity it was
                merged into, when an analyst merged it away).
        """
        with self._tx("reading an entity") as conn:
            return self._entity(conn, entity_id)

    def get_entities(self, entity_ids: Collection[str]) -> dict[str, Entity]:
        """The stored entities with these ids, read in one pass (ids not stored are left out).

        Returns:
            entities by id.
        """
        with self._tx("reading entities") as conn:
            return self._load_entities(conn, sorted(set(entity_ids)))

    def _entity(self, conn: Connection, entity_id: str) -> Entity:
        found = self._load_entities(conn, [entity_id])
        if entity_id in found:
            return found[entity_id]
        moved = self._redirects(conn, [entity_id]).get(entity_id)
        if moved:
            raise NotFoundError(f"entity {entity_id!r} was merged into {moved!r}; use that id")
        raise NotFoundError(f"no entity {entity_id!r} in the knowledge base")

    def find_entities(self, name: str, limit: int | None = None) -> list[Entity]:
        """Entities whose name or an alias matches ``name``.

        Matching ignores case, diacritics and extra spaces ("kusong" finds
        "Kusŏng"). Exact matches come first, then names starting with
        ``name``, then names containing it; each group sorted by name.

        Args:
            name: the name to look up.
            limit: at most this many. Then an exact or prefix match, found by
                index, ends the search before the scan for names containing it.
        Returns:
            the matching entities (empty when none).
        """
        key = rec.normalize_name(name)
        if not key:
            return []
        like = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        n = t.entity_names
        if limit is not None:
            # Exact names (an index seek), then prefixes (an index range: the
            # norms are casefolded, so a byte-order range is a prefix test).
            for tier in (n.c.norm == key,
                         (n.c.norm >= key) & (n.c.norm < key + "\U0010ffff") & n.c.norm.like(like + "%", escape="\\")):
                query = (select(t.entities).where(t.entities.c.id.in_(select(n.c.entity_id).where(tier)))
                         .order_by(func.lower(t.entities.c.name), t.entities.c.id).limit(limit))
                with self._tx("finding entities") as conn:
                    found = [rec.entity_from(row) for row in conn.execute(query)]
                if found:
                    return found
        rank = case((n.c.norm == key, 0), (n.c.norm.like(like + "%", escape="\\"), 1), else_=2)
        ranked = (select(n.c.entity_id, func.min(rank).label("rank"))
                  .where(n.c.norm.like("%" + like + "%", escape="\\"))
                  .group_by(n.c.entity_id).subquery("ranked"))
        query = (select(t.entities).join(ranked, ranked.c.entity_id == t.entities.c.id)
                 .order_by(ranked.c.rank, func.lower(t.entities.c.name), t.entities.c.id))
        if limit is not None:
            query = query.limit(limit)
        with self._tx("finding entities") as conn:
            return [rec.entity_from(row) for row in conn.execute(query)]

    def children(self, entity_id: str, limit: int | None = None) -> list[Entity]:
        """Everything ``located_in`` an entity, directly or through others.

        Args:
            entity_id: the parent (a province, city, ...).
            limit: at most this many (all when None).
        Returns:
            all descendants, sorted by name.
        Raises:
            NotFoundError: no such entity.
        """
        e = t.entities
        with self._tx("listing contained entities") as conn:
            self._entity(conn, entity_id)
            ids = self._descendants(conn, entity_id)
            if not ids:
                return []
            query = select(e).where(_one_of(conn, e.c.id, ids)).order_by(func.lower(e.c.name), e.c.id)
            if limit is not None:
                query = query.limit(limit)
            return [rec.entity_from(row) for row in conn.execute(query)]

    def descendant_ids(self, entity_id: str) -> list[str]:
        """The ids of ``children``, unordered: a scope for events without reading each entity
        (a city of a long archive holds thousands).

        Raises:
            NotFoundError: no such entity.
        """
        with self._tx("listing contained entities") as conn:
            self._entity(conn, entity_id)
            return sorted(self._descendants(conn, entity_id))

    def _descendants(self, conn: Connection, entity_id: str) -> set[str]:
        # One query per level of the tree, each an index lookup by parent (a recursive query's
        # plan scanned the whole entities table at every level on PostgreSQL).
        e = t.entities
        found: set[str] = set()
        level = {entity_id}
        while level:
            below = set(conn.execute(select(e.c.id).where(_one_of(conn, e.c.located_in, level))).scalars())
            level = below - found - {entity_id}     # a located_in cycle ends here
            found |= level
        return found

    def mentions(self, entity_id: str | None = None, doc_id: str | None = None) -> list[Mention]:
        """Stored mentions, by entity and/or document.

        Args:
            entity_id: only mentions resolved to this entity.
            doc_id: only mentions in this document.
        Returns:
            mentions in document then offset order.
        """
        m = t.mentions
        query = select(m).order_by(m.c.doc_id, m.c.start, m.c.id)
        if entity_id is not None:
            query = query.where(m.c.entity_id == entity_id)
        if doc_id is not None:
            query = query.where(m.c.doc_id == doc_id)
        with self._tx("listing mentions") as conn:
            return [rec.mention_from(row) for row in conn.execute(query)]

    def timexes(self, doc_id: str) -> list[Timex]:
        """A document's time expressions, in text order."""
        x = t.timexes
        query = select(x).where(x.c.doc_id == doc_id).order_by(x.c.start, x.c.id)
        with self._tx("listing time expressions") as conn:
            return [rec.timex_from(row) for row in conn.execute(query)]

    # -- events ----------------------------------------------------------------

    def events(self, type: str | None = None, since: str | None = None, until: str | None = None,
               entity_ids: Collection[str] | None = None, doc_id: str | None = None,
               limit: int | None = None, offset: int = 0, newest_first: bool = False) -> list[Event]:
        """Stored events, filtered.

        Time filters compare ISO date prefixes of ``Event.when`` (the start, for
        an interval) at the precision both sides have: ``since="2024-01"``
        keeps "2024-03-02", "2024-01" and "2024" (which may be in January or
        later) but not "2023-12"; ``until`` is inclusive the same way. Events
        without a known year are left out when either filter is given.

        Args:
            type: an event type (``model.EVENT_TYPES``).
            since: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; events from then on.
            until: the same; events up to and including then.
            entity_ids: events with any of these entities in any role.
            doc_id: events of this document.
            limit: at most this many (all when None), after skipping ``offset``; the
                database stops there, so a page of a long timeline costs a page.
            newest_first: latest dates first (undated still last), as a timeline's
                first page shows them.
        Returns:
            events by date (undated last), then document and offset.
        Raises:
            StoreError: ``since``/``until`` is not an ISO date prefix.
        """
        if entity_ids is not None and not entity_ids:
            return []
        ev = t.events
        with self._tx("listing events") as conn:
            if limit is None:
                when = ev.c.when_start.desc() if newest_first else ev.c.when_start.asc()
                query = self._filter_events(conn, select(ev), type, since, until, entity_ids, doc_id)
                query = query.order_by(when.nulls_last(), ev.c.doc_id, ev.c.start, ev.c.id)
                return [rec.event_from(row) for row in conn.execute(query.offset(offset) if offset else query)]
            ids = self._event_page(conn, type, since, until, entity_ids, doc_id, limit, offset, newest_first)
            found = {}
            for chunk in rec.chunks(ids):
                found.update((row.id, rec.event_from(row)) for row in conn.execute(select(ev).where(ev.c.id.in_(chunk))))
            return [found[i] for i in ids if i in found]

    def _event_page(self, conn: Connection, type, since, until, entity_ids, doc_id, limit: int, offset: int,
                    newest_first: bool) -> list[str]:
        """The ids of one page of ``events``, in its order (``entity_ids`` None or not empty).

        The dated events and the undated ones are read apart, so each read follows the index on
        the date in the page's order (no database orders NULLs last both ways from one index),
        and the database stops at the page's end.
        """
        ev = t.events
        want = offset + limit
        ids: list[str] = []
        # Filtered once: the choice of query shape for an entity scope costs a query of its own.
        filtered = self._filter_events(conn, select(ev.c.id), type, since, until, entity_ids, doc_id)
        for dated in (True, False):
            query = filtered
            if dated:
                when = ev.c.when_start.desc() if newest_first else ev.c.when_start.asc()
                query = query.where(ev.c.when_start.is_not(None)).order_by(when, ev.c.doc_id, ev.c.start, ev.c.id)
            else:
                if since is not None or until is not None:
                    break      # a time filter leaves the undated out
                # Not "IS NULL", which SQLite answers by walking every undated event of the archive
                # through the date index instead of looking up the few the filters name.
                query = query.where(func.coalesce(ev.c.when_start, "") == "").order_by(ev.c.doc_id, ev.c.start, ev.c.id)
            ids += conn.execute(query.limit(want - len(ids))).scalars().all()
            if len(ids) >= want:
                break
        return ids[offset:want]

    def count_events(self, type: str | None = None, since: str | None = None, until: str | None = None,
                     entity_ids: Collection[str] | None = None, doc_id: str | None = None,
                     cap: int | None = None) -> int:
        """How many events ``events`` would list with no limit.

        Args:
            cap: count no further than this (a listing says "at least ..."): counting a
                place's hundreds of thousands of events costs what listing them would.
        """
        with self._tx("counting events") as conn:
            if entity_ids is not None and not entity_ids:
                return 0
            query = self._filter_events(conn, select(t.events.c.id), type, since, until, entity_ids, doc_id)
            if cap is not None:
                query = query.limit(cap)
            return conn.execute(select(func.count()).select_from(query.subquery())).scalar_one()

    def _filter_events(self, conn: Connection, query, type, since, until, entity_ids, doc_id):
        """``query`` over events narrowed by the filters of ``events`` (``entity_ids`` None or not empty).

        Events of many entities (a country, a province of a long archive: hundreds of thousands)
        are tested one by one as the database walks the other filters or the date index
        (``EXISTS``), so a page stops early; those of a few are read from the entities' side
        (``IN``), so the database does not walk the whole archive to find them.
        """
        ev = t.events
        if type is not None:
            query = query.where(ev.c.type == type)
        if doc_id is not None:
            query = query.where(ev.c.doc_id == doc_id)
        for bound, op in ((since, "since"), (until, "until")):
            if bound is None:
                continue
            if not rec.is_date_prefix(bound):
                raise StoreError(f"{op}={bound!r}: give a date as YYYY, YYYY-MM or YYYY-MM-DD")
            # Compare at the shorter of the two precisions.
            mine = func.substr(ev.c.when_start, 1, len(bound))
            theirs = func.substr(literal(bound), 1, func.length(ev.c.when_start))
            # The same test by whole years, which an index on when_start can
            # answer as a range; the exact test then runs on that range only.
            year = int(bound[:4])
            by_year = ev.c.when_start >= f"{year:04d}" if op == "since" else ev.c.when_start < f"{year + 1:04d}"
            query = query.where(ev.c.when_start.is_not(None), by_year,
                                mine >= theirs if op == "since" else mine <= theirs)
        if entity_ids is not None:
            ee = t.event_entities
            named = _one_of(conn, ee.c.entity_id, entity_ids)
            links = select(func.count()).select_from(
                select(ee.c.event_id).where(named).limit(MANY_EVENTS).subquery())
            if conn.execute(links).scalar_one() >= MANY_EVENTS:
                query = query.where(exists().where(ee.c.event_id == ev.c.id, named))
            else:
                query = query.where(ev.c.id.in_(select(ee.c.event_id).where(named)))
        return query

    def get_event(self, event_id: str) -> Event:
        """The stored event with this id.

        Raises:
            NotFoundError: no such event.
        """
        with self._tx("reading an event") as conn:
            row = conn.execute(select(t.events).where(t.events.c.id == event_id)).first()
        if row is None:
            raise NotFoundError(f"no event {event_id!r} in the knowledge base")
        return rec.event_from(row)

    def get_events(self, event_ids: Collection[str]) -> dict[str, Event]:
        """The stored events with these ids (ids not stored are left out).

        Returns:
            events by id.
        """
        found: dict[str, Event] = {}
        with self._tx("reading events") as conn:
            for chunk in rec.chunks(sorted(set(event_ids))):
                for row in conn.execute(select(t.events).where(t.events.c.id.in_(chunk))):
                    found[row.id] = rec.event_from(row)
        return found

    def count_documents_stored_since(self, when: str) -> int:
        """How many documents were stored after a UTC ISO-8601 time."""
        query = select(func.count()).select_from(t.documents).where(t.documents.c.stored_at > when)
        with self._tx("counting new documents") as conn:
            return conn.execute(query).scalar_one()

    def claims_for(self, entity_id: str, latest: int | None = None, since: str | None = None,
                   until: str | None = None) -> list[tuple[Event, Document]]:
        """Events about an entity, each with its document (for corroboration).

        Args:
            entity_id: the entity, in any role.
            latest: only the latest this many claims by event date (all when None); an
                entity of a long archive has hundreds of thousands.
            since, until: only claims dated then (as ``events`` filters them).
        Returns:
            ``(event, document)`` pairs by event date (undated last).
        """
        ev, d = t.events, t.documents
        with self._tx("listing claims") as conn:
            if latest is None:
                about = self._filter_events(conn, select(ev.c.id), None, since, until, [entity_id], None)
            else:
                about = self._event_page(conn, None, since, until, [entity_id], None, latest, 0, True)
            out = []
            for chunk in ([about] if latest is None else rec.chunks(about)):
                query = (select(ev, *[c.label("d__" + c.name) for c in d.c])
                         .join(d, d.c.id == ev.c.doc_id).where(ev.c.id.in_(chunk)))
                for row in conn.execute(query):
                    out.append((rec.event_from(row), rec.document_from(_Prefixed(row, "d__"))))
        # By event date (undated last), then publication, report and place in it.
        out.sort(key=lambda pair: (rec.date_prefix(pair[0].when) is None, rec.date_prefix(pair[0].when) or "",
                                   pair[1].published.value or "", pair[0].doc_id, pair[0].start))
        return out

    def count_claims(self, entity_id: str, cap: int | None = None) -> int:
        """How many claims ``claims_for`` holds for an entity, counted no further than ``cap``."""
        return self.count_events(entity_ids=[entity_id], cap=cap)

    # -- search ----------------------------------------------------------------

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over document text and event evidence sentences.

        Words are ANDed ("artillery shells" needs both); double-quoted text is
        a phrase; punctuation is ignored. Boilerplate (tag lines, footers) is
        not searched.

        Args:
            query: the user's query.
            limit: the most hits to return.
        Returns:
            hits, best first among the latest ``search.RANK_WINDOW`` matches (see ``SearchHit``).
        """
        with self._tx("searching") as conn:
            return fts.run(conn, query, limit)

    def search_count(self, query: str, cap: int | None = None) -> int:
        """How many hits ``search`` finds for ``query`` with no limit (counted no further than
        ``cap`` hits, when given)."""
        with self._tx("counting search hits") as conn:
            return fts.count(conn, query, cap)

    # -- ingest failures -------------------------------------------------------

    def record_failure(self, source: str, reason: str) -> None:
        """Log an input that could not be ingested.

        Args:
            source: the file, ``file:line`` or URL.
            reason: why it failed.
        """
        # PostgreSQL text cannot hold NUL, and a failure's name may quote bad input.
        source, reason = source.replace("\x00", "\ufffd"), reason.replace("\x00", "\ufffd")
        with self._tx("logging an ingest failure", write=True) as conn:
            # The same failure on a re-run is one entry, with the latest time.
            conn.execute(t.failures.delete().where(t.failures.c.source == source, t.failures.c.reason == reason))
            conn.execute(t.failures.insert().values(source=source, reason=reason, at=rec.utc_now()))

    def failures(self) -> list[tuple[str, str, str]]:
        """The ingest error log, oldest first, as ``(source, reason, at)``."""
        f = t.failures
        with self._tx("reading the ingest error log") as conn:
            return [(row.source, row.reason, row.at)
                    for row in conn.execute(select(f.c.source, f.c.reason, f.c.at).order_by(f.c.id))]


#: An entity scope with at least this many event links is "many" (see ``_filter_events``).
MANY_EVENTS = 5000


#: Longer lists of ids go to the database as one value (an array, a JSON list), not one
#: parameter each: a city's thousands of contained entities cost more to send than to look up.
ONE_VALUE_IDS = 200


def _one_of(conn: Connection, column, ids: Collection[str]):
    """``column IN ids``, as one bound value when the list is long."""
    ids = sorted(set(ids))
    if len(ids) <= ONE_VALUE_IDS:
        return column.in_(ids)
    if conn.dialect.name == "postgresql":
        return column == func.any(bindparam("ids", ids, type_=postgresql.ARRAY(String), unique=True))
    listed = select(literal_column("value")).select_from(func.json_each(bindparam("ids", json.dumps(ids), unique=True)))
    return column.in_(listed)


class _Prefixed:
    """Attribute access to the ``d__``-labelled columns of a joined row."""

    def __init__(self, row: Any, prefix: str):
        self._mapping = row._mapping
        self._prefix = prefix

    def __getattr__(self, name: str) -> Any:
        return self._mapping[self._prefix + name]


def _referenced_entity_ids(items: Iterable[Extraction]) -> set[str]:
    ids: set[str] = set()
    for item in items:
        ids.update(e.id for e in item.entities)
        ids.update(e.located_in for e in item.entities if e.located_in)
        ids.update(m.entity_id for m in item.mentions if m.entity_id)
        for e in item.events:
            ids.update(e.where)
            ids.update(e.actors)
            ids.update(e.facilities)
    return ids


def _redirect_entity(entity: Entity, redirects: Mapping[str, str]) -> Entity:
    if entity.located_in in redirects:
        return replace(entity, located_in=redirects[entity.located_in])
    return entity
