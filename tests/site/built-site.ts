// Helpers for whole-site tests: build a fixture into a temp dir and walk what came out.
import { DEFAULT_CACHE_DIR } from "../../src/cache/cache-folder.js";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { manifestPath, renderSite } from "../../src/site/render-site.js";
import type { SiteData } from "../../src/types.js";

export interface BuiltSite {
  dir: string;
  prefix: string;
  /** Output-relative paths of every file, forward slashes. */
  files: string[];
  read(path: string): string;
  remove(): void;
}

export async function buildInto(site: SiteData, prefix = "/"): Promise<BuiltSite> {
  const dir = mkdtempSync(join(tmpdir(), "digest-site-"));
  await renderSite(site, { outDir: dir, pathPrefix: prefix });
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) =>
      join(e.parentPath, e.name)
        .slice(dir.length + 1)
        .replaceAll("\\", "/"),
    )
    .sort();
  return {
    dir,
    prefix,
    files,
    read: (path) => readFileSync(join(dir, path), "utf8"),
    remove: () => {
      // The site's manifest lives beside it (site-commit.ts).
      for (const path of [dir, manifestPath(dir, DEFAULT_CACHE_DIR)]) rmSync(path, { recursive: true, force: true });
    },
  };
}

/** Every href/src/content-url value in an HTML document (entities decoded for `&amp;`). */
export function linksIn(html: string): string[] {
  const links: string[] = [];
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) links.push((match[1] ?? "").replaceAll("&amp;", "&"));
  for (const match of html.matchAll(/http-equiv="refresh" content="\d+; url=([^"]*)"/g)) links.push(match[1] ?? "");
  return links;
}

/**
 * The output file a site-internal URL points at, or undefined for external and fragment-only
 * links. Throws when an internal URL does not start with the path prefix.
 */
export function targetFile(url: string, prefix: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("#")) return undefined;
  if (!url.startsWith(prefix)) throw new Error(`internal link ${url} does not start with the path prefix ${prefix}`);
  const path = decodeURIComponent(url.slice(prefix.length).replace(/[?#].*$/, ""));
  return path === "" || path.endsWith("/") ? `${path}index.html` : path;
}
