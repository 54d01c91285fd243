import { Worker } from "node:worker_threads";

/**
 * Starts the worker module `name` ("./extract-worker") beside the module `here` (its
 * `import.meta.url`). Compiled, the worker is the compiled JavaScript and starts on Node alone;
 * from the TypeScript (tests, or an edit not compiled yet) it boots through a plain-JavaScript
 * file that registers tsx first.
 */
export function startWorker(here: string, name: string): Worker {
  if (!here.endsWith(".ts")) return new Worker(new URL(`${name}.js`, here));
  return new Worker(new URL("./worker-boot.mjs", import.meta.url), {
    workerData: { entry: new URL(`${name}.ts`, here).href },
  });
}
