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
    "major", "captain", "sergeant", "lieutenant", "commander", "councillor", "councilor",
    "councilman", "councilwoman", "alderman", "alderwoman", "assemblyman", "assemblywoman",
    "deputy", "mp", "mep", "superintendent", "inspector", "detective", "officer", "constable",
    "emir", "sultan", "crown", "vice", "attorney", "director", "governor-general",
    "representative", "del",
})

# Abbreviated titles spelt out, to match a later description ("Sen. X" ... "the senator").
TITLE_WORDS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "maj": "major", "capt": "captain",
    "adm": "admiral", "sgt": "sergeant", "prof": "professor", "pres": "president",
    "sec": "secretary", "amb": "ambassador", "supt": "superintendent", "dr": "doctor",
    "del": "delegate",
}

# Words for the same office, so that a later description does not clash with the role
# first stated ("Manhattan Supreme Court Justice Frank Nervo" ... "the judge").
ROLE_SYNONYMS: dict[str, frozenset[str]] = {
    "justice": frozenset({"judge"}),
    "judge": frozenset({"justice"}),
    "senator": frozenset({"lawmaker", "legislator", "politician"}),
    "representative": frozenset({"lawmaker", "legislator", "congressman", "congresswoman",
                                 "politician"}),
    "congressman": frozenset({"lawmaker", "legislator", "representative", "politician"}),
    "congresswoman": frozenset({"lawmaker", "legislator", "representative", "politician"}),
    "governor": frozenset({"politician"}),
    "mayor": frozenset({"politician"}),
    "attorney": frozenset({"lawyer"}),
    "lawyer": frozenset({"attorney"}),
    "physician": frozenset({"doctor"}),
    "doctor": frozenset({"physician"}),
    "chairman": frozenset({"chair"}),
    "chairwoman": frozenset({"chair"}),
    "chief": frozenset({"head"}),
    "ceo": frozenset({"executive", "chief"}),
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

# Common first names across languages, for gender agreement and to tell a personal name
# the entity recogniser mislabelled. ("jan", "andrea", "jean" are both; their
# gender comes from the text.)
MALE_FIRST_NAMES = frozenset({
    "aaron", "abdul", "abdullah", "adam", "adrian", "ahmad", "ahmed", "alan", "albert", "alberto",
    "alejandro", "alessandro", "alex", "alexander", "alexandre", "alexei", "ali", "alistair",
    "amir", "anders", "andre", "andreas", "andrei", "andres", "andrew", "andrzej", "angelo",
    "anselm", "anthony", "antoine", "anton", "antonio", "arash", "armando", "arthur", "ashraf",
    "aziz", "barack", "bartholomew", "ben", "benedict", "benjamin", "bernard", "bernardo",
    "bernie", "bill", "bjorn", "bob", "boris", "brad", "brandon", "brendan", "brian", "bruce",
    "bruno", "callum", "calvin", "carl", "carlos", "cedric", "cesar", "chad", "charles", "chris",
    "christian", "christoph", "christopher", "chuck", "ciaran", "claude", "clement", "colin",
    "conor", "corey", "craig", "cristiano", "damian", "dan", "daniel", "dario", "darius", "david",
    "dean", "declan", "dennis", "derek", "dick", "diego", "dimitri", "dmitry", "dominic", "donald",
    "doug", "douglas", "duncan", "ed", "edgar", "eduardo", "edward", "elias", "emil", "emmanuel",
    "enrique", "eric", "erik", "ernesto", "ethan", "eugene", "fabian", "faisal", "farid",
    "federico", "felipe", "felix", "fernando", "filip", "francesco", "francis", "francisco",
    "franco", "frank", "franz", "fred", "frederick", "gabriel", "gareth", "gary", "gavin",
    "geoffrey", "georg", "george", "gerald", "gerhard", "gianni", "giorgio", "giovanni",
    "giuseppe", "glenn", "gordon", "graham", "greg", "gregory", "guillaume", "gunnar", "gustavo",
    "hamid", "hans", "harold", "harry", "hassan", "hector", "helmut", "henri", "henrik", "henry",
    "howard", "hugh", "hugo", "hunter", "hussein", "ian", "ibrahim", "igor", "ilya", "imran",
    "isaac", "ivan", "ivo", "jack", "jacob", "jacques", "jake", "jakub", "james", "jamie", "jared",
    "jason", "javier", "jeb", "jeff", "jeffrey", "jens", "jeremy", "jerome", "jerry", "jim",
    "jimmy", "joachim", "joao", "joe", "johan", "johannes", "john", "jon", "jonas", "jonathan",
    "jorge", "jose", "josef", "joseph", "josh", "joshua", "juan", "julian", "julien", "jurgen",
    "justin", "kamal", "karim", "karl", "keith", "ken", "kenneth", "kevin", "khalid", "kieran",
    "kirk", "klaus", "konrad", "kurt", "kyle", "larry", "lars", "laurent", "lawrence", "lee",
    "leo", "leon", "leonardo", "liam", "lindsey", "lorenzo", "louis", "luc", "luca", "lucas",
    "luigi", "luis", "lukas", "magnus", "mahmoud", "malcolm", "manuel", "marc", "marcel", "marco",
    "marcus", "mario", "mark", "marko", "martin", "mateo", "matt", "matteo", "matthew", "matthias",
    "maurice", "max", "maxim", "michael", "michel", "mick", "miguel", "mike", "mikhail", "milan",
    "mitch", "mitt", "mohamed", "mohammad", "mohammed", "muhammad", "mustafa", "nathan", "neil",
    "newt", "nicholas", "nick", "nicolas", "niels", "nigel", "nikolai", "nils", "noah", "olaf",
    "oliver", "omar", "oscar", "otto", "owen", "pablo", "paolo", "pascal", "patrick", "paul",
    "pavel", "pedro", "per", "pete", "peter", "philip", "philippe", "pierre", "piotr", "rafael",
    "rahul", "raj", "ralph", "ramon", "rand", "randy", "raul", "ray", "raymond", "reince", "rex",
    "reza", "ricardo", "richard", "rick", "rob", "robby", "robert", "roberto", "rodrigo", "roger",
    "roland", "roman", "ron", "ronald", "roy", "rudolf", "rudy", "rupert", "russell", "ryan",
    "said", "salim", "salman", "sam", "samir", "samuel", "sanjay", "santiago", "scott", "sean",
    "sebastian", "sergei", "sergio", "seth", "simon", "stanislav", "stefan", "stephen", "steve",
    "steven", "stuart", "sven", "tariq", "ted", "teodor", "terry", "theo", "thomas", "thor", "tim",
    "timothy", "tobias", "todd", "tom", "tomas", "tony", "tyler", "umar", "vadim", "valentin",
    "vasily", "victor", "viktor", "vincent", "vladimir", "walter", "wayne", "werner", "william",
    "willie", "wolfgang", "xavier", "yann", "yasser", "yevgeny", "youssef", "yuri", "yusuf",
    "zoltan",
})
FEMALE_FIRST_NAMES = frozenset({
    "abigail", "ada", "adriana", "agnes", "aisha", "alessandra", "alexandra", "alice", "alicia",
    "alina", "alison", "amal", "amanda", "amelia", "amina", "amy", "ana", "anastasia", "angela",
    "angelika", "anita", "ann", "anna", "annalena", "anne", "annette", "antonia", "ariana",
    "astrid", "barbara", "beatrice", "beatriz", "betsy", "betty", "beverly", "birgit", "brigitte",
    "camila", "carla", "carly", "carmen", "carol", "carolina", "caroline", "carolyn", "catherine",
    "cecilia", "celine", "charlotte", "chelsea", "cheryl", "chloe", "christina", "christine",
    "claire", "clara", "claudia", "condoleezza", "connie", "cristina", "cynthia", "dalia",
    "daniela", "debbie", "deborah", "debra", "denise", "diana", "diane", "dolores", "donna",
    "doris", "dorothy", "elaine", "eleanor", "elena", "elif", "elisa", "elisabeth", "eliza",
    "elizabeth", "ella", "ellen", "elsa", "emilia", "emily", "emma", "erika", "esther", "eva",
    "evelyn", "fatima", "fatma", "fiona", "frances", "francesca", "gabriela", "gabriele",
    "gabrielle", "gennifer", "georgia", "gisela", "giulia", "gloria", "grace", "greta", "gwen",
    "hana", "hannah", "heather", "heidi", "helen", "helena", "helga", "hillary", "hope", "huma",
    "ines", "ingrid", "irene", "irina", "isabel", "isabella", "isabelle", "ivanka", "jacqueline",
    "jane", "janet", "janice", "jennifer", "jessica", "jill", "joan", "johanna", "josefina",
    "joyce", "judith", "judy", "julia", "julie", "juliet", "kamala", "karen", "karin", "katarina",
    "katherine", "kathleen", "kathryn", "kathy", "katja", "kelli", "kelly", "kellyanne",
    "kimberly", "kirsten", "laila", "lara", "laura", "lauren", "layla", "leah", "leila", "lena",
    "lidia", "lila", "linda", "lisa", "lois", "lori", "louise", "lucia", "lucy", "luisa", "lydia",
    "magdalena", "maja", "malala", "margaret", "margarethe", "margot", "maria", "mariam",
    "marianne", "marie", "marilyn", "marina", "marine", "marion", "marta", "martha", "mary",
    "maryam", "megyn", "melania", "melissa", "mia", "michelle", "mila", "miriam", "monica",
    "monika", "nadia", "nadine", "nancy", "naomi", "natalia", "natalie", "natasha", "nicola",
    "nicole", "nikki", "nina", "noor", "nora", "olga", "olivia", "pam", "pamela", "patricia",
    "patty", "paula", "paulina", "petra", "pia", "priya", "rachel", "rania", "rebecca", "renata",
    "rita", "rosa", "rose", "ruth", "sabine", "sabrina", "sally", "samantha", "sandra", "sara",
    "sarah", "sharon", "sheryl", "shirley", "silvia", "simone", "sofia", "sonia", "sophie",
    "stephanie", "sue", "susan", "suzanne", "svetlana", "sylvia", "tamara", "tanya", "teresa",
    "theresa", "tiffany", "tulsi", "ulrike", "ursula", "valentina", "valerie", "vanessa", "vera",
    "veronica", "victoria", "virginia", "yasmin", "yelena", "yulia", "zainab", "zoe",
})
UNISEX_FIRST_NAMES = frozenset({
    "andrea", "jan", "jean",
})
FIRST_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES | UNISEX_FIRST_NAMES

# Head nouns of people (single or plural) and of organizations, for the type of
# an unnamed speaker ("critics", "a federal appeals court").
PERSON_NOUNS = frozenset({
    "activist", "adviser", "advisor", "advocate", "aide", "american", "analyst", "anchor",
    "attorney", "author", "candidate", "ceo", "cfo", "chairman", "chief", "child", "citizen",
    "colleague", "columnist", "commentator", "congressman", "congresswoman", "conservative",
    "coo", "correspondent", "counsel", "critic", "cto", "daughter", "defender", "delegate",
    "democrat", "demonstrator", "deputy", "diplomat", "director", "doc", "doctor", "economist",
    "editor", "employee", "everyone", "executive", "expert", "fan", "father", "few", "founder",
    "friend", "governor", "head", "host", "husband", "individual", "insider", "investigator",
    "journalist", "judge", "lawmaker", "lawyer", "leader", "legislator", "liberal", "man",
    "manager", "many", "mayor", "member", "minister", "most", "mother", "neighbor", "neighbour",
    "nominee", "observer", "official", "one", "opponent", "organizer", "other", "owner",
    "parent", "patient", "people", "person", "physician", "politician", "pollster", "president",
    "professor", "progressive", "prosecutor", "protester", "reader", "relative",
    "representative", "republican", "researcher", "resident", "scholar", "scientist",
    "secretary", "senator", "some", "someone", "son", "source", "speaker", "spokesman",
    "spokesperson", "spokeswoman", "staffer", "strategist", "student", "supporter", "surrogate",
    "survivor", "taxpayer", "teacher", "user", "veteran", "victim", "voter", "wife", "witness",
    "woman", "worker", "writer",
})
ORGANIZATION_NOUNS = frozenset({
    "administration", "agency", "alliance", "association", "authority", "bank", "board", "bureau",
    "camp", "campaign", "caucus", "center", "centre", "chamber", "charity", "city", "coalition",
    "commission", "committee", "company", "congress", "corporation", "council", "country", "court",
    "department", "federation", "firm", "foundation", "fund", "government", "group", "institute",
    "institution", "league", "legislature", "lobby", "magazine", "media", "military", "ministry",
    "nation", "network", "newspaper", "office", "organization", "panel", "parliament", "party",
    "police", "regime", "regulator", "senate", "society", "state", "station", "tank", "team",
    "think-tank", "union", "university", "watchdog",
})
# Words that make a name an organization's, whatever its first word ("Christian News
# Service", "Victoria Times", "Grace Church").
NAME_ORG_WORDS = frozenset({
    "news", "service", "services", "times", "post", "journal", "press", "herald", "tribune",
    "gazette", "daily", "weekly", "review", "radio", "tv", "television", "media", "church",
    "observer", "monitor", "chronicle", "standard", "guardian", "telegraph", "express",
    "mirror", "star", "sun", "globe", "mail", "record", "register", "courier", "inquirer",
    "examiner", "bulletin", "dispatch", "independent", "magazine", "network",
    "school", "college", "academy", "center", "centre", "club", "trust", "holdings", "partners",
    "associates", "airlines", "airways", "motors", "international", "national", "federal",
    "united", "society", "league", "federation", "hospital", "clinic", "museum", "library",
    "inc", "corp", "co", "ltd", "llc", "plc", "group", "foundation", "institute", "fund",
    "bank", "capital", "street", "avenue", "road", "square", "park", "county", "city", "island",
    "river", "lake", "mountain", "valley", "bridge", "stadium", "hall", "house", "tower",
})
# An organization that speaks for the person who possesses it ("her campaign").
PERSONAL_ORGANIZATIONS = frozenset({
    "campaign", "camp", "team", "administration", "office", "staff",
})
SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
# Documents and polls: their issuer speaks through them.
DOCUMENT_NOUNS = frozenset({
    "account", "analysis", "article", "average", "book", "brief", "census", "chart", "column",
    "database",
    "data", "decision", "document", "editorial", "email", "estimate", "feature", "figure",
    "filing", "finding", "footage", "forecast", "index", "letter", "memo", "memoir", "opinion",
    "order", "paper", "piece", "poll", "post", "presentation", "projection", "record",
    "release", "report", "research", "review", "ruling", "slide", "statement", "statistic",
    "study", "survey", "tally", "tracker", "transcript", "tweet", "video", "website",
})
# Who writes a document ("the authors of the report", "the researchers tallied").
AUTHOR_NOUNS = frozenset({"author", "researcher", "co-author", "coauthor"})
# Verbs whose subject issues a document ("the court ruled" ... "the ruling said").
ISSUING_VERBS = frozenset({"write", "publish", "release", "issue", "rule", "report", "find",
                           "announce", "post", "say"})
# Verbs of putting a document out, whose subject is its issuer ("The Post ran a feature").
PUBLISHING_VERBS = (ISSUING_VERBS - {"say", "find", "rule"}) | {"run", "print", "air", "carry"}
# Written pieces of a newspaper, any of which an article may call another ("a feature …
# The piece …").
WRITTEN_PIECES = frozenset({"article", "piece", "feature", "story", "column", "editorial",
                            "op-ed", "profile"})
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
