// Issue 15 items 6 and 7: one pasted article must not stop or stall a build. These tests check
// the bounds and that long text gives the same results as the same text in paragraphs; the
// times are measured by `npm run bench:paste`, never asserted here.
import { describe, expect, it } from "vitest";
import { newsParagraphs, pasteText } from "../../bench/paste-corpus.js";
import { buildTimeline, MAX_TIMELINE_ENTRIES } from "../../src/digest/story-timeline.js";
import { MAX_DATED_EXPRESSIONS, MAX_ENTITIES, MAX_MENTIONS, boundEntities } from "../../src/extract/article-bounds.js";
import { sentenceSpans } from "../../src/extract/dates/sentence-spans.js";
import { salienceScores } from "../../src/extract/entities/salience.js";
import { MAX_NAME_RUN_TOKENS } from "../../src/extract/entities/name-chunks.js";
import { extractArticle } from "../../src/extract/extract-article.js";
import { MAX_SENTENCE_CHARS } from "../../src/text/sentence-bounds.js";
import { splitSentences } from "../../src/text/split-sentences.js";
import type { Article, DatedEvent } from "../../src/types.js";
import { fixtureArticle } from "../cluster/article-fixtures.js";

function pasted(body: string): Article {
  return {
    id: "pasted",
    sourcePath: "pasted.txt",
    title: "A pasted article",
    titleSource: "front-matter",
    published: { date: "2024-03-11", precision: "day", source: "front-matter" },
    body,
    tags: [],
    declaredEntities: [],
    declaredTopics: [],
  } as unknown as Article;
}

describe("sentence splitting of long pastes", () => {
  // Longer than the segmenter's window (8,192 characters) many times over.
  const paragraphs = newsParagraphs(60_000);

  it("finds the same sentences in text pasted without line breaks, or with CR-only line ends, as in its paragraphs", () => {
    const perParagraph = paragraphs.flatMap((p) => splitSentences(p).map((s) => s.text));
    expect(perParagraph.length).toBeGreaterThan(500);
    for (const text of [paragraphs.join(" "), paragraphs.join("\r"), paragraphs.join("\n")]) {
      const spans = splitSentences(text);
      expect(spans.map((s) => s.text)).toEqual(perParagraph);
      for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it("the date stage's sentences agree the same way", () => {
    const joined = paragraphs.join(" ");
    const perParagraph = paragraphs.flatMap((p) => sentenceSpans(p).map((s) => p.slice(s.start, s.end)));
    expect(sentenceSpans(joined).map((s) => joined.slice(s.start, s.end))).toEqual(perParagraph);
  });

  it.each(["capitalised-words", "list-of-dates"] as const)(
    "cuts a %s paste without punctuation into sentences of at most 2,000 characters, losing no word",
    (kind) => {
      const text = pasteText(kind, 50_000);
      for (const spans of [
        splitSentences(text),
        sentenceSpans(text).map((s) => ({ ...s, text: text.slice(s.start, s.end) })),
      ]) {
        expect(spans.length).toBeGreaterThanOrEqual(25);
        for (const s of spans) expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
        expect(spans.map((s) => s.text).join(" ")).toBe(text);
      }
    },
  );

  it("handles runs that made the boundary pattern backtrack (a million dots, blank lines)", () => {
    expect(sentenceSpans(".".repeat(1_000_000)).length).toBe(500);
    expect(sentenceSpans(`One.${"\n \n".repeat(100_000)}Two.`).length).toBe(2);
    expect(splitSentences("Mr. ".repeat(50_000)).every((s) => s.text.length <= MAX_SENTENCE_CHARS)).toBe(true);
  });
});

describe("what one article can produce", () => {
  it("a one-line list of dates gives at most 1,000 dated events, each with a bounded sentence", () => {
    const article = extractArticle(pasted(pasteText("list-of-dates", 300_000)));
    expect(article.events.length).toBe(MAX_DATED_EXPRESSIONS);
    for (const event of article.events) expect(event.sentence.length).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    // The first dates of the list, in order: parsing stops at the bound, it does not sample.
    expect(article.events.slice(0, 3).map((e) => e.date)).toEqual(["1900-01-01", "1900-01-02", "1900-01-03"]);
  });

  it("an article repeating one sentence keeps at most 5,000 mentions, the first ones", () => {
    const body = pasteText("repeated-sentence", 1_000_000);
    const article = extractArticle(pasted(body));
    const mentions = article.entities.flatMap((e) => e.mentions);
    expect(mentions.length).toBeLessThanOrEqual(MAX_MENTIONS);
    expect(mentions.length).toBeGreaterThan(MAX_MENTIONS / 2);
    expect(Math.min(...mentions.slice(0, 1000).map((m) => m.start))).toBeLessThan(100);
    expect(article.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(["Joe Biden", "Fumio Kishida", "Japan"]),
    );
  });

  it("a run of capitalised words longer than any name gives no entity", () => {
    const article = extractArticle(pasted(pasteText("capitalised-words", 100_000)));
    for (const entity of article.entities)
      expect(entity.name.split(/\s+/).length).toBeLessThanOrEqual(MAX_NAME_RUN_TOKENS);
  });

  it("bounds entities and mentions, keeping the most salient entities and the earliest mentions", () => {
    const entities = Array.from({ length: MAX_ENTITIES + 100 }, (_, n) => ({
      id: `e${n}`,
      mentions: Array.from({ length: 20 }, (_, m) => ({ start: m * 1000 + n })),
    }));
    const bounded = boundEntities(entities);
    expect(bounded.length).toBe(MAX_ENTITIES);
    expect(bounded[0]?.id).toBe("e0");
    const kept = bounded.flatMap((e) => e.mentions.map((m) => m.start));
    expect(kept.length).toBe(MAX_MENTIONS);
    const keptSet = new Set(kept);
    const dropped = entities
      .slice(0, MAX_ENTITIES)
      .flatMap((e) => e.mentions.map((m) => m.start))
      .filter((s) => !keptSet.has(s));
    expect(Math.max(...kept)).toBeLessThan(Math.min(...dropped));
    expect(entities[0]?.mentions.length).toBe(20);
  });

  it("salience takes an entity named 500,000 times (it spread the mentions into Math.min)", () => {
    const mentions = Array.from({ length: 500_000 }, (_, n) => ({ start: n * 10, weight: 1 }));
    expect(salienceScores([{ keys: ["x"], mentions, declared: false }], 5_000_000, "X")).toEqual([1]);
  });

  it("a story's timeline holds at most 300 entries, the dates most articles mention", () => {
    const events = (count: number, offset: number): DatedEvent[] =>
      Array.from({ length: count }, (_, n) => {
        const day = new Date(Date.UTC(2000, 0, 1 + n + offset)).toISOString().slice(0, 10);
        return { date: day, text: day, start: 0, end: 1, sentence: day };
      });
    const a = {
      ...fixtureArticle({ id: "a", title: "A", date: "2024-03-12", body: "Body." }),
      events: events(5000, 0),
    };
    const b = {
      ...fixtureArticle({ id: "b", title: "B", date: "2024-03-12", body: "Body." }),
      events: events(10, 4000),
    };
    const timeline = buildTimeline([a, b]);
    expect(timeline.length).toBe(MAX_TIMELINE_ENTRIES);
    expect(timeline.filter((e) => e.articleIds.length === 2).length).toBe(10);
    expect(timeline.map((e) => e.date)).toEqual([...timeline.map((e) => e.date)].sort());
  });
});
