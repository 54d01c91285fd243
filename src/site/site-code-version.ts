import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { PageContext } from "./pages/page-context.js";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** What a build's files are made with besides their records: the site code and the page context. */
export async function renderVersion(ctx: PageContext): Promise<string> {
  return `${await siteCodeVersion(projectRoot)}:${JSON.stringify([ctx.prefix, ctx.siteUrl, ctx.siteTitle])}`;
}

/**
 * A hash of everything that shapes the output besides the records: the site stage's code, the
 * templates and assets, the Eleventy configuration and the dependency versions. Editing any of
 * them makes the next build render every page again rather than keep a page made the old way.
 */
export async function siteCodeVersion(projectRoot: string): Promise<string> {
  const hash = createHash("sha1");
  const files: string[] = [join(projectRoot, ".eleventy.js"), join(projectRoot, "package.json")];
  for (const dir of ["src/site", "templates"]) {
    const entries = await readdir(join(projectRoot, dir), { recursive: true, withFileTypes: true });
    for (const entry of entries) if (entry.isFile()) files.push(join(entry.parentPath, entry.name));
  }
  for (const file of files.sort()) {
    hash.update(file.slice(projectRoot.length)).update("\0");
    hash.update(await readFile(file)).update("\0");
  }
  return hash.digest("base64url");
}
