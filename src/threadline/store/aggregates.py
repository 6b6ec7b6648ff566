"""Store methods that summarise or list the whole knowledge base in the database: the workbench's
activity chart and map, its latest claims and most-reported facilities, and the entity and report
listings.

A knowledge base of a long archive holds millions of claims; none of these reads them into Python.
Each count is a grouped query whose rows are as many as there are periods, provinces or places
(plus the few events whose first place only their own argument order decides); each listing reads
one page.

A mixin of ``Store`` (``base.py``), which provides ``_tx``, ``_filter_events``, ``_load_entities``
and ``events``.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Collection, Mapping

from sqlalchemy import Connection, and_, case, distinct, exists, func, literal, null, or_, select, union
from sqlalchemy.sql import ColumnElement

from threadline.errors import StoreError
from threadline.model import Document, Entity, Event
from threadline.store import records as rec
from threadline.store import schema as t

if TYPE_CHECKING:
    from threadline.store.base import EntitySummary

#: The argument lists an event's place is read from, in the order they are searched.
PLACING_ROLES = (("facility", "facilities"), ("where", "where"))


@dataclass(frozen=True)
class MapPoint:
    """A located entity and the events placed at it.

    Attributes:
        entity: a place or facility with coordinates.
        by_type: events placed at it, by event type.
    """

    entity: Entity
    by_type: Mapping[str, int]

    @property
    def events(self) -> int:
        return sum(self.by_type.values())


class Aggregates:
    """Counts and top lists over every stored event and entity, computed by the database."""

    # -- events over time and by province ---------------------------------------------------

    def events_by_period(self) -> dict[tuple[str, str], int]:
        """Dated events counted by month (or year) and type.

        Returns:
            ``{(period, type): n}``; the period is ``YYYY-MM`` for an event dated to a month or
            a day, ``YYYY`` for one dated to a year (or a season, quarter, week of it). The start
            of an interval dates it; events without a known year are left out. A year's total
            is the sum over its periods.
        """
        ev = t.events
        # A subquery, so that GROUP BY names the column: PostgreSQL does not match a function
        # of bound parameters in GROUP BY to the same function in the select list.
        dated = (select(func.substr(ev.c.when_start, 1, 7).label("period"), ev.c.type)
                 .where(ev.c.when_start.is_not(None)).subquery("dated"))
        query = (select(dated.c.period, dated.c.type, func.count().label("n"))
                 .group_by(dated.c.period, dated.c.type))
        with self._tx("counting events by period") as conn:
            return {(row.period, row.type): row.n for row in conn.execute(query)}

    def events_by_province(self) -> dict[str, int]:
        """Events counted by the province of their first facility or place that has one.

        An entity's province is its ``admin1`` code, or its own name when it is a province
        without one. An event's facilities are searched first, then its places, each in the
        order the event names them; entities not stored are skipped.

        Returns:
            ``{province: n}``, events without a province left out.
        """
        e = t.entities
        has = or_(func.coalesce(e.c.admin1, "") != "", and_(e.c.level == "province", e.c.name != ""))
        key = case((func.coalesce(e.c.admin1, "") != "", e.c.admin1), else_=e.c.name)
        with self._tx("counting events by province") as conn:
            counts = self._by_first_argument(conn, key, has)
        return {k: n for (k, _type), n in counts.items()}

    def province_names(self, keys: Collection[str]) -> dict[str, str]:
        """What names each province key of ``events_by_province``.

        A province's own entity names its code; a city of province rank (Pyongyang, Rason)
        names the code when no province entity has it. When several entities of that level
        share a code, the one listed last by ``entities("place")`` names it (fewest reports,
        then name): the order the workbench always used.

        Args:
            keys: ``admin1`` codes (or province names).
        Returns:
            ``{key: name}`` for the keys some place names; the others are left out.
        """
        e = t.entities
        found: dict[str, dict[str, list[Entity]]] = {}
        with self._tx("naming provinces") as conn:
            for chunk in rec.chunks(sorted(set(keys))):
                query = (select(e).where(e.c.kind == "place", e.c.admin1.in_(chunk),
                                         e.c.level.in_(("city", "province"))))
                for row in conn.execute(query):
                    found.setdefault(row.admin1, {}).setdefault(row.level, []).append(rec.entity_from(row))
            names = {}
            for code, by_level in found.items():
                candidates = by_level.get("province") or by_level["city"]
                if len(candidates) > 1:
                    # Rare (several cities of one province, none of them the province itself):
                    # only these few entities' reports are counted.
                    order = {s.entity.id: i for i, s in enumerate(self._summaries(
                        conn, ids=[c.id for c in candidates]))}
                    candidates = sorted(candidates, key=lambda c: order[c.id])
                names[code] = candidates[-1].name
        return names

    # -- the map ---------------------------------------------------------------------------------

    def map_counts(self, since: str | None = None, until: str | None = None) -> list[MapPoint]:
        """Events placed at located entities, counted by type.

        An event is placed at its first facility with coordinates, otherwise at its first
        place with coordinates (in the order the event names them); others are not counted.

        Args:
            since, until: only events dated then (as ``events`` filters them).
        Returns:
            one point per located entity with events, most events first (then by name).
        Raises:
            StoreError: ``since``/``until`` is not an ISO date prefix.
        """
        e, ev = t.entities, t.events
        located = and_(e.c.lat.is_not(None), e.c.lon.is_not(None))
        with self._tx("counting events by place") as conn:
            scope = self._filter_events(conn, select(ev.c.id, ev.c.type), None, since, until, None, None)
            counts = self._by_first_argument(conn, e.c.id, located, scope.subquery("scope"))
            spots = self._load_entities(conn, sorted({spot for spot, _type in counts}))
        by_spot: dict[str, dict[str, int]] = {}
        for (spot, type_), n in sorted(counts.items()):
            by_spot.setdefault(spot, {})[type_] = n
        points = [MapPoint(spots[i], by_type) for i, by_type in by_spot.items() if i in spots]
        points.sort(key=lambda p: (-p.events, p.entity.name.lower(), p.entity.id))
        return points

    def _by_first_argument(self, conn: Connection, value: ColumnElement, qualifies: ColumnElement,
                           scope=None) -> Counter:
        """Events counted by ``value`` of the first entity among their facilities, then their
        places, that ``qualifies`` (both expressions over ``entities``).

        ``event_entities`` does not keep the order of an event's arguments, so the database
        settles every event whose qualifying facilities (or, lacking those, places) all give
        one value; the few whose first-searched arguments disagree are settled here from the
        events' own argument lists, in order.

        Args:
            scope: a subquery of event ``id`` and ``type`` to count (None: every event, and
                the counts are not by type).
        Returns:
            ``Counter`` of ``(value, type)`` (type None when there is no ``scope``).
        """
        e, ee = t.entities, t.event_entities
        # The qualifying entities are few (a few thousand located places, however long the
        # archive): their links are found from the entities' side.
        args = (select(ee.c.event_id, ee.c.role, value.label("value"),
                       *([scope.c.type.label("type")] if scope is not None else []))
                .join(e, e.c.id == ee.c.entity_id)
                .where(ee.c.role.in_([role for role, _ in PLACING_ROLES]), qualifies,
                       ee.c.entity_id.in_(select(e.c.id).where(qualifies))))
        if scope is not None:
            args = args.join(scope, scope.c.id == ee.c.event_id)
        args = args.subquery("args")
        first, then = (case((args.c.role == role, args.c.value)) for role, _ in PLACING_ROLES)
        by = [args.c.event_id] + ([args.c.type] if scope is not None else [])
        per_event = (select(*by, func.min(first).label("f_lo"), func.max(first).label("f_hi"),
                            func.min(then).label("w_lo"), func.max(then).label("w_hi"))
                     .group_by(*by).subquery("per_event"))
        settled = or_(per_event.c.f_lo == per_event.c.f_hi,
                      and_(per_event.c.f_lo.is_(None), per_event.c.w_lo == per_event.c.w_hi))
        columns = [case((settled, func.coalesce(per_event.c.f_lo, per_event.c.w_lo))).label("value"),
                   case((settled, null()), else_=per_event.c.event_id).label("unsettled")]
        if scope is not None:
            columns.append(per_event.c.type)
        labelled = select(*columns).subquery("labelled")
        group = [labelled.c.value, labelled.c.unsettled] + ([labelled.c.type] if scope is not None else [])
        counts: Counter = Counter()
        unsettled: list[str] = []
        for row in conn.execute(select(*group, func.count().label("n")).group_by(*group)):
            if row.unsettled is not None:
                unsettled.append(row.unsettled)
            else:
                counts[(row.value, row.type if scope is not None else None)] += row.n
        ev = t.events
        for chunk in rec.chunks(sorted(unsettled)):
            rows = conn.execute(select(ev.c.id, ev.c.type, *[ev.c[field] for _, field in PLACING_ROLES])
                                .where(ev.c.id.in_(chunk))).all()
            ordered = [(row.type, [i for _, field in PLACING_ROLES for i in json.loads(row._mapping[field])])
                       for row in rows]
            values = {}
            for names in rec.chunks(sorted({i for _, ids in ordered for i in ids})):
                values.update(conn.execute(select(e.c.id, value).where(e.c.id.in_(names), qualifies)).all())
            for type_, ids in ordered:
                hit = next((values[i] for i in ids if i in values), None)
                if hit is not None:
                    counts[(hit, type_ if scope is not None else None)] += 1
        return counts

    # -- latest claims ---------------------------------------------------------------------------

    def latest_events(self, n: int) -> list[Event]:
        """The ``n`` latest dated events, latest first.

        Dated means with a known year; the order is ``events(newest_first=True)``'s (by the
        start of their date, then report and place in it).
        """
        return [e for e in self.events(limit=n, newest_first=True) if rec.date_prefix(e.when)]

    # -- report listings -------------------------------------------------------------------------

    def reports(self, outlet: str | None = None, since: str | None = None, until: str | None = None,
                language: str | None = None, limit: int | None = None, offset: int = 0) -> list[Document]:
        """A page of stored reports, newest first: those with a year of publication by date (then
        id, both descending), then those with a date but no year, then the undated (each by id).

        Args:
            outlet: only reports of this outlet (case ignored).
            since, until: publication date bounds, inclusive, compared at the precision both
                sides have ("2024" keeps "2024-03-02"); reports without a year are left out.
            language: only reports in this language code.
            limit: at most this many (all when None), after skipping ``offset``.
        Raises:
            StoreError: ``since``/``until`` is not an ISO date prefix.
        """
        d = t.documents
        where = self._report_filters(outlet, since, until, language)
        want = None if limit is None else offset + limit
        ids: list[str] = []
        with self._tx("listing reports") as conn:
            # Dated reports in the order of the date index, then the few others: the database
            # stops at the page's end.
            parts = [select(d.c.id).where(*where, _has_year(d.c.published_value))
                     .order_by(d.c.published_value.desc(), d.c.id.desc())]
            if since is None and until is None:
                parts.append(select(d.c.id).where(*where, ~_has_year(d.c.published_value))
                             .order_by(d.c.published_value.is_(None), d.c.id))
            for query in parts:
                if want is not None:
                    query = query.limit(want - len(ids))
                ids += conn.execute(query).scalars().all()
                if want is not None and len(ids) >= want:
                    break
            ids = ids[offset:want]
            found = {}
            for chunk in rec.chunks(ids):
                found.update((row.id, rec.document_from(row)) for row in conn.execute(select(d).where(d.c.id.in_(chunk))))
        return [found[i] for i in ids if i in found]

    def count_reports(self, outlet: str | None = None, since: str | None = None, until: str | None = None,
                      language: str | None = None) -> int:
        """How many reports ``reports`` lists with no limit."""
        query = select(func.count()).select_from(t.documents).where(
            *self._report_filters(outlet, since, until, language))
        with self._tx("counting reports") as conn:
            return conn.execute(query).scalar_one()

    def _report_filters(self, outlet, since, until, language) -> list[ColumnElement]:
        d = t.documents
        where: list[ColumnElement] = []
        if outlet:
            where.append(func.lower(d.c.outlet) == outlet.lower())
        if language:
            where.append(d.c.language == language.lower())
        for bound, op in ((since, "since"), (until, "until")):
            if not bound:
                continue
            if not rec.is_date_prefix(bound):
                raise StoreError(f"{op}={bound!r}: give a date as YYYY, YYYY-MM or YYYY-MM-DD")
            mine = func.substr(d.c.published_value, 1, len(bound))
            theirs = func.substr(literal(bound), 1, func.length(d.c.published_value))
            where += [_has_year(d.c.published_value), mine >= theirs if op == "since" else mine <= theirs]
        return where

    # -- entity listings -------------------------------------------------------------------------

    def entity_summaries(self, kind: str | None = None, limit: int | None = None, offset: int = 0,
                         reported: bool = False) -> list["EntitySummary"]:
        """A page of ``entities``: stored entities with their report, source and mention counts.

        Only the entities of ``kind`` are counted, so a page of facilities does not count the
        mentions of every place.

        Args:
            kind: only entities of this kind (place, organization, facility, person).
            limit: at most this many (all when None), after skipping ``offset``.
            reported: only entities at least one report mentions or reports on.
        Returns:
            summaries sorted by reports (most first), then name and id.
        """
        with self._tx("summarising entities") as conn:
            return self._summaries(conn, kind=kind, limit=limit, offset=offset, reported=reported)

    def count_entities(self, kind: str | None = None, reported: bool = False) -> int:
        """How many entities ``entity_summaries`` lists with no limit."""
        e, m, ee = t.entities, t.mentions, t.event_entities
        query = select(func.count()).select_from(e)
        if kind is not None:
            query = query.where(e.c.kind == kind)
        if reported:
            # A mention or an event link always has its report: both cascade from documents.
            query = query.where(or_(exists().where(m.c.entity_id == e.c.id),
                                    exists().where(ee.c.entity_id == e.c.id)))
        with self._tx("counting entities") as conn:
            return conn.execute(query).scalar_one()

    def _summaries(self, conn: Connection, kind: str | None = None, ids: list[str] | None = None,
                   limit: int | None = None, offset: int = 0, reported: bool = False) -> list["EntitySummary"]:
        """Entity summaries, the links counted only for the entities of ``kind`` or ``ids``."""
        from threadline.store.base import EntitySummary     # base imports this module

        e, m, d, ee, ev = t.entities, t.mentions, t.documents, t.event_entities, t.events
        chosen = []
        if kind is not None:
            chosen.append(e.c.kind == kind)
        if ids is not None:
            chosen.append(e.c.id.in_(ids))
        mentioned = m.c.entity_id.is_not(None)
        linked = []
        if chosen:
            wanted = select(e.c.id).where(*chosen)
            mentioned = m.c.entity_id.in_(wanted)
            linked = [ee.c.entity_id.in_(wanted)]
        doc_links = union(
            select(m.c.entity_id.label("entity_id"), m.c.doc_id.label("doc_id")).where(mentioned),
            select(ee.c.entity_id, ev.c.doc_id).join(ev, ev.c.id == ee.c.event_id).where(*linked),
        ).subquery("links")
        reports = (select(doc_links.c.entity_id, func.count(distinct(doc_links.c.doc_id)).label("reports"),
                          func.count(distinct(d.c.outlet)).label("sources"))
                   .join(d, d.c.id == doc_links.c.doc_id)
                   .group_by(doc_links.c.entity_id).subquery("reports"))
        counts = (select(m.c.entity_id, func.count().label("mentions"))
                  .where(mentioned).group_by(m.c.entity_id).subquery("counts"))
        n_reports = func.coalesce(reports.c.reports, 0)
        query = (select(e, n_reports.label("n_reports"), func.coalesce(reports.c.sources, 0).label("n_sources"),
                        func.coalesce(counts.c.mentions, 0).label("n_mentions"))
                 .outerjoin(reports, reports.c.entity_id == e.c.id)
                 .outerjoin(counts, counts.c.entity_id == e.c.id)
                 .where(*chosen)
                 .order_by(n_reports.desc(), func.lower(e.c.name), e.c.id))
        if reported:
            query = query.where(n_reports > 0)
        if limit is not None:
            query = query.limit(limit)
        if offset:
            query = query.offset(offset)
        return [EntitySummary(rec.entity_from(row), int(row.n_reports), int(row.n_sources), int(row.n_mentions))
                for row in conn.execute(query)]


def _has_year(value: ColumnElement) -> ColumnElement:
    """``value`` begins with a four-digit year (false, not NULL, for NULL)."""
    return and_(value.is_not(None), *[func.substr(value, i, 1).between("0", "9") for i in range(1, 5)])
