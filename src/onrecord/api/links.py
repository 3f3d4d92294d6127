"""Every URL a page renders is built here, so links and routes cannot drift apart."""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import quote, urlencode, urlsplit

SAFE_SCHEMES = ("http", "https")


def statement_url(statement_id: str, suffix: str = "") -> str:
    return f"/statements/{quote(statement_id, safe='')}{suffix}"


def article_url(article_id: str, suffix: str = "") -> str:
    return f"/articles/{quote(article_id, safe='')}{suffix}"


def speaker_url(actor_id: int, suffix: str = "") -> str:
    return f"/speakers/{int(actor_id)}{suffix}"


def with_query(path: str, params: Mapping[str, object]) -> str:
    """``path`` with the non-empty ``params`` as a query string (lists repeat the key)."""
    pairs: list[tuple[str, str]] = []
    for key, value in params.items():
        values = value if isinstance(value, list | tuple) else [value]
        pairs.extend((key, str(v)) for v in values if v is not None and v != "")
    return f"{path}?{urlencode(pairs)}" if pairs else path


def external_url(url: str | None) -> str | None:
    """``url`` when it is a plain http(s) link, else None (no ``javascript:`` and friends)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in SAFE_SCHEMES or not parts.netloc:
        return None
    return url.strip()
