import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";

const SUFFIX = ".ndjson";

/** A cache store as read: one line a record, `<key> <JSON>`, by key. */
export interface KeyedLines {
  file: string;
  lines: Map<string, string>;
  /** The file ends in a line without its newline (a write cut short): an append must start a new line. */
  unterminated: boolean;
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
  const text = await readFile(file, "utf8").catch(() => "");
  const lines = new Map<string, string>();
  for (const line of text.split("\n")) {
    if (line.length > keyLength + 1 && line[keyLength] === " ") lines.set(line.slice(0, keyLength), line);
  }
  return { file, lines, unterminated: text.length > 0 && !text.endsWith("\n") };
}
