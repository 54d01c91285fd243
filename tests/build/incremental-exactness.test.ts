// Exactness of the incremental build (issue 13): after any sequence of added, edited, renamed and
// deleted articles, the site rebuilt in place, with its caches and all in one process (as
// `digest serve` rebuilds), is byte for byte the site a clean build of the same folder writes,
// given the same story-id history (the previous build's data/stories.json).
// fast-check drives the sequences over a small corpus of three events reported by several outlets.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keepParsedLines } from "../../src/cache/line-memo.js";
import { readPreviousStories } from "../../src/ingest/read-previous-stories.js";
import { runPipeline } from "../../src/pipeline/run-pipeline.js";
import { renderSite } from "../../src/site/render-site.js";

const NOW = new Date("2024-05-01T12:00:00Z");

/** Three events, three reports each: adding or removing one moves articles between stories. */
const CORPUS = [
  [
    "Harbour reopens after storm",
    "2024-03-11",
    "Port News",
    "The harbour at Kingsport reopened on Monday after the storm damaged the pier. Mayor Alice Brennan said repairs would cost two million pounds.",
  ],
  [
    "Kingsport pier repairs begin",
    "2024-03-12",
    "Coast Daily",
    "Repairs to the Kingsport pier began on Tuesday, a day after the harbour reopened. Alice Brennan, the town's mayor, thanked the crews.",
  ],
  [
    "Storm damage in Kingsport costs millions",
    "2024-03-13",
    "Western Times",
    "The storm that hit Kingsport will cost the town millions, Mayor Alice Brennan told the council.",
  ],
  [
    "Rivertown wins cup final",
    "2024-04-02",
    "Sports Wire",
    "Rivertown beat Hillford 2-1 in the cup final at Central Stadium. Striker Tom Okafor scored twice.",
  ],
  [
    "Okafor double seals cup for Rivertown",
    "2024-04-02",
    "Port News",
    "Tom Okafor scored both goals as Rivertown won the cup against Hillford at Central Stadium.",
  ],
  [
    "Hillford manager blames referee after final",
    "2024-04-03",
    "Coast Daily",
    "Hillford manager Sara Lind blamed the referee after her side lost the cup final to Rivertown.",
  ],
  [
    "Central bank holds rates",
    "2024-02-20",
    "Finance Today",
    "The Central Bank of Norland held interest rates at four percent on Tuesday. Governor Peter Voss said inflation was easing.",
  ],
  [
    "Norland rates unchanged as inflation eases",
    "2024-02-20",
    "Western Times",
    "Governor Peter Voss kept Norland's interest rates at four percent as inflation eased.",
  ],
  [
    "Voss hints at cut later this year",
    "2024-02-21",
    "Sports Wire",
    "Peter Voss, governor of the Central Bank of Norland, hinted that rates could fall later this year.",
  ],
] as const;

const article = (index: number, edit = 0) => {
  const [title, date, outlet, body] = CORPUS[index % CORPUS.length]!;
  const extra = edit > 0 ? `\n\nUpdate ${edit}: officials said more details would follow on ${date}.` : "";
  return `---\ntitle: ${title}${edit % 2 === 1 ? " (updated)" : ""}\ndate: ${date}\noutlet: ${outlet}\n---\n${body}${extra}\n`;
};

type Step =
  | { op: "add"; index: number }
  | { op: "edit"; pick: number }
  | { op: "rename"; pick: number }
  | { op: "delete"; pick: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant("add" as const), index: fc.nat(CORPUS.length - 1) }) },
  fc.record({ op: fc.constant("edit" as const), pick: fc.nat() }),
  fc.record({ op: fc.constant("rename" as const), pick: fc.nat() }),
  fc.record({ op: fc.constant("delete" as const), pick: fc.nat() }),
);

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/**
 * The published site: every file but the manifest (it records inodes) and Pagefind's (its filter and meta files differ
 * between runs for the same pages).
 */
function published(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name).slice(dir.length + 1);
    if (path === "pagefind" || path.startsWith("pagefind/")) continue;
    files[path] = entry.isFile() ? readFileSync(join(dir, path), "base64") : entry.isDirectory() ? "folder" : "other";
  }
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * One build of contentDir into outDir, in place, with the story ids of `history`; with the caches in `cache` (the
 * incremental builds: all in this one process, as `digest serve`'s rebuilds are), or none (the clean builds).
 */
async function build(
  contentDir: string,
  outDir: string,
  history: Awaited<ReturnType<typeof readPreviousStories>>["stories"],
  cache: string | false = false,
): Promise<void> {
  const { site, hasErrors } = await runPipeline({ contentDir, now: NOW, previous: history, cache });
  expect(hasErrors).toBe(false);
  await renderSite(site, { outDir, siteUrl: "" });
}

// As `digest serve` does: what the caches' lines parse to is kept from one build to the next.
beforeAll(() => keepParsedLines());

describe("incremental build exactness", () => {
  it("writes, after any sequence of adds, edits, renames and deletions, the site a clean build with the same id history writes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 5 }), async (steps) => {
        const root = mkdtempSync(join(tmpdir(), "digest-exact-"));
        roots.push(root);
        const content = join(root, "content");
        const out = join(root, "site");
        const cache = join(root, "cache");
        mkdirSync(content);
        // What each file holds: its report of the corpus and how many times it was edited.
        const files = new Map<string, { index: number; edits: number }>([["a0.md", { index: 0, edits: 0 }]]);
        const write = (name: string) => {
          const { index, edits } = files.get(name)!;
          writeFileSync(join(content, name), article(index, edits));
        };
        write("a0.md");
        await build(content, out, [], cache);
        let names = 1;
        for (const [i, s] of steps.entries()) {
          const present = [...files.keys()].sort();
          const picked = s.op === "add" ? undefined : present[s.pick % present.length]!;
          if (s.op === "add") {
            const name = `a${names++}.md`;
            files.set(name, { index: s.index, edits: 0 });
            write(name);
          } else if (s.op === "edit") {
            files.get(picked!)!.edits++;
            write(picked!);
          } else if (s.op === "rename") {
            const name = `a${names++}.md`;
            files.set(name, files.get(picked!)!);
            files.delete(picked!);
            renameSync(join(content, picked!), join(content, name));
          } else if (present.length > 1) {
            files.delete(picked!);
            rmSync(join(content, picked!));
          }

          const history = (await readPreviousStories(out)).stories;
          await build(content, out, history, cache);
          const clean = join(root, `clean-${i}`);
          await build(content, clean, history);
          expect(published(out), `after ${JSON.stringify(steps.slice(0, i + 1))}`).toEqual(published(clean));
          rmSync(clean, { recursive: true, force: true });
        }
        rmSync(root, { recursive: true, force: true });
      }),
      { numRuns: 8 },
    );
  }, 600_000);
});
