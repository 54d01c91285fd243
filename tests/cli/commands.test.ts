import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

describe("digest check", () => {
  it("passes the sample content", () => {
    const { status, stdout } = runCli(["check", "--content", "tests/fixtures/samples"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/2 files: 2 valid articles, 0 rejected, 0 ignored; 0 errors/);
  });

  it("lists every problem with file and line, and exits 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "digest-check-"));
    writeFileSync(join(dir, "a.md"), "---\ntitle: [unclosed\n---\nText.\n");
    writeFileSync(join(dir, "b.md"), "---\ndate: soon-ish\n---\nText.\n");
    writeFileSync(join(dir, "c.txt"), "   \n");
    writeFileSync(join(dir, "good.txt"), "Parliament met on Monday.\n");
    const { status, stdout, stderr } = runCli(["check", "--content", dir]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^a\.md:2:\d+ +error/m);
    expect(stderr).toMatch(/^b\.md:2:\d+ +error .*date/m);
    expect(stderr).toMatch(/^c\.txt(:\d+:\d+)? +error/m);
    expect(stdout).toMatch(/4 files: 1 valid articles, 3 rejected/);
  });

  it("lists undated articles as warnings with the hint to add `date:`, and still exits 0", () => {
    const dir = mkdtempSync(join(tmpdir(), "digest-check-"));
    writeFileSync(join(dir, "undated.txt"), "Parliament met on Monday.\n");
    writeFileSync(join(dir, "dated.md"), "---\ndate: 2024-03-11\n---\nParliament met on Monday.\n");
    writeFileSync(join(dir, "estimated.txt"), "Fans reacted. -- Ann (@ann) November 8, 2016 The shop closed.\n");
    const { status, stdout, stderr } = runCli(["check", "--content", dir]);
    expect(status).toBe(0);
    expect(stderr).toMatch(
      /^undated\.txt:1:1 +warning +publication date unknown.*add `date: YYYY-MM-DD` to the front matter/m,
    );
    expect(stderr).not.toMatch(/^dated\.md/m);
    expect(stderr).not.toMatch(/^estimated\.txt/m);
    expect(stdout).toMatch(/3 files: 3 valid articles, 0 rejected, 0 ignored; 0 errors, 1 warnings/);
  });
});

describe("help", () => {
  it.each(["build", "check", "inspect"])("digest %s --help explains the command", (command) => {
    const { status, stdout } = runCli([command, "--help"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(new RegExp(`Usage: digest ${command}`));
  });

  it("rejects an unknown command with the usage", () => {
    const { status, stderr } = runCli(["publish"]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/Unknown command "publish"/);
  });

  it("rejects an unknown option, saying which", () => {
    const { status, stderr } = runCli(["build", "--colour"]);
    expect(status).toBe(1);
    expect(stderr).toMatch(/--colour/);
  });
});
