// The preview server (`npm start`, `digest serve`): the incremental build, served by Eleventy's
// dev server. It must pick up an article added to the content folder without a restart, writing
// only what changed, and keep serving the site when a bad file arrives.
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const SAMPLE_HEADLINE = "U.S., Japan in defense cooperation talks to help Ukraine";
const ADDED_HEADLINE = "Norway and Chile sign salmon fisheries accord";
const ADDED = `---
title: ${ADDED_HEADLINE}
date: 2024-05-20
outlet: Kyodo News
---

Norway and Chile signed an accord on salmon fisheries in Oslo on May 20, the two governments said.
`;
// Front matter that is not YAML: the pipeline rejects the file with a diagnostic.
const BAD = `---
title: "unclosed
date: [2024
---

Text.
`;

let server: ChildProcess | undefined;
let dir: string;
let base: string;
let output = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "preview-"));
  await cp(join(ROOT, "tests", "fixtures", "samples"), join(dir, "content"), { recursive: true });
  const port = await freePort();
  base = `http://localhost:${port}`;
  // The same command as `npm start`, on a free port, with the content and output folders in a temp dir.
  server = spawn(process.execPath, ["bin/digest.js", "serve", `--port=${port}`, "--verbose"], {
    cwd: ROOT,
    env: { ...process.env, DIGEST_CONTENT: join(dir, "content"), DIGEST_OUT: join(dir, "_site") },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const collect = (chunk: Buffer): void => {
    output += chunk.toString();
  };
  server.stdout?.on("data", collect);
  server.stderr?.on("data", collect);
  // The samples' story, by its headline (cards show headline, date and one line, no party names).
  await until(async () => (await home())?.includes(SAMPLE_HEADLINE) ?? false, 150_000, "the first build to be served");
});

afterAll(async () => {
  if (server?.pid !== undefined && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once("exit", resolve));
    process.kill(-server.pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (server.exitCode === null) process.kill(-server.pid, "SIGKILL");
  }
  if (process.env.DEBUG) process.stderr.write(output.replace(/^.*Writing.*\n/gm, ""));
  await rm(dir, { recursive: true, force: true });
});

describe("npm start (preview server)", () => {
  it("shows a newly added article on the home page without a restart", async () => {
    expect(await home()).not.toContain(ADDED_HEADLINE);
    const samplePage = join(dir, "_site", "articles", readdirSync(join(dir, "_site", "articles"))[0]!, "index.html");
    const before = statSync(samplePage);
    await writeFile(join(dir, "content", "2024-05-20-salmon.md"), ADDED);
    await until(
      async () => (await home())?.includes(ADDED_HEADLINE) ?? false,
      90_000,
      "the added article on the home page",
    );
    // The incremental build: an article page the new one does not change is not written again.
    const after = statSync(samplePage);
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    // --verbose: each build, the first and this one, says where its time went, stage by stage.
    const timings = () => output.match(/^ {2}(?:resolve|cluster|digest|render) +\d+\.\d\d s$/gm)?.length ?? 0;
    await until(async () => timings() >= 8, 30_000, "the rebuild's stage timings");
  });

  it("keeps serving the last good site when a bad file arrives", async () => {
    const buildsBefore = countBuilds();
    await writeFile(join(dir, "content", "broken.md"), BAD);
    // Wait for the rebuild the bad file triggers (or give up waiting and check anyway).
    await until(async () => countBuilds() > buildsBefore || server?.exitCode !== null, 60_000, "a rebuild").catch(
      () => undefined,
    );
    expect(server?.exitCode).toBeNull();
    const page = await home();
    expect(page).toContain(ADDED_HEADLINE);
    expect(page).toContain(SAMPLE_HEADLINE);
  });
});

async function home(): Promise<string | undefined> {
  try {
    const response = await fetch(`${base}/`);
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

function countBuilds(): number {
  return output.match(/^\[digest\] (rebuilt|Still serving)/gm)?.length ?? 0;
}

async function until(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    if (server?.exitCode !== null && server?.exitCode !== undefined)
      throw new Error(`dev server exited while waiting for ${what}:\n${output.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`timed out waiting for ${what}; server output:\n${output.slice(-3000)}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
