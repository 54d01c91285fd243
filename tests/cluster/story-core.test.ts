import { describe, expect, it } from "vitest";
import { clusterStories } from "../../src/cluster/cluster-stories.js";
import type { ExtractedArticle, PublishedDate } from "../../src/types.js";
import { fixtureArticle, type FixtureInput } from "./article-fixtures.js";

// Pasted text: no date anywhere.
const UNDATED: PublishedDate = { date: "", precision: "year", source: "unknown", evidence: "no date" };

// What every article of the campaign retells below its lead: the same parties, the same background.
const CAMPAIGN_BACKGROUND =
  "Anna Berg leads the Norland Unity Party into the general election against Premier Olaf Strand. " +
  "The Unity Party has trailed the Harbour Alliance in every poll since the spring, and Berg has promised lower " +
  "taxes, more nurses and a new rail link to Valdora. Strand's Harbour Alliance says her plans cost too much.";

const campaignParties = [
  { id: "anna-berg", name: "Anna Berg", kind: "person" as const, salience: 0.9 },
  { id: "norland-unity-party", name: "Norland Unity Party", kind: "organization" as const, salience: 0.7 },
  { id: "olaf-strand", name: "Olaf Strand", kind: "person" as const, salience: 0.5 },
  { id: "harbour-alliance", name: "Harbour Alliance", kind: "organization" as const, salience: 0.4 },
];

// Five different events of one campaign, days or weeks apart: each leads with its own happening.
const CAMPAIGN: [string, string, string][] = [
  [
    "campaign-manifesto",
    "Berg unveils manifesto with pledge on nurses",
    "Anna Berg unveiled a manifesto promising to hire 5,000 nurses and to freeze fuel duty for two years. " +
      "She said the pledges were fully costed.",
  ],
  [
    "campaign-debate",
    "Berg and Strand clash in fiery television debate",
    "Anna Berg and Olaf Strand traded insults over hospital waiting lists during a heated television debate. " +
      "Viewers called the studio to complain.",
  ],
  [
    "campaign-defection",
    "Alliance deputy defects to Berg's party",
    "A senior Harbour Alliance deputy crossed the floor to join Anna Berg, saying the premier had lost his way. " +
      "He had sat in parliament for twenty years.",
  ],
  [
    "campaign-donor",
    "Shipping magnate gives Unity Party record donation",
    "A shipping magnate handed the Unity Party a record gift of four million crowns, its accounts showed. " +
      "Critics asked what he wanted in return.",
  ],
  [
    "campaign-rally",
    "Thousands cheer Berg at closing rally in Valdora",
    "Thousands of supporters packed a stadium in Valdora to hear Anna Berg's final speech before polling day. " +
      "Fireworks lit the sky as she left.",
  ],
];

// One event, five outlets: each report retells the happening in its first lines, in its own words.
const FERRY: [string, string, string][] = [
  [
    "ferry-a",
    "Ferry capsizes off Norland coast, dozens rescued",
    "A passenger ferry capsized in a storm off the Norland coast, and lifeboats rescued dozens of people from the sea.",
  ],
  [
    "ferry-b",
    "Dozens rescued after ferry capsized in storm",
    "Lifeboat crews rescued dozens of passengers after their ferry capsized in heavy seas near Valdora.",
  ],
  [
    "ferry-c",
    "Storm overturns ferry: passengers plucked from sea",
    "Rescuers plucked passengers from the sea after a ferry capsized in a storm, with four people still missing.",
  ],
  [
    "ferry-d",
    "Four missing as Valdora ferry capsizes",
    "Four people are missing after a ferry carrying 120 passengers capsized in a storm off Valdora.",
  ],
  [
    "ferry-e",
    "Ferry disaster: captain praised as dozens rescued",
    "The captain of the ferry that capsized off Norland was praised for getting dozens of passengers to the lifeboats.",
  ],
];
const FERRY_BACKGROUND =
  "The ferry sails between Valdora and the islands twice a day. The coastguard said the storm had brought waves of " +
  "eight metres, and an inquiry will look at why the ferry left port.";

// Four launches of one product line, months apart: one topic word ("console") in every lead, nothing else.
const CONSOLES: [string, string, string][] = [
  [
    "console-handheld",
    "Nimbus handheld console goes on sale",
    "The Nimbus handheld console went on sale in Norland shops, priced at 199 crowns. Queues formed overnight.",
  ],
  [
    "console-recall",
    "Maker recalls overheating console chargers",
    "Nimbus is recalling chargers bundled with its console after reports of burns. Owners get free swaps.",
  ],
  [
    "console-sales",
    "Nimbus console passes ten million mark",
    "Nimbus said it had shipped ten million of its console worldwide, beating forecasts. Shares jumped.",
  ],
  [
    "console-successor",
    "Nimbus teases successor at trade fair",
    "Nimbus showed a prototype of its next console to developers at a trade fair. Few details were given.",
  ],
];
const CONSOLE_BACKGROUND =
  "Nimbus makes games machines and competes with Orbix and Kato in the market for home and handheld consoles. " +
  "The company was founded in Valdora and employs 9,000 people, most of them in its games studios.";

// Unrelated articles, so the site has words that are not the campaign's or the ferry's.
const OTHERS: [string, string, string][] = [
  ["other-bakery", "Village bakery wins national bread prize", "A village bakery won the national prize for its rye."],
  ["other-zoo", "Zoo welcomes twin panda cubs", "The city zoo said its pandas had twin cubs, both healthy."],
  ["other-bridge", "Old bridge closed for repairs", "The old bridge will close for six months of repairs."],
  ["other-chess", "Teenager wins chess title", "A teenager won the national chess title after a long final."],
];

function article(
  id: string,
  title: string,
  lead: string,
  background: string,
  parties: FixtureInput["entities"] = campaignParties,
) {
  return fixtureArticle({ id, title, body: `${lead} ${background}`, date: UNDATED, entities: parties });
}

function site(): ExtractedArticle[] {
  return [
    ...CAMPAIGN.map(([id, title, lead]) => article(id, title, lead, CAMPAIGN_BACKGROUND)),
    ...FERRY.map(([id, title, lead]) =>
      article(id, title, lead, FERRY_BACKGROUND, [{ id: "valdora", name: "Valdora", kind: "place" }]),
    ),
    ...CONSOLES.map(([id, title, lead]) =>
      article(id, title, lead, CONSOLE_BACKGROUND, [
        { id: "nimbus", name: "Nimbus", kind: "organization", salience: 0.9 },
      ]),
    ),
    ...OTHERS.map(([id, title, lead]) => article(id, title, lead, "", [])),
  ];
}

describe("undated articles join a story only on the words of what happened", () => {
  it("keeps the different events of one campaign apart, though they share parties and background", () => {
    const stories = clusterStories(site());
    const campaign = new Set(CAMPAIGN.map(([id]) => id));
    const largest = Math.max(...stories.map((s) => s.articleIds.filter((id) => campaign.has(id)).length));
    expect(largest).toBeLessThanOrEqual(2);
  });

  it("keeps the different events of one topic apart: one shared word of what happened is a topic, not an event", () => {
    const stories = clusterStories(site());
    const consoles = new Set(CONSOLES.map(([id]) => id));
    const largest = Math.max(...stories.map((s) => s.articleIds.filter((id) => consoles.has(id)).length));
    expect(largest).toBeLessThanOrEqual(2);
  });

  it("leaves out an article that shares an event's background but not its happening", () => {
    // The port's news, with the ferry's background only from its sixth sentence on.
    const newChief = article(
      "port-chief",
      "Valdora port names new harbour master",
      "The port of Valdora named a new harbour master on a three-year contract. She joins from a rail company. " +
        "Her first task is a new quay for cargo. The port handles grain and timber. Its board meets monthly.",
      FERRY_BACKGROUND,
      [{ id: "valdora", name: "Valdora", kind: "place" }],
    );
    const stories = clusterStories([...site(), newChief]);
    const ferry = stories.find((s) => s.articleIds.includes("ferry-a"))!;
    expect([...ferry.articleIds].sort()).toEqual(FERRY.map(([id]) => id).sort());
  });

  it("takes a word that many leads elsewhere use for a topic's word, not an event's", () => {
    // Four different events of one maker, each leading with "handheld console"; two more leads elsewhere use both words.
    const launches = CONSOLES.map(([id, title, lead]) =>
      article(id, title, `The handheld console story: ${lead}`, CONSOLE_BACKGROUND, [
        { id: "nimbus", name: "Nimbus", kind: "organization", salience: 0.9 },
      ]),
    );
    const elsewhere = [
      article(
        "review-kato",
        "Kato's pocket machine reviewed",
        "Our critic tried the new handheld console from Kato.",
        "",
      ),
      article("school-ban", "School bans games at lunch", "A school banned every handheld console from its hall.", ""),
    ];
    const others = site().filter((a) => !a.id.startsWith("console-"));
    const stories = clusterStories([...launches, ...elsewhere, ...others]);
    const consoles = new Set(CONSOLES.map(([id]) => id));
    const largest = Math.max(...stories.map((s) => s.articleIds.filter((id) => consoles.has(id)).length));
    expect(largest).toBeLessThanOrEqual(2);
  });

  it("keeps two events of one campaign apart as a pair too: two undated articles need the words of a happening", () => {
    const pair = CAMPAIGN.slice(0, 2).map(([id, title, lead]) => article(id, title, lead, CAMPAIGN_BACKGROUND));
    const stories = clusterStories([...pair, ...site().filter((a) => !a.id.startsWith("campaign-"))]);
    expect(stories.find((s) => s.articleIds.includes("campaign-manifesto"))!.articleIds).toEqual([
      "campaign-manifesto",
    ]);
  });

  it("keeps an undated pair of near copies together, though no two words of its lead are its own", () => {
    // One short report run twice. "bread" and "prices" also lead other articles, long ones about other things.
    const copies = ["note", "note-copy"].map((id) => article(id, "Bread prices rose", "Bread prices rose.", "", []));
    const elsewhere: [string, string, string][] = [
      [
        "baker",
        "Mayor thanks the town volunteers",
        "A baker made bread for the mayor. Guests queued at the town hall. " +
          "The mayor thanked the volunteers, the band played until dusk and the library opened late for children.",
      ],
      [
        "fuel",
        "Drivers fill up at the pumps",
        "Fuel prices fell at the pumps. Drivers filled their tanks. " +
          "Hauliers said lorry fleets would save on diesel, and airlines hoped kerosene would follow soon.",
      ],
    ];
    const others = elsewhere.map(([id, title, text]) => article(id, title, text, "", []));
    const stories = clusterStories([...site(), ...others, ...copies]);
    expect(stories.find((s) => s.articleIds.includes("note"))!.articleIds.sort()).toEqual(["note", "note-copy"]);
  });

  it("keeps five undated reports of one event together", () => {
    const stories = clusterStories(site());
    const ferry = stories.find((s) => s.articleIds.includes("ferry-a"))!;
    expect([...ferry.articleIds].sort()).toEqual(FERRY.map(([id]) => id).sort());
  });

  it("does not ask dated reports for the words of what happened: dates tell the events apart", () => {
    const dated = CAMPAIGN.map(([id, title, lead], k) =>
      fixtureArticle({
        id,
        title,
        body: `${lead} ${CAMPAIGN_BACKGROUND}`,
        date: `2024-05-0${1 + k}`,
        entities: campaignParties,
      }),
    );
    // Same words, dated within five days: grouped by similarity and dates as before.
    const stories = clusterStories([...dated, ...site().filter((a) => !a.id.startsWith("campaign-"))]);
    const campaign = new Set(CAMPAIGN.map(([id]) => id));
    const largest = Math.max(...stories.map((s) => s.articleIds.filter((id) => campaign.has(id)).length));
    expect(largest).toBeGreaterThan(2);
  });
});
