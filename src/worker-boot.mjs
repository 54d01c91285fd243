// Worker entry in plain JavaScript: a worker thread starts without the parent's tsx loader
// (Node 20 does not pass `register()`ed hooks on), so it registers tsx itself, then loads the
// TypeScript worker named in workerData (see start-worker.ts).
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.entry);
