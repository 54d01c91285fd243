// What a built search index holds, read back for comparison (run-pagefind.test.ts and
// kept-search-indexer.test.ts): each shard's page fragments, by name and content hash.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The page fragments (URL, title, text, filters of each page; named by a hash of their content) of `dir`'s index, per shard. */
export function indexFragments(dir: string): Map<string, string> {
  const root = join(dir, "pagefind");
  const content = new Map<string, string>();
  for (const shard of readdirSync(root).filter((name) => name.startsWith("shard-")))
    for (const fragment of readdirSync(join(root, shard, "fragment")).sort())
      content.set(
        `${shard}/${fragment}`,
        createHash("sha1")
          .update(readFileSync(join(root, shard, "fragment", fragment)))
          .digest("hex"),
      );
  return content;
}
