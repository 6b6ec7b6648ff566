"""Listing stored reports, filtered by outlet, publication date and language."""
from __future__ import annotations

from threadline.errors import StoreError
from threadline.model import Document

_DATE_FORMS = ("YYYY", "YYYY-MM", "YYYY-MM-DD")


def find_reports(store, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
                 language: str | None = None, limit: int | None = None, offset: int = 0) -> list[Document]:
    """Stored reports, newest first (those without a year of publication last).

    Args:
        store: the knowledge base.
        outlet: keep reports of this outlet (case ignored).
        since, until: publication date bounds, inclusive, compared at the
            precision both sides have ("2024" keeps "2024-03-02").
        language: keep reports in this language code.
        limit: at most this many (all when None), after skipping ``offset``; the database
            stops there (an archive holds hundreds of thousands of reports).
    Raises:
        StoreError: a date bound that is not YYYY, YYYY-MM or YYYY-MM-DD.
    """
    _check_dates(since, until)
    return store.reports(outlet=outlet, since=since, until=until, language=language, limit=limit, offset=offset)


def count_reports(store, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
                  language: str | None = None) -> int:
    """How many reports ``find_reports`` finds with no limit."""
    _check_dates(since, until)
    return store.count_reports(outlet=outlet, since=since, until=until, language=language)


def _check_dates(since: str | None, until: str | None) -> None:
    for name, bound in (("--since", since), ("--until", until)):
        if bound is not None and not _is_date_prefix(bound):
            raise StoreError(f"{name} {bound!r}: give a date as {', '.join(_DATE_FORMS)}")


def _is_date_prefix(value: str) -> bool:
    import re
    return bool(re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?", value))
