// Words around and inside names that tell what a capitalised sequence is. Data, not logic:
// every list is English news usage, kept small and general (no names of particular things).

/** Words that form person titles; a run of them ending in a head (`TITLE_HEADS`) is cut off a name. */
export const TITLE_WORDS = new Set([
  "prime", "vice", "deputy", "foreign", "defence", "defense", "finance", "interior", "trade",
  "economy", "economics", "justice", "health", "energy", "education", "agriculture", "labour", "labor",
  "transport", "culture", "industry", "environment", "home", "state", "chief", "acting", "former",
  "executive", "first", "general", "attorney", "senior", "assistant", "under", "lord", "grand",
  "supreme", "crown", "opposition", "party", "team", "head", "national", "security", "foreign-affairs", "high",
]);

/** Title words that end a title: the name follows them ("Prime Minister Fumio Kishida"). */
export const TITLE_HEADS = new Set([
  "president", "minister", "premier", "chancellor", "secretary", "secretary-general", "senator",
  "sen.", "rep.", "representative", "congressman", "congresswoman", "governor", "gov.", "mayor",
  "king", "queen", "prince", "princess", "pope", "emperor", "empress", "sheikh", "sultan", "emir",
  "general", "gen.", "colonel", "col.", "captain", "capt.", "lieutenant", "lt.", "admiral", "adm.",
  "major", "maj.", "sergeant", "sgt.", "commander", "marshal", "judge", "justice", "ambassador",
  "envoy", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "chairperson",
  "director", "coach", "manager", "mr.", "mrs.", "ms.", "dr.", "prof.", "professor", "sir", "dame",
  "lady", "rabbi", "imam", "ayatollah", "cardinal", "bishop", "archbishop", "reverend", "rev.",
  "commissioner", "chief", "leader", "mr", "mrs", "ms", "dr", "mp", "president-elect", "dictator",
  "prosecutor", "inspector", "detective", "officer", "superintendent", "striker", "midfielder",
  "defender", "goalkeeper", "skipper", "champion", "shah", "tsar", "czar", "patriarch", "father",
  "brother", "sister", "saint", "st.",
]);

/**
 * Lower-case role nouns written just before a person's name ("striker Alan Shearer",
 * "spokesman Nicholas Burns"): the name that follows is a person.
 */
export const ROLE_NOUNS = new Set([
  "president", "minister", "premier", "chancellor", "secretary", "senator", "governor", "mayor",
  "king", "queen", "prince", "pope", "general", "colonel", "captain", "judge", "ambassador", "envoy",
  "spokesman", "spokeswoman", "chairman", "chairwoman", "director", "coach", "manager", "leader",
  "striker", "midfielder", "defender", "goalkeeper", "forward", "winger", "keeper", "batsman",
  "bowler", "all-rounder", "spinner", "off-spinner", "pitcher", "catcher", "quarterback", "rider",
  "driver", "player", "champion", "seed", "skipper", "teammate", "compatriot", "rival", "opponent",
  "winner", "veteran", "newcomer", "international", "actor", "actress", "singer", "writer",
  "author", "novelist", "poet", "painter", "composer", "journalist", "correspondent", "reporter",
  "editor", "analyst", "economist", "strategist", "dealer", "trader", "broker", "lawyer",
  "attorney", "prosecutor", "official", "officer", "diplomat", "negotiator", "mediator",
  "commander", "chief", "founder", "owner", "executive", "businessman", "businesswoman",
  "tycoon", "billionaire", "millionaire", "banker", "investor", "professor", "scientist", "doctor",
  "surgeon", "physician", "priest", "bishop", "cardinal", "cleric", "rebel", "dissident", "activist",
  "candidate", "challenger", "incumbent", "lawmaker", "legislator", "deputy", "aide", "adviser",
  "advisor", "counsellor", "counselor", "governor-general", "husband", "wife", "son", "daughter",
  "brother", "sister", "father", "mother", "uncle", "nephew", "widow", "mr", "mrs", "defenceman",
  "boxer", "fighter", "cyclist", "golfer", "sprinter", "jumper", "runner", "swimmer", "skier",
  "tennis", "centre", "center", "fullback", "halfback", "prop", "lock", "flanker", "hooker", "scrum-half",
  "fly-half", "wicketkeeper", "opener", "paceman", "seamer", "legspinner", "jockey", "trainer",
  "referee", "umpire", "substitute", "understudy", "hopeful", "spokesperson", "premier-elect",
  "dictator", "strongman", "counterpart", "successor", "predecessor", "nominee", "appointee",
]);

/** Verbs of saying: a lone unknown name just before or after one is a person ("Kishida said"). */
export const SPEECH_VERBS = new Set([
  "said", "says", "told", "added", "asked", "replied", "declared", "stated", "insisted", "warned",
  "argued", "admitted", "explained", "noted", "stressed", "announced", "quoted", "wrote", "recalled",
  "commented", "complained", "urged", "acknowledged", "confirmed", "denied", "claimed", "believes",
  "thinks", "thought", "felt", "hopes", "hoped", "wants", "wanted", "scored", "struck", "won",
  "beat", "lost", "finished", "equalised", "equalized", "netted", "shot", "carded", "retired",
]);

/** Last words of organisation names ("Kiel Institute", "Bank of Japan" is handled by ORG_HEADS_FIRST). */
export const ORG_TAILS = new Set([
  "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "plc", "llc", "ag", "sa",
  "nv", "bv", "gmbh", "spa", "group", "bank", "party", "ministry", "institute", "university",
  "college", "school", "academy", "association", "federation", "union", "council", "commission",
  "committee", "agency", "authority", "organisation", "organization", "office", "department",
  "fund", "foundation", "trust", "airlines", "airline", "airways", "motors", "holdings",
  "industries", "company", "club", "court", "tribunal", "parliament", "assembly", "congress",
  "senate", "army", "navy", "police", "church", "exchange", "bureau", "board", "service",
  "services", "network", "networks", "international", "alliance", "front", "images", "pictures",
  "movement", "league", "society", "center", "centre", "hospital", "museum", "orchestra",
  "brigade", "brigades", "forces", "guard", "command", "cabinet", "government", "administration",
  "secretariat", "directorate", "chamber", "reserve", "securities", "partners", "capital",
  "investments", "energy", "oil", "petroleum", "gas", "electric", "electronics", "telecom",
  "communications", "pharmaceuticals", "technologies", "software", "labs", "laboratories",
  "enterprises", "mining", "steel", "chemicals", "insurance", "finance", "financial", "bancorp",
  "railways", "railway", "railroad", "shipping", "lines", "media", "press", "records", "studios",
  "pictures", "entertainment", "stores", "united", "rovers", "wanderers", "athletic", "albion",
  "hotspur", "olympique", "newsroom", "desk", "treasury", "s.a.", "n.v.", "a.g.", "dynamo", "sporting", "rangers", "celtic", "fc", "cf", "afc", "sc",
]);

/** Words that head an organisation name followed by "of" ("Bank of Japan", "University of Tokyo"). */
export const ORG_HEADS_FIRST = new Set([
  "bank", "university", "ministry", "institute", "council", "department", "college", "academy",
  "association", "federation", "union", "league", "organisation", "organization", "office",
  "church", "house", "chamber", "court", "commission", "committee", "board", "party", "army",
  "school", "museum", "society", "agency", "fund", "federal", "national", "royal", "state", "central",
]);

/** Last words of outlet names ("Financial Times", "Kyodo News", "Associated Press"). */
export const OUTLET_TAILS = new Set([
  "times", "post", "news", "journal", "herald", "telegraph", "tribune", "gazette", "daily",
  "weekly", "mail", "express", "guardian", "observer", "chronicle", "courier", "independent",
  "globe", "review", "magazine", "newspaper", "radio", "television", "tv", "broadcasting",
  "newswire", "wire", "agency", "press", "today", "standard", "monitor", "inquirer", "sun",
  "mirror", "bulletin", "dispatch", "examiner", "record", "insider", "week", "report",
]);

/** Nouns that name a kind of organisation, in apposition before its name. Not words a person
 * is called by ("boss", "chief": those introduce people), nor publications (the outlet rule). */
export const ORG_KIND_NOUNS = new Set([
  "regulator", "watchdog", "firm", "company", "giant", "maker", "manufacturer", "retailer",
  "carrier", "airline", "operator", "lender", "insurer", "conglomerate", "consortium",
  "supermarket", "chain", "bank", "charity", "agency", "organisation", "organization", "group",
  "studio", "label", "publisher", "developer", "start-up", "startup", "broadband", "telecoms",
  // Plurals in apposition ("analysts Gartner", "start-up companies Gizmondo and Tapwave") and
  // kinds a person is never called by.
  "analysts", "companies", "firms", "makers", "retailers", "brokerage", "consultancy",
  "bookmaker", "bookmakers", "insurers", "lenders", "banks", "carriers", "operators",
]);

/** Common nouns that say the name next to them is an outlet ("the newspaper Yomiuri"). */
export const OUTLET_NOUNS = new Set([
  "newspaper", "daily", "weekly", "magazine", "agency", "outlet", "broadcaster", "channel",
  "newswire", "tabloid", "paper", "publication", "website", "radio", "television", "network",
]);

/** Words that end place names ("Yangtze River", "Gaza Strip", "Red Sea"). */
export const PLACE_TAILS = new Set([
  "river", "sea", "ocean", "island", "islands", "isles", "mountain", "mountains", "hills", "valley",
  "province", "region", "state", "county", "district", "territory", "territories", "strait", "straits",
  "gulf", "bay", "peninsula", "desert", "coast", "canal", "lake", "street", "avenue", "road",
  "square", "boulevard", "bridge", "airport", "stadium", "park", "arena", "heights", "plain",
  "plains", "basin", "delta", "course", "falls", "prefecture", "oblast", "republic", "kingdom", "city", "strip",
  "bank", "highlands", "forest", "harbour", "harbor", "port", "village", "town", "peak", "pass",
]);

/** Words that start place names ("Mount Everest", "Lake Geneva", "Gulf of Mexico"). */
export const PLACE_HEADS_FIRST = new Set([
  "mount", "mt.", "lake", "gulf", "bay", "cape", "isle", "port", "fort", "saint", "st.", "san",
  "santa", "sierra", "rio", "lago", "sea", "strait", "straits", "republic",
]);

/** Prepositions after which a lone unknown name is a place ("fighting in Grozny"). */
export const LOCATIVE_PREPOSITIONS = new Set([
  "in", "at", "from", "to", "near", "outside", "into", "across", "towards", "toward", "via",
  "around", "throughout", "inside", "within", "visit", "visited", "visiting", "arrived", "left",
  "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
]);

/** Lower-case connectors allowed inside a name when both sides are capitalised. */
export const NAME_CONNECTORS = new Set(["of", "for", "the", "and", "&", "on", "de", "del", "della", "da", "do", "dos", "das", "van", "von", "der", "den", "la", "le", "di", "du", "al", "el", "bin", "ibn", "ben", "y", "zu"]);

/** Connectors that can join parts of a person's name ("Ludwig van Beethoven"). */
export const PERSON_PARTICLES = new Set(["de", "del", "della", "da", "do", "dos", "das", "van", "von", "der", "den", "la", "le", "di", "du", "al", "el", "bin", "ibn", "ben", "zu"]);

/** Determiners and other words cut off the front of a capitalised run ("The Kiel Institute"). */
export const LEADING_NOISE = new Set([
  "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
  "your", "mr", "and", "or", "but", "if", "in", "on", "at", "for", "with", "by", "as", "after",
  "before", "when", "while", "since", "although", "though", "because", "so", "yet", "then",
  "also", "both", "all", "some", "many", "most", "more", "no", "not", "every", "each", "other",
  "another", "such", "there", "here", "we", "they", "he", "she", "it", "i", "you", "what", "who",
  "how", "why", "where", "which", "according", "meanwhile", "however", "moreover", "still",
  "even", "only", "just", "now", "today", "yesterday", "tomorrow", "read", "see", "watch",
  "photo", "video", "update", "breaking", "exclusive", "editorial", "opinion", "analysis",
]);

/**
 * Words that describe the name after them and never begin one: a past role ("Former Chelsea
 * striker", "ex-champion") or a count ("Three African leaders"). Cut from the front of a run
 * unless the run is a known name that opens with one ("Three Gorges Dam").
 */
export const LEADING_DESCRIPTORS = new Set([
  "former", "then", "outgoing", "retired", "two", "three", "four", "five", "six", "seven", "eight",
  "nine", "ten", "eleven", "twelve", "dozens", "hundreds", "thousands", "several", "numerous",
]);

/** Pronouns and function words that English contracts with a verb ("I'm", "We've", "There'd"). */
const CONTRACTED = new Set([
  "i", "you", "we", "they", "he", "she", "it", "that", "there", "here", "what", "who", "where",
  "when", "why", "how", "this", "let", "everyone", "everybody", "someone", "somebody", "nobody", "y",
]);
const CONTRACTION = /^([\p{L}]+)'(m|re|ve|d|ll|s|all)$/u;

/**
 * A pronoun with a verb ("I'm", "We're", "It'll") or a negated auxiliary ("Don't", "Can't"):
 * capitalised at a sentence's start, never a name. `lower` is a token's lower-cased text with
 * straight apostrophes. Names with apostrophes ("O'Neill", "D'Arcy") have no such ending.
 */
export function isContraction(lower: string): boolean {
  if (lower.endsWith("n't")) return true;
  const m = CONTRACTION.exec(lower);
  return m !== null && CONTRACTED.has(m[1] ?? "");
}

/**
 * Faiths and their followers, as nouns and adjectives ("Islam", "Muslim", "Hindu"): general English
 * vocabulary for a belief, never the name of one person, place or organisation. Plurals ("Muslims")
 * are found by dropping an "s".
 */
export const FAITH_WORDS = new Set([
  "islam", "muslim", "moslem", "islamic", "islamist", "christian", "christianity", "catholic",
  "catholicism", "protestant", "protestantism", "anglican", "jew", "jewish", "judaism", "hindu",
  "hinduism", "sikh", "sikhism", "buddhist", "buddhism", "sunni", "shia", "shiite", "shi'ite",
  "evangelical", "mormon", "methodist", "baptist", "presbyterian", "lutheran", "quaker", "pagan",
  "atheist", "zionist", "jihadist", "salafist",
]);

/** Compass and similar words that make a region of a people: "North American", "Latin American". */
export const COMPASS_WORDS = new Set([
  "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "latin",
  "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest",
]);

/** Days, months and other calendar words: never entities. */
export const CALENDAR_WORDS = new Set([
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
  "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february", "march",
  "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "christmas", "easter", "ramadan", "new", "year", "eve", "day", "week", "weekend", "gmt", "est",
  "edt", "cet", "bst", "pst", "am", "pm", "a.m.", "p.m.", "bc", "ad",
]);

/**
 * Words that mark equipment, products and events, which are neither people nor places
 * ("Patriot missiles", "World War II"): a capitalised run followed or ended by one is dropped.
 */
export const THING_WORDS = new Set([
  "missile", "missiles", "rocket", "rockets", "system", "systems", "jet", "jets", "fighter",
  "fighters", "tank", "tanks", "aircraft", "plane", "planes", "helicopter", "helicopters", "drone",
  "drones", "launcher", "launchers", "howitzer", "howitzers", "rifle", "rifles", "warship",
  "warships", "submarine", "submarines", "vehicle", "vehicles", "shells", "munitions",
  "surface-to-air", "air-to-air", "anti-tank", "anti-aircraft", "war", "cup", "championship",
  "championships", "open", "games", "olympics", "prix", "award", "awards", "prize", "trophy",
  "series", "tournament", "festival", "index", "model", "version", "act", "treaty", "accord",
  "agreement", "protocol", "doctrine", "plan", "programme", "program",
]);

/** Last words of the names of events and competitions ("World Cup", "Six Nations", "Grand Slam", "Cold War"). */
export const EVENT_TAILS = new Set([
  "cup", "championship", "championships", "open", "games", "olympics", "paralympics", "prix", "trophy",
  "tournament", "festival", "awards", "nations", "slam", "marathon", "series", "masters", "bowl",
  "classic", "rally", "expo", "war", "olympiad", "contest", "grand", "regatta",
]);

/** Last words of the names of laws and treaties ("Freedom of Information Act", "Kyoto Protocol"). */
export const LAW_TAILS = new Set([
  "act", "bill", "treaty", "accord", "accords", "protocol", "convention", "conventions", "agreement",
  "charter", "directive", "amendment", "constitution",
]);

/** Verbs and phrases that cite a source: "according to X", "X reported", "reported by X". */
export const CITING_BEFORE = [
  ["according", "to"], ["reported", "by"], ["cited", "by"], ["quoted", "by"], ["told"], ["citing"],
  ["quoting"], ["via"], ["sources", "told"], ["said", "in", "a", "report", "by"], ["reports", "by"],
  ["interview", "with"], ["broadcast", "by"], ["published", "by"], ["carried", "by"], ["aired", "by"],
] as const;
export const CITING_AFTER = new Set([
  "reported", "reports", "reporting", "writes", "wrote", "saw", "said", "says", "cited", "quoted",
  "learned", "learnt", "reveals", "revealed", "claims", "claimed", "informs", "informed", "notes",
  "noted", "added", "adds", "broadcast", "aired", "published", "stated", "states", "citing",
]);
