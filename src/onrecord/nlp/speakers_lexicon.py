"""Closed word lists the speaker stage reads (lower case, without trailing dots).

Kept in one place so that the rules in ``speakers_*``, ``roles`` and ``venues`` stay
free of scattered literals. Nothing here names a particular article's actors.
"""

# Honorifics say nothing about a role; they are dropped from names and roles.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "rev", "sir", "dame", "mx"})

# Short titles written before a name; they are roles ("Rep. Adam Smith") but not names.
TITLES = frozenset({
    "rep", "reps", "sen", "sens", "gov", "gen", "lt", "col", "maj", "capt", "cmdr", "adm",
    "sgt", "cpl", "pvt", "prof", "president", "senator", "governor", "mayor", "judge",
    "justice", "secretary", "minister", "ambassador", "chairman", "chairwoman", "speaker",
    "chief", "pope", "king", "queen", "prince", "princess", "sheikh", "ayatollah", "premier",
    "chancellor", "commissioner", "congressman", "congresswoman", "delegate", "sheriff",
    "pastor", "bishop", "cardinal", "rabbi", "imam", "general", "admiral", "colonel",
    "major", "captain", "sergeant", "lieutenant", "commander",
})

# Abbreviated titles spelt out, to match a later description ("Sen. X" ... "the senator").
TITLE_WORDS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "maj": "major", "capt": "captain",
    "adm": "admiral", "sgt": "sergeant", "prof": "professor", "pres": "president",
    "sec": "secretary", "amb": "ambassador", "supt": "superintendent", "dr": "doctor",
}

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which", "that"})

MALE_WORDS = frozenset({
    "mr", "man", "father", "son", "husband", "brother", "congressman", "chairman",
    "spokesman", "king", "prince", "grandfather", "uncle", "boy", "businessman", "nephew",
})
FEMALE_WORDS = frozenset({
    "mrs", "ms", "miss", "woman", "mother", "daughter", "wife", "sister", "congresswoman",
    "chairwoman", "spokeswoman", "queen", "princess", "grandmother", "aunt", "girl",
    "businesswoman", "lady", "niece", "dame",
})

# Common English first names, for gender agreement only.
MALE_FIRST_NAMES = frozenset({
    "aaron", "adam", "alan", "albert", "alex", "alexander", "andrew", "anthony", "arthur",
    "barack", "ben", "benjamin", "bernie", "bill", "bob", "brad", "brian", "bruce", "carl",
    "charles", "chris", "christopher", "chuck", "dan", "daniel", "david", "dennis", "donald",
    "doug", "douglas", "ed", "edward", "eric", "frank", "fred", "gary", "george", "gerald", "greg",
    "gregory", "harold", "harry", "henry", "howard", "jack", "jacob", "james", "jason", "jeb",
    "jeff", "jeffrey", "jerry", "jim", "jimmy", "joe", "john", "jon", "jonathan", "jorge", "jose",
    "joseph", "josh", "juan", "justin", "keith", "ken", "kenneth", "kevin", "larry", "lawrence",
    "lee", "lindsey", "luis", "marco", "mark", "martin", "matt", "matthew", "michael", "mike",
    "mitch", "mitt", "nathan", "neil", "nicholas", "paul", "pete", "peter", "philip", "ralph",
    "randy", "raymond", "richard", "rick", "rob", "robby", "robert", "roger", "ron", "ronald",
    "roy", "russell", "ryan", "sam", "samuel", "scott", "sean", "stephen", "steve", "steven",
    "ted", "terry", "thomas", "tim", "timothy", "todd", "tom", "tony", "walter", "wayne",
    "william", "willie",
})
FEMALE_FIRST_NAMES = frozenset({
    "alice", "amanda", "amy", "angela", "ann", "anna", "anne", "barbara", "betsy", "betty",
    "beverly", "carly", "carol", "carolyn", "catherine", "cheryl", "christine", "claire", "connie",
    "cynthia", "debbie", "deborah", "debra", "diana", "diane", "donna", "doris", "dorothy",
    "elizabeth", "ellen", "emily", "evelyn", "frances", "gennifer", "gloria", "gwen", "hannah",
    "heather", "helen", "hillary", "jacqueline", "jan", "jane", "janet", "janice", "jean",
    "jennifer", "jessica", "jill", "joan", "joyce", "judith", "judy", "julia", "julie", "karen",
    "katherine", "kathleen", "kathryn", "kathy", "kelli", "kelly", "kimberly", "laura", "lauren",
    "linda", "lisa", "lois", "lori", "louise", "margaret", "maria", "marie", "marilyn", "martha",
    "mary", "megyn", "melania", "melissa", "michelle", "nancy", "nicole", "nikki", "pam", "pamela",
    "patricia", "patty", "paula", "rachel", "rebecca", "rose", "ruth", "sandra", "sara", "sarah",
    "sharon", "shirley", "stephanie", "sue", "susan", "teresa", "theresa", "tiffany", "tulsi",
    "victoria", "virginia",
})

# Head nouns of people (single or plural) and of organizations, for the type of
# an unnamed speaker ("critics", "a federal appeals court").
PERSON_NOUNS = frozenset({
    "adviser", "advisor", "advocate", "aide", "american", "analyst", "author", "candidate",
    "chairman", "chief", "citizen", "columnist", "commentator", "congressman", "congresswoman",
    "conservative", "critic", "defender", "delegate", "democrat", "demonstrator", "diplomat",
    "director", "doc", "doctor", "economist", "editor", "employee", "everyone", "executive",
    "expert", "father", "few", "governor", "head", "individual", "investigator", "journalist",
    "judge", "lawmaker", "lawyer", "leader", "legislator", "liberal", "man", "manager", "many",
    "mayor", "member", "minister", "most", "mother", "nominee", "observer", "official", "one",
    "opponent", "organizer", "other", "owner", "parent", "people", "person", "physician",
    "politician", "pollster", "president", "professor", "progressive", "prosecutor", "protester",
    "reader", "representative", "republican", "researcher", "resident", "scholar", "scientist",
    "secretary", "senator", "some", "someone", "source", "speaker", "spokesman", "spokesperson",
    "spokeswoman", "staffer", "strategist", "student", "supporter", "surrogate", "teacher",
    "voter", "witness", "woman", "worker", "writer",
})
ORGANIZATION_NOUNS = frozenset({
    "administration", "agency", "alliance", "association", "authority", "bank", "board", "camp",
    "campaign", "caucus", "city", "coalition", "commission", "committee", "company", "congress",
    "corporation", "council", "country", "court", "department", "firm", "foundation", "fund",
    "government", "group", "institute", "institution", "legislature", "magazine", "media",
    "military", "ministry", "nation", "network", "newspaper", "office", "organization", "panel",
    "parliament", "party", "police", "regime", "senate", "state", "station", "team", "union",
    "university",
})
# An organization that speaks for the person who possesses it ("her campaign").
PERSONAL_ORGANIZATIONS = frozenset({
    "campaign", "camp", "team", "administration", "office", "staff",
})
SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
# Documents and polls: their issuer speaks through them.
DOCUMENT_NOUNS = frozenset({
    "account", "analysis", "article", "book", "brief", "census", "chart", "column", "data",
    "decision", "document", "editorial", "email", "estimate", "figure", "filing", "finding",
    "footage", "forecast", "letter", "memo", "memoir", "opinion", "order", "paper", "piece",
    "poll", "post", "presentation", "projection", "record", "release", "report", "research",
    "review", "ruling", "slide", "statement", "statistic", "study", "survey", "tally",
    "transcript", "tweet", "video", "website",
})
# Who writes a document ("the authors of the report", "the researchers tallied").
AUTHOR_NOUNS = frozenset({"author", "researcher", "co-author", "coauthor"})
# Verbs whose subject issues a document ("the court ruled" ... "the ruling said").
ISSUING_VERBS = frozenset({"write", "publish", "release", "issue", "rule", "report", "find",
                           "announce", "post", "say"})
# Political parties named by their members' plural ("Republicans want ...").
PARTY_PLURALS = frozenset({"democrats", "republicans"})

VENUE_NOUNS = frozenset({
    "address", "appearance", "article", "blog", "book", "broadcast", "column", "conference",
    "debate", "editorial", "email", "episode", "essay", "event", "forum", "hearing", "interview",
    "letter", "meeting", "memo", "memoir", "news", "op-ed", "opinion", "piece", "podcast", "post",
    "press", "program", "rally", "remarks", "sermon", "show", "speech", "statement", "testimony",
    "town", "tweet", "video", "visit",
})

# Determiners and quantifiers of an unnamed or indefinite speaker ("some voters").
INDEFINITE = frozenset({
    "a", "an", "some", "many", "other", "several", "few", "most", "all", "any", "one", "two",
    "three", "both", "no", "such", "certain",
})
# Organization nouns that only point back ("the agency said").
GENERIC_ORGANIZATIONS = frozenset({
    "agency", "organization", "group", "company", "firm", "institution", "department", "body",
    "association",
})
# Places that act as organizations ("the state stated").
PLACE_NOUNS = frozenset({"state", "city", "country", "nation", "town", "county"})
