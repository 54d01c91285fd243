import { describe, expect, it } from "vitest";
import { classifyTopics } from "../../../src/extract/topics/classify-topics.js";
import { topLevelOf } from "../../../src/extract/topics/iptc-vocabulary.js";

// Short texts written for these tests (not taken from any data set).
const TEXTS = {
  football: {
    title: "Late penalty sends United top of the table",
    body:
      "A stoppage-time penalty from the striker gave United a 2-1 win at home. The goalkeeper saved twice before " +
      "the break, and the manager praised his squad after the match. The Premier League leaders now face a cup tie " +
      "on Saturday.",
  },
  cricket: {
    title: "Spinner takes five wickets as England level the Test series",
    body:
      "The spinner finished with five wickets and the batsmen chased 210 with an innings to spare. The captain " +
      "said the pitch turned from the first over of the fourth day.",
  },
  tennis: {
    title: "Top seed through at Wimbledon",
    body:
      "The top seed needed only 80 minutes to win in straight sets on Centre Court, serving 12 aces and saving the " +
      "only break point she faced.",
  },
  film: {
    title: "A slow, beautiful film about grief",
    body:
      "The director's third film stars a veteran actress as a widow who returns to her childhood village. The " +
      "screenplay is spare and the cast is superb; the movie deserves its Oscar nomination.",
  },
  music: {
    title: "Band's comeback album tops the chart",
    body:
      "The rock band's first album in ten years went straight to number one. The singer said the songs were " +
      "written on tour, and a world tour of concerts begins in May.",
  },
  television: {
    title: "Sitcom returns for a final series",
    body:
      "The sitcom drew six million viewers for the first episode of its last series on the channel, and the " +
      "presenter of the spin-off chat show said the cast had been told months ago.",
  },
  earnings: {
    title: "Carmaker profits jump on strong sales",
    body:
      "The company reported a quarterly profit of $2bn, up 40% on a year earlier, as revenue rose on strong sales " +
      "in Asia. Shares rose 5% and the chief executive raised the full-year forecast.",
  },
  markets: {
    title: "Shares fall as interest rate fears grow",
    body:
      "Stock markets fell sharply on Tuesday as investors worried that the central bank would raise interest rates " +
      "again to curb inflation. The dollar rose against the euro.",
  },
  election: {
    title: "Opposition leader launches election campaign",
    body:
      "The opposition leader promised tax cuts and more nurses as she launched her party's manifesto. Voters go to " +
      "the polls in four weeks; opinion polls show the governing party ahead in marginal seats. MPs spent the day " +
      "campaigning in their constituencies.",
  },
  software: {
    title: "Flaw in web browser lets hackers take over computers",
    body:
      "Security researchers found a flaw in the browser software that lets hackers run code on a user's computer. " +
      "The company released a patch and urged users to update; the virus has spread by e-mail.",
  },
  war: {
    title: "Troops push back rebel offensive",
    body:
      "Government troops repelled a rebel offensive near the border after three days of fighting. Artillery " +
      "shelling killed at least 20 soldiers, and the army said its air force had struck insurgent positions. Talks " +
      "on a ceasefire have stalled.",
  },
  crime: {
    title: "Man jailed for bank robbery",
    body:
      "A man who robbed three banks with a replica gun was jailed for eight years at the crown court. The judge " +
      "said the robbery terrified staff; police arrested him after a tip-off.",
  },
  earthquake: {
    title: "Strong earthquake shakes coastal towns",
    body:
      "A magnitude 6.8 earthquake struck off the coast, collapsing homes and triggering landslides. Rescue workers " +
      "searched for survivors as the death toll rose to 40.",
  },
  health: {
    title: "Flu cases rise as hospitals stretched",
    body:
      "Hospitals reported a sharp rise in patients with flu this week. Doctors urged older people to get the " +
      "vaccine, and the health service said intensive care beds were nearly full.",
  },
  science: {
    title: "Telescope spots water on distant planet",
    body:
      "Astronomers using a space telescope found water vapour in the atmosphere of a planet orbiting a nearby " +
      "star. The scientists published their findings in a journal.",
  },
} as const;

type Key = keyof typeof TEXTS;

function subjectOf(key: Key): string {
  const topics = classifyTopics(TEXTS[key]);
  const best = topics[0];
  return best ? topLevelOf(best.iptc).label : "none";
}

function qcodes(key: Key): string[] {
  return classifyTopics(TEXTS[key]).map((t) => t.iptc);
}

describe("classifyTopics: best subject", () => {
  it.each<[Key, string]>([
    ["football", "sport"],
    ["cricket", "sport"],
    ["tennis", "sport"],
    ["film", "arts, culture, entertainment and media"],
    ["music", "arts, culture, entertainment and media"],
    ["television", "arts, culture, entertainment and media"],
    ["earnings", "economy, business and finance"],
    ["markets", "economy, business and finance"],
    ["election", "politics and government"],
    ["software", "science and technology"],
    ["war", "conflict, war and peace"],
    ["crime", "crime, law and justice"],
    ["earthquake", "disaster, accident and emergency incident"],
    ["health", "health"],
    ["science", "science and technology"],
  ])("%s -> %s", (key, subject) => {
    expect(subjectOf(key)).toBe(subject);
  });
});

describe("classifyTopics: best subject is NOT", () => {
  it.each<[Key, string]>([
    ["football", "politics and government"],
    ["cricket", "conflict, war and peace"],
    ["film", "economy, business and finance"],
    ["music", "economy, business and finance"],
    ["earnings", "sport"],
    ["election", "sport"],
    ["software", "crime, law and justice"],
    ["war", "sport"],
    ["crime", "economy, business and finance"],
    ["tennis", "crime, law and justice"],
    ["television", "science and technology"],
    ["health", "science and technology"],
  ])("%s is not %s", (key, subject) => {
    expect(subjectOf(key)).not.toBe(subject);
  });
});

describe("classifyTopics: specific topics", () => {
  it.each<[Key, string, string]>([
    ["football", "medtop:20001065", "football"],
    ["cricket", "medtop:20000888", "cricket"],
    ["tennis", "medtop:20001085", "tennis"],
    ["film", "medtop:20000005", "cinema"],
    ["music", "medtop:20000018", "music"],
    ["television", "medtop:20000051", "television"],
    ["earnings", "medtop:20000178", "corporate earnings"],
    ["election", "medtop:20000574", "election"],
    ["software", "medtop:20000763", "information technology and computer science"],
    ["war", "medtop:20000056", "armed conflict"],
    ["earthquake", "medtop:20000151", "natural disaster"],
  ])("%s includes %s (%s)", (key, qcode) => {
    expect(qcodes(key)).toContain(qcode);
  });

  it.each<[Key, string]>([
    ["football", "medtop:20000888"],
    ["cricket", "medtop:20001065"],
    ["tennis", "medtop:20001065"],
    ["film", "medtop:20000018"],
    ["earnings", "medtop:20000574"],
  ])("%s does not include %s", (key, qcode) => {
    expect(qcodes(key)).not.toContain(qcode);
  });

  it("gives ids, labels and scores in 0..1, best first, best subject first", () => {
    const topics = classifyTopics(TEXTS.football);
    expect(topics[0]).toMatchObject({ id: "sport", label: "sport", iptc: "medtop:15000000" });
    expect(topics.find((t) => t.iptc === "medtop:20001065")?.id).toBe("football");
    for (let i = 0; i < topics.length; i++) {
      expect(topics[i]!.score).toBeGreaterThan(0);
      expect(topics[i]!.score).toBeLessThanOrEqual(1);
      if (i > 0) expect(topics[i]!.score).toBeLessThanOrEqual(topics[i - 1]!.score);
    }
  });
});

describe("classifyTopics: declared topics and tags", () => {
  it("puts declared topics (labels or qcodes) first with score 1", () => {
    const topics = classifyTopics({
      ...TEXTS.football,
      declared: ["Conflict, war and peace", "medtop:20000640", "not a topic"],
    });
    expect(topics.slice(0, 2).map((t) => [t.iptc, t.score])).toEqual([
      ["medtop:16000000", 1],
      ["medtop:20000640", 1],
    ]);
    expect(topics.filter((t) => t.iptc === "medtop:16000000")).toHaveLength(1);
    expect(topics.some((t) => t.iptc === "medtop:20001065")).toBe(true);
  });

  it("counts a tag naming a concept as strong evidence", () => {
    const text = {
      title: "A busy weekend",
      body: "The club announced its plans on Saturday and the new season starts soon.",
    };
    expect(classifyTopics({ ...text, tags: ["cricket"] })[0]?.iptc).toBe("medtop:15000000");
    expect(classifyTopics({ ...text, tags: ["cricket"] }).map((t) => t.iptc)).toContain("medtop:20000888");
    expect(classifyTopics({ ...text, tags: ["opera"] }).map((t) => t.iptc)).toContain("medtop:20000028");
  });

  it("returns nothing for text with no topical words", () => {
    expect(classifyTopics({ title: "Hello", body: "This is a short note about nothing in particular." })).toEqual([]);
  });

  it("matches case-sensitive terms only when capitalised: the Labour party is politics, labour is not", () => {
    const party = classifyTopics({ title: "Labour picks new leader", body: "Labour members voted for a new leader." });
    expect(party.map((t) => t.iptc)).toContain("medtop:20001384");
    const work = classifyTopics({ title: "Cheap labour", body: "The farm relied on cheap labour from the village." });
    expect(work.map((t) => t.iptc)).not.toContain("medtop:20001384");
  });
});

describe("classifyTopics: policy rule", () => {
  it("files a health story led by ministers and a vote under healthcare policy", () => {
    const topics = classifyTopics({
      title: "Ministers cut hospital waiting time target",
      body:
        "The health secretary told MPs the government would change the hospital waiting list target. Opposition " +
        "party leaders said ministers had broken an election pledge, and a Commons vote is expected. Doctors and " +
        "nurses said patients would wait longer.",
    });
    expect(topLevelOf(topics[0]!.iptc).qcode).toBe("medtop:11000000");
    expect(topics.map((t) => t.iptc)).toContain("medtop:20000479");
  });

  it("leaves a clinical health story under health", () => {
    expect(subjectOf("health")).toBe("health");
    expect(qcodes("health")).not.toContain("medtop:20000479");
  });
});
