import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import iconv from "iconv-lite";
import type { Diagnostic, SourceFile } from "../types.js";
import { diagnostic } from "../diagnostics/catalogue.js";
import { replaceControlCharacters } from "./control-characters.js";
import { firstInvalidUtf8 } from "./utf8.js";

export { firstInvalidUtf8 } from "./utf8.js";

/** Larger files are rejected unread: no news article is this long, and memory stays bounded. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** How much of the start of a file decides whether it is binary. */
const BINARY_SAMPLE_BYTES = 8192;
/** Share of control bytes (other than tab, newlines, form feed, escape) above which a file is binary, not text. */
const BINARY_CONTROL_RATIO = 0.05;

export type ReadResult =
  { file: SourceFile; diagnostics: Diagnostic[] } | { file?: undefined; diagnostics: Diagnostic[] };

/**
 * Reads one article file as text: size-limited (never more than MAX_ARTICLE_BYTES + 1 bytes are
 * read, whatever the file system claims its size is), binary rejected, BOM stripped, non-UTF-8
 * decoded as Windows-1252 with a warning. Never throws: an unreadable file is a diagnostic.
 * `absolutePathBytes`, when given, is what is opened (a name that is not UTF-8, see ContentFile).
 */
export async function readSourceFile(path: string, absolutePath: string): Promise<ReadResult> {
  return readSourceFileSync(path, absolutePath);
}

/**
 * `readSourceFile` with blocking calls, for reading a whole content folder: ingest is a batch
 * step between CPU-bound ones, and for thousands of 4 KB files the four syscalls of each cost
 * far less than a promise round trip through libuv's thread pool (10,000 files: 0.1-0.2 s
 * instead of 0.5 s with 32 reads in flight, 5 s one at a time).
 */
export function readSourceFileSync(path: string, absolutePath: string, absolutePathBytes?: Buffer): ReadResult {
  let bytes: Buffer;
  try {
    // Non-blocking open: opening a FIFO for reading waits for a writer, forever when none comes
    // (`digest inspect pipe.md` hung). fstat on the open descriptor then refuses anything but a
    // regular file, as the content folder's listing does, without a race between stat and open.
    const fd = openSync(absolutePathBytes ?? absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile())
        return fail(
          diagnostic("not-a-file", atStart(path), stat.isDirectory() ? "a folder" : "a pipe, socket or device"),
        );
      const { size } = stat;
      if (size > MAX_ARTICLE_BYTES) return tooLarge(path, size);
      bytes = readAtMost(fd, MAX_ARTICLE_BYTES + 1, size);
    } finally {
      closeSync(fd);
    }
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code ?? "";
    return fail(diagnostic("unreadable", atStart(path), code || (cause as Error).message));
  }
  // The file grew between stat and read (or reports no size, like files under /proc).
  if (bytes.length > MAX_ARTICLE_BYTES) return tooLarge(path, bytes.length, true);
  return decodeSourceBytes(path, absolutePath, bytes);
}

/** Growth step when a file outgrows the size stat reported (it grew, or /proc-like files report 0). */
const GROW_BYTES = 64 * 1024;

/**
 * Reads up to `limit` bytes until end of file. The buffer is sized from stat, one byte over, so
 * a file that did not grow fills it in one read and the next read sees the end: a fixed 1 MB
 * zero-filled buffer per 4 KB article made ingest spend most of its time allocating and
 * collecting garbage.
 */
function readAtMost(fd: number, limit: number, statSize: number): Buffer {
  // allocUnsafe: only the first `total` bytes, all written by reads, are ever used.
  let buffer = Buffer.allocUnsafe(Math.min(limit, statSize + 1));
  let total = 0;
  for (;;) {
    if (total === buffer.length) {
      if (total >= limit) break;
      const grown = Buffer.allocUnsafe(Math.min(limit, total + Math.max(GROW_BYTES, total)));
      buffer.copy(grown, 0, 0, total);
      buffer = grown;
    }
    const bytesRead = readSync(fd, buffer, total, buffer.length - total, null);
    if (bytesRead === 0) break;
    total += bytesRead;
  }
  return buffer.subarray(0, total);
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
      return fail(diagnostic("binary-file", atStart(path), false));
    }
    try {
      raw = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      // Text pasted from older Windows tools is usually Windows-1252 (a superset of Latin-1).
      raw = iconv.decode(Buffer.from(bytes), "windows-1252");
      const at = positionOfByte(bytes, firstInvalidUtf8(bytes));
      diagnostics.push(diagnostic("not-utf8", { file: path, ...at }, at.line));
    }
  }
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  if (/\u0000/.test(raw)) return fail(diagnostic("binary-file", atStart(path), true));
  if (raw.trim() === "") {
    return fail(diagnostic("empty-file", atStart(path), raw.length > 0));
  }
  const cleaned = replaceControlCharacters(raw);
  if (cleaned.count > 0) {
    diagnostics.push(
      diagnostic(
        "control-characters",
        { file: path, ...positionOfIndex(raw, cleaned.first) },
        { count: cleaned.count },
      ),
    );
  }
  return { file: { path, absolutePath, raw: cleaned.text, hash }, diagnostics };
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, BINARY_SAMPLE_BYTES);
  if (sample.includes(0)) return true;
  let control = 0;
  // Indexed, not for-of: the iterator protocol made this loop a tenth of ingest's time.
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i] as number;
    // Tab, LF, VT, FF, CR and ESC turn up in real text files; other C0 bytes almost never do.
    if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0b &&
      byte !== 0x0c &&
      byte !== 0x0d &&
      byte !== 0x1b
    )
      control++;
  }
  return sample.length > 0 && control / sample.length > BINARY_CONTROL_RATIO;
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
  return fail(diagnostic("too-large", atStart(file), size, MAX_ARTICLE_BYTES, atLeast));
}

/** File-level problems point at the file's start, so every diagnostic reads path:line:column. */
function atStart(file: string): { file: string; line: number; column: number } {
  return { file, line: 1, column: 1 };
}

function fail(problem: Diagnostic): ReadResult {
  return { diagnostics: [problem] };
}
