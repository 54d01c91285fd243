// Issue 15, item 10: fatal errors name the path or setting and say what to do, as one line
// (`where  error  message  hint`), never a class name or a stack unless DEBUG is set (issue 11).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot, runCli } from "../helpers/run-cli.js";

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "digest-messages-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** No class name (`DigestError: …`), no stack frame. */
function expectPlain(stderr: string): void {
  expect(stderr).not.toMatch(/^\w*Error: /m);
  expect(stderr).not.toMatch(/^\s+at /m);
}

describe("fatal errors", () => {
  it("names DIGEST_SITE_URL when it is not a web address, before any work", () => {
    const content = join(root, "site-url");
    mkdirSync(content);
    writeFileSync(join(content, "a.md"), "---\ntitle: A\n---\nText.\n");
    const result = runCli(["build", "--content", content, "--out", join(root, "site-url-out")], {
      env: { DIGEST_SITE_URL: "user.github.io" },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'DIGEST_SITE_URL is not a web address: "user.github.io".  Set it to the site\'s origin, like ' +
        "https://user.github.io",
    );
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expectPlain(result.stderr);
  });

  it("names a path under the content folder that is longer than the system allows", () => {
    const content = join(root, "long");
    mkdirSync(content);
    // Made step by step from inside (an absolute path that long cannot be passed to mkdir).
    const segment = "d".repeat(200);
    const made = spawnSync("bash", [
      "-c",
      `cd "$1" && for i in $(seq 25); do mkdir ${segment} && cd ${segment} || exit 1; done; touch a.md`,
      "-",
      content,
    ]);
    expect(made.status).toBe(0);
    const deep = content.length + 25 * 201;
    expect(deep).toBeGreaterThan(4096);
    const result = runCli(["check", "--content", content]);
    // rm walks folders one at a time: it can delete what no single path can name.
    spawnSync("rm", ["-rf", content]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`A path in the content folder ${content} is longer than the system allows`);
    expect(result.stderr).toContain("Shorten the names");
    expectPlain(result.stderr);
  });

  it("says a missing content folder does not exist and what to do, on one line without a class name or stack", () => {
    const result = runCli(["check", "--content", join(root, "nope")], { env: { DEBUG: "" } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^error {2}The content folder .*nope does not exist\. {2}Create it and put articles \(\.md or \.txt\) in it, or pass --content DIR\.\n$/,
    );
    expectPlain(result.stderr);
  });

  it("adds the stack under DEBUG, after the same line", () => {
    const result = runCli(["check", "--content", join(root, "nope")], { env: { DEBUG: "1" } });
    expect(result.status).toBe(1);
    const [first, ...rest] = result.stderr.split("\n");
    expect(first).toMatch(/^error {2}The content folder .*nope does not exist\. {2}Create it/);
    expect(rest.join("\n")).toMatch(/^ContentFolderError: The content folder/m);
    expect(rest.join("\n")).toMatch(/^\s+at .*find-content-files/m);
  });

  it("prints an option the command does not have with the command's options", () => {
    const result = runCli(["check", "--no-such-option"], { env: { DEBUG: "" } });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^error {2}Unknown option '--no-such-option'.* {2}the options are:\n\nUsage: digest check/,
    );
    expectPlain(result.stderr);
  });
});

describe("problems in files", () => {
  it("are one line each: path:line:column  severity  message  hint", () => {
    const content = join(root, "file-problems");
    mkdirSync(content);
    writeFileSync(
      join(content, "a.md"),
      "---\ntitle: A\ndate: 2024-03-11\nurl: not an address\n---\nThe harbour reopened on Monday.\n",
    );
    const result = runCli(["check", "--content", content], { env: { DEBUG: "" } });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      'a.md:4:6  warning  url "not an address" is not an http(s) address; it is not linked  give the article\'s ' +
        "original address, starting with https://\n",
    );
  });
});

describe("leftovers", () => {
  it("keeps the extraction cache out of the content folder when built from inside it", () => {
    const base = join(root, "from-inside");
    const content = join(base, "content");
    mkdirSync(content, { recursive: true });
    writeFileSync(
      join(content, "a.md"),
      "---\ntitle: Harbour reopens\ndate: 2024-03-11\n---\nThe harbour reopened on Monday.\n",
    );
    const build = () =>
      spawnSync(
        process.execPath,
        [join(projectRoot, "bin", "digest.js"), "build", "--content", ".", "--out", join(base, "site")],
        { cwd: content, encoding: "utf8", env: { ...process.env, DIGEST_SITE_URL: "" } },
      );
    const first = build();
    expect(first.status, first.stderr).toBe(0);
    expect(existsSync(join(content, ".cache"))).toBe(false);
    expect(existsSync(join(base, ".cache", "digest"))).toBe(true);
    const second = build();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain("1 articles built, 0 rejected, 0 ignored");
  });
});
