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
