import type { Dirent } from "node:fs";
import { readdir } from "node:fs/promises";
import { extname, join, relative, sep } from "node:path";
import { problem } from "../diagnostics/catalogue.js";
import { ContentFolderError } from "../diagnostics/digest-error.js";
import { firstInvalidUtf8 } from "./utf8.js";

/** Extensions read as articles. */
export const ARTICLE_EXTENSIONS = new Set([".md", ".markdown", ".txt"]);

/** The site-level knowledge file a user edits to add aliases, merge, rename or ignore entities. */
export const KNOWLEDGE_FILES = new Set(["knowledge.yml", "knowledge.yaml"]);

export type ContentFileKind = "article" | "knowledge" | "ignored";

export interface ContentFile {
  /** Path relative to the content folder, forward slashes (control characters shown as `\xNN`). */
  path: string;
  absolutePath: string;
  /**
   * The path's bytes when a name in it is not valid UTF-8: Node turns such bytes into U+FFFD in a
   * string path, which then names no file (ENOENT), so the file is opened by these bytes instead.
   */
  absolutePathBytes?: Buffer;
  kind: ContentFileKind;
  /** Why a file is ignored, for the build summary (nothing disappears silently). */
  reason?: string;
  /** What to do about an ignored file. */
  hint?: string;
}

/**
 * Every entry under the content folder that is not a folder, classified. Sorted by path so that
 * everything downstream (ids, story order) is the same whatever order the file system lists
 * entries in. Symbolic links, pipes and devices are listed as ignored, never opened: a link
 * could lead outside the content folder and a pipe would block the build forever.
 */
export async function findContentFiles(contentDir: string): Promise<ContentFile[]> {
  let entries: Listed[] = [];
  let byBytes = false;
  try {
    entries = await listAsStrings(contentDir);
  } catch (cause) {
    const error = cause as NodeJS.ErrnoException;
    // A folder whose name is not UTF-8 makes the string listing fail on its mangled name.
    if (!(error.code === "ENOENT" && error.path?.includes("\uFFFD") && error.path !== contentDir)) {
      throw new ContentFolderError({ ...unreadable(contentDir, error), cause });
    }
    byBytes = true;
  }
  if (byBytes || entries.some((entry) => entry.path.includes("\uFFFD"))) {
    // Some name is not UTF-8 (or holds U+FFFD itself): list again byte for byte. Only then, as
    // Node 20's recursive readdir cannot list as Buffers and a walk by hand is slower.
    try {
      entries = await listAsBytes(contentDir);
    } catch (cause) {
      throw new ContentFolderError({ ...unreadable(contentDir, cause as NodeJS.ErrnoException), cause });
    }
  }
  const files: ContentFile[] = [];
  for (const { entry, path, absolutePath, absolutePathBytes } of entries) {
    if (entry.isDirectory()) continue;
    const raw = absolutePathBytes ? { absolutePathBytes } : {};
    if (/[\u0000-\u001f\u007f]/.test(path)) {
      files.push({
        path: showControls(path),
        absolutePath,
        ...raw,
        kind: "ignored",
        reason: "the file name holds control characters (line breaks, escapes)",
        hint: "rename the file with letters, digits and dashes",
      });
    } else if (entry.isSymbolicLink()) {
      files.push({
        path,
        absolutePath,
        ...raw,
        kind: "ignored",
        reason: "symbolic links are not followed (one could lead outside the content folder)",
        hint: "copy the file itself into the content folder",
      });
    } else if (!entry.isFile()) {
      files.push({
        path,
        absolutePath,
        ...raw,
        kind: "ignored",
        reason: "not a regular file (a pipe, socket or device)",
        hint: "remove it from the content folder",
      });
    } else {
      files.push({ ...classify(path, absolutePath), ...raw });
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** One listed entry: its path as shown (relative, forward slashes) and as opened. */
interface Listed {
  entry: Dirent<string> | Dirent<Buffer>;
  path: string;
  absolutePath: string;
  absolutePathBytes?: Buffer;
}

async function listAsStrings(contentDir: string): Promise<Listed[]> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  return entries.map((entry) => {
    const absolutePath = join(entry.parentPath, entry.name);
    return { entry, absolutePath, path: relative(contentDir, absolutePath).split(sep).join("/") };
  });
}

/**
 * The content folder walked by hand with Buffer names. A name that is not valid UTF-8 is shown
 * with its bad bytes as `\xNN` (so two such names never look alike) and keeps its bytes for opening.
 */
async function listAsBytes(contentDir: string): Promise<Listed[]> {
  const listed: Listed[] = [];
  const walk = async (dirBytes: Buffer, dirShown: string): Promise<void> => {
    for (const entry of await readdir(dirBytes, { withFileTypes: true, encoding: "buffer" })) {
      const bytes = Buffer.concat([dirBytes, Buffer.from(sep), entry.name]);
      const path = dirShown === "" ? showName(entry.name) : `${dirShown}/${showName(entry.name)}`;
      listed.push({
        entry,
        path,
        absolutePath: join(contentDir, path),
        ...(isUtf8(bytes) ? {} : { absolutePathBytes: bytes }),
      });
      if (entry.isDirectory()) await walk(bytes, path);
    }
  };
  await walk(Buffer.from(contentDir), "");
  return listed;
}

/** A name's bytes as text, each byte outside a valid UTF-8 sequence shown as `\xNN`. */
export function showName(name: Buffer): string {
  let shown = "";
  let rest = name;
  for (;;) {
    const bad = firstInvalidUtf8(rest);
    shown += rest.subarray(0, bad).toString("utf8");
    if (bad >= rest.length) return shown;
    shown += `\\x${(rest[bad] ?? 0).toString(16).toUpperCase().padStart(2, "0")}`;
    rest = rest.subarray(bad + 1);
  }
}

function isUtf8(bytes: Buffer): boolean {
  return firstInvalidUtf8(bytes) === bytes.length;
}

function classify(path: string, absolutePath: string): ContentFile {
  const name = path.split("/").pop() ?? path;
  if (path.split("/").some((part) => part.startsWith(".") || part.startsWith("_"))) {
    return {
      path,
      absolutePath,
      kind: "ignored",
      reason: "hidden or underscore-prefixed files are not articles",
      hint: "rename it without the leading . or _ if it is an article",
    };
  }
  if (path === name && KNOWLEDGE_FILES.has(name.toLowerCase())) return { path, absolutePath, kind: "knowledge" };
  if (/^readme(\.|$)/i.test(name)) {
    return {
      path,
      absolutePath,
      kind: "ignored",
      reason: "README files describe the folder and are not articles",
      hint: "nothing to do",
    };
  }
  const ext = extname(name).toLowerCase();
  if (ARTICLE_EXTENSIONS.has(ext)) return { path, absolutePath, kind: "article" };
  return {
    path,
    absolutePath,
    kind: "ignored",
    reason: `unsupported file type "${ext || name}"; only .md, .markdown and .txt are read`,
    hint: "save the article's text as .md (with front matter) or .txt, or move the file out of the content folder",
  };
}

function showControls(path: string): string {
  return path.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

/** What went wrong reading the content folder, naming the path that failed and why. */
function unreadable(contentDir: string, error: NodeJS.ErrnoException) {
  const at = error.path ?? contentDir;
  if (at === contentDir && error.code === "ENOENT") return problem("content-folder", { missing: contentDir });
  if (error.code === "ENAMETOOLONG")
    return problem("content-folder", { tooLong: contentDir, under: showControls(at.slice(0, 120)) });
  const why =
    error.code === "EACCES" || error.code === "EPERM"
      ? "permission denied"
      : error.code === "ENOTDIR"
        ? "it is not a folder"
        : (error.code ?? error.message);
  return problem("content-folder", {
    path: showControls(at),
    ...(at === contentDir ? {} : { within: contentDir }),
    why,
  });
}
