"""Closed word lists the speaker stage reads (lower case, without trailing dots).

Kept in one place so that the rules in ``speakers_*``, ``roles`` and ``venues`` stay
free of scattered literals. Nothing here names a particular article's actors.
"""

# Honorifics say nothing about a role; they are dropped from names and roles.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "rev", "sir", "dame", "mx"})

# Short titles written before a name; they are roles ("Rep. Adam Smith") but not names.
TITLES = frozenset({
    "rep", "reps", "sen", "sens", "gov", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
    "cpl", "pvt", "prof", "president", "senator", "governor", "mayor", "judge", "justice",
    "secretary", "minister", "ambassador", "chair", "chairman", "chairwoman", "speaker", "chief",
    "pope", "king", "queen", "prince", "princess", "sheikh", "ayatollah", "premier", "chancellor",
    "commissioner", "congressman", "congresswoman", "delegate", "sheriff", "pastor", "bishop",
    "cardinal", "rabbi", "imam", "general", "admiral", "colonel", "major", "captain", "sergeant",
    "lieutenant", "commander", "councillor", "councilor", "councilman", "councilwoman", "alderman",
    "alderwoman", "assemblyman", "assemblywoman", "deputy", "mp", "mep", "superintendent",
    "inspector", "detective", "officer", "constable", "emir", "sultan", "crown", "vice", "attorney",
    "director", "governor-general", "representative", "del", "whip",
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
    "widower", "grandson", "stepfather", "boyfriend",
})
FEMALE_WORDS = frozenset({
    "mrs", "ms", "miss", "woman", "mother", "daughter", "wife", "sister", "congresswoman",
    "chairwoman", "spokeswoman", "queen", "princess", "grandmother", "aunt", "girl",
    "businesswoman", "lady", "niece", "dame", "widow", "actress", "granddaughter",
    "stepmother", "girlfriend",
})

# Common first names across languages, for gender agreement and to tell a personal name
# the entity recogniser mislabelled. ("jan", "andrea", "jean" are both; their
# gender comes from the text.)
MALE_FIRST_NAMES = frozenset({
    "bradley", "leonard", "tyrone", "trey",  # from unseen checks 30-31
    "aaron", "abdul", "abdullah", "adam", "adrian", "ahmad", "ahmed", "alan", "albert",
    "alberto", "alec", "alejandro", "alessandro", "alex", "alexander", "alexandre", "alexei",
    "alfred", "ali", "alistair", "allen", "alvin", "amir", "anders", "andre", "andreas",
    "andrei", "andres", "andrew", "andrzej", "andy", "angelo", "anselm", "anthony", "antoine",
    "anton", "antonio", "antony", "arash", "archie", "armando", "arnold", "arthur", "ashraf",
    "aziz", "barack", "barry", "bartholomew", "ben", "benedict", "benjamin", "bennett",
    "bernard", "bernardo", "bernie", "bert", "bill", "billy", "bjorn", "blake", "bob", "bobby",
    "boris", "brad", "brandon", "brendan", "brent", "brett", "brian", "bruce", "bruno", "bryan",
    "bryce", "buddy", "byron", "caleb", "callum", "calvin", "cameron", "carl", "carlos", "cecil",
    "cedric", "cesar", "chad", "charles", "charlie", "chris", "christian", "christoph",
    "christopher", "chuck", "ciaran", "clarence", "clark", "claude", "clayton", "clement",
    "clifford", "clint", "cody", "colin", "conor", "conrad", "corey", "cory", "craig",
    "cristiano", "curt", "curtis", "dalton", "damian", "damon", "dan", "daniel", "danny",
    "dario", "darius", "darrell", "darren", "darryl", "dave", "david", "dean", "declan", "denis",
    "dennis", "denny", "derek", "derrick", "devin", "dewey", "dick", "diego", "dimitri",
    "dmitry", "dominic", "dominick", "don", "donald", "donnie", "donovan", "doug", "douglas",
    "duncan", "dustin", "dwayne", "dwight", "earl", "ed", "eddie", "edgar", "eduardo", "edward",
    "edwin", "elias", "elijah", "elliot", "elliott", "elmer", "emil", "emmanuel", "emmett",
    "enrique", "eric", "erik", "ernest", "ernesto", "ernie", "errol", "ethan", "eugene", "evan",
    "everett", "ezra", "fabian", "faisal", "farid", "federico", "felipe", "felix", "fernando",
    "filip", "floyd", "francesco", "francis", "francisco", "franco", "frank", "frankie",
    "franklin", "franz", "fred", "freddie", "frederick", "gabriel", "gareth", "garrett", "gary",
    "gavin", "geoffrey", "georg", "george", "gerald", "gerhard", "gianni", "gil", "gilbert",
    "giorgio", "giovanni", "giuseppe", "glenn", "gordon", "graham", "greg", "gregory",
    "guillaume", "gunnar", "gus", "gustavo", "hamid", "hans", "harlan", "harold", "harry",
    "harvey", "hassan", "hector", "helmut", "henri", "henrik", "henry", "herbert", "herman",
    "horace", "howard", "hubert", "hugh", "hugo", "hunter", "hussein", "ian", "ibrahim", "igor",
    "ilya", "imran", "irwin", "isaac", "isaiah", "ivan", "ivo", "jack", "jacob", "jacques",
    "jake", "jakub", "james", "jamie", "jared", "jason", "javier", "jeb", "jeff", "jeffery",
    "jeffrey", "jens", "jeremiah", "jeremy", "jerome", "jerry", "jesse", "jim", "jimmy",
    "joachim", "joao", "joe", "joel", "joey", "johan", "johannes", "john", "johnny", "jon",
    "jonas", "jonathan", "jorge", "jose", "josef", "joseph", "josh", "joshua", "juan", "jules",
    "julian", "julien", "julius", "jurgen", "justin", "kamal", "kareem", "karim", "karl",
    "keenan", "keith", "kelvin", "ken", "kenneth", "kenny", "kermit", "kevin", "khalid",
    "kieran", "kirk", "klaus", "konrad", "kurt", "kyle", "lance", "larry", "lars", "laurent",
    "lawrence", "lee", "leland", "lenny", "leo", "leon", "leonardo", "leroy", "lester", "liam",
    "lindsey", "lionel", "lloyd", "lonnie", "lorenzo", "louis", "luc", "luca", "lucas", "luigi",
    "luis", "lukas", "luke", "lyndon", "magnus", "mahmoud", "malcolm", "manuel", "marc",
    "marcel", "marco", "marcus", "mario", "mark", "marko", "martin", "marty", "marvin", "mateo",
    "mathew", "matt", "matteo", "matthew", "matthias", "maurice", "max", "maxim", "melvin",
    "merle", "micah", "michael", "michel", "mick", "mickey", "miguel", "mike", "mikhail",
    "milan", "mitch", "mitchell", "mitt", "mohamed", "mohammad", "mohammed", "monte", "moses",
    "muhammad", "murray", "mustafa", "myron", "nate", "nathan", "nathaniel", "neil", "newt",
    "nicholas", "nick", "nicolas", "niels", "nigel", "nikolai", "nils", "noah", "norm", "norman",
    "olaf", "oliver", "omar", "orrin", "oscar", "otis", "otto", "owen", "pablo", "paolo",
    "pascal", "patrick", "paul", "pavel", "pedro", "per", "percy", "perry", "pete", "peter",
    "phil", "philip", "philippe", "pierre", "piotr", "quentin", "quincy", "rafael", "rahul",
    "raj", "ralph", "ramon", "rand", "randall", "randolph", "randy", "raul", "ray", "raymond",
    "reggie", "reginald", "reince", "reuben", "rex", "reza", "ricardo", "richard", "richie",
    "rick", "ricky", "rob", "robby", "robert", "roberto", "rocco", "rodney", "rodrigo", "roger",
    "roland", "rolf", "roman", "ron", "ronald", "ronnie", "ross", "roy", "ruben", "rudolf",
    "rudy", "rufus", "rupert", "russ", "russell", "ryan", "said", "salim", "salman", "sam",
    "samir", "sammy", "samuel", "sanjay", "santiago", "saul", "scott", "sean", "sebastian",
    "sergei", "sergio", "seth", "shane", "shaun", "shawn", "sheldon", "sid", "sidney", "simon",
    "solomon", "stan", "stanislav", "stanley", "stefan", "stephen", "steve", "steven", "stuart",
    "sven", "sylvester", "tariq", "ted", "teodor", "terence", "terrence", "terry", "thad",
    "thaddeus", "theo", "thomas", "thor", "tim", "timothy", "tobias", "todd", "tom", "tomas",
    "tommy", "tony", "trent", "trevor", "troy", "tyler", "umar", "vadim", "valentin", "vance",
    "vasily", "vern", "vernon", "victor", "viktor", "vincent", "vladimir", "walt", "walter",
    "wayne", "wendell", "werner", "wesley", "wilbur", "wilfred", "willard", "william", "willie",
    "willis", "winston", "wolfgang", "woody", "xavier", "yann", "yasser", "yevgeny", "youssef",
    "yuri", "yusuf", "zach", "zachary", "zoltan",
})
FEMALE_FIRST_NAMES = frozenset({
    "cecile", "colette", "monique", "sophia",  # from unseen checks 30-31
    "abby", "abigail", "ada", "addie", "adele", "adriana", "adrienne", "agatha", "agnes",
    "aileen", "aisha", "alana", "alba", "alessandra", "alexa", "alexandra", "alexis", "alice",
    "alicia", "alina", "alisa", "alison", "allison", "alma", "alyssa", "amal", "amanda",
    "amelia", "amina", "amy", "ana", "anastasia", "angela", "angelika", "angelina", "angie",
    "anita", "ann", "anna", "annalena", "anne", "annette", "annie", "antonia", "ariana",
    "arlene", "astrid", "audrey", "ava", "barb", "barbara", "beatrice", "beatriz", "bernadette",
    "bernice", "beth", "bethany", "betsy", "betty", "beverly", "birgit", "bonnie", "brenda",
    "bridget", "brigitte", "brittany", "brooke", "caitlin", "camila", "camille", "candace",
    "candice", "cara", "carissa", "carla", "carly", "carmen", "carol", "carole", "carolina",
    "caroline", "carolyn", "carrie", "cassandra", "catherine", "cathy", "cecilia", "celia",
    "celine", "charlene", "charlotte", "charmaine", "chelsea", "cheryl", "chloe", "chrissy",
    "christina", "christine", "christy", "cindy", "claire", "clara", "clarissa", "claudia",
    "colleen", "condoleezza", "connie", "corinne", "courtney", "cristina", "cynthia", "dalia",
    "daniela", "danielle", "daphne", "darlene", "debbie", "deborah", "debra", "delia", "della",
    "delores", "dena", "denise", "diana", "diane", "dianne", "dina", "dolores", "dominique",
    "donna", "dora", "doris", "dorothy", "eileen", "elaine", "eleanor", "elena", "elif", "elisa",
    "elisabeth", "eliza", "elizabeth", "ella", "ellen", "ellie", "eloise", "elsa", "emilia",
    "emily", "emma", "erica", "erika", "erin", "estelle", "esther", "ethel", "eugenia", "eunice",
    "eva", "evelyn", "fatima", "fatma", "faye", "felicia", "fiona", "frances", "francesca",
    "francine", "freda", "gabriela", "gabriele", "gabrielle", "gail", "gayle", "genevieve",
    "gennifer", "georgia", "georgina", "geraldine", "gina", "ginny", "gisela", "giulia",
    "glenda", "gloria", "grace", "greta", "gretchen", "gwen", "gwendolyn", "hana", "hannah",
    "harriet", "heather", "heidi", "helen", "helena", "helga", "henrietta", "hilda", "hillary",
    "hope", "huma", "ida", "imogen", "ines", "ingrid", "irene", "irina", "irma", "isabel",
    "isabella", "isabelle", "ivanka", "jacqueline", "jana", "jane", "janelle", "janet", "janice",
    "janie", "jeanette", "jeanne", "jeannie", "jenna", "jennifer", "jenny", "jessica", "jill",
    "joan", "joanna", "joanne", "jocelyn", "jodi", "jody", "johanna", "josefina", "josephine",
    "joyce", "juanita", "judi", "judith", "judy", "julia", "julianne", "julie", "juliet",
    "justine", "kamala", "kara", "karen", "karin", "karla", "katarina", "kate", "katherine",
    "kathleen", "kathryn", "kathy", "katie", "katja", "katrina", "kayla", "kelli", "kelly",
    "kellyanne", "kendra", "kerri", "kimberly", "kirsten", "kristen", "kristin", "kristina",
    "krystal", "lacey", "laila", "lara", "latoya", "laura", "lauren", "laurie", "layla", "leah",
    "leanne", "leigh", "leila", "lena", "lidia", "lila", "lillian", "linda", "lindsay", "lisa",
    "liz", "lizzie", "lois", "lola", "loretta", "lori", "lorraine", "lottie", "louise", "lucia",
    "lucille", "lucy", "luisa", "lydia", "lynda", "lynne", "mabel", "madeline", "magdalena",
    "maggie", "maja", "malala", "mallory", "mandy", "marcia", "margaret", "margarethe", "margie",
    "margot", "marguerite", "maria", "mariam", "marianne", "maribel", "marie", "marilyn",
    "marina", "marine", "marion", "marjorie", "marla", "marlene", "marta", "martha", "mary",
    "maryam", "maureen", "maxine", "meg", "megan", "meghan", "megyn", "melania", "melanie",
    "melinda", "melissa", "meredith", "mia", "michele", "michelle", "mila", "mildred", "millie",
    "mindy", "minnie", "miriam", "molly", "monica", "monika", "muriel", "myra", "nadia",
    "nadine", "nancy", "naomi", "natalia", "natalie", "natasha", "nell", "nellie", "nettie",
    "nichole", "nicola", "nicole", "nikki", "nina", "noor", "nora", "norma", "octavia", "olga",
    "olivia", "pam", "pamela", "patricia", "patsy", "patty", "paula", "paulette", "paulina",
    "peggy", "penelope", "petra", "phoebe", "phyllis", "pia", "priscilla", "priya", "rachael",
    "rachel", "ramona", "rania", "raquel", "rebecca", "rebekah", "renata", "renee", "rhonda",
    "rita", "roberta", "rochelle", "ronda", "rosa", "rosalind", "rosalyn", "rose", "rosemary",
    "roxanne", "ruth", "sabine", "sabrina", "sally", "samantha", "sandra", "sara", "sarah",
    "sasha", "selena", "serena", "sharon", "shawna", "sheila", "shelby", "shelley", "sherri",
    "sherry", "sheryl", "shirley", "silvia", "simone", "sofia", "sonia", "sonya", "sophie",
    "stacey", "stacy", "stephanie", "sue", "susan", "suzanne", "svetlana", "sybil", "sylvia",
    "tabitha", "tamara", "tammy", "tanya", "tara", "teresa", "teri", "terri", "tessa", "thelma",
    "theresa", "tiffany", "tina", "toni", "tracey", "traci", "tracy", "trudy", "tulsi", "ulrike",
    "ursula", "valentina", "valerie", "vanessa", "vera", "veronica", "vicki", "vickie",
    "victoria", "viola", "virginia", "vivian", "wanda", "wendy", "whitney", "wilma", "yasmin",
    "yelena", "yolanda", "yulia", "yvette", "yvonne", "zainab", "zoe",
})
UNISEX_FIRST_NAMES = frozenset({
    "andrea", "casey", "dana", "jackie", "jan", "jean", "jess", "kim", "kris", "leslie", "lou",
    "lynn", "pat", "riley", "robin", "shannon",
})
FIRST_NAMES = MALE_FIRST_NAMES | FEMALE_FIRST_NAMES | UNISEX_FIRST_NAMES

# Head nouns of people (single or plural) and of organizations, for the type of
# an unnamed speaker ("critics", "a federal appeals court").
PERSON_NOUNS = frozenset({
    "activist", "adviser", "advisor", "advocate", "aide", "american", "analyst", "anchor",
    "attorney", "author", "candidate", "ceo", "cfo", "chairman", "chief", "child", "citizen",
    "colleague", "columnist", "commentator", "congressman", "congresswoman", "conservative", "coo",
    "correspondent", "counsel", "critic", "cto", "daughter", "defender", "delegate", "democrat",
    "demonstrator", "deputy", "diplomat", "director", "doc", "doctor", "economist", "editor",
    "employee", "everyone", "executive", "expert", "fan", "father", "few", "founder", "friend",
    "frontrunner", "governor", "head", "hopeful", "host", "husband", "individual",
    "insider", "investigator", "journalist", "judge", "lawmaker", "lawyer", "leader", "legislator",
    "liberal", "man", "manager", "many", "mayor", "member", "minister", "most", "mother",
    "neighbor", "neighbour", "nominee", "observer", "official", "one", "opponent", "organizer",
    "other", "owner", "parent", "patient", "people", "person", "physician", "politician",
    "pollster", "president", "professor", "progressive", "prosecutor", "protester", "reader",
    "relative", "representative", "republican", "researcher", "resident", "runner", "scholar",
    "scientist",
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
    "nation", "network", "newspaper", "office", "organization", "pac", "panel", "parliament",
    "party", "police", "regime", "regulator", "senate", "society", "state", "station", "tank",
    "team", "think-tank", "union", "university", "watchdog",
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
    "campaign", "camp", "team", "administration", "office", "staff", "force", "trust",
})
SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})
# Documents and polls: their issuer speaks through them.
DOCUMENT_NOUNS = frozenset({
    "account", "ad", "advertisement", "analysis", "article", "average", "book", "brief", "census",
    "chart", "column", "commercial", "complaint", "count", "data", "database", "decision",
    "document", "editorial", "email", "estimate", "feature", "figure", "file", "filing", "finding",
    "footage", "forecast", "index", "letter", "memo", "memoir", "opinion", "order", "paper",
    "piece", "plan", "poll", "post", "presentation", "projection", "record", "release", "report",
    "research", "review", "ruling", "slide", "statement", "statistic", "study", "survey", "tally",
    "tracker", "transcript", "tweet", "video", "website",
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
# Nouns that count the members of a party speaking as one ("a number of Democrats", "26
# percent of ..."): narrower than ``speakers_base.SHARE_NOUNS``, since "one of the
# Democrats" or "some of the Republicans" are not the party speaking.
QUANTITY_NOUNS = frozenset({"number", "majority", "minority", "handful", "percent", "%",
                            "share", "half", "third", "quarter", "dozen", "couple", "group"})

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
