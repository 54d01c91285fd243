// Content words, and the body term counts the cluster and digest stages share within a build.
import { describe, expect, it } from "vitest";
import { clusterStories } from "../../src/cluster/cluster-stories.js";
import { BodyTerms } from "../../src/cluster/body-terms.js";
import { contentTerms, countSentenceTerms, lowerCaseTerms } from "../../src/cluster/content-terms.js";
import { buildSiteData } from "../../src/digest/build-site-data.js";
import { extractFiles, sampleArticles } from "./article-fixtures.js";

const REPORT = { filesFound: 0, articlesBuilt: 0, rejected: [], ignored: [], diagnostics: [] };

describe("contentTerms", () => {
  it("lower-cases, folds plurals and possessives, and drops stopwords and one-letter words", () => {
    expect(contentTerms("The Missiles of Japan's navy: a test, and missile tests.")).toEqual([
      "missile",
      "japan",
      "navy",
      "test",
      "missile",
      "test",
    ]);
  });
});

/** An article's counts as [term, count] pairs, in their order. */
function entries(terms: BodyTerms, article: { sentences: readonly string[]; sentenceTerms?: string }) {
  const { ids, counts } = terms.countsOf(article);
  return Array.from(ids, (id, k) => [terms.term(id), counts[k]!] as const);
}

/** The sample articles and a report of another event: two stories to group and digest. */
const twoEvents = () => [
  ...sampleArticles(),
  ...extractFiles({
    "other.md":
      "---\ntitle: Floods in Valencia\ndate: 2024-10-30\n---\n\nFloods hit Valencia on Tuesday. Rescuers searched for survivors.\n",
  }),
];

describe("BodyTerms", () => {
  it("counts an article's sentences once, however often asked", () => {
    const [article] = sampleArticles();
    const terms = new BodyTerms();
    const counts = terms.countsOf(article!);
    expect(terms.countsOf(article!)).toBe(counts);
    expect(new Map(entries(terms, article!)).get("missile")).toBeGreaterThan(0);
    // The same as counting the sentences' words directly, in the order they first occur.
    const direct = new Map<string, number>();
    for (const term of contentTerms(article!.sentences.join("\n"))) direct.set(term, (direct.get(term) ?? 0) + 1);
    expect(entries(terms, article!)).toEqual([...direct]);
  });

  it("numbers each term once, as first seen, over all the articles", () => {
    const terms = new BodyTerms();
    const a = terms.countsOf({ sentences: ["Floods hit Valencia."], sentenceTerms: "flood 1 hit 1 valencia 1" });
    const b = terms.countsOf({ sentences: ["Valencia floods again."], sentenceTerms: "valencia 1 flood 1 again 1" });
    expect([...a.ids]).toEqual([0, 1, 2]);
    expect([...b.ids]).toEqual([2, 0, 3]);
    expect(terms.size).toBe(4);
    expect(terms.term(3)).toBe("again");
    expect(terms.idIfKnown("valencia")).toBe(2);
    expect(terms.idIfKnown("rescue")).toBeUndefined();
    expect(terms.tally(["rescue", "flood", "rescue"])).toEqual({
      ids: Int32Array.from([4, 0]),
      counts: Int32Array.from([2, 1]),
    });
  });

  it("reads the counts extraction stored with the article, in the order it counted them, instead of counting again", () => {
    const [article] = sampleArticles();
    // Extraction stored them: the same counts, key for key and in the same order, as counting the sentences now.
    expect(article!.sentenceTerms).toBe(countSentenceTerms(article!.sentences));
    const counted = entries(new BodyTerms(), { sentences: article!.sentences });
    expect(entries(new BodyTerms(), article!)).toEqual(counted);
    // What is stored is what is used: the sentences are not tokenised again.
    expect(
      entries(new BodyTerms(), { sentences: ["Floods hit Valencia."], sentenceTerms: "missile 2 test 1" }),
    ).toEqual([
      ["missile", 2],
      ["test", 1],
    ]);
    expect(new BodyTerms().countsOf({ sentences: [], sentenceTerms: "" }).ids.length).toBe(0);
  });

  it("counts the sentences when the stored counts are not of the form it writes", () => {
    for (const sentenceTerms of ["missile", "missile two", "missile 0", "missile 1.5", "missile 1 test 1 missile 2"])
      expect(entries(new BodyTerms(), { sentences: ["Floods hit Valencia."], sentenceTerms })).toEqual([
        ["flood", 1],
        ["hit", 1],
        ["valencia", 1],
      ]);
  });

  it("shared by grouping and the digest, gives the site each stage gives alone", () => {
    const articles = twoEvents();
    const shared = new BodyTerms();
    const stories = clusterStories(articles, { bodyTerms: shared });
    expect(stories).toEqual(clusterStories(articles));
    const at = "2024-11-01T00:00:00.000Z";
    expect(buildSiteData(articles, stories, REPORT, at, shared)).toEqual(buildSiteData(articles, stories, REPORT, at));
  });

  it("kept for the next build (digest serve), forgets the articles no longer built and says when most terms are dead", () => {
    const terms = new BodyTerms();
    const a = { sentences: ["Floods hit Valencia."], sentenceTerms: "flood 1 hit 1 valencia 1" };
    const b = { sentences: ["Rescuers searched."], sentenceTerms: "rescuer 1 search 1" };
    const counted = terms.countsOf(a);
    const other = terms.countsOf(b);
    expect(terms.retain([a])).toBe(true);
    expect(terms.countsOf(a)).toBe(counted);
    // Counted again (the same counts), as for an article seen for the first time.
    expect(terms.countsOf(b)).not.toBe(other);
    expect(terms.countsOf(b)).toEqual(other);
    // Two of seven terms still used: time for a new numbering.
    terms.countsOf({ sentences: ["Storm warning."], sentenceTerms: "storm 1 warning 1" });
    expect(terms.retain([b])).toBe(false);
  });

  it("numbering terms otherwise (kept from earlier builds of other articles), gives the site a new one gives", () => {
    const articles = twoEvents();
    const kept = new BodyTerms();
    // An earlier build's words first: every term of these articles gets another number.
    kept.tally(["zebra", "missile", "valencia", "survivor", "japan", "flood", "search"].reverse());
    for (const article of [...articles].reverse()) kept.countsOf({ sentences: [...article.sentences] });
    const stories = clusterStories(articles, { bodyTerms: kept });
    expect(stories).toEqual(clusterStories(articles));
    const at = "2024-11-01T00:00:00.000Z";
    expect(buildSiteData(articles, stories, REPORT, at, kept)).toEqual(buildSiteData(articles, stories, REPORT, at));
  });
});

describe("lowerCaseTerms", () => {
  it("keeps the words written in lower case and leaves out names, stopwords and 1-letter words", () => {
    expect(
      lowerCaseTerms("Anna Berg's ferry capsized off Norland's coast; a non-EU crew rescued 40 passengers"),
    ).toEqual(["ferry", "capsized", "coast", "non", "crew", "rescued", "40", "passenger"]);
  });
});
