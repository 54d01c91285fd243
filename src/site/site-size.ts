import { lstat, readdir } from "node:fs/promises";
import { join } from "node:path";

// What a built site weighs against what GitHub Pages accepts: a published site of at most 1 GB
// (https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits). What
// Pages measures is the artifact its deploy step receives ("Uploaded artifact size of N bytes
// exceeds the allowed size of 1 GB"): the tar that actions/upload-pages-artifact makes of the
// site folder. So a site's size here is that tar's, uncompressed: every file padded to 512-byte
// blocks, a 512-byte header for each file and folder (GNU tar's, with a long-name record for a
// path over 100 bytes), and the end blocks. A folder costs its header, not the 4 KB a file
// system such as ext4 gives its own entry (`du -sb` counts those; they are never uploaded).

/** tar's block: headers and file data are counted in whole blocks. */
const BLOCK = 512;
/** GNU tar's record (20 blocks, its default): the archive ends on a whole record. */
const RECORD = 20 * BLOCK;
/** Longest name a tar header holds; a longer one goes in a record of its own before the header. */
const NAME_FIELD = 100;

const blocks = (bytes: number) => Math.ceil(bytes / BLOCK) * BLOCK;

/**
 * What one entry adds to the artifact: its header (and long-name record), and a file's data.
 * `path` is relative to the site, forward slashes; the archive names it `./path` (`./path/` for
 * a folder), as `tar --directory SITE -cf artifact.tar .` does.
 */
export function tarEntryBytes(path: string, fileBytes: number | "folder"): number {
  const name = Buffer.byteLength(`./${path}${fileBytes === "folder" && path !== "" ? "/" : ""}`);
  const longName = name > NAME_FIELD ? BLOCK + blocks(name + 1) : 0;
  return longName + BLOCK + (fileBytes === "folder" ? 0 : blocks(fileBytes));
}

/** The whole archive from the sum of its entries: the two zero blocks that end it, then the last record filled. */
const archiveBytes = (entries: number) => Math.ceil((entries + 2 * BLOCK) / RECORD) * RECORD;

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
 * manifest: every file of the site and nothing else, after the commit), without looking at the
 * site at all: its folders are the ones the paths name. Paths are relative to the site, forward
 * slashes.
 */
export function siteSizeOf(
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
  let entries = tarEntryBytes("", "folder");
  let files = 0;
  for (const [path, size] of Object.entries(fileSizes)) {
    const slash = path.lastIndexOf("/");
    const folder = slash < 0 ? "" : path.slice(0, slash);
    perFolder.set(folder, (perFolder.get(folder) ?? 0) + 1);
    const part = bucket(slash < 0 ? "(root files)" : path.slice(0, path.indexOf("/")));
    const bytes = tarEntryBytes(path, size);
    part.bytes += bytes;
    part.files++;
    entries += bytes;
    files++;
    for (let at = folder; at !== "" && !folders.has(at); at = at.slice(0, Math.max(0, at.lastIndexOf("/"))))
      folders.add(at);
  }
  for (const folder of folders) {
    const bytes = tarEntryBytes(folder, "folder");
    entries += bytes;
    bucket(folder.split("/")[0]!).bytes += bytes;
  }
  const crowded = [...perFolder]
    .filter(([, count]) => count > limits.filesPerFolder)
    .map(([path, count]) => ({ path: path || ".", files: count }));
  return {
    bytes: archiveBytes(entries),
    files,
    parts: [...parts.values()].sort((a, b) => b.bytes - a.bytes || (a.path < b.path ? -1 : 1)),
    crowded: crowded.sort((a, b) => b.files - a.files || (a.path < b.path ? -1 : 1)),
  };
}

/** Walks a built site once: its artifact's size and files, per top-level folder, and crowded folders. */
export async function measureSite(
  dir: string,
  limits: Pick<SizeLimits, "filesPerFolder"> = DEFAULT_SIZE_LIMITS,
): Promise<SiteSize> {
  const parts = new Map<string, FolderSize>();
  const crowded: SiteSize["crowded"] = [];
  let entries = tarEntryBytes("", "folder");
  let files = 0;
  const walk = async (abs: string, rel: string): Promise<void> => {
    const listed = await readdir(abs, { withFileTypes: true });
    let here = 0;
    for (const entry of listed) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      const childAbs = join(abs, entry.name);
      const folder = entry.isDirectory();
      const bytes = tarEntryBytes(childRel, folder ? "folder" : (await lstat(childAbs)).size);
      const part = rel ? rel.split("/")[0]! : folder ? entry.name : "(root files)";
      const bucket = parts.get(part) ?? { path: part, bytes: 0, files: 0 };
      parts.set(part, bucket);
      entries += bytes;
      bucket.bytes += bytes;
      if (folder) await walk(childAbs, childRel);
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
    bytes: archiveBytes(entries),
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
  return `Site size: ${formatBytes(size.bytes)} in ${size.files} files (the artifact GitHub Pages receives)${per}.`;
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
