import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  formatBytes,
  measureSite,
  siteSizeOf,
  sizeLine,
  sizeWarnings,
  type SizeLimits,
} from "../../src/site/site-size.js";

// The size guard on a small made-up site, with limits scaled down instead of 800 MB of files.
describe("site size and its guard", () => {
  const dir = mkdtempSync(join(tmpdir(), "digest-size-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, "index.html"), "x".repeat(1000));
  mkdirSync(join(dir, "entities", "a"), { recursive: true });
  for (let i = 0; i < 5; i++) writeFileSync(join(dir, "entities", `e${i}.json`), "y".repeat(2000));
  writeFileSync(join(dir, "entities", "a", "index.html"), "z".repeat(500));
  mkdirSync(join(dir, "data"));
  writeFileSync(join(dir, "data", "stories.json"), "[]");
  const dirBytes = ["", "entities", "entities/a", "data"].reduce((n, d) => n + statSync(join(dir, d)).size, 0);
  const fileBytes = 1000 + 5 * 2000 + 500 + 2;

  it("counts apparent bytes as du -sb does (files and folders) and files per top-level part", async () => {
    const size = await measureSite(dir, { filesPerFolder: 1000 });
    expect(size.files).toBe(8);
    expect(size.bytes).toBe(fileBytes + dirBytes);
    expect(size.parts[0]).toMatchObject({ path: "entities", files: 6 });
    expect(size.parts[0]!.bytes).toBe(
      10_500 + statSync(join(dir, "entities")).size + statSync(join(dir, "entities", "a")).size,
    );
    expect(size.parts.map((p) => p.path).sort()).toEqual(["(root files)", "data", "entities"]);
    expect(size.crowded).toEqual([]);
    expect(sizeLine(size, 2)).toMatch(
      new RegExp(
        `^Site size: ${formatBytes(size.bytes).replace(".", "\\.")} in 8 files; .* and 4\\.0 files per article\\.$`,
      ),
    );
  });

  it("says nothing below 80% of the limit and up to the files-per-folder limit", async () => {
    const size = await measureSite(dir, { filesPerFolder: 5 });
    expect(sizeWarnings(size, { siteBytes: Math.ceil(size.bytes / 0.79), warnShare: 0.8, filesPerFolder: 5 })).toEqual(
      [],
    );
  });

  it("warns past 80% of the limit with the largest folders, and on a folder with too many files", async () => {
    const limits: SizeLimits = { siteBytes: Math.floor(size0() / 0.85), warnShare: 0.8, filesPerFolder: 4 };
    const size = await measureSite(dir, limits);
    const warnings = sizeWarnings(size, limits);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /^Warning: the site is .*, 85% of the .* a GitHub Pages site may publish\. Largest folders: entities\/ .* \(6 files\), /,
    );
    expect(warnings[0]).toMatch(/minStories/);
    expect(warnings[1]).toBe(
      "Warning: 1 folder holds more than 4 files: entities/ (5 files). Hosts and tools slow down on such folders.",
    );
  });

  function size0(): number {
    return fileBytes + dirBytes;
  }

  it("gives the same figures from the file sizes a build recorded, without walking the files", async () => {
    const recorded = {
      "index.html": 1000,
      ...Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`entities/e${i}.json`, 2000])),
      "entities/a/index.html": 500,
      "data/stories.json": 2,
    };
    for (const filesPerFolder of [1000, 4]) {
      const walked = await measureSite(dir, { filesPerFolder });
      expect(siteSizeOf(dir, recorded, { filesPerFolder })).toEqual(walked);
    }
    // The recorded sizes are what counts: no file is read or stat'ed.
    const bigger = siteSizeOf(dir, { ...recorded, "index.html": 1500 });
    expect(bigger.bytes).toBe(fileBytes + dirBytes + 500);
  });

  it("formats sizes in decimal units", () => {
    expect([formatBytes(512), formatBytes(38_200), formatBytes(172_400_000), formatBytes(1_200_000_000)]).toEqual([
      "512 B",
      "38.2 KB",
      "172.4 MB",
      "1.20 GB",
    ]);
  });
});
