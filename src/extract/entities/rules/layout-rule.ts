// Tables and forms in wire copy (results, company figures, bond notices) put capitalised words
// where no sentence is: a row's label ("Avg shrs 4,841 3,990", "Govt securities 463.73 +1.660"),
// a field's label ("Attendance: 9,000") and a line of column headers ("Amount Coupon Yield Price")
// above rows of figures. Their capital is the line's, not a name's: none is an entity. A known
// given name or surname keeps its reading, so a scorer's row ("Atherton not out 45 12") is left
// to the other rules.
import { isNameWord } from "../gazetteer.js";
import type { Token } from "../tokenize.js";
import { type Rule, type RuleInput } from "./rule.js";

const FIGURE = /\d/;

function isFigure(t: Token): boolean {
  return !t.word && FIGURE.test(t.text);
}

/** The tokens of the chunk's line, and where the chunk starts in them. */
function lineOf(input: RuleInput): { line: Token[]; at: number; next: Token | undefined } {
  const { tokens, chunk } = input;
  const lineNo = tokens[chunk.first]?.line;
  let from = chunk.first;
  while (from > 0 && tokens[from - 1]?.line === lineNo) from--;
  let to = chunk.last;
  while (to + 1 < tokens.length && tokens[to + 1]?.line === lineNo) to++;
  return { line: tokens.slice(from, to + 1), at: chunk.first - from, next: tokens[to + 1] };
}

const drop = (rule: string) => ({ kind: null, canonical: "", strength: "weak" as const, rule });

export const layoutRule: Rule = {
  name: "layout",
  apply(input) {
    const { line, at, next } = lineOf(input);
    const size = input.chunk.last - input.chunk.first + 1;
    const rest = line.slice(at + size);
    if (size === 1) {
      if (at !== 0) return null;
      const only = line[0];
      if (!only || isNameWord(only.lower)) return null;
      // "Attendance: 9,000": a field's label before its figure.
      if (rest[0]?.text === ":" && rest[1] !== undefined && isFigure(rest[1])) return drop("layout-field");
      // "Avg shrs 4,841 3,990": a row's label, lower-case words, then only figures.
      let i = 0;
      while (i < rest.length && rest[i]?.word && !rest[i]?.cap) i++;
      const tail = rest.slice(i);
      if (i > 0 && tail.filter(isFigure).length >= 2 && tail.every((t) => !t.word)) return drop("layout-row");
      return null;
    }
    // "Year Amount Coupon Yield Price Conc." above "1996 45,000": a line of column headers.
    const headers = line.filter((t) => t.word);
    if (
      size >= 3 &&
      headers.length >= 4 &&
      headers.every((t) => t.cap) &&
      line.every((t) => t.word || t.text === ".") &&
      next !== undefined &&
      FIGURE.test(next.text[0] ?? "")
    )
      return drop("layout-header");
    return null;
  },
};
