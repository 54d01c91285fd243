import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  decodeSourceBytes,
  firstInvalidUtf8,
  MAX_ARTICLE_BYTES,
  readSourceFile,
} from "../../src/ingest/read-source-file.js";

const decode = (bytes: number[] | Buffer) => decodeSourceBytes("a.txt", "/c/a.txt", Buffer.from(bytes));
const codes = (result: { diagnostics: { code: string }[] }) => result.diagnostics.map((d) => d.code);

describe("decodeSourceBytes", () => {
  it("reads UTF-8 as it is, without diagnostics", () => {
    const result = decode(Buffer.from("Café — 東京\n"));
    expect(result.file?.raw).toBe("Café — 東京\n");
    expect(result.diagnostics).toEqual([]);
  });

  it("strips a UTF-8 byte-order mark but hashes the bytes as they are", () => {
    const withBom = decode(Buffer.from("\uFEFFHello there\n"));
    const without = decode(Buffer.from("Hello there\n"));
    expect(withBom.file?.raw).toBe("Hello there\n");
    expect(withBom.file?.hash).not.toBe(without.file?.hash);
  });

  it.each([
    ["UTF-16LE", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Ferry news\n", "utf16le")])],
    ["UTF-16BE", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from("Ferry news\n", "utf16le").swap16()])],
  ])("decodes %s with its byte-order mark", (_name, bytes) => {
    expect(decode(bytes).file?.raw).toBe("Ferry news\n");
  });

  it("decodes Windows-1252 with a warning at the first bad byte's line and column", () => {
    const result = decode(Buffer.from("Line one\nCaf\xe9 \x93quoted\x94\n", "latin1"));
    expect(result.file?.raw).toBe("Line one\nCafé “quoted”\n");
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: "warning", code: "not-utf8", line: 2, column: 4 }),
    ]);
  });

  it.each([
    ["empty", [], "empty-file", "file is empty"],
    ["whitespace only", [0x20, 0x0a, 0x09, 0x0d, 0x0a], "empty-file", "file holds only whitespace"],
    ["a BOM and nothing else", [0xef, 0xbb, 0xbf], "empty-file", "file is empty"],
    [
      "NUL bytes (PNG header)",
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d],
      "binary-file",
      "file is binary, not text",
    ],
    ["mostly control bytes", [1, 2, 3, 4, 5, 6, 0x41, 0x42], "binary-file", "file is binary, not text"],
    [
      "UTF-16 with NULs inside",
      [0xff, 0xfe, 0x41, 0, 0, 0, 0x42, 0],
      "binary-file",
      "file is binary, not text (it holds NUL characters)",
    ],
  ])("rejects %s at 1:1 with a hint", (_name, bytes, code, message) => {
    const result = decode(bytes);
    expect(result.file).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: "error", code, message, line: 1, column: 1, hint: expect.any(String) }),
    ]);
  });

  it("replaces a stray control character, keeping offsets, with a warning where it is", () => {
    const result = decode(Buffer.from("Title\n\nText with a bell\u0007 and more words of ordinary text here.\n"));
    expect(result.file?.raw).toBe("Title\n\nText with a bell\uFFFD and more words of ordinary text here.\n");
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: "control-characters", line: 3, column: 17 })]);
  });

  it("keeps tabs, CRLF and form feeds as text", () => {
    const result = decode(Buffer.from("Title\r\n\r\n\tIndented\fpage\r\n"));
    expect(result.file?.raw).toBe("Title\r\n\r\n\tIndented\fpage\r\n");
    expect(result.diagnostics).toEqual([]);
  });

  it("refuses bytes over the limit without decoding them", () => {
    const result = decode(Buffer.alloc(MAX_ARTICLE_BYTES + 1, 0x61));
    expect(codes(result)).toEqual(["too-large"]);
  });
});

describe("firstInvalidUtf8", () => {
  it.each([
    [Buffer.from("abc"), 3],
    [Buffer.from("é"), 2],
    [Buffer.from([0x61, 0xe9, 0x62]), 1],
    [Buffer.from([0x61, 0xc0, 0x80]), 1], // overlong encoding
    [Buffer.from([0x61, 0xe2, 0x82]), 1], // truncated sequence
  ])("%j -> %i", (bytes, offset) => {
    expect(firstInvalidUtf8(bytes)).toBe(offset);
  });
});

describe("readSourceFile", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "digest-read-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("rejects a 50 MB file with a clear limit, without reading it into memory", async () => {
    const path = join(dir, "huge.txt");
    const chunk = Buffer.alloc(1024 * 1024, "All work and no play. ");
    const handle = await open(path, "w");
    for (let i = 0; i < 50; i++) await handle.write(chunk);
    await handle.close();
    const before = process.memoryUsage();
    const result = await readSourceFile("huge.txt", path);
    const grown = process.memoryUsage().arrayBuffers - before.arrayBuffers;
    expect(result.file).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: "too-large",
        line: 1,
        column: 1,
        message: "file is 50.0 MB, over the 5.0 MB limit for one article; it was not read",
      }),
    ]);
    expect(grown).toBeLessThan(8 * 1024 * 1024);
  });

  it("reads a file just under the limit", async () => {
    const path = join(dir, "big.txt");
    await writeFile(path, `Headline\n\n${"word ".repeat((MAX_ARTICLE_BYTES - 20) / 5)}`);
    const result = await readSourceFile("big.txt", path);
    expect(result.file?.raw.startsWith("Headline")).toBe(true);
  });

  it.runIf(process.platform === "linux")("reads a whole file whose size stat reports as 0 (/proc)", async () => {
    const result = await readSourceFile("status.txt", "/proc/self/status");
    expect(result.file?.raw).toMatch(/^Name:/);
    expect(result.file?.raw).toMatch(/\nPid:\s+\d+/);
  });

  it("reads a file of exactly the size stat reports, to the last byte, with a multi-byte character at the end", async () => {
    const path = join(dir, "exact.txt");
    const text = `Headline\n\n${"é".repeat(3000)}`;
    await writeFile(path, text);
    expect((await readSourceFile("exact.txt", path)).file?.raw).toBe(text);
  });

  it.each([
    ["a pipe (FIFO), without waiting for a writer", "fifo"],
    ["a folder", "folder"],
  ])("refuses %s as not a regular file", async (_name, kind) => {
    const path = join(dir, `special-${kind}.md`);
    if (kind === "fifo") execFileSync("mkfifo", [path]);
    else await mkdir(path);
    const result = await readSourceFile(`special-${kind}.md`, path);
    expect(result.file).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: "error", code: "not-a-file", line: 1, column: 1 }),
    ]);
    expect(result.diagnostics[0]?.message).toContain(kind === "fifo" ? "a pipe" : "a folder");
  });

  it("turns an unreadable path into a diagnostic instead of throwing", async () => {
    const result = await readSourceFile("missing.txt", join(dir, "missing.txt"));
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: "error", code: "unreadable", file: "missing.txt", line: 1, column: 1 }),
    ]);
  });
});
