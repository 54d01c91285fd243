import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { MAX_SEGMENT_BYTES } from "../text/slugify.js";
import type { Diagnostic } from "../types.js";
import { diagnostic, type ProblemParams } from "../diagnostics/catalogue.js";

export interface PreviousStory {
  id: string;
  articleIds: string[];
  /** Ids it had absorbed before; kept so their redirects survive the next build too. */
  formerIds: string[];
}

export interface PreviousStories {
  stories: PreviousStory[];
  /** The previous build's threads (from data/threads.json), `articleIds` holding their story ids. */
  threads: PreviousStory[];
  /** Warnings about a damaged file; never errors (see readPreviousStories). */
  diagnostics: Diagnostic[];
}

/** What the site's slug function makes of any text: one path segment of `[a-z0-9-]`. */
const STORY_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The stories of the last build, read from its `data/stories.json`, so that story ids (and so
 * URLs) stay stable when articles are added. A missing file means a first build.
 *
 * The file is the build's own output, but it may have been edited or damaged since. Its ids
 * become page paths, so one that is not a slug is dropped, with a warning naming the file, not
 * used (it was blamed on front matter `slug` when its page URL was refused). A damaged file never
 * stops the build: ignoring the ids costs at worst new URLs for the stories concerned, which is
 * what a first build gives too; stopping would leave the user to delete the file by hand anyway.
 */
export async function readPreviousStories(outDir: string): Promise<PreviousStories> {
  const stories = await readPreviousRecords(outDir, "stories");
  const threads = await readPreviousRecords(outDir, "threads");
  return {
    stories: stories.records,
    threads: threads.records,
    diagnostics: [...stories.diagnostics, ...threads.diagnostics],
  };
}

/**
 * One list of the previous build: stories (their `articles`' ids) or threads (their `stories`,
 * ids already), under the same rules.
 */
async function readPreviousRecords(
  outDir: string,
  kind: "stories" | "threads",
): Promise<{ records: PreviousStory[]; diagnostics: Diagnostic[] }> {
  const noun = kind === "stories" ? "story" : "thread";
  const file = join(outDir, "data", `${kind}.json`);
  const diagnostics: Diagnostic[] = [];
  const warn = (why: ProblemParams<"previous-stories">[0]) =>
    diagnostics.push(diagnostic("previous-stories", { file }, why));
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "ENOTDIR") {
      warn({ unreadable: code ?? (cause as Error).message, list: noun });
    }
    return { records: [], diagnostics };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    warn({ notJson: true, list: noun });
    return { records: [], diagnostics };
  }
  const list = Array.isArray(json) ? json : (json as Record<string, unknown> | null)?.[kind];
  if (!Array.isArray(list)) return { records: [], diagnostics };
  const badIds: unknown[] = [];
  const isId = (id: unknown): id is string => {
    const ok = typeof id === "string" && id.length <= MAX_SEGMENT_BYTES && STORY_ID.test(id);
    if (!ok && id !== undefined) badIds.push(id);
    return ok;
  };
  const members = (record: { articles?: unknown; stories?: unknown }): unknown[] | undefined => {
    const list = kind === "stories" ? record.articles : record.stories;
    if (!Array.isArray(list)) return undefined;
    return kind === "stories" ? list.map((a: { id?: unknown } | null) => a?.id) : list;
  };
  const records = list.flatMap(
    (record: { id?: unknown; articles?: unknown; stories?: unknown; formerIds?: unknown } | null) => {
      const ids = record && isId(record.id) ? members(record) : undefined;
      return record && ids
        ? [
            {
              id: record.id as string,
              articleIds: ids.filter((id): id is string => typeof id === "string"),
              formerIds: Array.isArray(record.formerIds) ? record.formerIds.filter(isId) : [],
            },
          ]
        : [];
    },
  );
  if (badIds.length > 0) warn({ badIds, list: noun });
  return { records, diagnostics };
}
