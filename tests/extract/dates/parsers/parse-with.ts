// One news parser alone, as chrono runs it (pattern, then extract), with no refiners: what the
// parser itself matches. Always against one fixed reference date, so results never depend on today.
import { Chrono, type ParsedResult, type Parser } from "chrono-node";

export const REFERENCE = new Date(2024, 2, 13, 12);

export function parseWith(parser: Parser, text: string): ParsedResult[] {
  return new Chrono({ parsers: [parser], refiners: [] }).parse(text, REFERENCE);
}

/** The one result's text, known components and tags; fails the test when there is not exactly one. */
export function only(parser: Parser, text: string) {
  const results = parseWith(parser, text);
  if (results.length !== 1) throw new Error(`expected one result for ${JSON.stringify(text)}, got ${results.length}`);
  const [result] = results as [ParsedResult];
  const known = (unit: "year" | "month" | "day") => (result.start.isCertain(unit) ? result.start.get(unit) : undefined);
  return { text: result.text, year: known("year"), month: known("month"), day: known("day"), tags: [...result.tags()] };
}
