// The output folder's listing, made on a worker thread while a build's stages run, and what the
// site stage does with it: every entry, folders told from files and links, for finding strays.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listOutput, listOutputNow } from "../../src/site/output-listing.js";
import { renderSite } from "../../src/site/render-site.js";
import { buildFixtureSite } from "./site-fixture.js";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
const newDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "digest-listing-"));
  dirs.push(dir);
  return dir;
};

describe("listOutput", () => {
  it("lists every entry under the folder on a worker thread, a link to a folder as no folder", async () => {
    const dir = newDir();
    mkdirSync(join(dir, "stories", "one"), { recursive: true });
    writeFileSync(join(dir, "stories", "one", "index.html"), "<p>one</p>");
    writeFileSync(join(dir, "index.html"), "<p>home</p>");
    symlinkSync(join(dir, "stories"), join(dir, "linked"));
    const listing = await listOutput(dir);
    const entries = (l: { paths: string[]; folders: boolean[] }) =>
      l.paths.map((path, k) => [path, l.folders[k]] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
    expect(entries(listing!)).toEqual([
      ["index.html", false],
      ["linked", false],
      ["stories", true],
      [join("stories", "one"), true],
      [join("stories", "one", "index.html"), false],
    ]);
    expect(entries(listing!)).toEqual(entries(listOutputNow(dir)));
  });

  it("lists nothing for a folder that is not there", async () => {
    expect(await listOutput(join(newDir(), "missing"))).toEqual({ paths: [], folders: [] });
  });
});

describe("renderSite with a listing made earlier", () => {
  it("deletes the strays the listing names, and leaves what was put there after it", async () => {
    const outDir = join(newDir(), "site");
    const site = buildFixtureSite();
    await renderSite(site, { outDir });
    writeFileSync(join(outDir, "stray.html"), "by hand");
    const listing = listOutput(outDir);
    await listing;
    writeFileSync(join(outDir, "later.html"), "by hand, after the listing");
    await renderSite(site, { outDir, listing });
    expect(existsSync(join(outDir, "stray.html"))).toBe(false);
    expect(existsSync(join(outDir, "later.html"))).toBe(true);
    // Without a listing the site stage lists the folder itself.
    await renderSite(site, { outDir });
    expect(existsSync(join(outDir, "later.html"))).toBe(false);
  });
});
