import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
import iconv from "iconv-lite";
import type { Diagnostic, SourceFile } from "../types.js";

/** Larger files are rejected unread: no news article is this long, and memory stays bounded. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** How much of the start of a file decides whether it is binary. */
const BINARY_SAMPLE_BYTES = 8192;
/** Share of control bytes (other than tab, newlines, form feed, escape) above which a file is binary, not text. */
const BINARY_CONTROL_RATIO = 0.05;

export type ReadResult = { file: SourceFile; diagnostics: Diagnostic[] } | { file?: undefined; diagnostics: Diagnostic[] };

/**
 * Reads one article file as text: size-limited (never more than MAX_ARTICLE_BYTES + 1 bytes are
 * read, whatever the file system claims its size is), binary rejected, BOM stripped, non-UTF-8
 * decoded as Windows-1252 with a warning. Never throws: an unreadable file is a diagnostic.
 */
export async function readSourceFile(path: string, absolutePath: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    const handle = await open(absolutePath, "r");
    try {
      const { size } = await handle.stat();
      if (size > MAX_ARTICLE_BYTES) return tooLarge(path, size);
      bytes = await readAtMost(handle, MAX_ARTICLE_BYTES + 1);
    } finally {
      await handle.close();
    }
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? "";
    return fail(path, "unreadable", `cannot read the file (${code || (cause as Error).message})`, code === "EACCES" || code === "EPERM" ? "make the file readable (chmod a+r)" : "check that the file exists and is a regular file");
  }
  // The file grew between stat and read (or reports no size, like files under /proc).
  if (bytes.length > MAX_ARTICLE_BYTES) return tooLarge(path, bytes.length, true);
  return decodeSourceBytes(path, absolutePath, bytes);
}

async function readAtMost(handle: Awaited<ReturnType<typeof open>>, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const chunk = Buffer.alloc(Math.min(1024 * 1024, limit - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

/** Bytes -> text, with the decisions above; exported for tests and stdin. Never throws. */
export function decodeSourceBytes(path: string, absolutePath: string, bytes: Uint8Array): ReadResult {
  if (bytes.length > MAX_ARTICLE_BYTES) return tooLarge(path, bytes.length);
  const diagnostics: Diagnostic[] = [];
  const hash = createHash("sha256").update(bytes).digest("hex");
  let raw: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) raw = iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le");
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) raw = iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be");
  else {
    if (looksBinary(bytes)) {
      return fail(path, "binary-file", "file is binary, not text", "save the article as UTF-8 text (.md or .txt), or remove it from the content folder");
    }
    try {
      raw = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      // Text pasted from older Windows tools is usually Windows-1252 (a superset of Latin-1).
      raw = iconv.decode(Buffer.from(bytes), "windows-1252");
      const at = positionOfByte(bytes, firstInvalidUtf8(bytes));
      diagnostics.push({
        severity: "warning",
        file: path,
        ...at,
        code: "not-utf8",
        message: `file is not valid UTF-8 (first bad byte at line ${at.line}); read it as Windows-1252`,
        hint: "re-save the file as UTF-8 if any character looks wrong",
      });
    }
  }
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  if (/\u0000/.test(raw)) return fail(path, "binary-file", "file is binary, not text (it holds NUL characters)", "save the article as UTF-8 text (.md or .txt)");
  if (raw.trim() === "") {
    return fail(path, "empty-file", raw.length === 0 ? "file is empty" : "file holds only whitespace", "add the article's text or delete the file");
  }
  const cleaned = replaceControlCharacters(raw);
  if (cleaned.count > 0) {
    diagnostics.push({
      severity: "warning",
      file: path,
      ...positionOfIndex(raw, cleaned.first),
      code: "control-characters",
      message: `file holds ${cleaned.count} invisible control character(s); each is shown as \uFFFD`,
      hint: "remove them: they cannot appear in HTML or feeds",
    });
  }
  return { file: { path, absolutePath, raw: cleaned.text, hash }, diagnostics };
}

// Control characters other than tab and line breaks, and the two Unicode non-characters, are not
// allowed in XML (feeds) and mean nothing in HTML. Each is one UTF-16 unit, as is U+FFFD, so
// replacing them keeps every offset into the text valid.
const CONTROL = /[\u0001-\u0008\u000B\u000E-\u001F\u007F\uFFFE\uFFFF]/g;

function replaceControlCharacters(text: string): { text: string; count: number; first: number } {
  let count = 0;
  let first = -1;
  const replaced = text.replace(CONTROL, (_match, offset: number) => {
    if (first === -1) first = offset;
    count++;
    return "\uFFFD";
  });
  return { text: replaced, count, first };
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, BINARY_SAMPLE_BYTES);
  if (sample.includes(0)) return true;
  let control = 0;
  for (const byte of sample) {
    // Tab, LF, VT, FF, CR and ESC turn up in real text files; other C0 bytes almost never do.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) control++;
  }
  return sample.length > 0 && control / sample.length > BINARY_CONTROL_RATIO;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function positionOfIndex(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, index));
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: index - lineStart + 1 };
}

function tooLarge(file: string, size: number, atLeast = false): ReadResult {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return fail(
    file,
    "too-large",
    `file is ${atLeast ? "over " : ""}${mb(size)} MB, over the ${mb(MAX_ARTICLE_BYTES)} MB limit for one article; it was not read`,
    "split it into separate articles or remove it from the content folder",
  );
}

function fail(file: string, code: string, message: string, hint: string): ReadResult {
  // File-level problems point at the file's start, so every diagnostic reads path:line:column.
  return { diagnostics: [{ severity: "error", file, line: 1, column: 1, code, message, hint }] };
}
