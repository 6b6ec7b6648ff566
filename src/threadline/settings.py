"""The one settings object.

Built once, in this order: defaults (the dataclass fields below, the only place
a default lives) → a TOML config file → ``THREADLINE_*`` environment variables →
explicit overrides (command-line flags). It is passed explicitly to every stage.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Mapping

from threadline.errors import ConfigError


@dataclass(frozen=True)
class Settings:
    """Every tunable of Threadline.

    Attributes:
        db: SQLite file path, or a ``postgresql://`` URL.
        spacy_model: spaCy pipeline package to load (the official
            ``en_core_web_sm`` is preferred when installed; see ``nlp.model``).
        dependency_parse: run spaCy's dependency parser (event dates then attach
            to the trigger's verb by syntax); off, the faster sentence
            recogniser splits sentences and dates attach by proximity.
        event_clauses: parse the sentences that state events (the model's tok2vec, tagger and
            parser, on those sentences only) and take each event's arguments from the clause
            that states it; off, from a window of characters around its trigger.
        learned_events: decide which event types a sentence states with the trained
            detector (``extract.detector``), the lexicon's rules being its features;
            off, the rules alone decide.
        event_detector: directory of a trained detector; None = the bundled one.
        batch_size: documents per ``nlp.pipe`` batch and per store transaction.
        max_bytes: a file, or one record of a JSON Lines file, larger than
            this is refused as over-size.
        section_chars: a report longer than this (in characters of content)
            goes through the NLP pipeline in sections of at most this size,
            cut at line breaks; offsets stay exact. A batch given to the
            model holds at most this many characters too: its memory grows
            with the tokens of a whole batch.
        fetch_timeout: seconds to connect, and to wait for each read of an HTTP response.
        fetch_deadline: seconds for a whole download, redirects included (a
            server trickling one byte a second never hits the read timeout).
        read_deadline: seconds to read one input item into a document (parse,
            boilerplate, metadata); a page built to keep the parser busy fails
            with its own error instead of holding the batch. Enforced with a
            timer signal, so only when run in the main thread.
        fetch_max_bytes: response bodies larger than this are refused.
        max_feed_entries: entries read from one RSS/Atom feed; the rest are
            left, with one failure that says so.
        allow_private: allow fetching from private/loopback addresses.
        offline: never fetch; feed entries use the text the feed carries.
        user_agent: sent with every HTTP request.
        ca_bundle: a PEM file of the certificate authorities that https
            servers' certificates must chain to, instead of the bundled
            (certifi) ones: a company's own CA, or a test's.
        near_duplicate_threshold: MinHash Jaccard estimate at or above which two
            reports are linked as copies of one another.
        fuzzy_threshold: rapidfuzz score (0-100) a name must reach to resolve
            to a known entity by fuzzy matching.
        domain_pack: directory of domain-pack data files; None = the bundled one.
        analyst: name recorded with analyst decisions.
        login_failures: failed sign-ins to the workbench, for one user name or from one
            client address, after which further tries are refused (429) ...
        login_window: ... until the oldest of them is this many seconds old.
        workers: processes that extract reports in ``ingest`` and ``reprocess``
            (0 = one per core; 1 = the command's own process alone).
        scheduler: a Dask scheduler to extract on instead (``tcp://HOST:8786``),
            or ``local:N`` for a cluster of N processes on this machine's loopback.
        claims_window: ``claims``, ``show`` and the workbench group at most this many of an
            entity's claims, the latest by date, and say how many there are in all: grouping
            is quadratic in the worst case, and a place of a long archive has hundreds of
            thousands of claims (0 = all).
    """

    db: str = "threadline.db"
    spacy_model: str = "en_core_web_sm"
    dependency_parse: bool = False
    event_clauses: bool = True
    learned_events: bool = True
    event_detector: str | None = None
    batch_size: int = 64
    max_bytes: int = 5_000_000
    section_chars: int = 100_000
    fetch_timeout: float = 20.0
    fetch_deadline: float = 60.0
    read_deadline: float = 60.0
    fetch_max_bytes: int = 5_000_000
    max_feed_entries: int = 1000
    allow_private: bool = False
    offline: bool = False
    user_agent: str = "Threadline/0.1 (+https://github.com/threadline)"
    ca_bundle: str | None = None
    near_duplicate_threshold: float = 0.7
    fuzzy_threshold: float = 90.0
    domain_pack: str | None = None
    analyst: str = os.environ.get("USER", "analyst") or "analyst"
    login_failures: int = 5
    login_window: float = 600.0
    workers: int = 0
    scheduler: str | None = None
    claims_window: int = 2000

    @classmethod
    def load(cls, config_file: str | Path | None = None,
             env: Mapping[str, str] | None = None, **overrides: Any) -> "Settings":
        """Build settings from defaults, a config file, the environment and overrides.

        Args:
            config_file: a TOML file with top-level keys named like the fields;
                defaults to ``$THREADLINE_CONFIG`` when set.
            env: the environment to read ``THREADLINE_*`` from (default ``os.environ``).
            overrides: values from flags; ``None`` values are ignored.
        Returns:
            the frozen ``Settings``.
        Raises:
            ConfigError: an unknown key or a value of the wrong type.
        """
        env = os.environ if env is None else env
        values: dict[str, Any] = {}
        config_file = config_file or env.get("THREADLINE_CONFIG")
        if config_file:
            path = Path(config_file)
            try:
                values.update(tomllib.loads(path.read_text(encoding="utf-8")))
            except (OSError, tomllib.TOMLDecodeError) as exc:
                raise ConfigError(f"config file {path}: {exc}") from exc
        known = {f.name: f for f in fields(cls)}
        for name in known:
            raw = env.get(f"THREADLINE_{name.upper()}")
            if raw is not None:
                values[name] = raw
        values.update({k: v for k, v in overrides.items() if v is not None})
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(unknown)}; known: {', '.join(known)}")
        base = cls()
        return replace(base, **{k: _coerce(k, v, type(getattr(base, k))) for k, v in values.items()})


def _coerce(name: str, value: Any, kind: type) -> Any:
    """Check a value against the field's type, turning environment strings into it."""
    if kind is type(None):
        return value
    if isinstance(value, str) and kind is not str:
        try:
            if kind is bool:
                if value.lower() in ("1", "true", "yes", "on"):
                    return True
                if value.lower() in ("0", "false", "no", "off"):
                    return False
                raise ValueError(value)
            return kind(value)
        except ValueError as exc:
            raise ConfigError(f"setting {name}: cannot read {value!r} as {kind.__name__}") from exc
    ok = (isinstance(value, bool) if kind is bool else
          isinstance(value, (int, float)) and not isinstance(value, bool) if kind is float else
          isinstance(value, int) and not isinstance(value, bool) if kind is int else
          isinstance(value, kind))
    if not ok:
        raise ConfigError(f"setting {name}: {value!r} is not a {kind.__name__}")
    return float(value) if kind is float else value
