// A generated subject followed over six weeks (a bank's data breach: discovery, its scale, an
// inquiry, a resignation, a lawsuit, a fine), two reports a week, each week with details of its
// own as real follow-ups have, beside unrelated events.
import type { ExtractedArticle } from "../../src/types.js";
import { fixtureArticle } from "../cluster/article-fixtures.js";

const BANK = { id: "northwind-bank", name: "Northwind Bank", kind: "organization" as const, salience: 0.9 };
const CEO = { id: "helen-marsh", name: "Helen Marsh", kind: "person" as const, salience: 0.6 };
const REGULATOR = {
  id: "financial-conduct-authority",
  name: "Financial Conduct Authority",
  kind: "organization" as const,
  salience: 0.5,
};

/** What happened each week, and the detail two outlets report it with. */
const WEEKS = [
  {
    what: "discovers a breach of its customer records",
    who: [BANK, CEO],
    detail: [
      "Hackers copied names and account numbers from a server in Leeds over a weekend.",
      "Engineers noticed unusual traffic on Sunday night and shut the server down.",
      "Police in West Yorkshire said a cyber crime unit had opened an investigation.",
    ],
  },
  {
    what: "says the breach is far larger than first reported",
    who: [BANK, CEO],
    detail: [
      "The bank now counts 1.2 million customers whose passwords were exposed, up from 40,000.",
      "Forensic investigators found a second compromised server in Manchester.",
      "Shares fell seven percent as analysts questioned the first estimate.",
    ],
  },
  {
    what: "faces an inquiry by the regulator",
    who: [BANK, REGULATOR],
    detail: [
      "The Financial Conduct Authority asked why customers were told nine days late.",
      "Officials will examine the lender's security spending since 2019.",
      "Members of parliament on the treasury committee demanded a hearing.",
    ],
  },
  {
    what: "chief executive resigns",
    who: [BANK, CEO],
    detail: [
      "Helen Marsh stepped down after the board lost confidence in her leadership.",
      "Finance director Omar Patel becomes interim chief until a successor is found.",
      "Her departure package of two million pounds drew criticism from unions.",
    ],
  },
  {
    what: "is sued by customers",
    who: [BANK],
    detail: [
      "A group action filed at the High Court seeks compensation for stolen data.",
      "Lawyers from Carter Reeve represent more than 8,000 claimants so far.",
      "Each claimant could receive up to 2,000 pounds if the case succeeds.",
    ],
  },
  {
    what: "is fined 30 million pounds",
    who: [BANK, REGULATOR],
    detail: [
      "The regulator fined the lender for failing to protect customer records.",
      "It was the largest penalty of its kind, the watchdog said in a statement.",
      "The bank said it accepted the decision and would not appeal.",
    ],
  },
];

const day = (start: string, plusDays: number): string =>
  new Date(Date.parse(start) + plusDays * 86_400_000).toISOString().slice(0, 10);

/** Two reports a week from `start`, `spacing` days apart (a week), each week a new development. */
export function breachChain(start = "2024-03-04", spacing = 7): ExtractedArticle[] {
  return WEEKS.flatMap((week, w) =>
    ["Daily Ledger", "City Wire"].map((outlet, k) =>
      fixtureArticle({
        id: `breach-week-${w + 1}-${k === 0 ? "a" : "b"}`,
        title:
          k === 0
            ? `Northwind Bank ${week.what}`
            : `${week.what.replace(/^./, (c) => c.toUpperCase())}: Northwind Bank`,
        body: [
          `Northwind Bank ${week.what} after the data breach, ${outlet} reported.`,
          ...week.detail,
          k === 0 ? "A spokesman declined to comment further." : "Customers were told to watch their accounts.",
        ].join(" "),
        date: day(start, w * spacing + k),
        outlet,
        entities: week.who,
      }),
    ),
  );
}

/** Unrelated events of the same weeks, two reports each. */
export function unrelatedStories(start = "2024-03-04"): ExtractedArticle[] {
  const events = [
    {
      id: "volcano",
      title: "Volcano erupts near Reykjavik, forcing evacuations",
      body:
        "A volcano erupted on the Reykjanes peninsula near Reykjavik. Lava flowed towards the town of Grindavik " +
        "and residents were evacuated. Iceland's civil protection agency raised its alert level.",
      who: [{ id: "iceland", name: "Iceland", kind: "country" as const, salience: 0.8 }],
    },
    {
      id: "final",
      title: "Rovers win the cup final on penalties",
      body:
        "Rovers beat United on penalties to win the cup final at Wembley. The match ended two each after extra " +
        "time. Rovers' goalkeeper saved two penalties in the shootout.",
      who: [{ id: "rovers", name: "Rovers", kind: "organization" as const, salience: 0.8 }],
    },
    {
      id: "rates",
      title: "Central bank holds interest rates at five percent",
      body:
        "The central bank held its main interest rate at five percent. Inflation fell to three percent in " +
        "February. The governor said cuts could come later in the year.",
      who: [{ id: "central-bank", name: "Central Bank", kind: "organization" as const, salience: 0.8 }],
    },
    {
      id: "strike",
      title: "Rail workers strike over pay for a third day",
      body:
        "Train drivers walked out for a third day in a dispute over pay. Commuters faced cancelled services across " +
        "the north. The union said talks with operators had broken down.",
      who: [{ id: "rail-union", name: "Rail Union", kind: "organization" as const, salience: 0.8 }],
    },
    {
      id: "storm",
      title: "Storm Agnes brings floods to coastal towns",
      body:
        "Storm Agnes brought gusts of ninety miles an hour and flooding to coastal towns. Thousands of homes lost " +
        "power overnight. Forecasters warned of more heavy rain.",
      who: [{ id: "met-office", name: "Met Office", kind: "organization" as const, salience: 0.6 }],
    },
    {
      id: "election",
      title: "Mayor wins second term in city election",
      body:
        "The mayor won a second term with fifty-two percent of the vote. Turnout rose to forty percent. Her rival " +
        "conceded early on Friday morning.",
      who: [{ id: "city-council", name: "City Council", kind: "organization" as const, salience: 0.6 }],
    },
    {
      id: "museum",
      title: "Museum returns bronze sculptures to Nigeria",
      body:
        "The museum returned thirty bronze sculptures taken in the nineteenth century. A delegation from Benin " +
        "City received them at a ceremony. Curators called the return overdue.",
      who: [{ id: "nigeria", name: "Nigeria", kind: "country" as const, salience: 0.8 }],
    },
    {
      id: "vaccine",
      title: "New malaria vaccine approved for children",
      body:
        "Regulators approved a malaria vaccine for children under five. Trials showed it cut severe cases by " +
        "seventy percent. Doses will ship to Ghana and Kenya first.",
      who: [{ id: "ghana", name: "Ghana", kind: "country" as const, salience: 0.6 }],
    },
    {
      id: "merger",
      title: "Carmakers agree to merge electric divisions",
      body:
        "Two carmakers agreed to merge their electric vehicle divisions. The combined unit will build batteries in " +
        "Spain. Regulators in Brussels must approve the deal.",
      who: [{ id: "spain", name: "Spain", kind: "country" as const, salience: 0.5 }],
    },
  ];
  return events.flatMap((e, w) =>
    ["a", "b"].map((k, n) =>
      fixtureArticle({
        id: `${e.id}-${k}`,
        title: n === 0 ? e.title : `${e.title} (update)`,
        body: e.body,
        date: day(start, w * 5 + n),
        outlet: n === 0 ? "Daily Ledger" : "City Wire",
        entities: e.who,
      }),
    ),
  );
}
