// The search index's worker thread (see pagefind-shards.ts): indexes the shards it is sent and
// answers with the number of documents indexed, or the error. "stop" ends Pagefind's process at
// once (an interrupted build, see stopSearchIndexing). Sent `keep`, it leaves Pagefind's process
// running after a success, for the next build of a process that builds again and again.
import { parentPort } from "node:worker_threads";
import { close } from "pagefind";
import { problem, type FatalCode } from "../diagnostics/catalogue.js";
import { DigestError } from "../diagnostics/digest-error.js";
import { indexShards, type ShardJob } from "./pagefind-shards.js";

export type SearchWorkerMessage = { jobs: ShardJob[]; keep?: boolean } | "stop";
export type SearchWorkerReply =
  | { indexed: number }
  /** The error as plain data, for the main thread to throw as a SearchIndexError. */
  | { error: { code: FatalCode; message: string; hint: string; file?: string } };

const port = parentPort!;
port.on("message", (message: SearchWorkerMessage) => {
  if (message === "stop") {
    void close();
    return;
  }
  indexShards(message.jobs, { keep: message.keep ?? false }).then(
    (indexed) => port.postMessage({ indexed } satisfies SearchWorkerReply),
    (error: unknown) =>
      port.postMessage({
        error:
          error instanceof DigestError
            ? {
                code: error.code,
                message: error.message,
                hint: error.hint,
                ...(error.file ? { file: error.file } : {}),
              }
            : // Pagefind's own messages name it already ("Pagefind backend closed"), as the catalogue's do.
              problem(
                "search-index",
                (error instanceof Error ? error.message : String(error)).replace(/^Pagefind /, ""),
              ),
      } satisfies SearchWorkerReply),
  );
});
