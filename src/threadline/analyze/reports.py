"""Listing stored reports, filtered by outlet, publication date and language."""
from __future__ import annotations

from threadline.errors import StoreError
from threadline.model import Document

_DATE_FORMS = ("YYYY", "YYYY-MM", "YYYY-MM-DD")


def find_reports(store, *, outlet: str | None = None, since: str | None = None, until: str | None = None,
                 language: str | None = None) -> list[Document]:
    """Stored reports, newest first (those without a year of publication last).

    Args:
        store: the knowledge base.
        outlet: keep reports of this outlet (case ignored).
        since, until: publication date bounds, inclusive, compared at the
            precision both sides have ("2024" keeps "2024-03-02").
        language: keep reports in this language code.
    Raises:
        StoreError: a date bound that is not YYYY, YYYY-MM or YYYY-MM-DD.
    """
    for name, bound in (("--since", since), ("--until", until)):
        if bound is not None and not _is_date_prefix(bound):
            raise StoreError(f"{name} {bound!r}: give a date as {', '.join(_DATE_FORMS)}")
    kept = []
    for d in store.documents():
        if outlet and (d.outlet or "").casefold() != outlet.casefold():
            continue
        if language and d.language != language.lower():
            continue
        value = d.published.value or ""
        if (since or until) and not value[:4].isdigit():
            continue
        if since and value[:len(since)] < since[:len(value)]:
            continue
        if until and value[:len(until)] > until[:len(value)]:
            continue
        kept.append(d)
    def has_year(d: Document) -> bool:
        return (d.published.value or "")[:4].isdigit()

    # Newest first; a date without its year ("XXXX-11-19") cannot be placed, so it follows the dated ones.
    dated = sorted((d for d in kept if has_year(d)), key=lambda d: (d.published.value, d.id), reverse=True)
    rest = sorted((d for d in kept if not has_year(d)), key=lambda d: (d.published.value is None, d.id))
    return dated + rest


def _is_date_prefix(value: str) -> bool:
    import re
    return bool(re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?", value))
