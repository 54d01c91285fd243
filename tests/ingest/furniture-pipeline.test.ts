// Issue 12 item 2: page furniture in scraped text is recognised at ingest and kept out of
// extraction, summaries, pages and search, while offsets still index the file's text.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline, type PipelineResult } from "../../src/pipeline/run-pipeline.js";
import { renderArticleBody } from "../../src/site/render-article-body.js";
import { runCli } from "../helpers/run-cli.js";

const FRONT = "---\ntitle: Fisheries pact signed in Valdora\ndate: 2024-03-08\noutlet: Coastal Wire\n---\n";
// Invented, shaped like a page copied from a news site: furniture on its own lines and run into the text.
const BODY = [
  "Ministers from Norland and Estmark signed a fisheries pact in Valdora on Friday, ending a decade of disputes " +
    "over catch limits.",
  "Image copyright Getty Images",
  "Image caption Delegates applaud after the signing in Valdora",
  "Get world updates directly to your inbox + Subscribe Thank you for subscribing! Could not subscribe, try again " +
    "later Invalid Email",
  "The pact caps the cod catch at 40,000 tonnes a year and sets up a joint inspection service, Norland's fisheries " +
    "minister Ingrid Solberg said. (Photo: Piet Vandermolen, AP)",
  "Click to share on WhatsApp (Opens in new window) Click to share on Facebook (Opens in new window)",
  "Read more:",
  "Trawler crews protest quota cuts",
  "",
  "Estmark's parliament is expected to ratify the agreement in April, officials in Valdora said.",
  "Readers who subscribe to the Valdora Herald can share the full text of the pact, the paper said.",
  "",
].join("\n");
const FURNITURE_WORDS = [
  "Getty",
  "Delegates applaud",
  "inbox",
  "subscribing",
  "Invalid Email",
  "WhatsApp",
  "Opens in new window",
  "Vandermolen",
  "Read more",
  "Trawler crews",
];

let dir = "";
let result: PipelineResult;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "furniture-"));
  await mkdir(join(dir, "content"));
  await writeFile(join(dir, "content", "pact.md"), FRONT + BODY);
  result = await runPipeline({
    contentDir: join(dir, "content"),
    now: new Date("2024-06-01T00:00:00Z"),
    cache: false,
    workers: 0,
  });
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("page furniture through the pipeline", () => {
  it("keeps it out of the extracted entities, the sentences and the story summary", () => {
    const [article] = result.articles;
    expect(article?.furniture?.map((f) => f.kind)).toEqual([
      "credit",
      "caption",
      "signup",
      "credit",
      "share",
      "related",
      "related",
    ]);
    const names = article?.entities.map((e) => e.name).join(" | ") ?? "";
    for (const word of ["Getty", "Invalid Email", "WhatsApp", "Vandermolen", "Delegates"])
      expect(names).not.toContain(word);
    expect(names).toContain("Ingrid Solberg");
    const text = [
      ...(article?.sentences ?? []).map((s) => (typeof s === "string" ? s : JSON.stringify(s))),
      ...result.site.stories.flatMap((s) => s.summary),
    ].join("\n");
    for (const word of FURNITURE_WORDS) expect(text).not.toContain(word);
  });

  it("keeps it off the article's page and out of its search document, and keeps every article sentence", () => {
    const view = result.site.articles[0];
    expect(view).toBeDefined();
    const page = renderArticleBody(view as NonNullable<typeof view>);
    for (const word of FURNITURE_WORDS) expect(page).not.toContain(word);
    const words = page.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");
    for (const sentence of [
      "ending a decade of disputes over catch limits.",
      "The pact caps the cod catch at 40,000 tonnes a year",
      "Estmark's parliament is expected to ratify the agreement in April, officials in Valdora said.",
      "Readers who subscribe to the Valdora Herald can share the full text of the pact, the paper said.",
    ]) {
      expect(words).toContain(sentence);
    }
  });

  it("leaves every mention's offsets pointing at its text in the file", () => {
    const [article] = result.articles;
    for (const entity of article?.entities ?? [])
      for (const m of entity.mentions) expect(BODY.slice(m.start, m.end)).toBe(m.text);
  });
});

describe("digest inspect on an article with page furniture", () => {
  it("reports each piece with its lines and kind, offsets into the file's text after the front matter", () => {
    const { status, stdout } = runCli(["inspect", join(dir, "content", "pact.md"), "--json"]);
    expect(status).toBe(0);
    const [record] = JSON.parse(stdout) as {
      furniture: { startLine: number; endLine: number; kind: string; start: number; end: number }[];
      entities: { mentions: { text: string; start: number; end: number }[] }[];
    }[];
    const bodyLine = FRONT.split("\n").length;
    expect(record?.furniture.map((f) => [f.startLine, f.endLine, f.kind])).toEqual([
      [bodyLine + 1, bodyLine + 1, "credit"],
      [bodyLine + 2, bodyLine + 2, "caption"],
      [bodyLine + 3, bodyLine + 3, "signup"],
      [bodyLine + 4, bodyLine + 4, "credit"],
      [bodyLine + 5, bodyLine + 5, "share"],
      [bodyLine + 6, bodyLine + 6, "related"],
      [bodyLine + 7, bodyLine + 7, "related"],
    ]);
    expect(record?.furniture.map((f) => BODY.slice(f.start, f.end))).toContain("(Photo: Piet Vandermolen, AP)");
    for (const entity of record?.entities ?? [])
      for (const m of entity.mentions) expect(BODY.slice(m.start, m.end)).toBe(m.text);
  });

  it("counts the pieces with build --verbose", () => {
    const { status, stdout } = runCli(
      ["build", "--content", join(dir, "content"), "--out", join(dir, "_site"), "--verbose", "--no-cache"],
      { env: { DIGEST_SITE_URL: "" } },
    );
    expect(status).toBe(0);
    expect(stdout).toContain("page furniture kept out of the text: 7 pieces in 1 articles");
  }, 120_000);
});
