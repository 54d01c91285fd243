import { createRequire } from "node:module";
import type * as chrono from "chrono-node/en";
import { DATE_PARSE_CHUNK_CHARS, MAX_DATED_EXPRESSIONS } from "../article-bounds.js";
import { caselessPattern } from "./caseless-pattern.js";
import { NEWS_PARSERS } from "./parsers/registry.js";
import { YEAR_TAG } from "./parsers/year-parser.js";

// Only the English locale (the package root loads all sixteen: 0.25 s of start-up against 0.05 s), and its
// CommonJS build: required, its ~60 files load without a round trip each through tsx's ESM loader thread.
const { casual } = createRequire(import.meta.url)("chrono-node/en") as typeof chrono;

/**
 * chrono's UnlikelyFormatFilter drops any result whose text is only digits, which would drop every bare year the
 * year rule finds ("in 1988"). Keep what the filter keeps, plus the year rule's results.
 */
function keepYears(filter: chrono.Refiner): chrono.Refiner {
  return {
    refine: (context, results) => {
      const kept = new Set(filter.refine(context, results));
      return results.filter((r) => kept.has(r) || r.tags().has(YEAR_TAG));
    },
  };
}

/**
 * chrono's ENEndOfPeriodRefiner matches `/\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i` against the whole text before
 * every result: quadratic in the article's length (a tenth of the date stage on 500-word articles). Only results
 * after "end of" / "day of" (and an optional "the") can match, so only those are handed to it; it edits results in
 * place, so what it returns for the others is what it would have returned anyway.
 */
function onlyAfterEndOf(refiner: chrono.Refiner): chrono.Refiner {
  return {
    refine: (context, results) => {
      const candidates = results.filter((r) => mayFollowEndOf(context.text, r.index));
      if (candidates.length > 0) refiner.refine(context, candidates);
      return results;
    },
  };
}

/** Start of the whitespace run that ends at `end` (`end` itself when there is none). */
function spaceBefore(text: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/.test(text.charAt(i - 1))) i--;
  return i;
}

/** The `n` characters before `end`, lower-cased. */
function wordBefore(text: string, end: number, n: number): string {
  return end >= n ? text.slice(end - n, end).toLowerCase() : "";
}

/**
 * Whether `text` before `end` reads "…end of " / "…day of " / "…end of the " (any case, any whitespace): a
 * necessary condition for the refiner's pattern, checked backwards from `end` in constant time.
 */
export function mayFollowEndOf(text: string, end: number): boolean {
  let i = spaceBefore(text, end);
  if (i === end) return false;
  if (wordBefore(text, i, 3) === "the") {
    const j = spaceBefore(text, i - 3);
    if (j === i - 3) return false;
    i = j;
  }
  if (wordBefore(text, i, 2) !== "of") return false;
  const k = spaceBefore(text, i - 2);
  if (k === i - 2) return false;
  const head = wordBefore(text, k, 3);
  return head === "end" || head === "day";
}

/** chrono parsers whose `i` patterns take ~50 ms each to compile; see caseless-pattern.ts. */
const SLOW_TO_COMPILE = new Set(["ENTimeUnitAgoFormatParser", "ENTimeUnitLaterFormatParser"]);

/** The parser, asked for its pattern without the `i` flag (the same matches, compiled in a tenth of the time). */
function caselessParser(parser: chrono.Parser): chrono.Parser {
  let last: { from: RegExp; to: RegExp } | undefined;
  return {
    pattern: (context) => {
      const from = parser.pattern(context);
      if (last?.from !== from) last = { from, to: caselessPattern(from) ?? from };
      return last.to;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

/**
 * chrono's casual English configuration plus the news parsers it lacks (`parsers/registry.ts`, which says how
 * chrono chooses between overlapping readings), with two of its refiners and two slow parsers wrapped.
 */
export const newsChrono: chrono.Chrono = (() => {
  const c = casual.clone();
  c.parsers = replaceByClassName(
    c.parsers,
    Object.fromEntries([...SLOW_TO_COMPILE].map((name) => [name, caselessParser])),
  );
  c.parsers.push(...NEWS_PARSERS);
  c.refiners = replaceByClassName(c.refiners, {
    UnlikelyFormatFilter: keepYears,
    ENEndOfPeriodRefiner: onlyAfterEndOf,
  });
  return c;
})();

/**
 * Wraps chrono's own parsers or refiners, found by class name. chrono exports neither class, so
 * the name is the only handle; a chrono upgrade that renames or drops one would silently change
 * every date found, so a name that matches nothing stops the program at start-up instead.
 */
export function replaceByClassName<T extends object>(
  list: readonly T[],
  wrappers: Record<string, (item: T) => T>,
): T[] {
  const found = new Set<string>();
  const replaced = list.map((item) => {
    const wrap = wrappers[item.constructor.name];
    if (!wrap) return item;
    found.add(item.constructor.name);
    return wrap(item);
  });
  const missing = Object.keys(wrappers).filter((name) => !found.has(name));
  if (missing.length > 0)
    throw new Error(
      `chrono-node no longer has ${missing.join(", ")}: ` +
        "review src/extract/dates/news-chrono.ts for this chrono version",
    );
  return replaced;
}

let memo: { text: string; reference: number; results: chrono.ParsedResult[] } | undefined;

/**
 * `newsChrono.parse`, remembering the last call: an undated article asks for the same text and reference up to
 * three times (inferring its publication date, then resolving against the fixed reference when that fails), and
 * chrono is most of the date stage's time. Callers only read the results.
 */
export function parseNews(text: string, reference: Date): chrono.ParsedResult[] {
  if (memo && memo.text === text && memo.reference === reference.getTime()) return [...memo.results];
  const results = parseBounded(text, reference);
  memo = { text, reference: reference.getTime(), results };
  return [...results];
}

/**
 * chrono over `text`, at most MAX_DATED_EXPRESSIONS results: text longer than DATE_PARSE_CHUNK_CHARS (no real
 * article; a pasted list of 60,000 dates took seconds) is parsed in pieces cut at a line or sentence end, and
 * parsing stops once the bound is reached.
 */
function parseBounded(text: string, reference: Date): chrono.ParsedResult[] {
  if (text.length <= DATE_PARSE_CHUNK_CHARS) return newsChrono.parse(text, reference).slice(0, MAX_DATED_EXPRESSIONS);
  const results: chrono.ParsedResult[] = [];
  for (let from = 0; from < text.length && results.length < MAX_DATED_EXPRESSIONS;) {
    const to = pieceEnd(text, from);
    for (const result of newsChrono.parse(text.slice(from, to), reference)) {
      if (results.length >= MAX_DATED_EXPRESSIONS) break;
      // chrono's type marks `index` read-only; its ParsingResult is a plain object field, rebased to the whole text
      // here.
      (result as { index: number }).index += from;
      results.push(result);
    }
    from = to;
  }
  return results;
}

/**
 * Where a piece of at most DATE_PARSE_CHUNK_CHARS starting at `from` ends: after the last line end, else sentence end,
 * else space in it.
 */
function pieceEnd(text: string, from: number): number {
  const limit = from + DATE_PARSE_CHUNK_CHARS;
  if (limit >= text.length) return text.length;
  const line = text.lastIndexOf("\n", limit);
  if (line > from + DATE_PARSE_CHUNK_CHARS / 2) return line + 1;
  for (let i = limit; i > from + DATE_PARSE_CHUNK_CHARS / 2; i--) {
    if (/[.!?]/.test(text.charAt(i - 1)) && /\s/.test(text.charAt(i))) return i + 1;
  }
  const space = text.lastIndexOf(" ", limit);
  return space > from ? space + 1 : limit;
}
