/**
 * What a cache store's lines parse to, kept between the builds of a process that builds again and
 * again (`digest serve`, which turns this on: keepParsedLines). The stores keep their lines as
 * text and parse one when it is asked for; a preview opens them again at every rebuild and asks
 * for nearly every line again, and parsing them was most of what reading the caches cost
 * (issue 13: 112 MB of lines at 10,000 articles). A value is given back only for the very line it
 * was parsed from, so a line written since, by this process or another, is parsed anew. Values
 * are shared between builds: the stages never change a record they are given. A single build
 * keeps nothing: held here, its records could not be collected while its site renders.
 */
export class LineMemo<T> {
  #entries = new Map<string, { line: string; value: T }>();

  /** The value `parse` gives for `line`, stored under `key`: parsed once for as long as the line stays the same. */
  get(key: string, line: string, parse: () => T | undefined): T | undefined {
    if (!keeping) return parse();
    const known = this.#entries.get(key);
    if (known !== undefined && known.line === line) return known.value;
    const value = parse();
    if (value === undefined) this.#entries.delete(key);
    else this.#entries.set(key, { line, value });
    return value;
  }

  /** Forgets every key but `keys` (those of the last build), so that a long preview session does not grow. */
  retain(keys: ReadonlySet<string> | ReadonlyMap<string, unknown>): void {
    for (const key of this.#entries.keys()) if (!keys.has(key)) this.#entries.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }
}

let keeping = false;

/** From now on, this process keeps what the caches' lines parse to between its builds (see LineMemo). */
export function keepParsedLines(): void {
  keeping = true;
}

/** Whether this process keeps what its caches read between its builds (keepParsedLines). */
export function keepingParsedLines(): boolean {
  return keeping;
}
