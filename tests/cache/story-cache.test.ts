import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildSiteData } from "../../src/digest/build-site-data.js";
import { runPipeline } from "../../src/pipeline/run-pipeline.js";
import { StoryCache } from "../../src/cache/story-cache.js";
import { prepareStory, storyPrepKey } from "../../src/digest/story-prep.js";
import { splitSentences } from "../../src/text/split-sentences.js";
import type { BuildReport, ExtractedArticle, Story } from "../../src/types.js";
import { fixtureArticle } from "../cluster/article-fixtures.js";

const REPORT: BuildReport = { filesFound: 0, articlesBuilt: 0, rejected: [], ignored: [], diagnostics: [] };
const NOW = "2024-05-01T00:00:00.000Z";
const VERSION = "0123456789abcdef0123456789abcdef";

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "story-cache-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function article(id: string, date: string, title: string, body: string, entities: string[]): ExtractedArticle {
  return fixtureArticle({
    id,
    title,
    body,
    date,
    outlet: "Example",
    entities: entities.map((e, i) => ({ id: e.toLowerCase().replace(/\s+/g, "-"), name: e, salience: 0.9 - i / 10 })),
    events: [{ date: "2024-03-10", text: "March 10" }],
  });
}

function corpus(): { articles: ExtractedArticle[]; stories: Story[] } {
  const articles = [
    article(
      "a1",
      "2024-03-11",
      "Ministers of Freedonia and Sylvania meet on the border",
      "The ministers of Freedonia and Sylvania met at the border on March 10 to discuss 12 crossings. " +
        "Officials said the talks would continue in Sylvania next month with 40 delegates. " +
        "Freedonia wants the crossings reopened before the harvest season begins in earnest.",
      ["Freedonia", "Sylvania"],
    ),
    article(
      "a2",
      "2024-03-12",
      "Border talks between Freedonia and Sylvania go on",
      "Freedonia and Sylvania agreed on March 10 to reopen 12 crossings after talks at the border. " +
        "A spokesman for Sylvania said 3 crossings would open first under the new agreement. " +
        "Traders on both sides welcomed the news after months of waiting at closed gates.",
      ["Sylvania", "Freedonia"],
    ),
    article(
      "b1",
      "2024-04-02",
      "Grand Fenwick wins the regional rowing cup again",
      "Grand Fenwick won the regional rowing cup for the 5th time on Sunday in a close final race. " +
        "The crew from Grand Fenwick beat Sylvania by two seconds over the whole course. " +
        "Thousands of supporters lined the river banks to watch the final of the season.",
      ["Grand Fenwick", "Sylvania"],
    ),
    article(
      "b2",
      "2024-04-03",
      "Rowing cup goes to Grand Fenwick after a close final",
      "Grand Fenwick took the rowing cup after the final on Sunday, its 5th win in the competition. " +
        "Coaches from Grand Fenwick praised the young crew for a steady race on a windy river. " +
        "The next regional cup will be held in Freedonia in the spring of the coming year.",
      ["Grand Fenwick", "Freedonia"],
    ),
    article(
      "c1",
      "2024-04-20",
      "Storm floods the harbour of Freedonia overnight",
      "A storm flooded the harbour of Freedonia overnight, damaging 30 boats moored along the quay. " +
        "Emergency crews pumped water from the streets near the harbour until early morning. " +
        "The port authority said the harbour would reopen once the damage had been assessed.",
      ["Freedonia"],
    ),
  ];
  const stories: Story[] = [
    { id: "border-talks", articleIds: ["a1", "a2"], formerIds: [] },
    { id: "rowing-cup", articleIds: ["b1", "b2"], formerIds: [] },
    { id: "harbour-storm", articleIds: ["c1"], formerIds: [] },
  ];
  return { articles, stories };
}

/** The site as a string: byte for byte what a build would hand the site stage. */
function built(articles: ExtractedArticle[], stories: Story[], options: Parameters<typeof buildSiteData>[5] = {}) {
  return JSON.stringify(buildSiteData(articles, stories, REPORT, NOW, undefined, options));
}

/** A first build that leaves its preps in `dir`. */
async function warmUp(dir: string, articles: ExtractedArticle[], stories: Story[]): Promise<void> {
  const cache = await StoryCache.open(dir, VERSION);
  built(articles, stories, { storyCache: cache });
  await cache.save();
}

function withBody(a: ExtractedArticle, body: string): ExtractedArticle {
  return { ...a, body, sentences: splitSentences(body).map((s) => s.text) };
}

describe("StoryCache: each story's prep kept between builds", () => {
  it("gives the site of a build without a cache, cold and warm", async () => {
    const { articles, stories } = corpus();
    const dir = tempDir();
    const plain = built(articles, stories);
    const cold = await StoryCache.open(dir, VERSION);
    expect(built(articles, stories, { storyCache: cold })).toBe(plain);
    expect([cold.hits, cold.misses]).toEqual([0, 3]);
    await cold.save();
    const warm = await StoryCache.open(dir, VERSION);
    expect(built(articles, stories, { storyCache: warm })).toBe(plain);
    expect([warm.hits, warm.misses]).toEqual([3, 0]);
  });

  it("prepares again exactly the story whose article changed, and the site equals a clean build", async () => {
    const { articles, stories } = corpus();
    const dir = tempDir();
    await warmUp(dir, articles, stories);
    const edited = articles.map((a) =>
      a.id === "b2"
        ? withBody(a, `Grand Fenwick lifted the cup on Sunday, beating 7 rivals. ${a.sentences.slice(1).join(" ")}`)
        : a,
    );
    const cache = await StoryCache.open(dir, VERSION);
    expect(built(edited, stories, { storyCache: cache })).toBe(built(edited, stories));
    expect([cache.hits, cache.misses]).toEqual([2, 1]);
    await cache.save();
    // The store keeps what this build used: three stories, the old rowing-cup prep gone.
    const store = readdirSync(dir).filter((f) => f.startsWith("stories-"));
    expect(store).toHaveLength(1);
    expect(readFileSync(join(dir, store[0]!), "utf8").trim().split("\n")).toHaveLength(3);
  });

  it("after an added article, reuses the other stories' preps yet weighs summaries against the new site", async () => {
    const { articles, stories } = corpus();
    const dir = tempDir();
    await warmUp(dir, articles, stories);
    const added = article(
      "c2",
      "2024-04-21",
      "Harbour of Freedonia reopens after the storm",
      "The harbour of Freedonia reopened on Monday after crews cleared the quay of storm debris. " +
        "Officials said 30 boats had been damaged and 4 would have to be replaced by the owners. " +
        "Fishermen returned to sea in the afternoon under a clear sky and a light wind.",
      ["Freedonia"],
    );
    const more = [...articles, added];
    const moreStories = stories.map((s) => (s.id === "harbour-storm" ? { ...s, articleIds: ["c1", "c2"] } : s));
    const cache = await StoryCache.open(dir, VERSION);
    expect(built(more, moreStories, { storyCache: cache })).toBe(built(more, moreStories));
    expect([cache.hits, cache.misses]).toEqual([2, 1]);
  });

  it("keys a story by every field its prep reads, and by nothing else", () => {
    const { articles } = corpus();
    const members = articles.slice(0, 2);
    const key = storyPrepKey(members);
    const change = (edit: (a: ExtractedArticle) => ExtractedArticle) => storyPrepKey([edit(members[0]!), members[1]!]);
    expect(change((a) => ({ ...a, id: "a9" }))).not.toBe(key);
    expect(change((a) => ({ ...a, title: `${a.title}!` }))).not.toBe(key);
    expect(change((a) => ({ ...a, titleSource: "lead" }))).not.toBe(key);
    expect(change((a) => ({ ...a, published: { ...a.published, date: "2024-03-01" } }))).not.toBe(key);
    expect(change((a) => ({ ...a, sentences: [...a.sentences, "One more sentence of six words."] }))).not.toBe(key);
    expect(
      change((a) => ({
        ...a,
        entities: a.entities.map((e) => ({ ...e, mentions: [{ ...e.mentions[0]!, text: "X" }] })),
      })),
    ).not.toBe(key);
    expect(change((a) => ({ ...a, entities: a.entities.map((e) => ({ ...e, kind: "outlet" as const })) }))).not.toBe(
      key,
    );
    expect(change((a) => ({ ...a, events: a.events.map((e) => ({ ...e, sentence: "Other." })) }))).not.toBe(key);
    expect(storyPrepKey([members[1]!, members[0]!])).not.toBe(key);
    // Fields the prep never reads (the rest of the view reads them from the articles at every build).
    expect(change((a) => ({ ...a, wordCount: 1, topics: [], outlet: "Other", authors: ["X"] }))).toBe(key);
  });

  it("lets an article's extraction key stand for its sentences and events, never for its entities", () => {
    const { articles } = corpus();
    const members = articles.slice(0, 2).map((a, i) => ({ ...a, extractionKey: `key-${i}` }));
    const key = storyPrepKey(members);
    const change = (edit: (a: ExtractedArticle) => ExtractedArticle) => storyPrepKey([edit(members[0]!), members[1]!]);
    expect(change((a) => ({ ...a, extractionKey: "key-9" }))).not.toBe(key);
    // What extraction made of the same input: the key says it already.
    expect(change((a) => ({ ...a, sentences: [...a.sentences, "One more sentence of six words."] }))).toBe(key);
    expect(change((a) => ({ ...a, events: [] }))).toBe(key);
    // Resolution rewrites entities after extraction; the title and date are keyed as they are.
    expect(change((a) => ({ ...a, entities: a.entities.map((e) => ({ ...e, kind: "outlet" as const })) }))).not.toBe(
      key,
    );
    expect(change((a) => ({ ...a, title: `${a.title}!` }))).not.toBe(key);
    expect(change((a) => ({ ...a, published: { ...a.published, date: "2024-03-01" } }))).not.toBe(key);
  });

  it("treats a corrupt line as a miss and another version's store as absent", async () => {
    const { articles, stories } = corpus();
    const dir = tempDir();
    const plain = built(articles, stories);
    await warmUp(dir, articles, stories);
    const file = join(dir, readdirSync(dir)[0]!);
    const lines = readFileSync(file, "utf8").trim().split("\n");
    writeFileSync(file, `${lines[0]!.slice(0, 80)}\n${lines.slice(1).join("\n")}\n`);
    const damaged = await StoryCache.open(dir, VERSION);
    expect(built(articles, stories, { storyCache: damaged })).toBe(plain);
    expect([damaged.hits, damaged.misses]).toEqual([2, 1]);
    await damaged.save();
    const other = await StoryCache.open(dir, "fedcba9876543210");
    expect(readdirSync(dir)).toEqual([]);
    expect(built(articles, stories, { storyCache: other })).toBe(plain);
    expect([other.hits, other.misses]).toEqual([0, 3]);
    await other.save();
    expect(readdirSync(dir)).toEqual(["stories-fedcba9876543210.ndjson"]);
  });

  it("stores what prepareStory computes, read back equal", async () => {
    const { articles } = corpus();
    const dir = tempDir();
    const members = articles.slice(0, 2);
    const prep = prepareStory(members);
    const cache = await StoryCache.open(dir, VERSION);
    cache.set(storyPrepKey(members), prep);
    await cache.save();
    expect((await StoryCache.open(dir, VERSION)).get(storyPrepKey(members))).toEqual(prep);
  });

  it("in the pipeline: the site of a build with a warm cache, after an added article, equals one without a cache", async () => {
    const root = tempDir();
    const content = join(root, "content");
    mkdirSync(content);
    const write = (name: string, title: string, body: string) =>
      writeFileSync(join(content, name), `---\ntitle: "${title}"\ndate: 2024-03-1${name[0]}\n---\n\n${body}\n`);
    write(
      "1.md",
      "Freedonia and Sylvania reopen the border",
      "Freedonia and Sylvania agreed on Monday to reopen 12 border crossings after talks in the capital. " +
        "The ministers said the first crossings would open within 3 weeks of the agreement.",
    );
    write(
      "2.md",
      "Grand Fenwick wins the rowing cup",
      "Grand Fenwick won the regional rowing cup for the 5th time on Sunday in a close final race. " +
        "Thousands of supporters lined the river banks to watch the crew beat Sylvania by two seconds.",
    );
    const cache = join(root, "cache");
    const now = new Date(NOW);
    const site = async (useCache: boolean) =>
      JSON.stringify(
        (await runPipeline({ contentDir: content, now, cache: useCache ? cache : false, workers: 0 })).site,
      );
    await site(true);
    expect(readdirSync(cache).filter((f) => f.startsWith("stories-"))).toHaveLength(1);
    expect(await site(true)).toBe(await site(false));
    write(
      "3.md",
      "Border crossings between Freedonia and Sylvania reopen",
      "The first 4 border crossings between Freedonia and Sylvania reopened on Thursday after the agreement. " +
        "Traders said the queues at the crossings were long but moving by the afternoon.",
    );
    expect(await site(true)).toBe(await site(false));
  });
});
