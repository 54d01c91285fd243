import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { keepingParsedLines } from "./line-memo.js";

const SUFFIX = ".ndjson";

/** A cache store as read: one line a record, `<key> <JSON>`, by key. */
export interface KeyedLines {
  file: string;
  lines: Map<string, string>;
  /** The file ends in a line without its newline (a write cut short): an append must start a new line. */
  unterminated: boolean;
}

/** A store file's lines by key (a later line for a key replaces an earlier one). */
export interface StoreLines {
  lines: Map<string, string>;
  /** Lines read with a key, a key's replaced lines included (a store rewrites itself when they pile up). */
  count: number;
  /** The file ends in a line without its newline (a write cut short): an append must start a new line. */
  unterminated: boolean;
}

/**
 * The stores as this process last read or wrote them, with their file's stamp then, kept between
 * the builds of a process that builds again and again (`digest serve`, see keepParsedLines).
 * Reading and splitting the three stores was most of a preview rebuild's `cache` stage (122 MB of
 * text and 1.5 s at 10,000 articles), and their files change only by this process's own writes,
 * which record what they leave (storeWritten). A file with another stamp (another process wrote
 * it) is read again. A single build keeps nothing.
 */
const kept = new Map<string, StoreLines & { stamp: string }>();

/** What says a file was not written since: size, times and inode. Undefined when it is not there. */
async function stampOf(file: string): Promise<string | undefined> {
  try {
    const { size, mtimeMs, ctimeMs, ino } = await stat(file);
    return `${size} ${mtimeMs} ${ctimeMs} ${ino}`;
  } catch {
    return undefined;
  }
}

/**
 * The lines of the store `file`, keyed by `keyOf` (lines without a key are left out); a missing
 * file has none. A copy: the caller may change it.
 */
export async function readStoreLines(file: string, keyOf: (line: string) => string | undefined): Promise<StoreLines> {
  const stamp = keepingParsedLines() ? await stampOf(file) : undefined;
  const known = stamp === undefined ? undefined : kept.get(file);
  if (known !== undefined && known.stamp === stamp)
    return { lines: new Map(known.lines), count: known.count, unterminated: known.unterminated };
  const text = await readFile(file, "utf8").catch(() => "");
  const lines = new Map<string, string>();
  let count = 0;
  for (const line of text.split("\n")) {
    const key = keyOf(line);
    if (key === undefined) continue;
    lines.set(key, line);
    count++;
  }
  const read = { lines, count, unterminated: text.length > 0 && !text.endsWith("\n") };
  if (stamp !== undefined) kept.set(file, { ...read, lines: new Map(lines), stamp });
  else kept.delete(file);
  return read;
}

/**
 * Records what a store's file holds after this process wrote it (appended to it, or wrote it
 * anew): its lines by key, all terminated, `count` of them with their replaced ones. Called after
 * the write, so that the stamp is the one it left.
 */
export async function storeWritten(file: string, lines: ReadonlyMap<string, string>, count: number): Promise<void> {
  if (!keepingParsedLines()) return;
  const stamp = await stampOf(file);
  if (stamp === undefined) kept.delete(file);
  else kept.set(file, { lines: new Map(lines), count, unterminated: false, stamp });
}

/** The lines of `keys` that `lines` has, in the order of `keys`: what a store keeps when it rewrites itself. */
export function pickLines(lines: ReadonlyMap<string, string>, keys: Iterable<string>): Map<string, string> {
  const picked = new Map<string, string>();
  for (const key of keys) {
    const line = lines.get(key);
    if (line !== undefined) picked.set(key, line);
  }
  return picked;
}

/**
 * Writes the store `file` anew with `lines` (a temporary file renamed over it) and records what it
 * holds (storeWritten). Best effort, like every cache write: a failure leaves the old file.
 */
export async function rewriteStore(file: string, lines: ReadonlyMap<string, string>): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, lines.size > 0 ? `${[...lines.values()].join("\n")}\n` : "");
    await rename(temporary, file);
    await storeWritten(file, lines, lines.size);
  } catch {
    await rm(temporary, { force: true });
  }
}

/**
 * Opens the store `<prefix><version>.ndjson` in `dir` (the version cut to 16 characters) and
 * deletes the stores of other versions with that prefix: a cache keeps what the code as it is
 * now wrote, nothing older. Lines that do not start with a key of `keyLength` characters and a
 * space are left out. Throws when the folder cannot be made or read; the caller then runs without
 * a cache.
 */
export async function openKeyedLines(
  dir: string,
  prefix: string,
  version: string,
  keyLength: number,
): Promise<KeyedLines> {
  const name = `${prefix}${version.slice(0, 16)}${SUFFIX}`;
  const file = join(dir, name);
  await mkdir(dir, { recursive: true });
  for (const other of await readdir(dir)) {
    if (other !== name && other.startsWith(prefix) && other.endsWith(SUFFIX))
      await rm(join(dir, other), { force: true });
  }
  const { lines, unterminated } = await readStoreLines(file, (line) =>
    line.length > keyLength + 1 && line[keyLength] === " " ? line.slice(0, keyLength) : undefined,
  );
  return { file, lines, unterminated };
}
