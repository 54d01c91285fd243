import { execFileSync } from "node:child_process";
import { ENTITY_KIND_NAMES } from "../../src/entity-kinds.js";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

type Record = {
  path: string;
  title: string;
  published?: string;
  publishedSource: string;
  entities: { id: string; name: string; kind: string; mentions: { text: string; start: number; end: number }[] }[];
  topics: { id: string; label: string; iptc: string; score: number }[];
  events: { date: string; text: string; start: number; end: number }[];
};

describe("digest inspect --json", () => {
  const samples = [
    "tests/fixtures/samples/000_1544b0afc51780d7.txt",
    "tests/fixtures/samples/002_3e46861d0261ddd1.txt",
  ];

  it("prints one JSON array with one contract record per file, in order", () => {
    const { status, stdout } = runCli(["inspect", ...samples, "--json"]);
    expect(status).toBe(0);
    const records = JSON.parse(stdout) as Record[];
    expect(records.map((r) => r.path)).toEqual(samples);
    for (const record of records) {
      const text = readFileSync(record.path, "utf8");
      // Both samples were published in March 2024, which their text implies but never states.
      expect(record.publishedSource).toBe("text");
      expect(record.published).toMatch(/^2024/);
      for (const entity of record.entities) {
        // The contract's five kinds and the kinds that followed them (events, products, works, laws).
        expect(ENTITY_KIND_NAMES).toContain(entity.kind);
        for (const m of entity.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      }
      for (const event of record.events) expect(text.slice(event.start, event.end)).toBe(event.text);
      expect(record.topics[0]?.iptc).toMatch(/^medtop:\d{8}$/);
      expect(record.events.some((e) => e.date === "2024-04-10")).toBe(true);
    }
    expect(records[0]?.published).toBe("2024-03");
  });

  it("indexes offsets after the front matter and reads dates from it", () => {
    const input = "---\ntitle: Talks\ndate: 2024-03-12\n---\nJapan and Ukraine held talks on Monday.\n";
    const dir = mkdtempSync(join(tmpdir(), "inspect-"));
    writeFileSync(join(dir, "a.md"), input);
    const [record] = JSON.parse(runCli(["inspect", join(dir, "a.md"), "--json"]).stdout) as Record[];
    expect(record).toMatchObject({ title: "Talks", published: "2024-03-12", publishedSource: "front-matter" });
    const body = input.slice(input.indexOf("---\n", 4) + 4);
    const japan = record?.entities.find((e) => e.name === "Japan");
    expect(japan?.mentions[0]).toMatchObject({ text: "Japan", start: 0, end: 5 });
    expect(body.slice(0, 5)).toBe("Japan");
  });

  it("reads stdin with -", () => {
    const { status, stdout } = runCli(["inspect", "-", "--json"], {
      input: "Russia and China signed a deal in Moscow on 3 May 2023.",
    });
    expect(status).toBe(0);
    const [record] = JSON.parse(stdout) as Record[];
    expect(record?.entities.map((e) => e.name)).toEqual(expect.arrayContaining(["Russia", "China"]));
    expect(record?.events.map((e) => e.date)).toContain("2023-05-03");
  });

  it("still prints a record, with its problems, for a file it cannot read", () => {
    const { status, stdout } = runCli(["inspect", "does-not-exist.txt", "--json"]);
    expect(status).toBe(0);
    const [record] = JSON.parse(stdout) as (Record & { problems: unknown[] })[];
    expect(record?.path).toBe("does-not-exist.txt");
    expect(record?.problems.length).toBeGreaterThan(0);
  });

  it("refuses a pipe (FIFO) with a problem instead of waiting for a writer, as the build does", () => {
    const dir = mkdtempSync(join(tmpdir(), "inspect-fifo-"));
    const pipe = join(dir, "pipe.md");
    execFileSync("mkfifo", [pipe]);
    const { status, stdout } = runCli(["inspect", pipe, "--json"]);
    expect(status).toBe(0);
    const [record] = JSON.parse(stdout) as (Record & { problems: { message: string }[] })[];
    expect(record?.path).toBe(pipe);
    expect(record?.problems).toEqual([
      expect.objectContaining({ severity: "error", message: expect.stringContaining("not a regular file (a pipe") }),
    ]);
  });

  it("explains itself with --help", () => {
    const { status, stdout } = runCli(["inspect", "--help"]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Usage: digest inspect/);
  });
});
