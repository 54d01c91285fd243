// What the output folder holds, listed on a worker thread while the build's stages run. The
// site stage compares it with the files of the new site to find what to delete (strays in
// render-site.ts); walking every folder of a large site's output is tens of thousands of system
// calls (0.2-1 s at 10,000 articles, most of it waiting on the file system), which the main
// thread would otherwise spend at the end of every build.
//
// The listing is of the folder as it was when the build started. A file put into it by hand after
// that is not seen, as one put there after the listing always was not: it is deleted by the next
// build, and nothing in the new site depends on it.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { startWorker } from "../start-worker.js";

/** Every entry under the folder: path relative to it (platform separators), and whether it is a folder (not a link to one). */
export interface OutputListing {
  paths: string[];
  folders: boolean[];
}

/** The listing, made on this thread: an empty one when the folder is missing or cannot be read. */
export function listOutputNow(outDir: string): OutputListing {
  const listing: OutputListing = { paths: [], folders: [] };
  try {
    for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
      listing.paths.push(join(entry.parentPath, entry.name).slice(outDir.length + 1));
      listing.folders.push(entry.isDirectory());
    }
  } catch {
    return { paths: [], folders: [] };
  }
  return listing;
}

/** The listing, made on a worker thread of its own; undefined when the worker could not make it (the caller lists then). */
export function listOutput(outDir: string): Promise<OutputListing | undefined> {
  return new Promise((resolvePromise) => {
    let worker;
    try {
      worker = startWorker(import.meta.url, "./output-listing-worker");
    } catch {
      resolvePromise(undefined);
      return;
    }
    // A build that ends before it renders does not wait for the listing.
    worker.unref();
    worker.once("message", (listing: OutputListing) => resolvePromise(listing));
    worker.once("error", () => resolvePromise(undefined));
    worker.once("exit", () => resolvePromise(undefined));
    worker.postMessage(outDir);
  });
}
