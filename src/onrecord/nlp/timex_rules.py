"""The rules: one regular expression and one resolver per kind of temporal expression.

Order matters only on ties: overlapping candidates are settled longest first, then
by position in ``RULES``.
"""

import re
from dataclasses import dataclass

from onrecord.nlp.timex_amounts import (
    r_adverb_set,
    r_bare_units,
    r_duration,
    r_literal,
    r_recent_units,
    r_set,
)
from onrecord.nlp.timex_calendar import (
    r_century,
    r_decade,
    r_half,
    r_iso,
    r_month,
    r_month_day,
    r_month_year,
    r_quarter,
    r_season,
    r_year,
)
from onrecord.nlp.timex_context import Resolver
from onrecord.nlp.timex_periods import r_in_the_period, r_the_year, r_year_period
from onrecord.nlp.timex_relative import (
    r_anaphoric_unit,
    r_clock,
    r_day_before,
    r_dayword,
    r_part_of_day,
    r_period_end,
    r_relative_unit,
    r_the_period,
    r_this_tod,
    r_units_shift,
    r_weekday,
    r_year_ago,
)
from onrecord.nlp.timex_scan import barriers
from onrecord.nlp.timex_vocab import (
    DAYNUM,
    EDGE,
    MOD,
    MONTH,
    MONTH_ABBR,
    MONTH_FULL,
    NUM,
    NUMWORD,
    TOD,
    UNIT,
    YEAR,
)

WEEKDAY_G = r"(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
CLOCK = (
    r"(?:(?:around|about|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
    r"(?:(?P<h>\d{1,2})(?:[:.](?P<mi>\d\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)"
    r"|(?P<word>noon|midnight))"
    r"(?:\s+(?:\(?(?:EST|EDT|CST|CDT|PST|PDT|GMT|UTC|ET|local\s+time)\)?))?"
    rf"(?:,?\s+(?:on\s+)?(?:(?-i:(?P<qmonth>{MONTH_FULL}|{MONTH_ABBR}))\s+(?P<qday>{DAYNUM})"
    r"|(?P<qwd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?!s)"
    r"|(?P<qdw>today|tonight|yesterday|tomorrow)))?"
)
CLOCK_PREFIX = (
    r"(?:(?:(?P<qwd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|(?P<qdw>today|yesterday|tomorrow))"
    r",?\s+(?:at\s+)?)"
    r"(?:(?P<h>\d{1,2})(?:[:.](?P<mi>\d\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)"
    r"|(?P<word>noon|midnight))"
)
# "the first half of next year", "the third quarter of last year": the year the period is in.
OF_YEAR = r"(?P<ofyear>this|last|next)\s+year\b"
# "the last half" is a half-year only with its year: "the last half of 1989", "... of the year".
HALF_OF = r"(?=\s+half\s+of\s+(?:\d|this\b|last\b|next\b|the\s+year))"
REL = (
    r"(?P<rel>this(?:\s+past|\s+coming)?|last|next|the\s+past|the\s+coming|the\s+current"
    r"|the\s+latest|current)"
)
ANA = (
    r"(?P<arel>the\s+next|the\s+following|the\s+previous|the\s+preceding|the\s+same|that"
    r"|the\s+prior)"
)


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    # One of these words (in lower case) is in every match; None: not said.
    needs: re.Pattern[str] | None = None
    need_words: tuple[str, ...] = ()  # the same words, each looked for on its own
    # What the pattern never consumes, which ends the windows it runs over (timex_scan).
    barriers: re.Pattern[str] | None = None


def _rule(name: str, pattern: str, resolve: Resolver, flags: int = re.I, needs: str = ""
          ) -> Rule:
    """``needs``: words, one of which every match holds whatever its case (spaces apart)."""
    compiled = re.compile(rf"(?<![\w-]){pattern}(?![\w])", flags)
    if not needs:
        return Rule(name, compiled, resolve)
    cut = barriers(compiled)
    if cut is not None and cut.search(needs.replace(" ", "")):
        raise ValueError(f"{name}: a need its barriers would split hides its window")
    words = re.compile("|".join(re.escape(word) for word in needs.split()))
    return Rule(name, compiled, resolve, words, tuple(needs.split()), cut)


MONTH_NEEDS = "jan feb mar apr may jun jul aug sep oct nov dec"  # every month name's start
WEEKDAY_NEEDS = "monday tuesday wednesday thursday friday saturday sunday"
TOD_NEEDS = "morning afternoon evening night"
CLOCK_NEEDS = "a.m. p.m. am pm noon midnight"


RULES: tuple[Rule, ...] = (
    _rule("iso", r"(?P<y>(?:1[6-9]|20)\d\d)-(?P<mo>\d\d)-(?P<d>\d\d)", r_iso),
    _rule("month_day",
          rf"{EDGE}(?:{WEEKDAY_G},?\s+)?(?:the\s+)?{MONTH}\s+(?P<day>{DAYNUM})(?!\d|:\d)"
          rf"(?:,?\s+(?P<year>{YEAR}))?", r_month_day,
          needs=MONTH_NEEDS),
    _rule("day_month",
          rf"(?:{WEEKDAY_G},?\s+)?(?:the\s+)?(?P<day>{DAYNUM})\s+(?:of\s+)?{MONTH}"
          rf"(?:,?\s+(?P<year>{YEAR}))?", r_month_day,
          needs=MONTH_NEEDS),
    _rule("month_year", rf"{EDGE}{MONTH}\s+(?:of\s+)?(?P<year>{YEAR})", r_month_year,
          needs=MONTH_NEEDS),
    _rule("month", rf"{EDGE}(?:(?P<rel>last|this|next|this\s+past|this\s+coming|coming)\s+)?"
                   rf"{MONTH}(?:\s+(?:of\s+)?(?:this|last|next)\s+year)?", r_month,
          needs=MONTH_NEEDS),
    _rule("year", rf"{EDGE}(?:(?:fiscal|calendar)\s+)?(?P<year>{YEAR})(?!s|'s|\d|-\d|[.,]\d)",
          r_year),
    _rule("decade",
          r"(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?(?:(?P<dec>(?:1[6-9]|20)\d)0'?s"
          r"|'(?P<dec2>\d)0s|(?P<decw>twenties|thirties|forties|fifties|sixties|seventies"
          r"|eighties|nineties))", r_decade,
          needs="0s 0's twenties thirties forties fifties sixties seventies eighties nineties"),
    _rule("century", r"(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)"
                     r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
                     r"|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth"
                     r"|eighteenth|nineteenth|twentieth|twenty-first)[-\s]century", r_century,
          needs="century"),
    _rule("quarter",
          rf"(?:(?:the|its|their|a)\s+)?(?:(?P<qrel>this\s+year's|last\s+year's|next\s+year's)\s+)?"
          rf"(?:(?P<qyear>{YEAR})\s+)?(?:fiscal[-\s]+)?(?P<q>first|second|third|fourth|1st|2nd|3rd"
          rf"|4th)[-\s](?:fiscal\s+)?quarter(?:\s+of\s+(?:fiscal\s+)?(?P<qyear2>{YEAR})"
          rf"|\s+of\s+{OF_YEAR})?",
          r_quarter,
          needs="quarter"),
    _rule("half", rf"(?:the\s+)?(?:(?P<h>first|second|(?:last|latter){HALF_OF})[-\s]half"
                  rf"|(?P<h2>first|last)\s+two\s+quarters)"
                  rf"(?:\s+of\s+(?:(?P<hyear>{YEAR})|{OF_YEAR}))?",
          r_half,
          needs="half quarters"),
    _rule("season",
          rf"{EDGE}(?:(?P<srel>this(?:\s+past|\s+coming)?|last|next|the\s+past|the\s+coming|the)"
          rf"\s+)?(?P<season>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<syear>{YEAR})"
          rf"|\s+of\s+{OF_YEAR})?",
          r_season,
          needs="spring summer fall autumn winter"),
    _rule("relative_unit",
          rf"{EDGE}(?:(?:earlier|later)\s+)?{REL}\s+(?:fiscal\s+)?"
          r"(?P<unit>week|weekend|month|year|quarter|decade|century)", r_relative_unit,
          needs="week month year quarter decade century"),
    _rule("the_period", r"the\s+(?:(?P<unit>quarter|weekend|full\s+year)|latest\s+period)",
          r_the_period,
          needs="quarter weekend year period"),
    _rule("the_year", r"the\s+(?:fiscal\s+|calendar\s+)?year"
                      r"(?!\s+(?:before|after|earlier|later|ago|since|two|nineteen|eighteen)\b|-|\s*\d)",
          r_the_year,
          needs="year"),
    _rule("year_period", rf"(?:the\s+)?(?P<year>{YEAR})\s+(?:fiscal\s+)?(?P<what>quarter|period)",
          r_year_period,
          needs="quarter period"),
    _rule("in_the_period", r"(?:earlier|later)\s+in\s+the\s+(?P<unit>day|week|month|year)",
          r_in_the_period,
          needs="earlier later"),
    _rule("period_end", r"(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+the\s+"
                        r"(?P<unit>year|month|week|quarter|decade)", r_period_end,
          needs="year month week quarter decade"),
    _rule("year_end", r"(?P<unit>year)(?:[-\s]end|'s\s+end)", r_period_end,
          needs="year"),
    _rule("year_ago", r"(?:the\s+)?(?:comparable\s+)?(?:year-ago|year-earlier)"
                      r"(?:(?P<yq>\s+(?:(?P<yqn>first|second|third|fourth)[-\s]+)?(?:fiscal\s+)?"
                      r"(?:quarter|period))|\s+(?P<ymonths>nine|six|three)\s+months)?", r_year_ago,
          needs="year-ago year-earlier"),
    _rule("anaphoric_unit",
          rf"(?:(?:early|late|earlier|later)\s+)?{ANA}\s+(?P<aunit>day|week|weekend|month|year"
          r"|morning|afternoon|evening|night|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)",
          r_anaphoric_unit,
          needs="day week month year morning afternoon evening night"),
    _rule("day_before", r"the\s+(?P<aunit>day|night|morning|evening)\s+(?P<arel>before|after)"
                        r"(?=\s*[,.;:!?)]|\s+(?:that|and|but|when)\b)",
          r_day_before,
          needs="before after"),
    _rule("units_shift",
          rf"{MOD}{NUM}\s+(?:more\s+)?{UNIT}(?:\s+or\s+so)?\s+(?P<dir>ago|later|earlier|afterwards?|from\s+now"
          r"|hence)", r_units_shift,
          needs="ago later earlier afterward now hence"),
    _rule("vague_ago", r"(?P<unit>years|months|weeks|days|decades)\s+ago",
          r_literal("PAST_REF"),
          needs="ago"),
    _rule("weekday",
          rf"{EDGE}(?:(?P<wrel>last|next|this(?:\s+past|\s+coming)?|coming|past)\s+)?"
          rf"(?-i:{WEEKDAY_G})(?P<plural>s)?(?:\s+{TOD}(?P<todplural>s)?)?", r_weekday,
          needs=WEEKDAY_NEEDS),
    _rule("dayword", rf"(?:(?:early|late|earlier|later)\s+)?(?P<dw>today|tonight|yesterday"
                     rf"|tomorrow)(?:\s+{TOD})?", r_dayword,
          needs="today tonight yesterday tomorrow"),
    _rule("this_tod", rf"(?:(?:early|late|earlier|later)\s+)?(?P<trel>this|last)\s+{TOD}",
          r_this_tod,
          needs=TOD_NEEDS),
    _rule("clock", CLOCK, r_clock,
          needs=CLOCK_NEEDS),
    _rule("clock_prefix", CLOCK_PREFIX, r_clock,
          needs=CLOCK_NEEDS),
    _rule("duration",
          rf"{MOD}(?:(?:another|an\s+additional|the)\s+)?{NUM}(?:\s+(?:more|additional|full"
          r"|straight|consecutive|trading|business|calendar))?[\s-]+" + UNIT
          + r"(?P<half>\s+and\s+a\s+half)?(?:[-\s]long)?(?![-\s]old)", r_duration,
          needs="second minute hour day week fortnight month quarter year decade centur"),
    _rule("recent_units", r"(?:the\s+)?recent\s+(?P<unit>years|months|weeks|quarters|decades)",
          r_recent_units,
          needs="recent"),
    _rule("bare_units",
          r"(?:(?<=\bfor\s)|(?<=\bwithin\s)|(?<=\bin\s)|(?<=\bafter\s)|(?<=\bfollows\s)"
          r"|(?<=\bover\s)the\s+)(?P<unit>years|months|weeks|days|hours|decades|centuries)"
          r"(?!\s+(?:ago|to|before|after|later|earlier|old|since)\b|-)", r_bare_units,
          needs="years months weeks days hours decades centuries"),
    _rule("units_ahead", r"the\s+(?P<unit>years|months|weeks|days)\s+ahead", r_bare_units,
          needs="ahead"),
    _rule("part_of_day",
          r"(?:the\s+(?:(?:early|late)\s+)?|(?:early|late|mid)[-\s]?)(?P<tod>morning|afternoon|evening)"
          r"(?!\s+(?:of|paper|newspapers?|news|show|edition|session|star|prayers?|line|rush)\b)"
          r"(?:\s+(?P<dw>yesterday|today|tomorrow))?", r_part_of_day,
          needs="morning afternoon evening"),
    _rule("set", r"(?:every|each|per)\s+(?:(?P<other>other)\s+|(?P<n>\d+|"
                 + NUMWORD + r")\s+)?(?P<what>seconds?|minutes?|hours?|days?|weeks?|months?"
                 r"|quarters?|years?|decades?|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                 r"|january|february|march|april|may|june|july|august|september|october"
                 r"|november|december|spring|summer|fall|autumn|winter|morning|afternoon"
                 r"|evening|night)", r_set,
          needs="every each per"),
    _rule("adverb_set", r"(?:weekly|monthly|yearly|hourly|nightly)",
          r_adverb_set,
          needs="weekly monthly yearly hourly nightly"),
    _rule("present", r"(?:right\s+now|now|currently|at\s+present|presently|nowadays"
                     r"|these\s+days|at\s+the\s+moment|at\s+this\s+time|current)(?!\s+that\b)",
          r_literal("PRESENT_REF"),
          needs="now current present days moment time"),
    _rule("past", r"(?:recently|lately|formerly|the\s+past|once\s+upon\s+a\s+time)"
                  r"(?!\s+(?:\d|few|several|couple|two|three|four|five|six|seven|eight|nine|ten"
                  r"|year|month|week|day|decade|quarter|century))", r_literal("PAST_REF"),
          needs="recently lately formerly past once"),
    _rule("future", r"(?:soon(?!\s+(?:after|before|as)\b)|shortly(?!\s+(?:after|before)\b)"
                    r"|the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|a\s+later\s+date"
                    r"|the\s+(?:near|short)\s+term|as\s+soon\s+as\s+possible|(?:the\s+)?(?:coming|future)"
                    r"\s+(?:days|weeks|months|quarters|years|decades))", r_literal("FUTURE_REF"),
          needs="soon shortly future later term coming"),
)

