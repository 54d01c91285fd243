import { createIndex, close } from "pagefind";
import { DigestError } from "../diagnostics/digest-error.js";

/** Pagefind could not index the built site. */
export class SearchIndexError extends DigestError {
  override name = "SearchIndexError";
}

/** The pages that carry `data-pagefind-body`: stories and articles (see src/site/pages/). */
const INDEXED_PAGES = "{stories,articles}/**/*.html";

/**
 * Indexes the built HTML with Pagefind's Node API and writes its bundle (index, UI script and
 * styles) to `<outDir>/pagefind/`. Only elements marked `data-pagefind-body` (story and article
 * pages) are indexed, so lists and indexes do not crowd out the stories in results; only their
 * folders are read (a third less work than the whole site).
 */
export async function runPagefind(outDir: string): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: "en" });
  try {
    if (!index) throw new SearchIndexError(`Pagefind did not start: ${errors.join("; ")}. Check that the pagefind package installed its binary (npm ci).`);
    const added = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
    if (added.errors.length) throw new SearchIndexError(`Pagefind could not index ${outDir}: ${added.errors.join("; ")}`, outDir);
    const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
    if (written.errors.length) throw new SearchIndexError(`Pagefind could not write its index: ${written.errors.join("; ")}`, outDir);
    return added.page_count;
  } finally {
    await close();
  }
}
