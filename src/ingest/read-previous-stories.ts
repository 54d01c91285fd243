import { readFile } from "node:fs/promises";
import { join } from "node:path";

export interface PreviousStory {
  id: string;
  articleIds: string[];
  /** Ids it had absorbed before; kept so their redirects survive the next build too. */
  formerIds: string[];
}

/**
 * The stories of the last build, read from its `data/stories.json`, so that story ids (and so
 * URLs) stay stable when articles are added. A missing or unreadable file means a first build.
 */
export async function readPreviousStories(outDir: string): Promise<PreviousStory[]> {
  try {
    const json: unknown = JSON.parse(await readFile(join(outDir, "data", "stories.json"), "utf8"));
    const list = Array.isArray(json) ? json : (json as { stories?: unknown }).stories;
    if (!Array.isArray(list)) return [];
    return list.flatMap((story: { id?: unknown; articles?: { id?: unknown }[]; formerIds?: unknown }) =>
      typeof story.id === "string" && Array.isArray(story.articles)
        ? [
            {
              id: story.id,
              articleIds: story.articles.map((a) => a.id).filter((id): id is string => typeof id === "string"),
              formerIds: Array.isArray(story.formerIds) ? story.formerIds.filter((id): id is string => typeof id === "string") : [],
            },
          ]
        : [],
    );
  } catch {
    return [];
  }
}
