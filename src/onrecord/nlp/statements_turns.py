"""Statements introduced by a colon after a name: transcript turns and headlines.

- A transcript turn: a paragraph that opens with a speaker label in capitals and a
  colon (``PENCE: Well, look …``, ``WALLACE: …``); the rest of the paragraph is what
  was said. Some sites open each turn with a stray quote mark (``"PENCE: …``); it is
  no quotation (``statements_join`` drops it).
- A headline attribution: the first line of the article reads ``Name: what they said``
  (``Pat Caddell: Democrat Voters Worried …``).

The colon is the cue, the label or name the speaker mention, as PolNeAR marks them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from onrecord.nlp.statements_marks import paragraphs

Offsets = tuple[int, int]

# A label in capitals, up to three words ("PENCE", "GOV. MIKE PENCE"), then a colon; a
# quote mark may come before it.
TURN = re.compile(
    r"[\"\u201c]?(?P<who>[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,2}) ?(?P<cue>:)[ \t]+\S"
)
# A capitalised name of up to four words, a colon, then a capital or a quote mark.
HEADLINE = re.compile(
    r"(?P<who>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}) ?(?P<cue>:)[ \t]+"
    r"(?=[A-Z\"\u201c\u2018'])"
)


@dataclass(frozen=True)
class Turn:
    cue: Offsets
    source: Offsets
    content: Offsets


def find_turns(text: str) -> list[Turn]:
    turns = []
    for number, (start, end) in enumerate(paragraphs(text)):
        pattern = HEADLINE if number == 0 else TURN
        match = pattern.match(text, start, end)
        if match is not None:
            content_start = match.end("cue")
            while content_start < end and text[content_start].isspace():
                content_start += 1
            if content_start < end:
                turns.append(Turn(match.span("cue"), match.span("who"), (content_start, end)))
    return turns
