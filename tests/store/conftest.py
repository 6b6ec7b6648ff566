"""Fixtures for the store suite: one test body, every backend.

``store_url`` is parametrised over SQLite in a temporary file, SQLite in
memory, and the PostgreSQL server at ``THREADLINE_TEST_POSTGRES`` (default
``postgresql://postgres@127.0.0.1:5432/test``). Each PostgreSQL test gets a
freshly created schema of its own, dropped afterwards, so runs never collide.
The database is never mocked.

``kb`` builds a small, hand-written set of reports (our own text) as model
records, with offsets computed from the text so they are right by construction.
"""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass

import pytest

from threadline.model import Document, Entity, Event, Extraction, Mention, PublishedDate, Quantity, Span, Timex
from threadline.store import open_store

PG_URL = os.environ.get("THREADLINE_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def _pg_conninfo() -> str:
    return PG_URL.replace("postgresql+psycopg://", "postgresql://")


@pytest.fixture(scope="session")
def postgres_reachable() -> str | None:
    """None when the server answers; otherwise why it does not."""
    try:
        import psycopg
        with psycopg.connect(_pg_conninfo(), connect_timeout=3):
            return None
    except Exception as exc:  # any failure means: skip the PostgreSQL runs
        return f"PostgreSQL at {PG_URL} is unreachable: {exc}".splitlines()[0]


@pytest.fixture
def pg_schema_url(postgres_reachable):
    """A URL pointing at a fresh, empty schema; the schema is dropped afterwards."""
    if postgres_reachable:
        pytest.skip(postgres_reachable)
    import psycopg
    name = f"threadline_test_{secrets.token_hex(6)}"
    with psycopg.connect(_pg_conninfo(), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{name}"')
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}options=-csearch_path%3D{name}"
    with psycopg.connect(_pg_conninfo(), autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{name}" CASCADE')


BACKENDS = [
    pytest.param("sqlite-file", id="sqlite-file"),
    pytest.param("sqlite-memory", id="sqlite-memory"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def store_url(backend, tmp_path, request) -> str:
    """The URL of an empty knowledge base on the current backend."""
    if backend == "sqlite-file":
        return str(tmp_path / "kb.db")
    if backend == "sqlite-memory":
        return ":memory:"
    return request.getfixturevalue("pg_schema_url")


@pytest.fixture
def store(store_url):
    with open_store(store_url) as s:
        yield s


def span_of(text: str, phrase: str, occurrence: int = 0) -> Span:
    """The span of the n-th occurrence of ``phrase`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return Span(start, start + len(phrase))


@dataclass
class KB:
    """Hand-built sample records (three reports, two outlets)."""

    province: Entity
    kusong: Entity
    factory: Entity
    chagang: Entity
    kanggye: Entity
    bureau: Entity
    docs: list[Extraction]

    def extraction(self, i: int) -> Extraction:
        return self.docs[i]


TEXT1 = (
    "Munitions Factory 71 in Kusŏng told to raise artillery shell output\n"
    "A source in North Pyongan Province said on March 5 that the “Kusŏng” plant was ordered to "
    "double its output. Workers have made artillery shells for export since last June, "
    "the source said.\n"
    "Read in Korean"
)
TEXT2 = (
    "Security tightened at Kanggye arms plant\n"
    "The Munitions Industry Department sent inspectors to Kanggye in Chagang Province in "
    "January, a government official said. Guards now search workers leaving the plant. "
    "Shells from Kusong are stored nearby, the official added."
)
TEXT3 = (
    "Kusong plant workers complain of unpaid rations\n"
    "Workers at the Kusŏng plant say rations have not been paid this year. A test of new "
    "rockets was seen at a site of unknown date. Officials reportedly visited on October 1."
)


def build_kb() -> KB:
    province = Entity(id="place:north-pyongan", kind="place", name="North Pyongan Province",
                      level="province", country="KP", lat=40.0, lon=125.0,
                      aliases=("P'yŏngan-bukto",), source="gazetteer")
    kusong = Entity(id="place:kusong", kind="place", name="Kusŏng", level="city", country="KP",
                    admin1="North Pyongan", lat=39.98, lon=125.25, located_in=province.id,
                    aliases=("Kusong", "Guseong"), source="gazetteer")
    factory = Entity(id="facility:mf71", kind="facility", name="Munitions Factory 71",
                     located_in=kusong.id, aliases=("Factory No. 71",), source="extracted")
    chagang = Entity(id="place:chagang", kind="place", name="Chagang Province", level="province",
                     country="KP", aliases=("Jagang",), source="gazetteer")
    kanggye = Entity(id="place:kanggye", kind="place", name="Kanggye", level="city", country="KP",
                     located_in=chagang.id, aliases=("Ganggye",), source="gazetteer")
    bureau = Entity(id="org:mid", kind="organization", name="Munitions Industry Department",
                    source="gazetteer")

    d1 = Document(
        id="doc:one", source="samples/one.html", text=TEXT1,
        title="Munitions Factory 71 in Kusŏng told to raise artillery shell output",
        outlet="Daily Example", url="https://example.org/one", author="Kim Example",
        translator="Lee Example",
        published=PublishedDate("2024-03-07", "stated", "March 7, 2024"),
        keywords=("munitions", "Kusŏng"),
        content=(Span(0, TEXT1.index("Read in Korean")),),
        boilerplate=(span_of(TEXT1, "Read in Korean"),),
        source_type="insider", content_hash=Document.hash_text(TEXT1))
    s1 = span_of(TEXT1, "A source in North Pyongan Province said on March 5 that the “Kusŏng” "
                        "plant was ordered to double its output.")
    s2 = span_of(TEXT1, "Workers have made artillery shells for export since last June, the source said.")
    x1 = Extraction(
        document=d1,
        entities=(province, kusong, factory),
        mentions=(
            Mention("doc:one", *_se(span_of(TEXT1, "Munitions Factory 71")), "Munitions Factory 71",
                    "facility", factory.id, 0.95, "pattern"),
            Mention("doc:one", *_se(span_of(TEXT1, "Kusŏng")), "Kusŏng", "place", kusong.id, 1.0, "gazetteer"),
            Mention("doc:one", *_se(span_of(TEXT1, "North Pyongan Province")), "North Pyongan Province",
                    "place", province.id, 1.0, "gazetteer"),
            Mention("doc:one", *_se(span_of(TEXT1, "Kusŏng", 1)), "Kusŏng", "place", kusong.id, 0.9, "gazetteer"),
        ),
        timexes=(
            Timex(*_se(span_of(TEXT1, "March 5")), "March 5", "DATE", "2024-03-05"),
            Timex(*_se(span_of(TEXT1, "since last June")), "since last June", "DATE", "2023-06",
                  interval_end="2024-03-07", dct_inferred=False),
        ),
        events=(
            Event("doc:one", "PRODUCTION_ORDER", (s1,), when="2024-03-05", when_text="March 5",
                  where=(kusong.id,), facilities=(factory.id,), attribution="anonymous_insider",
                  attribution_text="A source in North Pyongan Province said", trigger="ordered",
                  quantities=(Quantity(text="double", value=2.0, ratio=True),)),
            Event("doc:one", "PRODUCTION_ACTIVITY", (s2,), when="2023-06/2024-03",
                  when_text="since last June", where=(kusong.id,), facilities=(factory.id,),
                  products=("artillery shells",), attribution="anonymous_insider",
                  modality="asserted", trigger="made"),
        ),
    )

    d2 = Document(
        id="doc:two", source="samples/two.txt", text=TEXT2,
        title="Security tightened at Kanggye arms plant", outlet="Seoul Example Times",
        published=PublishedDate("2024-02", "inferred", "in January"),
        source_type="news", content_hash=Document.hash_text(TEXT2))
    t1 = span_of(TEXT2, "The Munitions Industry Department sent inspectors to Kanggye in Chagang "
                        "Province in January, a government official said.")
    t2 = span_of(TEXT2, "Guards now search workers leaving the plant.")
    x2 = Extraction(
        document=d2,
        entities=(chagang, kanggye, bureau, kusong),
        mentions=(
            Mention("doc:two", *_se(span_of(TEXT2, "Kanggye")), "Kanggye", "place", kanggye.id),
            Mention("doc:two", *_se(span_of(TEXT2, "Munitions Industry Department")),
                    "Munitions Industry Department", "organization", bureau.id),
            Mention("doc:two", *_se(span_of(TEXT2, "Kanggye", 1)), "Kanggye", "place", kanggye.id),
            Mention("doc:two", *_se(span_of(TEXT2, "Chagang Province")), "Chagang Province", "place", chagang.id),
            Mention("doc:two", *_se(span_of(TEXT2, "Kusong")), "Kusong", "place", kusong.id, 0.8, "fuzzy"),
            Mention("doc:two", *_se(span_of(TEXT2, "official", 1)), "official", "person", None),
        ),
        timexes=(Timex(*_se(span_of(TEXT2, "January")), "January", "DATE", "2024-01", dct_inferred=True),),
        events=(
            Event("doc:two", "INSPECTION", (t1,), when="2024-01", when_text="in January",
                  where=(kanggye.id, chagang.id), actors=(bureau.id,),
                  attribution="government_official", attribution_text="a government official said"),
            Event("doc:two", "SECURITY_MEASURE", (t2, t1), where=(kanggye.id,), when=None),
        ),
    )

    d3 = Document(
        id="doc:three", source="samples/three.txt", text=TEXT3,
        title="Kusong plant workers complain of unpaid rations", outlet="Daily Example",
        published=PublishedDate(None), content_hash=Document.hash_text(TEXT3))
    u1 = span_of(TEXT3, "Workers at the Kusŏng plant say rations have not been paid this year.")
    u2 = span_of(TEXT3, "A test of new rockets was seen at a site of unknown date.")
    u3 = span_of(TEXT3, "Officials reportedly visited on October 1.")
    x3 = Extraction(
        document=d3,
        entities=(kusong,),
        mentions=(
            Mention("doc:three", *_se(span_of(TEXT3, "Kusong")), "Kusong", "place", kusong.id),
            Mention("doc:three", *_se(span_of(TEXT3, "Kusŏng")), "Kusŏng", "place", kusong.id),
        ),
        events=(
            Event("doc:three", "PERSONNEL", (u1,), when="2024", where=(kusong.id,), modality="rumored"),
            Event("doc:three", "WEAPONS_TEST", (u2,)),
            Event("doc:three", "INSPECTION", (u3,), when="XXXX-10-01", where=(kusong.id,)),
        ),
    )
    return KB(province, kusong, factory, chagang, kanggye, bureau, [x1, x2, x3])


def _se(span: Span) -> tuple[int, int]:
    return span.start, span.end


@pytest.fixture
def kb() -> KB:
    return build_kb()


@pytest.fixture
def filled(store, kb):
    """A store holding the three sample reports."""
    store.save_extractions(kb.docs, signatures={"doc:one": b"\x00\x01sig-one\xff",
                                                "doc:two": bytes(range(256))})
    return store
