"""Where a statement was made, as the text says: "in a speech in Qom", "in an interview
with state TV", "in a statement", "at a rally", "said in Everett, Wash.".

``find_venue(doc, sentence_span, content_spans, cue_span)`` looks in the statement's
sentence, outside what was said, for a prepositional phrase whose noun names a venue, and
returns the noun phrase with its complement ("a speech in Qom"), nearest the cue.
"""

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from onrecord.nlp.extensions import doc_text, token_numbers, token_table
from onrecord.nlp.speakers_lexicon import VENUE_NOUNS

Offsets = tuple[int, int]
VENUE_PREPOSITIONS = frozenset({"in", "on", "at", "during"})
COMPLEMENT_PREPOSITIONS = frozenset({"with", "in", "on", "at", "to", "before", "for", "of"})
PLACE_LABELS = frozenset({"GPE", "FAC", "LOC"})


def find_venue(
    doc: Doc, sentence: Offsets, content: list[Offsets], cue: Offsets | None
) -> Offsets | None:
    """The venue's char span in the statement's sentence, or ``None``."""
    sent = doc.char_span(*sentence, alignment_mode="expand")
    if sent is None:
        return None
    anchor = cue[0] if cue else sentence[0]
    found = []
    deps, offsets = token_table(doc).dep, token_numbers(doc, IDX)
    for i in range(sent.start, sent.end):
        if deps[i] != "pobj" or _inside(content, offsets[i]):
            continue  # told from the Doc's arrays: a Token for every word cost more
        tok = doc[i]
        prep = tok.head
        if prep.lower_ not in VENUE_PREPOSITIONS or _inside(content, prep.idx):
            continue
        span = _venue_phrase(tok) or _place(tok, prep, cue)
        if span is not None:
            found.append(_before_content(doc_text(doc), span, content))
    if not found:
        return None
    return min(found, key=lambda s: abs(s[0] - anchor))


def _venue_phrase(noun: Token) -> Offsets | None:
    if noun.lemma_.lower() not in VENUE_NOUNS and noun.lower_ not in VENUE_NOUNS:
        return None
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    complements = [c for c in noun.rights if _complement(c)][:1]
    last = _last_of(complements[0]) if complements else noun
    start = noun.left_edge.idx
    end = last.idx + len(last.text)
    text = noun.doc[noun.left_edge.i : last.i + 1].text
    if "," in text or "\n" in text:
        cut = min(i for i in (text.find(","), text.find("\n")) if i >= 0)
        end = start + cut
    return (start, end) if end > start else None


def _place(noun: Token, prep: Token, cue: Offsets | None) -> Offsets | None:
    """ "said in Everett, Wash.": a place right after the cue verb."""
    if cue is None or prep.lower_ not in ("in", "at") or noun.ent_type_ not in PLACE_LABELS:
        return None
    if not (cue[0] <= prep.head.idx < cue[1]):
        return None
    ent = next((e for e in noun.doc.ents if e.start <= noun.i < e.end), None)
    if ent is None:
        return None
    return (ent.start_char, ent.end_char)


def _complement(child: Token) -> bool:
    """ "with state TV", "in Qom", "published in Kayhan" (not "that ..." clauses)."""
    if child.dep_ == "prep":
        return child.lower_ in COMPLEMENT_PREPOSITIONS
    clause = any(c.dep_ in ("nsubj", "aux", "mark") for c in child.children)
    return child.dep_ == "acl" and child.tag_ == "VBN" and not clause


def _before_content(text: str, span: Offsets, content: list[Offsets]) -> Offsets:
    """A venue never runs into what was said."""
    end = min([s for s, _ in content if span[0] < s < span[1]] + [span[1]])
    return (span[0], span[0] + len(text[span[0]:end].rstrip()))


def _last_of(token: Token) -> Token:
    return max(token.subtree, key=lambda t: t.i)


def _inside(spans: list[Offsets], offset: int) -> bool:
    return any(s <= offset < e for s, e in spans)
