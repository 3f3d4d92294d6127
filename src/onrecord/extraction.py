"""Stage 2, extract: a raw item becomes an ``Article`` with its text and metadata.

The only module that imports trafilatura and htmldate. Plain text is kept
verbatim (every later offset indexes it); HTML is reduced to its main text,
without comments, navigation, share bars or "popular posts" lists.
"""

from __future__ import annotations

import hashlib
import re
import warnings
from dataclasses import replace
from functools import lru_cache
from typing import Any

from charset_normalizer import from_bytes
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from onrecord.errors import BadEncoding, EmptyArticle, UnsupportedInput
from onrecord.types import Article, RawItem

FIRST_PUBLISHED = re.compile(
    r"(?:was\s+)?(?:first|originally)\s+(?:published|appeared|posted|ran)\s+"
    r"(?:by|in|on|at)\s+(?:the\s+website\s+of\s+)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+(?:(?:of|the|for|and|&)[ \t]+)?[A-Z][\w&'’.-]*)*)",
)
HEADLINE_MAX = 200
DATE_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})")


def extract_article(item: RawItem) -> Article:
    """Text and metadata of one raw item; raises an ``InputError`` naming it."""
    if item.format == "html":
        article = _from_html(item)
    elif item.format == "text":
        article = _from_text(item)
    else:
        raise UnsupportedInput(f"unknown format {item.format!r}", input_name=item.source)
    if not article.text.strip():
        raise EmptyArticle("no article text found", input_name=item.source)
    return _apply_overrides(article, item)


def content_hash(text: str) -> str:
    """The de-duplication key of an article: SHA-256 of its stored text."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def decode(data: bytes | str, source: str) -> str:
    """Bytes as text: UTF-8 when it is, else the encoding charset-normalizer detects."""
    if isinstance(data, str):
        return data
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise BadEncoding("starts like UTF-16 but is not", input_name=source) from None
    if b"\x00" in data[:8192]:
        raise BadEncoding("binary data, not text", input_name=source)
    try:
        return data.decode("utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8")
    except UnicodeDecodeError:
        pass
    if _ascii_ratio(data) > 0.7:
        # Mostly ASCII with a few high bytes: a Western single-byte page, where
        # detectors guess poorly on short texts.
        return data.decode("cp1252", errors="replace")
    best = from_bytes(data).best()
    if best is None:
        raise BadEncoding("not text in any encoding that could be detected", input_name=source)
    text = str(best)
    if _control_ratio(text) > 0.05:
        raise BadEncoding(f"decoded as {best.encoding} but is mostly control characters",
                          input_name=source)
    return text


LANGUAGE_CONFIDENCE = 0.5


def detect_language(text: str) -> str | None:
    """ISO 639-1 code, or None when the text is too short or the guess too unsure."""
    sample = text[:4000]
    if len(sample.strip()) < 20:
        return None
    if _clearly_english(sample):
        return "en"
    language, probability = _language_identifier().classify(sample)
    return str(language) if probability >= LANGUAGE_CONFIDENCE else None


# Words frequent in English prose and rare in other languages' (no "in", "was", "an",
# "die", "on": Dutch, German and French have them). In PolNeAR's English news they make
# up a fifth to a third of the words (shorter texts fall back to the identifier); in
# other languages a few percent ("is" in Dutch, "will" and "her" in German).
ENGLISH_MARKERS = frozenset({
    "the", "of", "and", "to", "that", "is", "for", "with", "he", "she", "they", "said",
    "are", "have", "this", "which", "would", "from", "be", "has", "not", "but", "by",
    "his", "her", "it", "at", "will", "who", "their", "been", "were",
})
ENGLISH_MARKER_SHARE = 0.12
MARKED_WORDS_NEEDED = 40


def _clearly_english(sample: str) -> bool:
    """Most English text is told from the others by its commonest words, which spares
    loading the language identifier's model (about half a second) for it."""
    words = re.findall(r"[a-z']+", sample.lower())
    if len(words) < MARKED_WORDS_NEEDED:
        return False
    return sum(w in ENGLISH_MARKERS for w in words) >= ENGLISH_MARKER_SHARE * len(words)


@lru_cache(maxsize=1)
def _language_identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def find_first_published_by(text: str) -> str | None:
    """The outlet named by "first published by X" / "originally appeared in X"."""
    match = FIRST_PUBLISHED.search(text)
    if match is None:
        return None
    return match.group("name").rstrip(".").strip()


def _from_text(item: RawItem) -> Article:
    text = decode(item.data, item.source)
    if _control_ratio(text) > 0.05:
        raise BadEncoding("mostly control characters, not article text", input_name=item.source)
    return Article(
        id=content_hash(text)[:16],
        source=item.source,
        text=text,
        title=_headline(text),
        language=detect_language(text),
        first_published_by=find_first_published_by(text),
    )


def _from_html(item: RawItem) -> Article:
    html = decode(item.data, item.source)
    document = _run_trafilatura(html, item)
    if document is None or not (document.text or "").strip():
        raise EmptyArticle("no main text found in the HTML", input_name=item.source)
    text = _paragraphs(document.text)
    published = document.date or _htmldate(html)
    return Article(
        id=content_hash(text)[:16],
        source=item.source,
        text=text,
        title=document.title or None,
        author=document.author or None,
        published=_day(published),
        publisher=document.sitename or document.hostname or None,
        url=document.url or None,
        language=detect_language(text),
        first_published_by=find_first_published_by(text) or find_first_published_by(
            _visible_text(html)),
    )


def _run_trafilatura(html: str, item: RawItem):  # type: ignore[no-untyped-def]
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return trafilatura.bare_extraction(
                html, url=item.url, with_metadata=True, include_comments=False,
                include_tables=True, favor_precision=True,
            )
        except (ValueError, TypeError, RecursionError) as exc:
            raise EmptyArticle(f"HTML could not be parsed ({exc})", input_name=item.source) from exc


def _htmldate(html: str) -> str | None:
    from htmldate import find_date

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return find_date(html, original_date=True, extensive_search=False)
        except Exception:  # htmldate raises assorted errors on hostile markup
            return None


def _visible_text(html: str) -> str:
    return re.sub(r"<[^>]*>", " ", html)


def _paragraphs(text: str) -> str:
    """trafilatura's lines as paragraphs separated by one blank line."""
    lines = [line.strip() for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


def _headline(text: str) -> str | None:
    first, _, rest = text.lstrip("\ufeff").partition("\n")
    first = first.strip()
    if not first or len(first) > HEADLINE_MAX or not rest.strip():
        return None
    if first.endswith((".", ",", ";", ":")) and not first.endswith("..."):
        return None
    return first


def _day(value: str | None) -> str | None:
    if not value:
        return None
    match = DATE_PREFIX.match(value.strip())
    return match.group(1) if match else None


def _ascii_ratio(data: bytes) -> float:
    sample = data[:20000]
    return sum(1 for b in sample if b < 128) / max(1, len(sample))


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    return controls / len(sample)


def _apply_overrides(article: Article, item: RawItem) -> Article:
    """What the caller said about the item wins over what was found in it."""
    overrides: dict[str, Any] = {
        "url": item.url, "title": item.title, "author": item.author,
        "published": _day(item.published) if item.published else None,
        "publisher": item.publisher,
    }
    if item.published and overrides["published"] is None:
        raise UnsupportedInput(f"published date {item.published!r} is not YYYY-MM-DD",
                               input_name=item.source)
    return replace(article, **{k: v for k, v in overrides.items() if v is not None})
