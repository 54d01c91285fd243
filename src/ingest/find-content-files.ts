import { readdir } from "node:fs/promises";
import { extname, join, relative, sep } from "node:path";
import { ContentFolderError } from "../diagnostics/digest-error.js";

/** Extensions read as articles. */
export const ARTICLE_EXTENSIONS = new Set([".md", ".markdown", ".txt"]);

/** The site-level knowledge file a user edits to add aliases, merge, rename or ignore entities. */
export const KNOWLEDGE_FILES = new Set(["knowledge.yml", "knowledge.yaml"]);

export type ContentFileKind = "article" | "knowledge" | "ignored";

export interface ContentFile {
  /** Path relative to the content folder, forward slashes. */
  path: string;
  absolutePath: string;
  kind: ContentFileKind;
  /** Why a file is ignored, for the build summary (nothing disappears silently). */
  reason?: string;
}

/**
 * Every file under the content folder, classified. Sorted by path so that everything downstream
 * (ids, story order) is the same whatever order the file system lists entries in.
 */
export async function findContentFiles(contentDir: string): Promise<ContentFile[]> {
  let entries;
  try {
    entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  } catch (cause) {
    throw new ContentFolderError(
      `Cannot read the content folder ${contentDir}. Create it and put articles (.md or .txt) in it, or pass --content DIR.`,
      contentDir,
      undefined,
      undefined,
      { cause },
    );
  }
  const files: ContentFile[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolutePath = join(entry.parentPath, entry.name);
    const path = relative(contentDir, absolutePath).split(sep).join("/");
    files.push(classify(path, absolutePath));
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function classify(path: string, absolutePath: string): ContentFile {
  const name = path.split("/").pop() ?? path;
  if (path.split("/").some((part) => part.startsWith(".") || part.startsWith("_"))) {
    return { path, absolutePath, kind: "ignored", reason: "hidden or underscore-prefixed files are not articles" };
  }
  if (path === name && KNOWLEDGE_FILES.has(name.toLowerCase())) return { path, absolutePath, kind: "knowledge" };
  if (/^readme(\.|$)/i.test(name)) {
    return { path, absolutePath, kind: "ignored", reason: "README files describe the folder and are not articles" };
  }
  const ext = extname(name).toLowerCase();
  if (ARTICLE_EXTENSIONS.has(ext)) return { path, absolutePath, kind: "article" };
  return {
    path,
    absolutePath,
    kind: "ignored",
    reason: `unsupported file type "${ext || name}": save the article as .md (with front matter) or .txt`,
  };
}
