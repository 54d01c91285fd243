import { lstatSync } from "node:fs";
import { lstat, readdir } from "node:fs/promises";
import { join } from "node:path";

// What a built site weighs against what GitHub Pages accepts: a published site of at most 1 GB
// (https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits). Sizes
// are apparent sizes as `du -sb` counts them (files and the folders' own entries), the figure
// the size budget of issue 16 is stated in.

/** GitHub Pages' limit on a published site. */
export const PAGES_SITE_LIMIT = 1_000_000_000;

export interface SizeLimits {
  /** Bytes the site may reach. */
  siteBytes: number;
  /** Share of `siteBytes` past which the build warns (0.8: warn at 80%). */
  warnShare: number;
  /** Files directly in one folder past which the build warns. */
  filesPerFolder: number;
}

export const DEFAULT_SIZE_LIMITS: SizeLimits = { siteBytes: PAGES_SITE_LIMIT, warnShare: 0.8, filesPerFolder: 1000 };

export interface FolderSize {
  /** Path relative to the site root, forward slashes (`entities`); files at the root count as "(root files)". */
  path: string;
  bytes: number;
  files: number;
}

export interface SiteSize {
  bytes: number;
  files: number;
  /** The site's top-level folders, largest first. */
  parts: FolderSize[];
  /** Folders holding more than `filesPerFolder` files directly, most files first. */
  crowded: { path: string; files: number }[];
}

/**
 * A built site's size from the sizes of its files as the build recorded them (the site's
 * manifest: every file of the site and nothing else, after the commit), without walking the
 * site: only its folders are looked at, for their own entries (`du -sb` counts them). Paths are
 * relative to `dir`, forward slashes.
 */
export function siteSizeOf(
  dir: string,
  fileSizes: Readonly<Record<string, number>>,
  limits: Pick<SizeLimits, "filesPerFolder"> = DEFAULT_SIZE_LIMITS,
): SiteSize {
  const parts = new Map<string, FolderSize>();
  const bucket = (part: string) => {
    let found = parts.get(part);
    if (!found) parts.set(part, (found = { path: part, bytes: 0, files: 0 }));
    return found;
  };
  const perFolder = new Map<string, number>();
  const folders = new Set<string>();
  let bytes = lstatSync(dir).size;
  let files = 0;
  for (const [path, size] of Object.entries(fileSizes)) {
    const slash = path.lastIndexOf("/");
    const folder = slash < 0 ? "" : path.slice(0, slash);
    perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
    const part = bucket(slash < 0 ? "(root files)" : path.slice(0, path.indexOf("/")));
    part.bytes += size;
    part.files++;
    bytes += size;
    files++;
    for (let at = folder; at !== "" && !folders.has(at); at = at.slice(0, Math.max(0, at.lastIndexOf("/"))))
      folders.add(at);
  }
  for (const folder of folders) {
    const size = lstatSync(join(dir, folder)).size;
    bytes += size;
    bucket(folder.split("/")[0]!).bytes += size;
  }
  const crowded = [...perFolder]
    .filter(([, count]) => count > limits.filesPerFolder)
    .map(([path, count]) => ({ path: path || ".", files: count }));
  return {
    bytes,
    files,
    parts: [...parts.values()].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1)),
    crowded: crowded.sort((a, b) => b.files - a.files || (a.path < b.path ? -1 : 1)),
  };
}

/** Walks a built site once: total apparent size and files, per top-level folder, and crowded folders. */
export async function measureSite(
  dir: string,
  limits: Pick<SizeLimits, "filesPerFolder"> = DEFAULT_SIZE_LIMITS,
): Promise<SiteSize> {
  const parts = new Map<string, FolderSize>();
  const crowded: SiteSize["crowded"] = [];
  let bytes = (await lstat(dir)).size;
  let files = 0;
  const walk = async (abs: string, rel: string): Promise<void> => {
    const entries = await readdir(abs, { withFileTypes: true });
    let here = 0;
    for (const entry of entries) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      const childAbs = join(abs, entry.name);
      const size = (await lstat(childAbs)).size;
      const part = rel ? rel.split("/")[0]! : entry.isDirectory() ? entry.name : "(root files)";
      const bucket = parts.get(part) ?? { path: part, bytes: 0, files: 0 };
      parts.set(part, bucket);
      bytes += size;
      bucket.bytes += size;
      if (entry.isDirectory()) await walk(childAbs, childRel);
      else {
        here++;
        files++;
        bucket.files++;
      }
    }
    if (here > limits.filesPerFolder) crowded.push({ path: rel || ".", files: here });
  };
  await walk(dir, "");
  return {
    bytes,
    files,
    parts: [...parts.values()].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1)),
    crowded: crowded.sort((a, b) => b.files - a.files || (a.path < b.path ? -1 : 1)),
  };
}

/** `172.4 MB`, `38.2 KB`, `512 B` (decimal units, as GitHub states its limits). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** The summary line: size, files and the share per article. */
export function sizeLine(size: SiteSize, articles: number): string {
  const per =
    articles > 0
      ? `; ${formatBytes(Math.round(size.bytes / articles))} and ${(size.files / articles).toFixed(1)} files per article`
      : "";
  return `Site size: ${formatBytes(size.bytes)} in ${size.files} files${per}.`;
}

/** Warnings, each with what to do, when the site nears the size limit or a folder holds too many files. */
export function sizeWarnings(size: SiteSize, limits: SizeLimits = DEFAULT_SIZE_LIMITS): string[] {
  const warnings: string[] = [];
  if (size.bytes > limits.siteBytes * limits.warnShare) {
    const share = Math.round((size.bytes / limits.siteBytes) * 100);
    const largest = size.parts
      .slice(0, 5)
      .map((p) => `${p.path}/ ${formatBytes(p.bytes)} (${p.files} files)`)
      .join(", ");
    warnings.push(
      `Warning: the site is ${formatBytes(size.bytes)}, ${share}% of the ${formatBytes(limits.siteBytes)} a GitHub Pages site may publish. ` +
        `Largest folders: ${largest}. Raise entityPages.minStories in content/knowledge.yml, or split the archive.`,
    );
  }
  if (size.crowded.length > 0) {
    const list = size.crowded
      .slice(0, 5)
      .map((c) => `${c.path}/ (${c.files} files)`)
      .join(", ");
    warnings.push(
      `Warning: ${size.crowded.length} ${size.crowded.length === 1 ? "folder holds" : "folders hold"} more than ${limits.filesPerFolder} files: ${list}. Hosts and tools slow down on such folders.`,
    );
  }
  return warnings;
}
