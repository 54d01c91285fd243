import { dirname, isAbsolute, join, relative } from "node:path";

/** Where per-article extraction is cached unless told otherwise (git ignores `.cache/`). */
export const DEFAULT_CACHE_DIR = ".cache/digest";

/**
 * `.cache/digest` under the working folder, unless that is inside the content folder (a build
 * run from there): then beside the content folder, so the next build does not list it as a file.
 */
export function buildCacheDir(contentDir: string): string {
  const cwd = process.cwd();
  const rel = relative(contentDir, cwd);
  const insideContent = rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
  return join(insideContent ? dirname(contentDir) : cwd, DEFAULT_CACHE_DIR);
}
