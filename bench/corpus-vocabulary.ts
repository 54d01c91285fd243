// Names and phrases the synthetic corpus is made of: real countries, people, organizations and
// outlets, so the extractors do their real work (gazetteer hits, person names, dates).

export const COUNTRIES = [
  "Japan", "United States", "China", "Germany", "France", "United Kingdom", "India", "Brazil", "Canada", "Australia",
  "South Korea", "Mexico", "Indonesia", "Turkey", "Saudi Arabia", "Argentina", "South Africa", "Italy", "Spain", "Poland",
  "Ukraine", "Russia", "Nigeria", "Egypt", "Kenya", "Vietnam", "Philippines", "Thailand", "Sweden", "Norway",
  "Netherlands", "Belgium", "Chile", "Colombia", "Peru", "Pakistan", "Bangladesh", "Iran", "Israel", "Qatar",
];

export const CITIES = [
  "Tokyo", "Washington", "Beijing", "Berlin", "Paris", "London", "New Delhi", "Brasilia", "Ottawa", "Canberra",
  "Seoul", "Mexico City", "Jakarta", "Ankara", "Riyadh", "Buenos Aires", "Pretoria", "Rome", "Madrid", "Warsaw",
  "Kyiv", "Moscow", "Abuja", "Cairo", "Nairobi", "Hanoi", "Manila", "Bangkok", "Stockholm", "Oslo",
];

export const PEOPLE = [
  "Fumio Kishida", "Joe Biden", "Xi Jinping", "Olaf Scholz", "Emmanuel Macron", "Rishi Sunak", "Narendra Modi",
  "Luiz Inacio Lula da Silva", "Justin Trudeau", "Anthony Albanese", "Yoon Suk Yeol", "Andres Manuel Lopez Obrador",
  "Joko Widodo", "Recep Tayyip Erdogan", "Cyril Ramaphosa", "Giorgia Meloni", "Pedro Sanchez", "Donald Tusk",
  "Volodymyr Zelensky", "Antonio Guterres", "Ursula von der Leyen", "Jens Stoltenberg", "Kristalina Georgieva",
  "Christine Lagarde", "Jerome Powell", "Janet Yellen", "Antony Blinken", "Lloyd Austin", "Yoko Kamikawa",
  "Annalena Baerbock", "Mark Rutte", "Ulf Kristersson", "Bola Tinubu", "William Ruto", "Abdel Fattah el-Sisi",
];

export const ORGANIZATIONS = [
  "United Nations", "NATO", "European Union", "World Bank", "International Monetary Fund", "World Health Organization",
  "World Trade Organization", "Group of Seven", "Association of Southeast Asian Nations", "African Union",
  "Toyota", "Mitsubishi Heavy Industries", "Siemens", "Airbus", "Boeing", "Samsung Electronics", "Reuters",
  "European Central Bank", "Federal Reserve", "Bank of Japan", "Red Cross", "Amnesty International",
];

export const OUTLETS = [
  "The Yomiuri Shimbun", "Kyodo News", "Reuters", "Associated Press", "Agence France-Presse", "BBC News",
  "The Guardian", "Deutsche Welle", "Al Jazeera", "The Japan Times", "NHK World", "The Hindu",
];

/** Story kinds: a headline, the section tag and sentence templates with {A} {B} {P} {Q} {O} {C} {D} {N} slots. */
export interface StoryKind {
  section: string;
  headline: string;
  sentences: string[];
}

export const STORY_KINDS: StoryKind[] = [
  {
    section: "politics",
    headline: "{P} and {Q} agree to deepen cooperation at {C} summit",
    sentences: [
      "{P} met {Q} in {C} on {D}, where the two leaders agreed to deepen cooperation between {A} and {B}.",
      "Officials from {A} said the summit would focus on security, trade and supply chains.",
      "According to {O}, the leaders also discussed the situation in {B} and the wider region.",
      "The talks followed months of preparation by diplomats from both countries since last December.",
      "{Q} told reporters that the partnership between {A} and {B} had never been stronger.",
      "Critics in {A} questioned whether the agreement would survive the next election.",
      "A joint statement released after the meeting committed both governments to annual talks.",
      "{P} is expected to travel to {B} again before the end of the year.",
    ],
  },
  {
    section: "economy",
    headline: "{O} warns of slower growth as {A} exports fall",
    sentences: [
      "The {O} said on {D} that growth in {A} would slow to {N} percent this year.",
      "Exports from {A} to {B} fell for the third month in a row, official data showed.",
      "{P} said the government was ready to support businesses hit by weaker demand.",
      "Economists expect the central bank to keep interest rates unchanged at its next meeting.",
      "Manufacturers in {C} reported lower orders in March and April.",
      "The report from {O} also pointed to rising energy prices and tighter credit.",
      "{Q} urged trading partners to avoid new tariffs that could deepen the slowdown.",
      "Markets in {C} fell slightly after the announcement before recovering later in the day.",
    ],
  },
  {
    section: "disaster",
    headline: "Earthquake of magnitude {N} strikes near {C}, {A}",
    sentences: [
      "An earthquake of magnitude {N} struck near {C} in {A} on {D}, officials said.",
      "Rescue teams searched collapsed buildings through the night as aftershocks continued.",
      "{P} said the government had sent soldiers and medical teams to the worst-hit areas.",
      "The {O} said it was ready to send aid and had contacted authorities in {A}.",
      "Residents described the shaking as the strongest they had felt in decades.",
      "Power and water supplies were cut in several districts around {C}.",
      "Neighbouring {B} offered help, and {Q} spoke with {P} by phone.",
      "Schools in the region will remain closed until the end of the week.",
    ],
  },
  {
    section: "sport",
    headline: "{A} beat {B} to reach the final in {C}",
    sentences: [
      "{A} beat {B} {N}-1 on {D} to reach the final of the tournament in {C}.",
      "The winning goal came in the second half after a long spell of pressure.",
      "Coaches from {B} said their team had been unlucky with injuries this season.",
      "Fans filled the stadium in {C} and celebrated late into the night.",
      "{P} congratulated the players in a message shortly after the match.",
      "The final will be played next Sunday against the winner of the other semi-final.",
      "Organisers said ticket sales for the tournament had broken previous records.",
      "Television audiences in {A} were the largest for a sporting event since last year.",
    ],
  },
  {
    section: "technology",
    headline: "{O} unveils plans for new factory in {C}",
    sentences: [
      "{O} announced on {D} that it would build a new factory near {C} in {A}.",
      "The investment is worth about {N} billion dollars and will create thousands of jobs.",
      "{P} welcomed the decision and said it showed confidence in the economy of {A}.",
      "Production is expected to start in two years, the company said in a statement.",
      "Analysts said the move was part of a wider shift of supply chains away from {B}.",
      "Unions in {A} asked for guarantees on wages and working conditions at the plant.",
      "The company reported record profits in its last financial year.",
      "{Q} said the government would offer tax incentives for research in the sector.",
    ],
  },
];

/** Filler sentences, so articles reach 300–800 words the way background paragraphs do. */
export const BACKGROUND = [
  "The decision comes at a time of uncertainty for many households across the region.",
  "Observers noted that similar plans had been announced before without much result.",
  "Further details are expected to be published in the coming weeks.",
  "Opposition parties called for a debate in parliament on the issue.",
  "The ministry did not respond to a request for comment on Tuesday.",
  "Local media reported that the preparations had taken several months.",
  "Public opinion remains divided, according to recent surveys.",
  "Experts said the long-term effects would depend on how the measures are carried out.",
  "The announcement was welcomed by business groups but criticised by environmental campaigners.",
  "Officials declined to say how much the measures would cost.",
  "Similar steps have been taken by other governments in recent years.",
  "The issue is likely to feature in talks between ministers later this month.",
];
