import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import iconv from "iconv-lite";
import type { Diagnostic, SourceFile } from "../types.js";

/** Larger files are rejected unread: no news article is this long, and memory stays bounded. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type ReadResult = { file: SourceFile; diagnostics: Diagnostic[] } | { file?: undefined; diagnostics: Diagnostic[] };

/** Reads one article file as text: size-limited, binary rejected, BOM stripped, non-UTF-8 decoded as Windows-1252. */
export async function readSourceFile(path: string, absolutePath: string): Promise<ReadResult> {
  const handle = await open(absolutePath, "r");
  let bytes: Buffer;
  try {
    const { size } = await handle.stat();
    if (size > MAX_ARTICLE_BYTES) {
      return fail(path, "too-large", `file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB limit for one article`, "split it into separate articles or remove it from the content folder");
    }
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  return decodeSourceBytes(path, absolutePath, bytes);
}

/** Bytes -> text, with the decisions above; exported for tests and stdin. */
export function decodeSourceBytes(path: string, absolutePath: string, bytes: Uint8Array): ReadResult {
  const diagnostics: Diagnostic[] = [];
  const hash = createHash("sha256").update(bytes).digest("hex");
  let raw: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) raw = iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le");
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) raw = iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be");
  else {
    if (looksBinary(bytes)) {
      return fail(path, "binary-file", "file is binary, not text", "save the article as UTF-8 text (.md or .txt)");
    }
    try {
      raw = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      // Text pasted from older Windows tools is usually Windows-1252 (a superset of Latin-1).
      raw = iconv.decode(Buffer.from(bytes), "windows-1252");
      diagnostics.push({
        severity: "warning",
        file: path,
        code: "not-utf8",
        message: "file is not valid UTF-8; read it as Windows-1252",
        hint: "re-save the file as UTF-8 if any character looks wrong",
      });
    }
  }
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  if (raw.trim() === "") {
    return fail(path, "empty-file", raw.length === 0 ? "file is empty" : "file holds only whitespace", "add the article's text or delete the file");
  }
  return { file: { path, absolutePath, raw, hash }, diagnostics };
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}

function fail(file: string, code: string, message: string, hint: string): ReadResult {
  return { diagnostics: [{ severity: "error", file, code, message, hint }] };
}
