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
  const file = join(outDir, "data", "stories.json");
  const diagnostics: Diagnostic[] = [];
  const warn = (why: ProblemParams<"previous-stories">[0]) => diagnostics.push(diagnostic("previous-stories", { file }, why));
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    if (code !== "ENOENT" && code !== "ENOTDIR") {
      warn({ unreadable: code ?? (cause as Error).message });
    }
    return { stories: [], diagnostics };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    warn({ notJson: true });
    return { stories: [], diagnostics };
  }
  const list = Array.isArray(json) ? json : (json as { stories?: unknown } | null)?.stories;
  if (!Array.isArray(list)) return { stories: [], diagnostics };
  const badIds: unknown[] = [];
  const isId = (id: unknown): id is string => {
    const ok = typeof id === "string" && id.length <= MAX_SEGMENT_BYTES && STORY_ID.test(id);
    if (!ok && id !== undefined) badIds.push(id);
    return ok;
  };
  const stories = list.flatMap((story: { id?: unknown; articles?: { id?: unknown }[]; formerIds?: unknown } | null) =>
    story && isId(story.id) && Array.isArray(story.articles)
      ? [
          {
            id: story.id,
            articleIds: story.articles.map((a) => a?.id).filter((id): id is string => typeof id === "string"),
            formerIds: Array.isArray(story.formerIds) ? story.formerIds.filter(isId) : [],
          },
        ]
      : [],
  );
  if (badIds.length > 0) warn({ badIds });
  return { stories, diagnostics };
}
