import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

// What a user teaches the site in content/knowledge.yml reaches the built site, without code.
describe("content/knowledge.yml", () => {
  const root = mkdtempSync(join(tmpdir(), "digest-knowledge-"));
  const content = join(root, "content");
  const out = join(root, "site");
  cpSync("tests/fixtures/samples", content, { recursive: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("renames, retypes, merges and ignores entities", () => {
    writeFileSync(
      join(content, "knowledge.yml"),
      [
        "entities:",
        "  - name: Kiel Institute for the World Economy",
        "    kind: organization",
        "    aliases: [Kiel Institute]",
        "merge:",
        '  "Tokyo": "Japan"',
        "rename:",
        '  "Joe Biden": "Joseph R. Biden"',
        "ignore:",
        '  - "Washington D.C."',
        "",
      ].join("\n"),
    );
    const result = runCli(["build", "--content", content, "--out", out, "--no-cache"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/1 read as site knowledge/);
    const entities = JSON.parse(readFileSync(join(out, "data", "entities.json"), "utf8")) as {
      name: string;
      kind: string;
    }[];
    const names = entities.map((e) => e.name);
    expect(names).toContain("Joseph R. Biden");
    expect(names).not.toContain("Joe Biden");
    expect(names).not.toContain("Tokyo");
    expect(names).not.toContain("Washington D.C.");
    expect(names).toContain("Japan");
  });

  it("rejects a knowledge file of the wrong shape with its line, and names it", () => {
    writeFileSync(join(content, "knowledge.yml"), "entities:\n  - name: X\n    kind: planet\n");
    const result = runCli(["build", "--content", content, "--out", join(root, "other"), "--no-cache"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/knowledge\.yml:3:\d+ +error/);
  });
});
