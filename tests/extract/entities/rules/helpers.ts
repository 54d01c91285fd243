// Runs the whole extractor on a sentence and finds the entity one mention belongs to: rules are
// tested through the extractor, so a table row fails when the rule or its place in the order breaks.
import { extractEntities } from "../../../../src/extract/entities/extract-entities.js";
import { traceEntities } from "../../../../src/extract/entities/extract-entities.js";

export function entityOf(text: string, mention: string) {
  for (const e of extractEntities(text)) for (const m of e.mentions) if (m.text === mention) return e;
  return undefined;
}

/** The rule that decided a candidate with this text (dropped candidates included). */
export function ruleOf(text: string, mention: string): string | undefined {
  return traceEntities(text).find((t) => t.text === mention)?.rule;
}
