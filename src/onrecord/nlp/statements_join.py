"""Join quoted stretches and parse-based attributions into statements.

Pure functions; ``join_statements`` is the entry point (see ``quotes.py`` for the order
of the stages). Content spans follow PolNeAR: a direct quotation's span includes its
quote marks and the punctuation inside them; an indirect one starts at its first word
(``that`` included) and ends at its last word, without edge punctuation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from onrecord.nlp.cues import CueModel
from onrecord.nlp.extensions import FoundStatement, sentence_offsets
from onrecord.nlp.statements_marks import DOUBLED, MARKS, QuotedSpan
from onrecord.nlp.statements_parse import ParsedAttribution, speaking_subject
from onrecord.nlp.statements_turns import Turn

Offsets = tuple[int, int]
MIN_QUOTE_WORDS = 4  # shorter quotations are fragments (scare quotes, titles)
# Letters of a cue's content allowed outside its quotations for it to be direct: none
# (PolNeAR's `said that "…"` is mixed, "that" included).
MAX_OUTSIDE_CHARS = 0
# A quotation signed with a dash and a name ("…" ― Jane Roe., "…" ― Jane Q. Roe)
SIGNATURE = re.compile(r"[ \t\u00a0]*(\u2015|\u2014|\u2013|--)[ \t\u00a0]*"
                       r"([A-Z][\w'\u2019.-]*(?:[ \t\u00a0]+[A-Z](?:\.|[\w'\u2019-]*)){0,4})")
MAX_INTERRUPTION = 80  # characters between the two pieces of an interrupted quotation
MAX_ATTRIBUTION = 250  # … when the attribution (with a long apposition) sits between them


@dataclass
class Draft:
    """A statement being assembled; ``quotes`` are the quotations it holds."""

    content: list[Offsets]
    cue: Offsets | None
    source: Offsets | None
    quotes: list[QuotedSpan] = field(default_factory=list)
    direct: bool = False  # the content is quotations only
    follows: QuotedSpan | None = None  # the quotation of the paragraph before


PARAGRAPH_BREAK = re.compile(r"\n\s*")


def join_statements(
    doc: Doc,
    text: str,
    quotes: list[QuotedSpan],
    attributions: list[ParsedAttribution],
    model: CueModel,
    turns: list[Turn],
) -> list[FoundStatement]:
    """The statements of ``doc`` in text order. ``text`` is ``doc.text``, read once
    (spaCy rebuilds it on each access)."""
    quotes = _cut_at_cues(doc, _without_turn_marks(quotes, turns), attributions)
    drafts = [
        _from_attribution(doc, text, _within_paragraph(doc, text, a), quotes)
        for a in _kept(doc, quotes, attributions, turns)
    ]
    drafts = [d for d in drafts if d.content] + [_from_turn(t, quotes) for t in turns]
    used = {q for d in drafts for q in d.quotes}
    for draft in drafts:
        _add_second_piece(text, draft, quotes, used)
    drafts += [
        Draft([(q.start, q.end)], None, None, [q], True)
        for q in quotes
        if q not in used and _sayable(text, q)
    ]
    drafts.sort(key=lambda d: d.content[0])
    _link_paragraph_runs(drafts, quotes)
    _borrow_speakers(doc, text, drafts, model)
    return _finish(doc, text, _joined_across_tags(text, drafts))


def _without_turn_marks(quotes: list[QuotedSpan], turns: list[Turn]) -> list[QuotedSpan]:
    """A quote mark right before a transcript turn's label (``"PENCE: …``) opens no
    quotation."""
    return [q for q in quotes if not any(0 <= t.source[0] - q.start <= 1 for t in turns)]


def _kept(
    doc: Doc, quotes: list[QuotedSpan], attributions: list[ParsedAttribution], turns: list[Turn]
) -> list[ParsedAttribution]:
    """Attributions whose cue is outside quotations and transcript turns (label and colon
    included); weak ones only when their content holds a quotation."""
    kept = []
    for a in attributions:
        cue = doc[a.cue].idx
        if _inside_any(cue, quotes) or any(t.source[0] <= cue < t.content[1] for t in turns):
            continue
        if not a.weak or _quotes_in(a, quotes):
            kept.append(a)
    return kept


def _from_turn(turn: Turn, quotes: list[QuotedSpan]) -> Draft:
    inside = [q for q in quotes if turn.content[0] <= q.start < turn.content[1]]
    return Draft([turn.content], turn.cue, turn.source, inside)


def _cut_at_cues(
    doc: Doc, quotes: list[QuotedSpan], attributions: list[ParsedAttribution]
) -> list[QuotedSpan]:
    """An unclosed quotation ends where a cue inside it starts its attribution
    (``"This is broken, she said.``), unless the next paragraph opens with a quotation
    mark: then it is one paragraph of a long quote and its verbs are the speaker's words."""
    resumed = {
        before for before, after in zip(quotes, quotes[1:], strict=False)
        if after.opens_paragraph and after.paragraph != before.paragraph
    }
    out = []
    for quote in quotes:
        if not quote.closed and quote not in resumed:
            for a in attributions:
                cue = doc[a.cue].idx
                ends = [e for s, e in a.content if quote.start <= s and e < cue]
                if quote.start < cue < quote.end and ends:
                    quote = QuotedSpan(quote.start, max(ends), False, quote.paragraph)
                    break
        out.append(quote)
    return out


def _within_paragraph(doc: Doc, text: str, a: ParsedAttribution) -> ParsedAttribution:
    """Content and mention never cross the paragraph of the cue (a sentence may, when
    mis-split)."""
    cue = doc[a.cue].idx
    start = text.rfind("\n", 0, cue) + 1
    end = text.find("\n", cue)
    end = len(text) if end < 0 else end
    content = tuple(
        _clause_of(text, max(s, start), min(e, end), cue)
        for s, e in a.content
        if s < end and e > start
    )
    source = a.source
    if source is not None:
        source = (max(source[0], start), min(source[1], end))
        source = source if source[0] < source[1] else None
    return replace(a, content=tuple(p for p in content if p[0] < p[1]), source=source)


def _clause_of(text: str, start: int, end: int, cue: int) -> Offsets:
    """A semicolon ends reported content (``…, she said; they only learned …``)."""
    piece = text[start:end]
    if start > cue and ";" in piece:
        end = start + piece.index(";")
    elif end <= cue and ";" in piece:
        start += piece.rindex(";") + 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def _quotes_in(a: ParsedAttribution, quotes: list[QuotedSpan]) -> bool:
    return any(s <= q.start and q.end <= e for q in quotes for s, e in a.content)


def _inside_any(offset: int, quotes: list[QuotedSpan]) -> bool:
    return any(q.start < offset < q.end for q in quotes)


def _sayable(text: str, quote: QuotedSpan) -> bool:
    """Long enough to be a statement: four words, or two ending like a sentence
    (``"You winning?"``), unlike a scare-quoted phrase."""
    words = _words(text, quote)
    inner = text[quote.start : quote.end].rstrip("\"'\u201d\u00bb ")
    return words >= MIN_QUOTE_WORDS or (words >= 2 and inner[-1:] in (".", "?", "!", ","))


def _words(text: str, quote: QuotedSpan) -> int:
    return len(text[quote.start : quote.end].split())


def _alnum(text: str, pieces: list[Offsets]) -> set[int]:
    return {i for s, e in pieces for i in range(s, e) if text[i].isalnum()}


def _from_attribution(
    doc: Doc, text: str, a: ParsedAttribution, quotes: list[QuotedSpan]
) -> Draft:
    cue_token = doc[a.cue]
    cue = (cue_token.idx, cue_token.idx + len(cue_token))
    content = list(a.content)
    touched = [q for q in quotes if any(q.start < e and s < q.end for s, e in content)]
    if not content or not touched:
        return Draft(content, cue, a.source)
    content = _quoted_side(content, touched, cue[0])
    outside = _alnum(text, content) - _alnum(text, [(q.start, q.end) for q in touched])
    if len(outside) <= MAX_OUTSIDE_CHARS and any(_words(text, q) >= 2 for q in touched):
        return Draft([(q.start, q.end) for q in touched], cue, a.source, touched, True)
    return Draft(_cover(content, touched), cue, a.source, touched)


def _quoted_side(content: list[Offsets], quotes: list[QuotedSpan], cue: int) -> list[Offsets]:
    """``"…," Melanie said to the nominee``: when every quotation lies on one side of the
    cue, a piece on the other side holding none is an adjunct of the cue, not content;
    but a clause the cue interrupts keeps its start (``A comic tone, she said, would
    make it ''accessible''``): its words after the cue open with no quotation."""
    before = all(q.end <= cue for q in quotes)
    after = all(q.start > cue for q in quotes)
    if not (before or after) or (after and _interrupted_clause(content, quotes, cue)):
        return content
    kept = [
        (s, e) for s, e in content
        if any(q.start < e and s < q.end for q in quotes) or (s > cue) == after
    ]
    return kept or content


def _interrupted_clause(content: list[Offsets], quotes: list[QuotedSpan], cue: int) -> bool:
    following = [s for s, _e in content if s > cue]
    return bool(following) and not any(q.start <= min(following) + 1 for q in quotes)


def _cover(content: list[Offsets], quotes: list[QuotedSpan]) -> list[Offsets]:
    """Stretch content pieces over the quotations they cut into."""
    out = []
    for s, e in content:
        for q in quotes:
            if q.start < s < q.end:
                s = q.start
            if q.start < e < q.end:
                e = q.end
        out.append((s, e))
    return out


def _add_second_piece(text: str, draft: Draft, quotes: list[QuotedSpan], used: set) -> None:
    """``"…," he said. "…"``: unclaimed quotations of the same paragraph, next to a
    direct draft's own across its attribution, are more pieces of it; one right after a
    mixed draft's content (``words like "a" alongside "b"``) extends it."""
    if draft.cue is None or not draft.quotes:
        return
    para = draft.quotes[0].paragraph
    free = [q for q in quotes if q.paragraph == para and q not in used]
    for quote in free:
        if _next_piece(draft, quote) if draft.direct else _extends(text, draft, quote):
            draft.quotes.append(quote)
            used.add(quote)


def _next_piece(draft: Draft, quote: QuotedSpan) -> bool:
    assert draft.cue is not None
    ends = [q.end for q in draft.quotes if q.end <= quote.start]
    starts = [q.start for q in draft.quotes if q.start >= quote.end]
    gap = (max(ends), quote.start) if ends else (quote.end, min(starts, default=10**9))
    across = gap[0] <= draft.cue[0] < gap[1]  # the attribution sits in between
    if gap[1] - gap[0] > (MAX_ATTRIBUTION if across else MAX_INTERRUPTION):
        return False
    draft.content.append((quote.start, quote.end))
    return True


def _extends(text: str, draft: Draft, quote: QuotedSpan) -> bool:
    assert draft.cue is not None
    start, end = draft.content[-1]
    gap = text[end : quote.start]
    if quote.start < end or len(gap) > MAX_INTERRUPTION or end <= draft.cue[0] < quote.start:
        return False
    if any(mark in gap for mark in ".!?\n"):
        return False
    draft.content[-1] = (start, quote.end)
    return True


def _link_paragraph_runs(drafts: list[Draft], quotes: list[QuotedSpan]) -> None:
    """A quotation left open at its paragraph's end, resumed at the next one's start."""
    by_quote = {q: d for d in drafts for q in d.quotes}
    for before, after in zip(quotes, quotes[1:], strict=False):
        if (
            not before.closed
            and after.opens_paragraph
            and after.paragraph != before.paragraph
            and after in by_quote
            and before in by_quote
        ):
            by_quote[after].follows = before


def _borrow_speakers(doc: Doc, text: str, drafts: list[Draft], model: CueModel) -> None:
    """Quotations with no cue of their own take, in this order: a signature
    (``"…" ― Jane Roe``), the speaker of their lead-in (``He said:``), of the rest of
    their multi-paragraph run, of a speaking verb in the sentence before or after
    them, or of the statement just before them."""
    by_quote = {q: d for d in drafts for q in d.quotes}
    run_next = {d.follows: by_quote[q] for q, d in by_quote.items() if d.follows is not None}
    every_quote = list(by_quote)
    for i, draft in enumerate(drafts):
        if draft.cue is not None:
            continue
        signed = _signature(text, draft)
        if signed is not None:
            draft.cue, draft.source = signed
            continue
        donor = _lead_in(text, drafts[:i], draft) or _run_speaker(draft, by_quote, run_next)
        if donor is None:
            draft.cue, draft.source = _neighbour_speaker(doc, text, draft, model, every_quote)
            if draft.cue is None and i > 0 and _near(text, drafts[i - 1], draft):
                donor = drafts[i - 1]
        if donor is not None:
            draft.cue, draft.source = donor.cue, donor.source


def _joined_across_tags(text: str, drafts: list[Draft]) -> list[Draft]:
    """``"A," Trump said. "B"``, the parser having split A from its tag: two quotations
    that took the same cue from between them are one statement in two pieces (as
    ``_next_piece`` joins them when the parse gives the cue its quotation). Not across a
    paragraph break: PolNeAR train has those one attribution 27 times and two 12 times,
    but joining them cost direct recall on train and dev."""
    out: list[Draft] = []
    for draft in drafts:
        previous = out[-1] if out else None
        if previous is not None and _tag_between(text, previous, draft):
            previous.content.extend(draft.content)
            previous.quotes.extend(draft.quotes)
            continue
        out.append(draft)
    return out


def _tag_between(text: str, before: Draft, after: Draft) -> bool:
    if not (before.direct and after.direct) or after.cue is None or after.cue != before.cue:
        return False
    if after.follows is not None or before.follows is not None:
        return False
    end, start = before.content[-1][1], after.content[0][0]
    gap = text[end:start]
    return end <= after.cue[0] < start and len(gap) <= MAX_ATTRIBUTION and "\n" not in gap


def _signature(text: str, draft: Draft) -> tuple[Offsets, Offsets] | None:
    """``"…" ― Jane Roe``: a dash and a name right after the quotation."""
    match = SIGNATURE.match(text, draft.content[-1][1])
    if match is None:
        return None
    return match.span(1), match.span(2)


def _run_speaker(draft: Draft, by_quote: dict, run_next: dict) -> Draft | None:  # type: ignore[type-arg]
    """The nearest paragraph of the same run, later or earlier, that has a cue."""
    seen = set()
    for step in (lambda d: run_next.get(d.quotes[-1]), lambda d: by_quote.get(d.follows)):
        current = step(draft)
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            if current.cue is not None:
                return current  # type: ignore[no-any-return]
            current = step(current)
    return None


def _neighbour_speaker(
    doc: Doc, text: str, draft: Draft, model: CueModel, every_quote: list[QuotedSpan]
) -> tuple[Offsets | None, Offsets | None]:
    """A speaking verb with a subject in the sentence before the quotation, or after it
    (the sentence the quotation ends in, when the parser split it inside the quotation:
    ``"… Probably not," Ms. Moore said.``); never a verb or subject inside a quotation
    (the words of another paragraph of a long quote)."""
    start, end = draft.content[0][0], draft.content[-1][1]
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    last = doc.char_span(end - 1, end, alignment_mode="expand")
    if first is None or last is None:
        return None, None
    before = doc[first.start - 1].sent if first.start > 0 else None
    after = doc[last.end].sent if last.end < len(doc) else None
    order = (before, after)
    if after is not None and _tagged(text, end, after.start_char):
        order = (after, before)
    for sent in order:
        if sent is not None:
            found = speaking_subject(sent, model, lambda offset: _inside_any(offset, every_quote))
            if found is not None:
                return found
    return None, None


def _tagged(text: str, end: int, after: int) -> bool:
    """``"…?" Graham asked.``: the next sentence starts on the quotation's line, right
    after a closing mark that leaves the sentence open (``,"`` ``?"`` ``!"``)."""
    inner = text[max(0, end - 4) : end].rstrip("\"'\u201d\u00bb")
    return not text[end:after].strip() and inner[-1:] in (",", "?", "!")


def _lead_in(text: str, before: list[Draft], draft: Draft) -> Draft | None:
    """The statement of a sentence ending in a colon right before the quotation."""
    head = text[: draft.content[0][0]].rstrip()
    if not head.endswith(":"):
        return None
    for other in reversed(before):
        if other.cue is not None and other.cue[0] < len(head) and len(head) - other.cue[1] < 200:
            return other
    return None


def _near(text: str, previous: Draft, draft: Draft) -> bool:
    """The previous statement is in this paragraph or the one before."""
    gap = text[previous.content[-1][1] : draft.content[0][0]]
    return len(PARAGRAPH_BREAK.findall(gap)) <= 1 and len(gap) < 600


def _finish(doc: Doc, text: str, drafts: list[Draft]) -> list[FoundStatement]:
    index = {q: i for i, d in enumerate(drafts) for q in d.quotes}
    found = []
    for draft in drafts:
        content = sorted(draft.content)
        if not draft.direct:
            content = _bridged(doc, text, content, draft.cue)
        continues = index.get(draft.follows) if draft.follows is not None else None
        found.append(
            FoundStatement(
                kind="direct" if draft.direct else kind_of(text, content),
                content_spans=content,
                sentence_span=_sentence_span(doc, text, content, draft.cue),
                cue_span=draft.cue,
                mention_span=draft.source,
                continues=continues,
            )
        )
    return found


BRIDGEABLE = frozenset({"ADP", "CCONJ", "PUNCT"})


def _bridged(doc: Doc, text: str, content: list[Offsets], cue: Offsets | None) -> list[Offsets]:
    """Pieces of reported content parted only by prepositions, conjunctions or
    punctuation are one (``accused the government _of_ attempting …``, ``as "…" _and_ a
    "…"``): two regions of one cue, each without the word between them; PolNeAR never
    leaves such a word out. A gap holding the cue, a quote mark or a line break stays."""
    out = [content[0]]
    for start, end in content[1:]:
        gap = text[out[-1][1] : start]
        if _bridgeable(doc, out[-1][1], start, gap, cue):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _bridgeable(doc: Doc, start: int, end: int, gap: str, cue: Offsets | None) -> bool:
    if "\n" in gap or any(mark in gap for mark in MARKS) or len(gap.split()) > 2:
        return False
    if cue is not None and start <= cue[0] < end:
        return False
    words = doc.char_span(start, end, alignment_mode="contract")
    return words is None or all(t.pos_ in BRIDGEABLE or t.is_space for t in words)


def _sentence_span(doc: Doc, text: str, content: list[Offsets], cue: Offsets | None) -> Offsets:
    points = [p for s, e in content for p in (s, e - 1)] + ([cue[0]] if cue else [])
    sentence_starts, sentence_ends = sentence_offsets(doc)
    starts, ends = [], []
    for point in points:
        span = doc.char_span(point, point + 1, alignment_mode="expand")
        if span is not None and len(span):
            # the sentence holding the span's first token (``Token.sent`` walks the Doc)
            k = bisect_right(sentence_starts, span.start_char) - 1
            starts.append(sentence_starts[k])
            ends.append(sentence_ends[k])
    if not starts:
        return content[0][0], content[-1][1]
    start, end = min(starts), max(ends)
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


def kind_of(text: str, content: list[Offsets]) -> str:
    """Direct when the content opens and closes with a quote mark, mixed when it holds
    one elsewhere, else indirect (PolNeAR's kinds, read from the marks)."""
    joined = " ".join(text[s:e] for s, e in content).strip().replace(DOUBLED, '"')
    if not joined:
        return "indirect"
    closes = joined[-1] in MARKS or joined[-2:-1] in MARKS
    if joined[0] in MARKS and closes:
        return "direct"
    return "mixed" if any(ch in MARKS for ch in joined) else "indirect"


