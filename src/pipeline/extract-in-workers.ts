import type { Worker } from "node:worker_threads";
import { startWorker } from "../start-worker.js";
import type { Extraction } from "../cache/extraction-cache.js";
import { problem } from "../diagnostics/catalogue.js";
import { DigestError } from "../diagnostics/digest-error.js";
import type { ExtractContext } from "../extract/extract-article.js";
import type { Article } from "../types.js";
import type { WorkerMessage, WorkerReply } from "./extract-worker.js";
import type { ExtractionFailure } from "./extraction-failure.js";

/** Extraction threw inside a worker; names the article so the user knows which file to look at. */
export class ExtractionFailedError extends DigestError {
  override name = "ExtractionFailedError";
}

export interface WorkerPoolOptions {
  /** Articles per message; small enough to keep memory bounded, large enough to amortise messaging. Default 16. */
  batchSize?: number;
  /**
   * Called with each finished batch, in completion order (callers place results by index); a failed article has its
   * failure.
   */
  onBatch: (indexes: number[], extractions: (Extraction | ExtractionFailure)[]) => void | Promise<void>;
}

// Two batches in flight per worker: the worker starts the next one while the main thread
// handles the previous reply, and at most workers * 2 * batchSize articles are in transit.
const LANES_PER_WORKER = 2;

/**
 * Extraction worker threads. Starting one loads the extractors (about half a second), so a build
 * that will extract many articles starts the pool before it reads the content folder, and the
 * workers load while the main thread reads.
 */
export class ExtractionPool {
  private readonly workers: Worker[];
  private readonly replies: ReplyQueue[];
  private stopped = false;

  constructor(size: number) {
    this.workers = Array.from({ length: Math.max(1, size) }, () => startWorker(import.meta.url, "./extract-worker"));
    this.replies = this.workers.map((worker) => new ReplyQueue(worker));
  }

  get size(): number {
    return this.workers.length;
  }

  /** Whether the workers are stopped (after `extract` or `close`). */
  get closed(): boolean {
    return this.stopped;
  }

  /** Extracts `articles` in batches; every result reaches `onBatch` once. Then the pool is closed. */
  async extract(articles: readonly Article[], context: ExtractContext, options: WorkerPoolOptions): Promise<void> {
    const batchSize = Math.max(1, options.batchSize ?? 16);
    const batches: number[][] = [];
    for (let start = 0; start < articles.length; start += batchSize) {
      batches.push(Array.from({ length: Math.min(batchSize, articles.length - start) }, (_, offset) => start + offset));
    }
    let next = 0;
    let failure: unknown;

    const lane = async (worker: Worker, replies: ReplyQueue): Promise<void> => {
      while (failure === undefined && next < batches.length) {
        const batch = next++;
        const indexes = batches[batch] as number[];
        worker.postMessage({
          batch,
          articles: indexes.map((index) => articles[index] as Article),
        } satisfies WorkerMessage);
        let reply: WorkerReply;
        try {
          reply = await replies.wait(batch);
        } catch (cause) {
          // The worker died (out of memory, killed): one of these files did it, and the build cannot tell which.
          const files = indexes.map((index) => (articles[index] as Article).sourcePath);
          throw new ExtractionFailedError({
            ...problem("extraction-stopped", files, cause instanceof Error ? cause.message : String(cause)),
            file: files[0] as string,
            cause,
          });
        }
        await options.onBatch(indexes, reply.extractions);
      }
    };

    try {
      // Workers beyond the number of batches would only load the extractors for nothing.
      const busy = this.workers.slice(0, Math.min(this.workers.length, batches.length));
      await Promise.all(
        busy.map((worker, i) => {
          worker.postMessage({ context } satisfies WorkerMessage);
          const replies = this.replies[i] as ReplyQueue;
          return Promise.all(Array.from({ length: LANES_PER_WORKER }, () => lane(worker, replies))).catch(
            (error: unknown) => {
              failure ??= error;
              throw error;
            },
          );
        }),
      );
    } finally {
      await this.close();
    }
  }

  /** Stops the workers (a pool started for a build that turned out to need none). */
  async close(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** Matches a worker's replies to the batches waiting for them; a dead worker fails them all. */
class ReplyQueue {
  private readonly arrived = new Map<number, WorkerReply>();
  private readonly waiting = new Map<
    number,
    { resolve: (reply: WorkerReply) => void; reject: (error: unknown) => void }
  >();
  private dead: unknown;

  constructor(worker: Worker) {
    worker.on("message", (reply: WorkerReply) => {
      const waiter = this.waiting.get(reply.batch);
      if (waiter) {
        this.waiting.delete(reply.batch);
        waiter.resolve(reply);
      } else this.arrived.set(reply.batch, reply);
    });
    const die = (error: unknown): void => {
      this.dead ??= error;
      for (const waiter of this.waiting.values()) waiter.reject(this.dead);
      this.waiting.clear();
    };
    worker.on("error", die);
    worker.on("exit", (code) => die(new Error(`extraction worker exited with code ${code} before finishing`)));
  }

  wait(batch: number): Promise<WorkerReply> {
    const reply = this.arrived.get(batch);
    if (reply) {
      this.arrived.delete(batch);
      return Promise.resolve(reply);
    }
    if (this.dead !== undefined) return Promise.reject(this.dead);
    return new Promise((resolve, reject) => this.waiting.set(batch, { resolve, reject }));
  }
}
