// The shape every classification rule shares (chrono-style: a rule looks at one candidate and
// returns a verdict, or null to let the next rule decide). The order lives in `registry.ts`.
import type { EntityKind } from "../../../types.js";
import type { NameChunk } from "../name-chunks.js";
import type { Token } from "../tokenize.js";
import type { OverrideIndex } from "../override-index.js";

/** What a rule sees. */
export interface RuleInput {
  tokens: Token[];
  chunk: NameChunk;
  /** Token key of the chunk (lower-case tokens joined by one space). */
  key: string;
  /** The chunk's text as written. */
  text: string;
  /** Site overrides, indexed by key. */
  overrides: OverrideIndex | undefined;
}

/** What a rule decides. */
export interface Verdict {
  /** The kind, or null: not an entity at all (drop the candidate). */
  kind: EntityKind | null;
  /** The canonical name the mention refers to. */
  canonical: string;
  /** Strong verdicts teach the rest of the document ("Kishida" after "Fumio Kishida"). */
  strength: "strong" | "weak";
  /** The rule that decided, for tracing. */
  rule: string;
  /** A demonym ("Japanese") standing for its country. */
  demonym?: boolean;
}

export interface Rule {
  name: string;
  apply(input: RuleInput): Verdict | null;
}

/** The token before the chunk, if any. */
export function before(input: RuleInput, n = 1): Token | undefined {
  return input.tokens[input.chunk.first - n];
}
/** The token after the chunk, if any. */
export function after(input: RuleInput, n = 1): Token | undefined {
  return input.tokens[input.chunk.last + n];
}
/** The chunk's tokens. */
export function chunkTokens(input: RuleInput): Token[] {
  return input.tokens.slice(input.chunk.first, input.chunk.last + 1);
}
