"""The knowledge-base tables, as SQLAlchemy Core ``Table`` objects.

One definition serves SQLite and PostgreSQL: only portable column types are
used, and lists/spans are kept as JSON text so both backends round-trip them
byte for byte. The full-text index is the one dialect-specific piece; it lives
in ``threadline.store.search``.

This module describes the *current* schema. A fresh database is created from
it directly; an existing one is brought up to it by the numbered steps in
``threadline.store.migrations`` — so any change here needs a migration there.
"""
from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

metadata = MetaData()

#: Which migration steps have been applied (see ``migrations.py``).
schema_migrations = Table(
    "schema_migrations", metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String, nullable=False),
    Column("applied_at", String, nullable=False),
)

# ``pk`` gives a stable insertion order; ``id`` is the record's content-hash id.
documents = Table(
    "documents", metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String, nullable=False, unique=True),
    Column("source", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("outlet", String),
    Column("url", Text),
    Column("author", Text),
    Column("translator", Text),
    Column("published_value", String),
    Column("published_basis", String, nullable=False),
    Column("published_evidence", Text),
    Column("keywords", Text, nullable=False),      # JSON list of str
    Column("content", Text, nullable=False),       # JSON list of [start, end]
    Column("boilerplate", Text, nullable=False),   # JSON list of [start, end]
    Column("language", String, nullable=False),
    Column("source_type", String),
    # NULL (not "") when unknown, so documents without a hash never collide.
    Column("content_hash", String, unique=True),
    Column("near_duplicate_of", String),
    Column("stored_at", String, nullable=False),
)
Index("ix_documents_outlet", documents.c.outlet)
Index("ix_documents_published", documents.c.published_value)

#: One MinHash signature per document, for rebuilding the near-duplicate index.
signatures = Table(
    "signatures", metadata,
    Column("doc_id", String, ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("signature", LargeBinary, nullable=False),
)

entities = Table(
    "entities", metadata,
    Column("id", String, primary_key=True),
    Column("kind", String, nullable=False),
    Column("name", Text, nullable=False),
    Column("level", String),
    Column("country", String),
    Column("admin1", String),
    Column("lat", Float),
    Column("lon", Float),
    # No foreign key: a place may name a parent that is not (yet) stored.
    Column("located_in", String),
    Column("aliases", Text, nullable=False),       # JSON list of str, in order
    Column("source", String),
    Column("updated_at", String, nullable=False),
)
Index("ix_entities_kind", entities.c.kind)
Index("ix_entities_located_in", entities.c.located_in)

#: Normalised name and aliases of each entity: the lookup index behind
#: ``Store.find_entities`` (casefolded, diacritics and extra spaces removed).
entity_names = Table(
    "entity_names", metadata,
    Column("entity_id", String, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    Column("norm", Text, nullable=False),
    PrimaryKeyConstraint("entity_id", "norm"),
)
Index("ix_entity_names_norm", entity_names.c.norm)

#: Entities merged away by an analyst: ``old_id`` now means ``new_id``. Later
#: saves rewrite references through it so a merge is never silently undone.
entity_redirects = Table(
    "entity_redirects", metadata,
    Column("old_id", String, primary_key=True),
    Column("new_id", String, nullable=False),
)

# Entity references (mentions.entity_id, event_entities.entity_id) carry no
# foreign key on purpose: extraction may name an entity the batch does not
# carry, and one dangling reference must not sink a whole batch.
mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String, nullable=False),
    Column("entity_id", String),
    Column("confidence", Float, nullable=False),
    Column("method", String, nullable=False),
)
Index("ix_mentions_doc", mentions.c.doc_id)
Index("ix_mentions_entity", mentions.c.entity_id)

timexes = Table(
    "timexes", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String, nullable=False),
    Column("value", String),
    Column("interval_end", String),
    Column("dct_inferred", Boolean, nullable=False),
)
Index("ix_timexes_doc", timexes.c.doc_id)

events = Table(
    "events", metadata,
    Column("id", String, primary_key=True),
    Column("doc_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("type", String, nullable=False),
    Column("when", String),
    # The ISO date prefix the time filters compare: the start of an interval,
    # NULL when the year is unknown ("XXXX-10-01") or there is no date.
    Column("when_start", String),
    Column("when_text", Text),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("evidence", Text, nullable=False),      # JSON list of [start, end]
    Column("where", Text, nullable=False),         # JSON lists of entity ids
    Column("actors", Text, nullable=False),
    Column("facilities", Text, nullable=False),
    Column("products", Text, nullable=False),      # JSON lists of str
    Column("quantities", Text, nullable=False),
    Column("attribution", String, nullable=False),
    Column("attribution_text", Text),
    Column("modality", String, nullable=False),
    Column("trigger", Text),
    Column("extractor", String, nullable=False),
)
Index("ix_events_doc", events.c.doc_id)
Index("ix_events_when_start", events.c.when_start)
#: Events of one type in a date range (``threadline events --type ... --since ...``).
Index("ix_events_type_when", events.c.type, events.c.when_start)

#: Which entities an event is about, by role, so queries by entity use an index
#: instead of scanning the JSON argument lists.
event_entities = Table(
    "event_entities", metadata,
    Column("event_id", String, ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
    Column("entity_id", String, nullable=False),
    Column("role", String, nullable=False),        # where | actor | facility
    PrimaryKeyConstraint("event_id", "entity_id", "role"),
)
#: An entity's events, answered from the index alone (timelines, claims, place filters).
Index("ix_event_entities_entity_event", event_entities.c.entity_id, event_entities.c.event_id)

#: Analyst decisions, in the order they were made (``seq``).
decisions = Table(
    "decisions", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String, nullable=False, unique=True),
    Column("action", String, nullable=False),
    Column("subject", String, nullable=False),
    Column("value", Text, nullable=False),
    Column("analyst", String, nullable=False),
    Column("reason", Text, nullable=False),
    Column("created_at", String, nullable=False),
    # What the decision changed, as JSON, so ``threadline entity undo`` can reverse it.
    Column("undo", Text),
)
Index("ix_decisions_subject", decisions.c.subject)

#: "What changed since my last visit" counts reports stored after a time (migration 2).
Index("ix_documents_stored_at", documents.c.stored_at)

#: Workbench users (migration 2). Only a salted scrypt hash of a password is kept.
users = Table(
    "users", metadata,
    Column("name", String, primary_key=True),
    Column("role", String, nullable=False),
    Column("password_hash", Text),
    Column("created_at", String, nullable=False),
    Column("last_visit", String),
)

#: API tokens and browser sessions (migration 2), kept as SHA-256 hashes of the secret.
tokens = Table(
    "tokens", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("token_hash", String, nullable=False, unique=True),
    Column("user_name", String, ForeignKey("users.name", ondelete="CASCADE"), nullable=False),
    Column("kind", String, nullable=False),        # api | session
    Column("label", Text, nullable=False),
    Column("created_at", String, nullable=False),
    Column("expires_at", String),
    Column("revoked_at", String),                  # a revoked token is refused, and kept on record
    Column("revoked_by", String),
)
Index("ix_tokens_user", tokens.c.user_name)

#: The ingest error log.
failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", String, nullable=False),
)

#: Text the full-text index covers: one row per document (boilerplate blanked
#: out with spaces so offsets stay valid) and one per event evidence span.
#: ``start`` is where ``body`` begins in the document's text.
search_index = Table(
    "search_index", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String, ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
    Column("event_id", String),
    Column("kind", String, nullable=False),        # document | event
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("body", Text, nullable=False),
)
Index("ix_search_index_doc", search_index.c.doc_id)

#: What an analyst watches (an entity, with what lies in it, or an event type),
#: and when ``threadline watch report`` last reported on it.
watches = Table(
    "watches", metadata,
    Column("id", String, primary_key=True),
    Column("kind", String, nullable=False),          # entity | type
    Column("target", String, nullable=False),        # an entity id or an event type
    Column("label", Text, nullable=False),
    Column("created_at", String, nullable=False),
    Column("reported_at", String, nullable=False),
)

#: Feeds followed by ``threadline follow``: the validators of the last
#: response (for conditional requests) and the entries already taken.
feeds = Table(
    "feeds", metadata,
    Column("url", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("checked_at", String),
    Column("status", Text),
)
feed_entries = Table(
    "feed_entries", metadata,
    Column("feed_url", Text, nullable=False),
    Column("entry", Text, nullable=False),
    Column("seen_at", String, nullable=False),
    PrimaryKeyConstraint("feed_url", "entry"),
)

#: The tables ``Store.count`` answers for.
COUNTABLE = {
    "documents": documents,
    "entities": entities,
    "mentions": mentions,
    "timexes": timexes,
    "events": events,
    "event_entities": event_entities,
    "decisions": decisions,
    "failures": failures,
    "signatures": signatures,
    "users": users,
    "tokens": tokens,
}
