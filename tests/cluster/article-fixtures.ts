// Small builders of ExtractedArticle records for cluster and digest tests, and a path through
// the real ingest and extraction stages for the sample articles.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractArticle } from "../../src/extract/extract-article.js";
import { articlesFromSources } from "../../src/ingest/ingest-content.js";
import { splitSentences } from "../../src/text/split-sentences.js";
import type { ArticleEntity, DatedEvent, EntityKind, ExtractedArticle, PublishedDate } from "../../src/types.js";

export interface FixtureInput {
  id: string;
  title: string;
  body: string;
  /** `2024-03-12` (front matter) or a PublishedDate. */
  date: string | PublishedDate;
  entities?: { id: string; name?: string; kind?: EntityKind; salience?: number; role?: "party" | "source" }[];
  events?: { date: string; text: string }[];
  outlet?: string;
  pin?: string;
  titleSource?: ExtractedArticle["titleSource"];
}

export function fixtureArticle(input: FixtureInput): ExtractedArticle {
  const published: PublishedDate =
    typeof input.date === "string" ? { date: input.date, precision: "day", source: "front-matter" } : input.date;
  const entities: ArticleEntity[] = (input.entities ?? []).map((e) => {
    const name = e.name ?? e.id;
    const start = Math.max(0, input.body.indexOf(name));
    return {
      id: e.id,
      name,
      kind: e.kind ?? "country",
      mentions: [{ text: name, start, end: start + name.length, role: e.role ?? "party" }],
      salience: e.salience ?? 0.5,
    };
  });
  const sentences = splitSentences(input.body);
  const events: DatedEvent[] = (input.events ?? []).map((e) => {
    const start = Math.max(0, input.body.indexOf(e.text));
    const sentence = sentences.find((s) => s.start <= start && start < s.end)?.text ?? "";
    return { date: e.date, text: e.text, start, end: start + e.text.length, sentence };
  });
  return {
    id: input.id,
    sourcePath: `${input.id}.md`,
    hash: input.id,
    title: input.title,
    titleSource: input.titleSource ?? "front-matter",
    published,
    ...(input.outlet ? { outlet: input.outlet, url: `https://example.org/${input.id}` } : {}),
    authors: [],
    body: input.body,
    bodyLine: 1,
    tags: [],
    declaredEntities: [],
    declaredTopics: [],
    ...(input.pin ? { pinnedStory: input.pin } : {}),
    extra: {},
    entities,
    events,
    topics: [],
    sentences: sentences.map((s) => s.text),
    wordCount: input.body.split(/\s+/).length,
  };
}

/** Files through the real ingest and extraction: `{ path: raw text }`. */
export function extractFiles(files: Record<string, string>): ExtractedArticle[] {
  const sources = Object.entries(files).map(([path, raw]) => ({
    path,
    absolutePath: `/virtual/${path}`,
    raw,
    hash: path,
  }));
  const { articles, diagnostics } = articlesFromSources(sources);
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new Error(errors.map((d) => `${d.file}: ${d.message}`).join("\n"));
  return articles.map((a) => extractArticle(a));
}

const CONTENT = join(import.meta.dirname, "..", "fixtures", "samples");
export const SAMPLE_FILES = ["000_1544b0afc51780d7.txt", "002_3e46861d0261ddd1.txt"];

/** The two sample articles (one event, two outlets) through the real extractors. */
export function sampleArticles(): ExtractedArticle[] {
  return extractFiles(Object.fromEntries(SAMPLE_FILES.map((f) => [f, readFileSync(join(CONTENT, f), "utf8")])));
}
