// The output folder's listing (see output-listing.ts), made on a worker thread and sent back once.
import { parentPort } from "node:worker_threads";
import { listOutputNow } from "./output-listing.js";

const port = parentPort!;
port.once("message", (outDir: string) => {
  port.postMessage(listOutputNow(outDir));
  port.close();
});
