// Hand-written keyword/phrase lexicon per IPTC Media Topic, from general news language and the IPTC
// labels/definitions (IPTC Media Topics, © IPTC (https://iptc.org), CC BY 4.0).
//
// Term syntax (see compile-lexicon.ts):
//   - words are matched after light stemming (plural -s/-es/-ies, possessive 's), so list singulars;
//     phrases match consecutive words ("air defence" also matches "air-defence");
//   - a term written with a capital letter only matches capitalised text ("Labour" the party, not
//     "labour" the workforce; "Apple" the company, not the fruit);
//   - a term starting with "=" only matches lower-case text ("=bill" the draft law, not "Bill Gates").
// Tiers: `strong` words nearly always mean the topic (weight 3), `medium` usually do (2), `weak` are
// shared with other subjects and only tip the balance (1).
// Put a term under the most specific concept it signals: evidence propagates to every ancestor, so
// listing it again on a parent would count it twice.

/** The terms that signal one IPTC concept. */
export interface LexiconEntry {
  /** The IPTC qcode the terms point to. */
  qcode: string;
  /** Words that nearly always mean this topic (weight 3). */
  strong?: string[];
  /** Words that usually mean it (weight 2). */
  medium?: string[];
  /** Words shared with other topics (weight 1). */
  weak?: string[];
}

export const TIER_WEIGHTS = { strong: 3, medium: 2, weak: 1 } as const;

export const TOPIC_LEXICON: readonly LexiconEntry[] = [
  // ── 01 arts, culture, entertainment and media ────────────────────────────────────────────
  { qcode: "medtop:20000002", // arts and entertainment (generic)
    strong: ["showbiz", "showbusiness", "entertainment industry", "red carpet", "award ceremony", "awards ceremony"],
    medium: ["entertainment", "entertainer", "comedian", "celebrity", "celebrities", "starring", "starred", "co-star", "fame", "superstar", "nomination", "nominee", "nominated"],
    weak: ["star", "fan", "audience", "award", "show", "hit", "performance", "perform", "performer", "stage", "artist", "critic", "review", "stars"] },
  { qcode: "medtop:20000005", // cinema
    strong: ["film", "movie", "cinema", "box office", "Hollywood", "Bollywood", "actor", "actress", "film director", "screenplay", "screenwriter", "Oscar", "Academy Award", "Bafta", "Golden Globe", "blockbuster", "filmmaker", "film-maker", "biopic", "Sundance"],
    medium: ["sequel", "premiere", "animated", "cinema-goer", "moviegoer", "directed", "documentary", "studio", "remake", "trailer", "DVD", "best picture", "supporting actor", "leading role"],
    weak: ["director", "role", "character", "script", "cast", "scene", "released"] },
  { qcode: "medtop:20000006", strong: ["film festival", "Cannes", "Venice film festival", "Berlin film festival"] },
  { qcode: "medtop:20000018", // music
    strong: ["music", "album", "singer", "songwriter", "band", "rapper", "musician", "guitarist", "drummer", "bassist", "Grammy", "Brit Award", "record label", "single chart", "album chart", "music video", "lyric", "hip-hop", "hip hop", "frontman", "lead singer", "pop star", "rock star", "Eurovision", "MTV"],
    medium: ["song", "chart", "gig", "concert", "tour", "duet", "debut album", "musical", "vocalist", "sing", "sang", "sung", "rock", "pop", "rap", "R&B", "indie", "number one", "top 10", "top ten", "download chart"],
    weak: ["soul", "release", "track", "record", "single", "festival", "fan", "stage", "hit", "number two"] },
  { qcode: "medtop:20000022", strong: ["orchestra", "symphony", "conductor", "classical music", "composer", "concerto"] },
  { qcode: "medtop:20000025", strong: ["jazz"] },
  { qcode: "medtop:20000028", strong: ["opera", "soprano", "tenor"] },
  { qcode: "medtop:20000029", // theatre
    strong: ["theatre", "theater", "West End", "Broadway", "playwright", "stage production", "pantomime"],
    medium: ["stage show", "stage production", "musical", "rehearsal", "curtain call"] },
  { qcode: "medtop:20001190", strong: ["stand-up comedy", "stand-up comedian", "comedy club"], medium: ["comedy", "comic", "sketch show", "sitcom"] },
  { qcode: "medtop:20000013", // literature
    strong: ["novel", "novelist", "poet", "poetry", "bestseller", "best-seller", "Booker", "literary", "author", "fiction", "memoir", "paperback", "hardback"],
    medium: ["book", "writer", "publisher", "chapter", "biography", "short story", "literature"] },
  { qcode: "medtop:20000031", // visual arts
    strong: ["painting", "painter", "sculpture", "sculptor", "art gallery", "artwork", "Turner Prize", "exhibition", "photographer"],
    medium: ["gallery", "art", "portrait", "canvas", "installation", "curator", "art world"] },
  { qcode: "medtop:20000043", strong: ["museum"] },
  { qcode: "medtop:20000011", strong: ["fashion", "catwalk", "designer label", "fashion week", "supermodel", "couture"], medium: ["model", "designer", "collection", "style"] },
  { qcode: "medtop:20000007", strong: ["ballet", "dancer", "choreographer"], medium: ["dance"] },
  { qcode: "medtop:20001181", strong: ["arts festival", "music festival", "Glastonbury", "Edinburgh festival"], weak: ["festival", "fringe"] },
  { qcode: "medtop:20000045", // mass media
    strong: ["broadcaster", "media group", "press freedom", "journalism", "journalist"],
    medium: ["media", "newspaper", "editor", "tabloid", "magazine", "reporter", "radio", "broadcast", "airwaves", "press"] },
  { qcode: "medtop:20000051", // television
    strong: ["television", "TV", "sitcom", "soap opera", "reality show", "reality TV", "chat show", "talk show", "TV series", "TV show", "primetime", "prime-time", "Emmy", "presenter", "viewing figure", "viewer"],
    medium: ["channel", "episode", "series", "drama", "soap", "broadcast", "airing", "aired", "rating", "host", "quiz show", "game show", "documentary", "screen", "screened"],
    weak: ["show", "programme", "audience"] },
  { qcode: "medtop:20001182", strong: ["social media", "social network", "social networking", "Facebook", "Twitter", "Instagram", "TikTok", "YouTube", "influencer"] },

  // ── 02 crime, law and justice ─────────────────────────────────────────────────────────
  { qcode: "medtop:20000082", // crime
    strong: ["crime", "criminal", "offender", "gang", "gangster", "crime rate"],
    medium: ["victim", "offence", "illegal", "stolen", "suspect", "accused", "alleged"] },
  { qcode: "medtop:20000099", strong: ["murder", "murdered", "homicide", "manslaughter", "killer", "stabbing", "stabbed to death", "shot dead"] },
  { qcode: "medtop:20000097", strong: ["fraud", "fraudster", "scam", "embezzlement", "money laundering", "ponzi"], medium: ["fraudulent", "forgery", "counterfeit"] },
  { qcode: "medtop:20000104", strong: ["robbery", "theft", "burglary", "burglar", "thief", "thieves", "shoplifting", "looting", "stolen goods"], medium: ["stole", "robbed", "mugging"] },
  { qcode: "medtop:20000084", strong: ["assault", "rape", "sexual assault", "domestic violence", "attacked"] },
  { qcode: "medtop:20000093", strong: ["corruption", "bribery", "bribe", "kickback", "graft"], medium: ["corrupt"] },
  { qcode: "medtop:20000095", strong: ["drug trafficking", "drug dealer", "drug smuggling", "cocaine", "heroin", "cannabis", "drug cartel", "narcotics"] },
  { qcode: "medtop:20000086", strong: ["cybercrime", "cyber crime", "cyber-crime", "identity theft", "phishing"], medium: ["hacking", "hacked"] },
  { qcode: "medtop:20000100", strong: ["kidnap", "kidnapping", "kidnapped", "abduction", "abducted", "hostage", "ransom"] },
  { qcode: "medtop:20000103", strong: ["terror suspect", "anti-terror law", "terror law", "anti-terrorism"], medium: ["terrorism charge"] },
  { qcode: "medtop:20001313", strong: ["shooting", "gunman", "gunmen", "mass shooting", "gunfire"] },
  { qcode: "medtop:20000105", strong: ["war crime", "war criminal", "crimes against humanity", "genocide"] },
  { qcode: "medtop:20001283", strong: ["human trafficking", "people smuggling", "people smuggler", "trafficked"] },
  { qcode: "medtop:20000107", // court
    strong: ["court", "judge", "jury", "trial", "verdict", "acquitted", "convicted", "conviction", "defendant", "plaintiff", "courtroom", "lawsuit", "pleaded guilty", "pleaded not guilty", "High Court", "Supreme Court", "Crown Court", "Court of Appeal", "magistrate", "testimony", "testified"],
    medium: ["sentenced", "sentence", "guilty", "ruling", "ruled", "sued", "sue", "litigation", "lawyer", "attorney", "barrister", "solicitor", "hearing", "appeal court", "legal action", "jailed", "prison", "imprisonment", "prisoner", "jail"],
    weak: ["appeal", "case", "legal", "judgment", "judgement", "charged", "charge"] },
  { qcode: "medtop:20000118", strong: ["prosecutor", "prosecution", "prosecuted", "Crown Prosecution Service", "district attorney", "indictment", "indicted"] },
  { qcode: "medtop:20000121", // law
    medium: ["law", "legislation", "statute", "unlawful", "lawful", "legal"],
    weak: ["regulation"] },
  { qcode: "medtop:20000126", strong: ["international law", "international court", "International Criminal Court", "Geneva Convention"] },
  { qcode: "medtop:20000133", // police
    strong: ["police", "policeman", "policewoman", "police officer", "detective", "Scotland Yard", "FBI", "constable", "police force", "officer said"],
    medium: ["officer", "patrol", "forensic"] },
  { qcode: "medtop:20000130", strong: ["arrested", "arrest", "custody", "detained", "detention", "held in custody", "bail"] },
  { qcode: "medtop:20000131", strong: ["criminal investigation", "murder inquiry", "police investigation"], medium: ["investigator", "investigation", "probe", "evidence", "witness"] },
  { qcode: "medtop:20001299", strong: ["surveillance", "wiretap", "phone tapping", "CCTV"] },

  // ── 03 disaster, accident and emergency incident ──────────────────────────────────────
  { qcode: "medtop:20000151", // natural disaster
    strong: ["earthquake", "quake", "tsunami", "hurricane", "typhoon", "cyclone", "tornado", "volcano", "volcanic eruption", "landslide", "mudslide", "avalanche", "flooding", "floodwater", "natural disaster", "drought", "Richter scale", "magnitude"],
    medium: ["flood", "disaster", "devastation", "devastated", "aftershock", "epicentre", "epicenter"] },
  { qcode: "medtop:20000150", strong: ["wildfire", "bushfire", "forest fire", "blaze", "firefighter", "fire brigade", "burned down", "engulfed"], medium: ["fire", "flames", "smoke"] },
  { qcode: "medtop:20000149", strong: ["famine", "starvation", "food shortage", "malnutrition"] },
  { qcode: "medtop:20000143", // transportation accident
    strong: ["plane crash", "air crash", "car crash", "road accident", "train crash", "derailment", "derailed", "shipwreck", "capsized", "ferry disaster", "collision", "crash site", "black box"],
    medium: ["crash", "crashed", "accident", "sank", "pile-up"] },
  { qcode: "medtop:20000140", strong: ["explosion", "gas leak"], medium: ["blast", "exploded"] },
  { qcode: "medtop:20000161", strong: ["building collapse", "bridge collapse", "collapsed building"], medium: ["collapse", "collapsed"] },
  { qcode: "medtop:20000168", // emergency response
    strong: ["rescue worker", "rescuer", "search and rescue", "emergency services", "evacuation", "evacuated", "relief effort", "aid agency", "emergency aid", "death toll", "survivor", "humanitarian aid", "Red Cross"],
    medium: ["rescue", "rescued", "emergency", "relief", "homeless", "injured", "killed", "dead", "missing", "victim", "casualty", "toll", "paramedic", "ambulance"] },

  // ── 04 economy, business and finance ─────────────────────────────────────────────────
  { qcode: "medtop:20000344", // economy
    strong: ["economy", "economic", "economist", "economic growth", "economic slowdown", "economic outlook"],
    medium: ["growth", "slowdown", "forecast", "consumer spending", "household spending", "spending", "downturn", "boom", "cost of living"] },
  { qcode: "medtop:20000359", strong: ["GDP", "gross domestic product"] },
  { qcode: "medtop:20000370", strong: ["inflation", "consumer prices", "price index", "CPI", "retail price index"], medium: ["prices", "price rise"] },
  { qcode: "medtop:20000383", strong: ["recession", "economic crisis", "financial crisis"], medium: ["contraction", "depression"] },
  { qcode: "medtop:20000371", strong: ["interest rate", "base rate", "rate rise", "rate cut", "borrowing cost", "monetary policy"] },
  { qcode: "medtop:20000350", strong: ["central bank", "Federal Reserve", "Bank of England", "European Central Bank", "ECB", "Bank of Japan", "the Fed", "Monetary Policy Committee"] },
  { qcode: "medtop:20000355", strong: ["currency", "exchange rate", "dollar", "euro", "sterling", "yen", "yuan", "renminbi", "rouble", "devaluation"], medium: ["pound", "peso", "rupee"] },
  { qcode: "medtop:20000366", strong: ["exporter", "export"] },
  { qcode: "medtop:20000369", strong: ["importer", "import"] },
  { qcode: "medtop:20000375", strong: ["trade deficit", "trade surplus", "current account", "balance of payments", "trade gap"] },
  { qcode: "medtop:20000373", strong: ["World Trade Organization", "WTO", "free trade", "trade talks", "trade barrier", "trade agreement", "trade deal", "protectionism", "trade war", "tariff", "quota"], medium: ["trade", "trading partner"] },
  { qcode: "medtop:20000368", strong: ["public debt", "national debt", "government debt", "budget deficit", "public finances", "government borrowing", "public sector borrowing"] },
  { qcode: "medtop:20000380", strong: ["mortgage", "mortgage lender", "house prices", "housing market", "property market"] },
  { qcode: "medtop:20000372", strong: ["IMF", "International Monetary Fund", "World Bank", "OECD", "G7", "G8", "G20"] },
  { qcode: "medtop:20000365", strong: ["unemployment rate", "jobless rate", "jobless claims", "payroll", "non-farm payrolls"] },
  { qcode: "medtop:20000352", strong: ["consumer confidence", "consumer sentiment", "business confidence"] },
  { qcode: "medtop:20000360", strong: ["industrial production", "manufacturing output", "factory output", "factory orders"], medium: ["output"] },
  { qcode: "medtop:20000349", // business enterprise (generic company news)
    strong: ["company", "firm", "corporation", "conglomerate", "multinational", "subsidiary", "chief executive", "chief financial officer", "CEO", "boss", "chairman", "business", "businessman", "businesswoman", "Inc", "Ltd", "plc", "Corp"],
    medium: ["executive", "customer", "client", "supplier", "brand", "sector", "manufacturer", "maker", "retailer", "operator", "unit", "commercial", "corporate"],
    weak: ["industry", "deal", "market", "product", "service", "cost", "cut", "sale", "sell", "buy", "bought", "sold", "price"] },
  { qcode: "medtop:20000178", // corporate earnings
    strong: ["profit", "pre-tax profit", "pretax profit", "net income", "earnings", "revenue", "turnover", "operating profit", "quarterly", "fourth quarter", "third quarter", "second quarter", "first quarter", "profit warning", "full-year", "half-year", "annual result", "financial result", "loss-making"],
    medium: ["loss", "losses", "margin", "sales", "dividend", "forecast", "guidance", "year-on-year", "year-earlier"],
    weak: ["results", "quarter", "rise", "fall", "figure", "expected", "analyst"] },
  { qcode: "medtop:20000204", strong: ["takeover", "merger", "acquisition", "takeover bid", "hostile bid", "buyout", "acquire"], medium: ["acquired", "stake", "merge", "offer for"], weak: ["bid"] },
  { qcode: "medtop:20000174", strong: ["bankruptcy", "bankrupt", "insolvency", "into administration", "administrator", "receivership", "Chapter 11", "creditor", "liquidation"] },
  { qcode: "medtop:20000189", strong: ["job cuts", "layoff", "redundancy", "redundancies", "axe jobs", "cut jobs", "shed jobs", "downsizing"] },
  { qcode: "medtop:20000190", strong: ["chief executive", "managing director", "board member", "chief operating officer"], medium: ["resigned as chief", "appointed chief"] },
  { qcode: "medtop:20000185", strong: ["shareholder", "shareholder vote", "investor"], medium: ["stakeholder"] },
  { qcode: "medtop:20000396", // stocks and securities
    strong: ["share price", "shares", "stock market", "stock exchange", "Wall Street", "Dow Jones", "Nasdaq", "FTSE", "FTSE 100", "Nikkei", "Dax", "CAC", "stockmarket", "equity", "equities", "bond", "bondholder", "trader", "traders", "market value", "market capitalisation", "stock", "flotation", "IPO", "listed"],
    medium: ["share", "index", "investor", "valuation", "trading"] },
  { qcode: "medtop:20000386", strong: ["commodity", "commodities", "crude oil", "oil price", "barrel", "Brent crude", "gold price", "Opec", "OPEC"] },
  { qcode: "medtop:20000274", strong: ["bank", "banking", "banker", "lender", "lending", "loan", "deposit", "savings account", "credit card", "building society", "investment bank"] },
  { qcode: "medtop:20000279", strong: ["insurance", "insurer", "premium", "underwriter", "reinsurance"] },
  { qcode: "medtop:20001162", strong: ["hedge fund", "pension fund", "fund manager", "asset manager", "private equity", "investment fund"] },
  { qcode: "medtop:20000252", strong: ["retail", "retailer", "retail sale", "supermarket", "high street", "shopper", "shopping", "store", "chain store", "department store", "Christmas trading", "online retailer"], medium: ["shop", "consumer"] },
  { qcode: "medtop:20000296", strong: ["carmaker", "car maker", "automaker", "car industry", "motor industry", "vehicle", "car sales"], medium: ["car", "cars", "model range"] },
  { qcode: "medtop:20000338", strong: ["airline", "carrier", "low-cost airline", "budget airline", "air fare", "airfare", "passenger numbers", "airport"], medium: ["flight", "passenger", "aviation", "jet"] },
  { qcode: "medtop:20000340", strong: ["rail operator", "rail franchise", "railway", "train operator"] },
  { qcode: "medtop:20000295", strong: ["aerospace", "Airbus", "Boeing", "aircraft maker", "planemaker"] },
  { qcode: "medtop:20001243", strong: ["oil company", "oil firm", "oil giant", "gas field", "oil field", "pipeline", "refinery", "petrol", "gasoline", "natural gas", "oil production", "oil output", "drilling"], medium: ["oil", "gas", "energy company", "energy firm"] },
  { qcode: "medtop:20000256", medium: ["energy", "electricity", "power station", "power plant", "utility"] },
  { qcode: "medtop:20000257", strong: ["renewable energy", "wind farm", "wind power", "solar power", "solar panel", "renewables"] },
  { qcode: "medtop:20000265", strong: ["nuclear power", "nuclear plant", "nuclear power station", "reactor"] },
  { qcode: "medtop:20000297", strong: ["defence contractor", "defense contractor", "arms maker", "arms manufacturer", "defence firm", "defense firm", "arms deal"], medium: ["defence industry", "defense industry", "arms industry"] },
  { qcode: "medtop:20000210", strong: ["farming", "farmer", "agriculture", "agricultural", "crop", "harvest", "livestock", "cattle", "dairy"] },
  { qcode: "medtop:20000235", strong: ["construction", "housebuilder", "property developer", "real estate", "builder"] },
  { qcode: "medtop:20000331", strong: ["tourism", "tourist", "hotel", "hotelier", "tour operator", "holidaymaker"] },
  { qcode: "medtop:20000332", strong: ["casino", "gambling", "betting", "bookmaker", "bookie"] },
  { qcode: "medtop:20000324", strong: ["brewer", "brewery", "soft drink", "food maker", "food group", "beverage", "grocery", "grocer"] },
  { qcode: "medtop:20000330", strong: ["tobacco", "cigarette"] },
  { qcode: "medtop:20000223", strong: ["pharmaceutical", "drugmaker", "drug maker", "drug company", "drugs firm", "pharma"] },
  { qcode: "medtop:20000305", strong: ["advertising", "advertiser", "advert", "ad campaign", "marketing"], medium: ["ad", "sponsorship"] },
  { qcode: "medtop:20000316", strong: ["mining", "miner", "mining company", "steelmaker", "steel", "aluminium", "copper", "iron ore"] },
  { qcode: "medtop:20000291", strong: ["postal service", "courier", "parcel", "Royal Mail"] },
  { qcode: "medtop:20000233", strong: ["telecom", "telecoms", "telecommunications", "operator", "mobile operator", "phone company", "fixed-line"] },
  { qcode: "medtop:20000206", strong: ["patent", "copyright", "trademark", "intellectual property", "piracy", "pirated", "counterfeit"] },
  { qcode: "medtop:20000636", strong: ["regulator", "watchdog", "competition commission", "antitrust", "anti-trust", "monopoly", "Office of Fair Trading", "Competition and Markets Authority", "Ofcom", "Ofgem", "Ofwat", "SEC", "Securities and Exchange Commission", "Financial Services Authority"], medium: ["regulation", "regulatory", "deregulation"] },
  { qcode: "medtop:20000620", strong: ["taxation", "taxpayer", "income tax", "tax rise", "tax cut", "corporation tax", "VAT", "tax credit", "tax break", "capital gains tax", "stamp duty", "tax rate", "Inland Revenue", "HM Revenue", "IRS"], medium: ["tax"] },
  { qcode: "medtop:20000607", strong: ["budget", "pre-budget report", "spending review", "public spending", "government spending", "treasury"] },

  // ── 05 education ─────────────────────────────────────────────────────────────────────────
  { qcode: "medtop:20000400", strong: ["school", "pupil", "headteacher", "head teacher", "classroom", "primary school", "secondary school", "schoolchildren", "Ofsted"] },
  { qcode: "medtop:20000416", strong: ["teacher", "teaching union", "lecturer"] },
  { qcode: "medtop:20000415", strong: ["student", "undergraduate", "graduate", "tuition fee", "top-up fee", "student loan"] },
  { qcode: "medtop:20000413", strong: ["exam", "examination", "A-level", "GCSE", "SAT", "test score", "league table"] },
  { qcode: "medtop:05000000", strong: ["education", "educational", "university", "universities", "higher education", "college", "academic", "curriculum", "literacy"] },

  // ── 06 environment ──────────────────────────────────────────────────────────────────────
  { qcode: "medtop:20000418", strong: ["climate change", "global warming", "greenhouse gas", "carbon emission", "carbon dioxide", "Kyoto", "Kyoto Protocol", "Paris Agreement", "net zero", "fossil fuel", "sea level", "climate"], medium: ["emission", "carbon", "warming"] },
  { qcode: "medtop:20000424", strong: ["pollution", "pollutant", "polluted", "smog", "oil spill", "toxic waste", "air quality", "contamination", "contaminated"] },
  { qcode: "medtop:20000420", strong: ["conservation", "conservationist", "endangered species", "wildlife", "habitat", "biodiversity", "extinction", "deforestation", "rainforest", "national park", "WWF"], medium: ["species", "endangered"] },
  { qcode: "medtop:06000000", strong: ["environment", "environmental", "environmentalist", "green campaigner", "Greenpeace", "Friends of the Earth", "ecological", "ecosystem"], medium: ["green"] },
  { qcode: "medtop:20001374", strong: ["sustainability", "sustainable", "recycling", "recycled"] },

  // ── 07 health ──────────────────────────────────────────────────────────────────────────
  { qcode: "medtop:07000000", strong: ["health", "healthcare", "health care", "medical", "medicine", "clinical", "patient", "doctor", "GP", "physician"], medium: ["health service", "wellbeing"] },
  { qcode: "medtop:20000461", strong: ["hospital", "clinic", "A&E", "intensive care", "care home"], medium: ["ward"] },
  { qcode: "medtop:20000480", strong: ["NHS", "National Health Service", "Medicare", "Medicaid", "health secretary", "health minister", "waiting list"] },
  { qcode: "medtop:20000485", strong: ["nurse", "surgeon", "midwife", "GPs", "consultant surgeon"] },
  { qcode: "medtop:20000447", strong: ["cancer", "tumour", "tumor", "chemotherapy", "leukaemia", "breast cancer", "oncology"] },
  { qcode: "medtop:20000448", strong: ["disease", "infection", "infectious", "flu", "influenza", "bird flu", "pandemic", "epidemic", "outbreak", "HIV", "Aids", "malaria", "tuberculosis", "measles", "Covid", "coronavirus", "vaccine", "vaccination", "immunisation", "Sars", "Ebola"], medium: ["virus", "infected", "symptom"] },
  { qcode: "medtop:20000454", strong: ["heart disease", "heart attack", "cardiac", "cardiovascular", "blood pressure", "cholesterol"], medium: ["stroke"] },
  { qcode: "medtop:20000458", strong: ["mental health", "anxiety", "schizophrenia", "dementia", "Alzheimer", "autism", "psychiatric", "suicide"], medium: ["depression"] },
  { qcode: "medtop:20000457", strong: ["diabetes", "obesity", "obese", "asthma", "allergy", "smoking"] },
  { qcode: "medtop:20000464", strong: ["surgery", "transplant", "therapy", "prescription", "drug trial", "clinical trial", "diagnosis", "diagnosed"], medium: ["treatment", "drug", "treat", "cure", "dose"], weak: ["operation"] },
  { qcode: "medtop:20001358", strong: ["public health", "health warning", "health risk", "life expectancy", "healthy eating", "diet"] },
  { qcode: "medtop:20000463", strong: ["World Health Organization", "WHO", "CDC", "health authority"] },

  // ── 08 human interest ───────────────────────────────────────────────────────────────────
  { qcode: "medtop:20000498", strong: ["prize", "prizewinner", "honour", "knighthood", "OBE", "MBE", "CBE", "Nobel"], weak: ["award", "winner", "won"] },
  { qcode: "medtop:20000499", strong: ["world record", "Guinness World Records", "record-breaking", "oldest", "youngest"] },
  { qcode: "medtop:20001237", strong: ["anniversary", "centenary", "commemoration"] },
  { qcode: "medtop:20001238", strong: ["birthday"] },
  { qcode: "medtop:20000504", strong: ["royal family", "royal wedding", "monarchy", "Buckingham Palace"], medium: ["Prince", "Princess", "Queen"] },

  // ── 09 labour ──────────────────────────────────────────────────────────────────────────
  { qcode: "medtop:20000509", strong: ["employment", "employer", "employee", "workforce", "jobs", "hiring", "recruitment", "workplace"], medium: ["job", "worker", "staff", "wage", "pay", "salary"] },
  { qcode: "medtop:20000533", strong: ["unemployment", "unemployed", "jobless", "out of work", "benefit claimant", "dole"] },
  { qcode: "medtop:20000530", strong: ["strike", "walkout", "industrial action", "picket", "stoppage"], medium: ["strike action", "ballot"] },
  { qcode: "medtop:20000536", strong: ["trade union", "union", "unionised", "TUC", "shop steward", "union leader", "union official", "Unison", "Amicus"] },
  { qcode: "medtop:20000531", strong: ["pension", "pensioner", "retirement", "retirement age", "state pension", "retiree"] },
  { qcode: "medtop:20000521", strong: ["minimum wage", "working hours", "working time directive", "employment law"] },

  // ── 10 lifestyle and leisure ────────────────────────────────────────────────────────────
  // Video games sit under leisure in IPTC, but news treats consoles and game software as technology:
  // the same words are listed under information technology (below) with a stronger weight.
  { qcode: "medtop:20000548", medium: ["video game", "videogame", "computer game", "games console", "gamer", "gaming", "game developer", "game publisher", "gameplay", "multiplayer", "role-playing game", "first-person shooter"], weak: ["games", "console"] },
  { qcode: "medtop:20000549", strong: ["lottery", "jackpot", "National Lottery", "gambling"] },
  { qcode: "medtop:20000563", medium: ["holiday"], strong: ["travel", "traveller", "holidaymaker", "tourist destination", "vacation", "sightseeing"] },
  { qcode: "medtop:20000565", strong: ["lifestyle", "recipe", "cooking", "chef", "cuisine", "restaurant", "gardening", "wine"] },
  { qcode: "medtop:20001239", strong: ["fitness", "gym", "workout", "exercise", "jogging"] },
  { qcode: "medtop:20001143", strong: ["party-goer", "nightclub", "clubbing", "New Year's Eve"] },

  // ── 11 politics and government ──────────────────────────────────────────────────────────
  { qcode: "medtop:11000000", // politics generic
    strong: ["politics", "political", "politician", "policymaker", "Westminster", "Whitehall", "Downing Street", "White House", "Kremlin", "Capitol Hill"],
    medium: ["policy", "critic", "opposition", "ruling party", "coalition", "U-turn"],
    weak: ["leader", "minister", "reform"] },
  { qcode: "medtop:20000574", // election
    strong: ["election", "general election", "electoral", "voter", "voting", "ballot box", "polling station", "polling day", "election campaign", "campaign trail", "manifesto", "constituency", "candidate", "opinion poll", "turnout", "landslide victory", "re-election", "re-elected", "hustings", "marginal seat", "swing voter", "electorate", "Electoral Commission", "postal vote", "postal ballot"],
    medium: ["vote", "poll", "campaign", "campaigning", "seat", "majority", "elected", "elect", "canvass", "win a third term", "third term", "second term", "pledge"],
    weak: ["promise", "victory", "defeat", "race", "win"] },
  { qcode: "medtop:20000584", strong: ["referendum", "plebiscite"] },
  { qcode: "medtop:20000593", // government
    strong: ["government", "ministry", "minister", "cabinet", "cabinet minister", "secretary of state", "home secretary", "foreign secretary", "chancellor", "think tank", "attorney general", "prime minister", "premier", "junior minister", "civil servant", "civil service", "government department", "administration official", "Home Office", "Foreign Office", "Treasury", "department for", "senator", "congressman", "congresswoman", "governor", "mayor", "Tory", "Tories"],
    medium: ["ministerial", "public sector", "public service", "quango"],
    weak: ["official", "authorities", "state", "federal", "administration", "department", "council", "president", "secretary"] },
  { qcode: "medtop:20000615", // legislative body
    strong: ["parliament", "parliamentary", "MP", "MPs", "member of parliament", "House of Commons", "Commons", "House of Lords", "Lords", "peer", "Congress", "Senate", "House of Representatives", "lawmaker", "legislator", "legislature", "legislative", "backbencher", "backbench", "frontbench", "select committee", "committee of MPs", "Commons committee", "Speaker", "second reading", "royal assent", "Bundestag", "Duma", "Knesset", "assembly", "Scottish Parliament", "Welsh Assembly", "MSP", "AM", "MEP", "European Parliament"],
    medium: ["=bill", "legislation", "amendment", "debate", "vote on", "rebel", "rebellion", "whip", "law", "passed"] },
  { qcode: "medtop:20001384", // political party
    strong: ["political party", "Labour", "Conservative", "Conservatives", "Liberal Democrat", "Liberal Democrats", "Lib Dem", "Lib Dems", "Tory", "Tories", "Tory party", "UKIP", "Green Party", "SNP", "Plaid Cymru", "Democrat", "Democrats", "Republican", "Republicans", "Democratic Party", "Republican Party", "party leader", "party conference", "leadership contest", "leadership election", "New Labour", "shadow chancellor", "shadow home secretary", "shadow foreign secretary", "shadow secretary", "shadow minister", "shadow cabinet", "party chairman", "Sinn Fein", "DUP"],
    medium: ["party", "leadership", "grassroots", "left-wing", "right-wing", "centre-left", "centre-right", "activist", "Liberal", "Socialist"] },
  { qcode: "medtop:20001261", strong: ["prime minister", "PM", "premier", "head of government"] },
  { qcode: "medtop:20000610", strong: ["head of state", "President", "king", "monarch"] },
  { qcode: "medtop:20000653", strong: ["democracy", "democratic", "dictatorship", "dictator", "authoritarian", "regime", "autocracy", "totalitarian"] },
  { qcode: "medtop:20000597", strong: ["constitution", "constitutional", "constitutional reform"] },
  { qcode: "medtop:20001262", strong: ["public inquiry", "inquiry", "commission of inquiry", "Hutton", "Butler report"] },
  { qcode: "medtop:20000612", strong: ["local council", "council tax", "local authority", "councillor", "local government", "town hall"] },
  { qcode: "medtop:20000650", strong: ["lobbying", "lobbyist", "lobby group", "pressure group"] },
  { qcode: "medtop:20000634", strong: ["immigration policy", "asylum", "asylum seeker", "immigration", "border control", "visa", "deportation", "deported", "points system", "work permit"], medium: ["immigrant", "migrant", "migration"] },
  { qcode: "medtop:20000627", strong: ["ID card", "identity card", "data protection", "privacy law", "civil liberties", "biometric"] },
  { qcode: "medtop:20000630", strong: ["welfare reform", "welfare state", "social security", "benefits system", "child benefit", "pension reform"] },
  { qcode: "medtop:20000479", strong: ["healthcare policy", "health reform", "NHS reform"] },
  { qcode: "medtop:20001338", strong: ["education policy", "education secretary", "school reform", "education reform"] },
  { qcode: "medtop:20000635", strong: ["nuclear policy", "nuclear programme", "nuclear program", "uranium enrichment", "enrichment"] },
  { qcode: "medtop:20000345", strong: ["economic policy", "fiscal policy", "privatisation", "privatization", "nationalisation", "state-owned", "stimulus package"] },
  { qcode: "medtop:20000423", strong: ["environmental policy", "environment minister", "environment secretary", "emissions target", "carbon tax"] },
  { qcode: "medtop:20000638", // international relations
    strong: ["international relations", "foreign policy", "foreign minister", "foreign affairs", "bilateral", "multilateral", "ally", "allies", "alliance", "geopolitical", "superpower", "international community", "State Department", "secretary of state"],
    medium: ["relations", "tension", "partner", "partnership", "cooperation", "co-operation", "cooperate", "pact", "foreign"],
    weak: ["international", "global", "region", "regional", "neighbour", "neighbor"] },
  { qcode: "medtop:20000639", // diplomacy
    strong: ["diplomacy", "diplomat", "diplomatic", "ambassador", "embassy", "envoy", "consulate", "negotiation", "negotiator", "state visit", "official visit", "foreign ministry", "joint statement", "communique"],
    // "talks" stems to "talk", so it can only be medium evidence.
    medium: ["talks", "negotiate", "meeting", "visit", "counterpart", "dialogue", "agreement", "accord", "deal", "memorandum"] },
  { qcode: "medtop:20000640", strong: ["summit", "summit meeting", "G7 summit", "G8 summit", "G20 summit", "Nato summit", "EU summit", "summitry", "leaders' meeting", "world leaders"] },
  { qcode: "medtop:20000641", strong: ["treaty", "convention", "protocol", "ratify", "ratification", "signatory"] },
  { qcode: "medtop:20000642", strong: ["sanction", "sanctions", "embargo", "blacklist", "asset freeze", "trade ban"] },
  { qcode: "medtop:20000643", strong: ["foreign aid", "development aid", "aid package", "financial assistance", "humanitarian assistance", "debt relief", "donor", "donor country", "loan guarantee", "credit guarantee"], medium: ["aid", "assistance", "donate", "donation", "pledged"] },
  { qcode: "medtop:20000644", strong: ["United Nations", "UN", "UN Security Council", "Security Council", "General Assembly", "Nato", "NATO", "European Union", "EU", "European Commission", "Brussels", "African Union", "Asean", "ASEAN", "Commonwealth", "G7", "G8", "G20", "Council of Europe"] },
  { qcode: "medtop:20000645", strong: ["refugee", "displaced", "internally displaced", "refugee camp", "UNHCR"] },
  { qcode: "medtop:20001316", strong: ["border dispute", "territorial dispute", "disputed territory", "territorial claim"] },
  { qcode: "medtop:20000598", // national security
    strong: ["national security", "defence", "defense", "defence secretary", "defense secretary", "defence minister", "defense minister", "Ministry of Defence", "Pentagon", "homeland security", "security forces", "deterrence", "deterrent", "defence budget", "defense budget", "defence spending", "defense spending", "defence cooperation", "defense cooperation", "security guarantee", "pacifist", "pacifism", "aggression"],
    medium: ["security", "threat", "strategic", "strategy"] },
  { qcode: "medtop:20000599", // armed forces
    strong: ["military", "army", "navy", "naval", "air force", "troops", "soldier", "armed forces", "marines", "commander", "sailor", "fleet", "regiment", "battalion", "brigade", "infantry", "special forces", "military base", "military exercise", "conscription", "veteran", "Royal Navy", "RAF", "servicemen", "servicewomen", "warship", "aircraft carrier"],
    medium: ["marine", "forces", "personnel", "deployment", "deployed", "deploy", "ranks", "officer"], weak: ["base", "general"] },
  { qcode: "medtop:20000602", // military weaponry and equipment
    strong: ["weapon", "weaponry", "arms export", "arms sale", "arms transfer", "arms embargo", "munitions", "ammunition", "artillery", "artillery shell", "missile", "missile defence", "missile defense", "air defence", "air defense", "air defence system", "air defense system", "interceptor", "rocket launcher", "fighter jet", "fighter aircraft", "warplane", "bomber", "drone strike", "military drone", "submarine", "frigate", "destroyer", "howitzer", "cruise missile", "ballistic missile", "warhead", "nuclear weapon", "nuclear warhead", "weapons of mass destruction", "lethal aid", "military aid", "military equipment", "defence equipment", "defense equipment", "defence production", "defense production", "arsenal", "F-35", "F-16", "Patriot", "Patriot missile", "HIMARS", "armoured vehicle", "armored vehicle", "rifle", "grenade"],
    medium: ["arms", "tank", "shell", "jet", "drone", "rocket", "firepower", "lethal", "stockpile", "ordnance"] },
  { qcode: "medtop:20000605", strong: ["espionage", "spy", "spying", "intelligence agency", "intelligence service", "MI5", "MI6", "CIA", "KGB", "FSB", "Mossad", "GCHQ", "NSA", "intelligence officer", "intelligence report"], medium: ["intelligence"] },
  { qcode: "medtop:20000648", strong: ["political prisoner", "dissident", "dissent", "opposition activist", "jailed activist", "human rights activist"] },
  { qcode: "medtop:20000646", strong: ["NGO", "non-governmental", "charity", "charities", "Amnesty International", "Human Rights Watch", "Oxfam", "Save the Children", "campaign group"] },

  // ── 12 religion ───────────────────────────────────────────────────────────────────────
  { qcode: "medtop:12000000", strong: ["religion", "religious", "church", "mosque", "synagogue", "temple", "faith", "worship", "clergy", "priest", "imam", "rabbi", "bishop", "archbishop", "pope", "Vatican", "Christian", "Christianity", "Muslim", "Islam", "Islamic", "Jewish", "Judaism", "Hindu", "Buddhist", "Sikh", "Catholic", "Protestant", "Anglican", "Church of England", "cardinal", "theology", "sermon", "pilgrimage", "Ramadan", "Easter", "Christmas mass", "Bible", "Koran", "Quran", "atheist", "secular", "blasphemy"], medium: ["God", "spiritual", "prayer", "pray", "sacred", "holy"] },

  // ── 13 science and technology ───────────────────────────────────────────────────────────
  { qcode: "medtop:13000000", strong: ["science", "scientific", "scientist", "laboratory", "lab", "experiment", "peer-reviewed", "journal Nature", "journal Science"], medium: ["research", "researcher", "study", "discovery", "discover", "discovered", "findings", "professor", "breakthrough"] },
  { qcode: "medtop:20000756", // technology and engineering
    strong: ["technology", "technological", "tech", "hi-tech", "high-tech", "high tech", "engineer", "engineering", "innovation", "gadget", "device", "prototype", "robot", "robotics", "nanotechnology", "3D printing", "Consumer Electronics Show", "CES"],
    medium: ["innovative", "electronic", "electronics", "invention", "inventor", "technical", "tech firm", "technology firm", "technology company", "tech giant", "hardware"],
    weak: ["design", "system", "feature", "version", "launch", "developed", "user"] },
  { qcode: "medtop:20000763", // information technology and computer science
    strong: ["computer", "computing", "PC", "laptop", "desktop", "notebook computer", "software", "hardware", "internet", "web", "website", "web site", "webpage", "web page", "broadband", "dial-up", "wi-fi", "wifi", "wireless", "Bluetooth", "e-mail", "email", "spam", "spammer", "malware", "spyware", "adware", "computer virus", "trojan", "hacker", "hacking", "cyber", "cyber attack", "cyber-attack", "cybersecurity", "cyber security", "firewall", "phishing", "password", "encryption", "server", "data centre", "data center", "database", "browser", "web browser", "Firefox", "Internet Explorer", "search engine", "Google", "Yahoo", "Microsoft", "Apple", "Intel", "IBM", "AMD", "Linux", "Windows", "operating system", "open source", "open-source", "programmer", "programming", "coder", "source code", "app", "mobile phone", "smartphone", "handset", "cellphone", "cell phone", "text message", "texting", "SMS", "3G", "4G", "5G", "iPod", "iPhone", "iPad", "MP3", "MP3 player", "digital music", "music download", "download", "downloading", "file-sharing", "file sharing", "peer-to-peer", "P2P", "BitTorrent", "blog", "blogger", "blogging", "podcast", "podcasting", "digital camera", "camera phone", "microchip", "processor", "semiconductor", "silicon", "Silicon Valley", "gigabyte", "megabyte", "terabyte", "bandwidth", "VoIP", "net phone", "instant messaging", "chatroom", "e-commerce", "ebay", "eBay", "Amazon", "Skype", "Wikipedia", "cyberspace", "ISP", "internet service provider", "domain name", "URL", "HDTV", "high-definition", "set-top box", "TiVo", "digital TV", "digital television", "personal video recorder", "PVR", "DVD recorder", "flat screen", "Sony PSP", "Nokia", "Motorola", "BlackBerry", "Samsung", "Vodafone", "gadget",
      "video game", "videogame", "computer game", "games console", "gamer", "gaming", "PlayStation", "PS2", "Xbox", "Nintendo", "Game Boy", "PSP", "handheld", "game developer", "game publisher", "gameplay", "multiplayer", "online gaming", "first-person shooter", "graphics", "graphics card"],
    medium: ["virus", "worm", "tablet", "console", "net", "the net", "online", "mobile", "phone", "digital", "chip", "code", "application", "user", "network", "data", "screen", "storage", "keyboard", "display", "file", "upgrade", "update", "bug", "patch", "security flaw", "vulnerability", "memory", "machine", "player", "connection", "connected", "subscriber", "electronic", "virtual", "interactive", "video", "camera"] },
  { qcode: "medtop:20001298", strong: ["artificial intelligence", "AI", "machine learning", "neural network", "chatbot", "deep learning", "algorithm"] },
  { qcode: "medtop:20000739", strong: ["space exploration", "Nasa", "NASA", "European Space Agency", "ESA", "spacecraft", "space probe", "space station", "astronaut", "cosmonaut", "space shuttle", "Mars", "moon landing", "lunar", "orbit", "orbiting", "launch pad", "satellite"] },
  { qcode: "medtop:20000718", strong: ["astronomy", "astronomer", "telescope", "galaxy", "planet", "star formation", "comet", "asteroid", "black hole", "solar system"] },
  { qcode: "medtop:20000719", strong: ["biology", "biologist", "evolution", "organism", "cell", "species"], medium: ["animal", "bird", "insect", "fish"] },
  { qcode: "medtop:20000721", strong: ["genetic", "genetics", "gene", "DNA", "genome", "stem cell", "cloning", "cloned"] },
  { qcode: "medtop:20000731", strong: ["physics", "physicist", "particle", "quantum", "Cern", "CERN", "atom", "laser"] },
  { qcode: "medtop:20000725", strong: ["chemistry", "chemist", "molecule", "chemical compound"] },
  { qcode: "medtop:20000727", strong: ["geology", "geologist", "fossil"] },
  { qcode: "medtop:20000744", strong: ["archaeology", "archaeologist", "excavation", "ancient remains"] },
  { qcode: "medtop:20000737", strong: ["medical research", "clinical research", "medical journal", "The Lancet", "British Medical Journal"] },

  // ── 14 society ───────────────────────────────────────────────────────────────────────
  { qcode: "medtop:20000802", strong: ["poverty", "homelessness", "rough sleeper", "child poverty", "social exclusion", "binge drinking", "antisocial behaviour", "anti-social behaviour"] },
  { qcode: "medtop:20000775", strong: ["discrimination", "racism", "racist", "sexism", "homophobia", "prejudice", "equal rights", "hate crime"] },
  { qcode: "medtop:20000587", strong: ["human rights", "civil rights", "freedom of speech", "free speech", "civil liberties", "press freedom"] },
  { qcode: "medtop:20000780", medium: ["family", "families", "parent"], strong: ["parenting", "childcare", "marriage", "divorce", "gay marriage", "same-sex marriage", "civil partnership"] },
  { qcode: "medtop:20000817", strong: ["welfare", "social services", "social worker", "benefit claimant", "food bank"] },
  { qcode: "medtop:20000771", strong: ["migrant worker", "immigrant community"] },
  { qcode: "medtop:20000770", strong: ["census", "population growth", "birth rate", "demographic", "ageing population"] },

  // ── 15 sport ─────────────────────────────────────────────────────────────────────────
  { qcode: "medtop:15000000", // sport generic
    strong: ["sport", "sporting", "athlete", "sportsman", "sportswoman", "championship", "tournament", "semi-final", "semi-finals", "quarter-final", "quarter-finals", "final whistle", "title race", "title defence", "world champion", "reigning champion", "defending champion", "Commonwealth Games", "World Championships", "European Championships", "home side", "away side", "home win", "away win", "knockout stage", "group stage", "round of 16", "opener", "kick-off", "head coach", "team-mate", "teammate", "team mate", "unbeaten", "winning streak", "underdog", "medal", "gold medal", "silver medal", "bronze medal", "medallist", "personal best", "world number one", "world number", "ranked", "ranking"],
    medium: ["match", "champion", "player", "squad", "coach", "stadium", "league", "cup", "scored", "captain", "fixture", "trophy", "athlete"],
    weak: ["team", "fans", "supporters", "season", "victory", "defeat", "beat", "beaten", "win", "won", "draw", "drew", "score", "scoring", "opponent", "clash", "final", "finals", "title", "injury", "injured", "comeback", "debut", "race", "racing", "game", "games", "competition", "compete", "competing", "manager"] },
  { qcode: "medtop:20001104", strong: ["doping", "drugs test", "drug test", "failed test", "banned substance", "performance-enhancing", "steroid", "THG", "Wada", "WADA", "anti-doping", "nandrolone", "EPO", "missed test", "drugs ban", "positive test"] },
  { qcode: "medtop:20001103", strong: ["suspension", "suspended", "banned for", "disciplinary", "red card", "sent off", "fined by", "misconduct charge"] },
  { qcode: "medtop:20001325", strong: ["referee", "umpire", "linesman", "video referee", "VAR"] },
  { qcode: "medtop:20001148", strong: ["transfer window", "transfer fee", "transfer", "signing", "signed", "loan deal", "free transfer"] },
  { qcode: "medtop:20001323", strong: ["coach", "coaching", "head coach", "manager", "assistant manager"] },
  { qcode: "medtop:20001177", strong: ["Olympic", "Olympics", "Olympic Games", "IOC", "Olympian", "Winter Olympics"] },
  { qcode: "medtop:20001178", strong: ["Paralympic", "Paralympics"] },
  { qcode: "medtop:20001065", // football
    strong: ["football", "soccer", "footballer", "striker", "midfielder", "defender", "goalkeeper", "keeper", "goalscorer", "centre-back", "full-back", "winger", "Premiership", "Premier League", "Championship side", "FA Cup", "League Cup", "Carling Cup", "Champions League", "Uefa Cup", "UEFA", "Uefa", "Fifa", "FIFA", "World Cup", "Euro 2004", "Euro 2008", "Serie A", "La Liga", "Bundesliga", "Ligue 1", "FA", "Football Association", "penalty shoot-out", "free-kick", "free kick", "corner kick", "hat-trick", "own goal", "equaliser", "offside", "clean sheet", "Manchester United", "Man Utd", "Man United", "Manchester City", "Man City", "Arsenal", "Chelsea", "Liverpool", "Everton", "Tottenham", "Spurs", "Newcastle", "Aston Villa", "Celtic", "Rangers", "Real Madrid", "Barcelona", "Juventus", "AC Milan", "Inter Milan", "Bayern Munich", "Porto", "Ajax", "Gunners", "Red Devils", "Old Trafford", "Anfield", "Highbury", "Stamford Bridge"],
    medium: ["goal", "penalty", "Blues", "Reds", "league leaders", "top flight", "relegation", "relegated", "top of the table"] },
  { qcode: "medtop:20001176", // rugby
    strong: ["rugby", "Six Nations", "scrum", "lineout", "line-out", "fly-half", "scrum-half", "number eight", "flanker", "hooker", "lock forward", "conversion", "drop goal", "try line", "try-line", "All Blacks", "Wallabies", "Springboks", "British Lions", "Lions tour", "Heineken Cup", "Tri-Nations", "Twickenham", "Murrayfield", "Lansdowne Road", "Millennium Stadium", "rugby league", "Super League", "Grand Slam decider"],
    medium: ["ruck", "maul", "Lions", "sin-bin", "sin bin"],
    weak: ["try", "tries", "tackle", "Grand Slam"] },
  { qcode: "medtop:20000888", // cricket
    strong: ["cricket", "cricketer", "wicket", "wicketkeeper", "wicket-keeper", "innings", "batsman", "batsmen", "batting", "bowler", "bowling", "bowled", "spinner", "Test match", "Test series", "one-day international", "one-day series", "ODI", "Twenty20", "T20", "Ashes", "ICC", "county cricket", "Lord's", "the Oval", "run out", "lbw", "century", "half-century", "not out", "declared on", "follow-on", "all-rounder", "seamer", "over rate", "Test cricket", "first Test", "second Test", "third Test", "fourth Test", "final Test", "Test side"],
    medium: ["Test", "crease"],
    weak: ["runs", "pitch", "ball"] },
  { qcode: "medtop:20001085", // tennis
    strong: ["tennis", "Wimbledon", "Centre Court", "Australian Open", "US Open", "French Open", "Roland Garros", "Davis Cup", "Fed Cup", "ATP", "WTA", "straight sets", "tie-break", "tiebreak", "grass court", "clay court", "hard court", "second seed", "top seed", "seeded", "unseeded", "break point", "match point", "set point", "double fault", "ace", "baseline", "serve", "volley", "forehand", "backhand", "grand slam title", "Masters Cup", "Wimbledon champion"],
    medium: ["seed", "Grand Slam", "third round", "second round", "first round", "fourth round", "service game"],
    weak: ["Open"] },
  { qcode: "medtop:20000827", // athletics
    strong: ["athletics", "sprinter", "sprint", "100m", "200m", "400m", "800m", "1500m", "5000m", "10,000m", "60m", "hurdles", "hurdler", "long jump", "high jump", "triple jump", "pole vault", "shot put", "javelin", "discus", "decathlon", "heptathlon", "IAAF", "UK Athletics", "indoor season", "world indoor", "European indoor", "cross-country", "cross country", "middle-distance", "steeplechase", "relay team", "Grand Prix meeting", "world record holder"],
    medium: ["runner", "metres"],
    weak: ["track", "race"] },
  { qcode: "medtop:20000988", strong: ["marathon", "half-marathon", "London Marathon"] },
  { qcode: "medtop:20000940", strong: ["golf", "golfer", "PGA", "Ryder Cup", "US Masters", "the Masters", "Open Championship", "birdie", "bogey", "fairway", "putt", "caddie", "European Tour", "tee shot"], weak: ["par"] },
  { qcode: "medtop:20000856", strong: ["boxing", "boxer", "heavyweight", "light-heavyweight", "middleweight", "welterweight", "bout", "knockout", "world title fight", "title fight", "WBC", "WBA", "IBF", "WBO"] },
  { qcode: "medtop:20000991", strong: ["Formula One", "Formula 1", "F1", "Grand Prix", "pole position", "pit stop", "pit lane", "racing driver", "constructors' championship", "McLaren", "Red Bull Racing", "Nascar", "IndyCar", "World Rally"], medium: ["lap", "podium", "qualifying"], weak: ["driver", "circuit", "Ferrari"] },
  { qcode: "medtop:20000892", strong: ["cycling", "cyclist", "Tour de France", "Giro d'Italia", "Vuelta", "peloton", "yellow jersey", "velodrome"] },
  { qcode: "medtop:20000960", strong: ["horse racing", "jockey", "racecourse", "Grand National", "Cheltenham Festival", "Gold Cup", "Derby", "Royal Ascot", "thoroughbred", "racehorse", "odds-on favourite"], medium: ["horse"] },
  { qcode: "medtop:20000851", strong: ["basketball", "NBA", "slam dunk", "point guard", "three-pointer"] },
  { qcode: "medtop:20000849", strong: ["baseball", "MLB", "World Series", "pitcher", "home run", "innings pitched", "Yankees", "Red Sox"] },
  { qcode: "medtop:20000823", strong: ["American football", "NFL", "Super Bowl", "quarterback", "touchdown"] },
  { qcode: "medtop:20000965", strong: ["ice hockey", "NHL", "Stanley Cup", "puck"] },
  { qcode: "medtop:20001071", strong: ["swimming", "swimmer", "freestyle", "butterfly", "breaststroke", "backstroke", "medley", "swimming pool"] },
  { qcode: "medtop:20001063", strong: ["snooker", "century break", "the Crucible", "World Snooker"] },
  { qcode: "medtop:20001056", strong: ["skiing", "skier", "slalom", "downhill", "World Cup skiing"] },
  { qcode: "medtop:20001026", strong: ["rowing", "rower", "Boat Race", "regatta", "coxless"] },
  { qcode: "medtop:20001038", strong: ["sailing", "yachtsman", "yachtswoman", "round-the-world", "America's Cup", "solo voyage", "trimaran", "yacht"] },
  { qcode: "medtop:20000942", strong: ["gymnastics", "gymnast"] },
  { qcode: "medtop:20001157", strong: ["judo", "karate", "taekwondo", "martial arts", "UFC", "mixed martial arts"] },
  { qcode: "medtop:20001098", strong: ["wrestling", "wrestler"] },
  { qcode: "medtop:20000912", strong: ["darts", "PDC", "BDO", "oche"] },
  { qcode: "medtop:20001183", strong: ["esports", "e-sports", "esport"] },
  { qcode: "medtop:20001154", strong: ["chess", "grandmaster", "checkmate"] },

  // ── 16 conflict, war and peace ─────────────────────────────────────────────────────────
  { qcode: "medtop:16000000", strong: ["conflict", "war", "warfare", "wartime", "war-torn"], medium: ["hostilities", "militia", "combatant"] },
  { qcode: "medtop:20000056", // armed conflict
    strong: ["armed conflict", "fighting", "battle", "battlefield", "front line", "frontline", "offensive", "counteroffensive", "counter-offensive", "airstrike", "air strike", "air raid", "shelling", "bombardment", "insurgent", "insurgency", "rebel", "militant", "guerrilla", "combat", "killed in action", "gunbattle", "clashes", "siege", "besieged", "full-scale invasion", "all-out war", "incursion", "annexation", "annexed", "occupied territory", "troop withdrawal", "military operation", "military campaign", "ground offensive", "warring", "war-ravaged", "escalation"],
    medium: ["attack", "fight", "fought", "strike", "bomb", "bombing", "killed", "casualty", "wounded", "retreat", "advance", "enemy", "hostile", "violence", "forces", "shell", "troop"] },
  { qcode: "medtop:20000058", strong: ["invasion", "invade", "invaded", "military intervention", "coalition forces", "coalition troops", "peace enforcement"] },
  { qcode: "medtop:20000060", strong: ["occupation", "occupying forces", "occupied"] },
  { qcode: "medtop:20000062", strong: ["war", "world war", "World War II", "Second World War", "First World War", "war on", "wartime", "warring parties"] },
  { qcode: "medtop:20000063", strong: ["civil war"] },
  { qcode: "medtop:20000053", strong: ["terrorist", "terrorism", "terror attack", "terrorist attack", "suicide bomber", "suicide bombing", "al-Qaeda", "al Qaeda", "Islamic State", "jihadist", "extremist", "car bomb", "Taliban", "Hamas", "Hezbollah"], medium: ["terror", "extremism", "radicalisation"] },
  { qcode: "medtop:20000065", strong: ["civil unrest", "unrest", "protester", "protestor", "demonstrator", "riot", "rioting", "riot police", "tear gas", "uprising", "crackdown", "curfew"], medium: ["protest", "demonstration", "march", "rally"] },
  { qcode: "medtop:20000070", strong: ["coup", "coup d'etat", "military junta", "junta", "putsch", "overthrow", "overthrown"] },
  { qcode: "medtop:20000071", strong: ["massacre", "mass killing", "atrocity", "atrocities", "ethnic cleansing", "mass grave"] },
  { qcode: "medtop:20000073", strong: ["peace process", "peace talks", "peace deal", "peace plan", "peace agreement", "peace treaty", "ceasefire", "cease-fire", "truce", "armistice", "peacekeeper", "peacekeeping", "peace envoy", "disarmament", "decommissioning", "demilitarised", "de-escalation", "reconciliation"], medium: ["peace"] },
  { qcode: "medtop:20000077", strong: ["post-war reconstruction", "reconstruction", "rebuild", "rebuilding", "landmine", "demining", "mine clearance", "unexploded"] },
  { qcode: "medtop:20001361", strong: ["cyber warfare", "cyberwarfare", "cyberwar", "state-sponsored hacker"] },
  { qcode: "medtop:20001377", strong: ["war victim", "civilian casualties", "civilian death", "prisoner of war", "prisoners of war", "POW", "missing in action", "war dead", "war refugee"] },

  // ── 17 weather ──────────────────────────────────────────────────────────────────────────
  { qcode: "medtop:20001128", strong: ["weather forecast", "forecaster", "Met Office", "meteorologist", "weather service"] },
  { qcode: "medtop:20001129", strong: ["weather", "heatwave", "heat wave", "cold snap", "blizzard", "snowfall", "rainfall", "heavy rain", "thunderstorm", "gale", "frost", "sleet", "hailstorm", "temperatures", "monsoon", "El Nino", "storm"], medium: ["snow", "rain", "wind", "sunshine", "freezing", "ice", "fog", "cold"] },
  { qcode: "medtop:20001131", strong: ["weather warning", "flood warning", "severe weather warning", "storm warning", "amber warning", "red warning"] },
];

/** Subjects whose news is often government policy, and the IPTC policy concept for each (all under
 * politics and government > government policy). Used by classify-topics' policy rule: a health story
 * full of ministers, targets and votes is about healthcare policy. */
export const POLICY_TOPICS: Readonly<Record<string, string>> = {
  "medtop:07000000": "medtop:20000479", // health -> healthcare policy
  "medtop:05000000": "medtop:20001338", // education -> education policy
  "medtop:06000000": "medtop:20000423", // environment -> environmental policy
  "medtop:14000000": "medtop:20000630", // society -> pension and welfare policy
};
