import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPipeline } from "../../src/pipeline/run-pipeline.js";

const NOW = new Date("2024-06-01T00:00:00Z");
const SAMPLES = join(import.meta.dirname, "..", "fixtures", "samples");
const ADDED = `---
title: Japan and Australia sign a defense pact
date: 2024-05-20
outlet: Kyodo News
---

Prime Minister Fumio Kishida and Anthony Albanese signed a defense agreement in Tokyo on May 20.
`;

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "run-pipeline-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function fresh(name: string): Promise<{ content: string; cache: string }> {
  const content = join(root, name, "content");
  await cp(SAMPLES, content, { recursive: true });
  return { content, cache: join(root, name, "cache") };
}

describe("runPipeline with the extraction cache", () => {
  it("re-extracts only the added article on the second build, with the same records", async () => {
    const { content, cache } = await fresh("added");
    const first = await runPipeline({ contentDir: content, now: NOW, cache, workers: 0 });
    expect(first.extraction).toMatchObject({ total: 2, cached: 0, extracted: 2 });

    await writeFile(join(content, "2024-05-20-pact.md"), ADDED);
    const second = await runPipeline({ contentDir: content, now: NOW, cache, workers: 0 });
    expect(second.extraction).toMatchObject({
      total: 3,
      cached: 2,
      extracted: 1,
      extractedPaths: ["2024-05-20-pact.md"],
    });

    const third = await runPipeline({ contentDir: content, now: NOW, cache, workers: 0 });
    expect(third.extraction).toMatchObject({ cached: 3, extracted: 0 });
    // A cache hit gives the record a fresh extraction would.
    const uncached = await runPipeline({ contentDir: content, now: NOW, cache: false, workers: 0 });
    expect(third.articles).toEqual(uncached.articles);
    expect(uncached.extraction.extracted).toBe(3);
  });

  it("re-extracts everything when the knowledge file changes, and again when it changes back", async () => {
    const { content, cache } = await fresh("knowledge");
    await runPipeline({ contentDir: content, now: NOW, cache, workers: 0 });
    await writeFile(join(content, "knowledge.yml"), 'ignore: ["Yomiuri"]\n');
    const changed = await runPipeline({ contentDir: content, now: NOW, cache, workers: 0 });
    expect(changed.extraction).toMatchObject({ cached: 0, extracted: 2 });
    const again = await runPipeline({ contentDir: content, now: NOW, cache, workers: 0 });
    expect(again.extraction).toMatchObject({ cached: 2, extracted: 0 });
  });

  it("an edited article is re-extracted, the others are not", async () => {
    const { content, cache } = await fresh("edited");
    const first = await runPipeline({ contentDir: content, now: NOW, cache, workers: 0 });
    const edited = first.articles[0]?.sourcePath as string;
    await writeFile(join(content, edited), `${first.articles[0]?.body ?? ""}\nA line added by the editor on May 2.\n`);
    const second = await runPipeline({ contentDir: content, now: NOW, cache, workers: 0 });
    expect(second.extraction.extractedPaths).toEqual([edited]);
  });

  it("extracts on workers started before the content is read, with the knowledge file applied there too", async () => {
    const { content, cache } = await fresh("workers");
    await writeFile(join(content, "knowledge.yml"), 'ignore: ["Yomiuri"]\n');
    let idle = 0;
    const onWorkers = await runPipeline({
      contentDir: content,
      now: NOW,
      cache,
      workers: 1,
      parallelThreshold: 0,
      whileExtracting: () => idle++,
    });
    expect(onWorkers.extraction).toMatchObject({ extracted: 2, workers: 1 });
    expect(idle).toBe(1);
    const inProcess = await runPipeline({
      contentDir: content,
      now: NOW,
      cache: false,
      workers: 0,
      whileExtracting: () => idle++,
    });
    expect(idle).toBe(1);
    expect(onWorkers.articles).toEqual(inProcess.articles);
    expect(JSON.stringify(inProcess.articles)).not.toContain('"name":"Yomiuri"');
  });

  it("reports per-stage timings", async () => {
    const { content, cache } = await fresh("timings");
    const result = await runPipeline({ contentDir: content, now: NOW, cache, workers: 0 });
    // Loading the stages' code is timed on its own, not as part of ingest (issue 13).
    for (const stage of ["ingest", "cache", "load", "extract", "cluster", "digest"])
      expect(result.timings[stage]).toBeGreaterThanOrEqual(0);
  });
});

describe("runPipeline resolves entities over the archive", () => {
  it("gives a surname named alone in one article the page of the person another article names in full", async () => {
    const content = join(root, "resolve", "content");
    await cp(SAMPLES, content, { recursive: true });
    await writeFile(
      join(content, "2024-05-21-visit.md"),
      `---\ntitle: Kishida visits Canberra\ndate: 2024-05-21\n---\n\nMr Kishida arrived in Canberra on Tuesday for ` +
        `talks on trade.\n`,
    );
    const result = await runPipeline({ contentDir: content, now: NOW, cache: false, workers: 0 });
    const kishida = result.site.entities.filter((e) => /kishida/i.test(e.name));
    expect(kishida.map((e) => e.name)).toEqual(["Fumio Kishida"]);
    expect(kishida[0]!.articleCount).toBe(3);
  });
});
