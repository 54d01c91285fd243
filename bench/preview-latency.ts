// What a user of `npm start` waits for: the first page served after starting `digest serve` on
// an archive, and an added article's page served after its file is saved. Both are measured from
// outside, as the reader's browser sees them: by polling the server over HTTP.
import { spawn } from "node:child_process";
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { CorpusArticle } from "./generate-corpus.js";

export interface PreviewTimes {
  /** From starting `digest serve` to the home page answering 200. */
  firstPageSeconds: number;
  /** From writing one new article to its page answering 200. */
  addedPageSeconds: number;
}

const POLL_MS = 20;
const GIVE_UP_MS = 600_000;

/**
 * Serves `content` into `out` with `digest serve` (`digest`: Node's options, then the command's
 * file), then adds `extra` and waits for its page.
 */
export async function measurePreview(
  digest: readonly string[],
  cwd: string,
  content: string,
  out: string,
  extra: CorpusArticle,
): Promise<PreviewTimes> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [...digest, "serve", "--content", content, "--out", out, "--port", String(20_000 + (process.pid % 20_000))],
    { cwd, stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  const collect = (chunk: Buffer): void => {
    log = (log + chunk.toString()).slice(-8000);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  try {
    // The dev server picks the next free port when the asked one is taken, and says which.
    const base = await until(
      () => /http:\/\/localhost:(\d+)/.exec(log)?.[0],
      () => log,
    );
    await until(
      async () => ((await status(`${base}/`)) === 200 ? true : undefined),
      () => log,
    );
    const firstPageSeconds = (performance.now() - started) / 1000;

    // The added article is read on a page that was not there: its own (it joined a story, which
    // gives each source its page), or a new story's (it is that story's only source). Watching
    // the two folders costs the server nothing, unlike fetching the data export again and again.
    const folders = ["articles", "stories"] as const;
    const pages = async () =>
      (await Promise.all(folders.map((f) => readdir(join(out, f)).catch(() => [])))).map((names) => new Set(names));
    const before = await pages();
    const saved = performance.now();
    await writeFile(join(content, extra.name), extra.text);
    await until(
      async () => {
        const now = await pages();
        for (const [i, folder] of folders.entries())
          for (const name of now[i]!)
            if (!before[i]!.has(name) && (await status(`${base}/${folder}/${name}/`)) === 200) return true;
        return undefined;
      },
      () => log,
    );
    return { firstPageSeconds, addedPageSeconds: (performance.now() - saved) / 1000 };
  } finally {
    child.kill("SIGINT");
    await new Promise((resolve) => child.once("close", resolve));
  }
}

async function status(url: string): Promise<number> {
  try {
    return (await fetch(url)).status;
  } catch {
    return 0;
  }
}

async function until<T>(probe: () => T | undefined | Promise<T | undefined>, log: () => string): Promise<T> {
  const deadline = performance.now() + GIVE_UP_MS;
  while (performance.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(POLL_MS);
  }
  throw new Error(`digest serve did not get there in ${GIVE_UP_MS / 1000} s; its last output:\n${log()}`);
}
