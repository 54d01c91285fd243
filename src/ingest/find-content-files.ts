import { readdir } from "node:fs/promises";
import { extname, join, relative, sep } from "node:path";
import { ContentFolderError } from "../diagnostics/digest-error.js";

/** Extensions read as articles. */
export const ARTICLE_EXTENSIONS = new Set([".md", ".markdown", ".txt"]);

/** The site-level knowledge file a user edits to add aliases, merge, rename or ignore entities. */
export const KNOWLEDGE_FILES = new Set(["knowledge.yml", "knowledge.yaml"]);

export type ContentFileKind = "article" | "knowledge" | "ignored";

export interface ContentFile {
  /** Path relative to the content folder, forward slashes (control characters shown as `\xNN`). */
  path: string;
  absolutePath: string;
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
  let entries;
  try {
    entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  } catch (cause) {
    throw new ContentFolderError(unreadableMessage(contentDir, cause as NodeJS.ErrnoException), undefined, undefined, undefined, { cause });
  }
  const files: ContentFile[] = [];
  for (const entry of entries) {
    if (entry.isDirectory()) continue;
    const absolutePath = join(entry.parentPath, entry.name);
    const path = relative(contentDir, absolutePath).split(sep).join("/");
    if (/[\u0000-\u001f\u007f]/.test(path)) {
      files.push({ path: showControls(path), absolutePath, kind: "ignored", reason: "the file name holds control characters (line breaks, escapes)", hint: "rename the file with letters, digits and dashes" });
    } else if (entry.isSymbolicLink()) {
      files.push({ path, absolutePath, kind: "ignored", reason: "symbolic links are not followed (one could lead outside the content folder)", hint: "copy the file itself into the content folder" });
    } else if (!entry.isFile()) {
      files.push({ path, absolutePath, kind: "ignored", reason: "not a regular file (a pipe, socket or device)", hint: "remove it from the content folder" });
    } else {
      files.push(classify(path, absolutePath));
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function classify(path: string, absolutePath: string): ContentFile {
  const name = path.split("/").pop() ?? path;
  if (path.split("/").some((part) => part.startsWith(".") || part.startsWith("_"))) {
    return { path, absolutePath, kind: "ignored", reason: "hidden or underscore-prefixed files are not articles", hint: "rename it without the leading . or _ if it is an article" };
  }
  if (path === name && KNOWLEDGE_FILES.has(name.toLowerCase())) return { path, absolutePath, kind: "knowledge" };
  if (/^readme(\.|$)/i.test(name)) {
    return { path, absolutePath, kind: "ignored", reason: "README files describe the folder and are not articles", hint: "nothing to do" };
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
function unreadableMessage(contentDir: string, error: NodeJS.ErrnoException): string {
  const at = error.path ?? contentDir;
  if (at === contentDir && error.code === "ENOENT") {
    return `The content folder ${contentDir} does not exist. Create it and put articles (.md or .txt) in it, or pass --content DIR.`;
  }
  if (error.code === "ENAMETOOLONG") {
    return `A path in the content folder ${contentDir} is longer than the system allows (under ${showControls(at.slice(0, 120))}…). Shorten the names of its folders or files.`;
  }
  const why = error.code === "EACCES" || error.code === "EPERM" ? "permission denied" : error.code === "ENOTDIR" ? "it is not a folder" : (error.code ?? error.message);
  const todo = error.code === "EACCES" || error.code === "EPERM" ? "Give yourself read permission on it, or move it out of the content folder." : "Check the path, or pass --content DIR.";
  return `Cannot read ${showControls(at)}${at === contentDir ? " (the content folder)" : ` in the content folder ${contentDir}`}: ${why}. ${todo}`;
}
