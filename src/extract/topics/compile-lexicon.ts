// Compiles the hand-written lexicon (topic-lexicon.ts) into a Map keyed by the first stem of each
// term, so classification is one pass over the tokens with one Map lookup per token.
import { ancestorsOf, getConcept } from "./iptc-vocabulary.js";
import { TIER_WEIGHTS, type LexiconEntry } from "./topic-lexicon.js";
import { CaseShape, tokeniseWords, type WordToken } from "./tokenise-words.js";

/** Which spellings of a word a term accepts. */
export const CaseRule = {
  /** Any case (lexicon term written in lower case). */
  Any: 0,
  /** Capitalised or all-caps text only (term written with a capital: `Labour`). */
  Capital: 1,
  /** All-caps text only (term written as an acronym: `WHO`, `UN`). */
  Acronym: 2,
  /** Lower-case text only (term written `=bill`). */
  LowerOnly: 3,
} as const;
export type CaseRule = (typeof CaseRule)[keyof typeof CaseRule];

/** A lexicon term: its stems, case rule and the evidence it gives. */
export interface CompiledTerm {
  /** Index into CompiledLexicon.terms. */
  id: number;
  /** The term as written in the lexicon (for debugging and tests). */
  text: string;
  /** Stems after the first. */
  rest: string[];
  /** Case rule for the first word (later words of a phrase match in any case). */
  caseRule: CaseRule;
  /** Evidence per concept, already spread to ancestors: each node gets the strongest weight once. */
  nodes: { qcode: string; weight: number }[];
}

export interface CompiledLexicon {
  /** First stem -> candidate terms, longest first. */
  byFirst: Map<string, CompiledTerm[]>;
  terms: CompiledTerm[];
}

function caseRuleOf(term: string): CaseRule {
  if (term.startsWith("=")) return CaseRule.LowerOnly;
  const first = term.split(/[\s-]/)[0] ?? "";
  const core = first.length > 2 && first.endsWith("s") ? first.slice(0, -1) : first;
  if (core.length >= 2 && core === core.toUpperCase() && /\p{L}.*\p{L}/u.test(core)) return CaseRule.Acronym;
  if (first.charAt(0) !== first.charAt(0).toLowerCase()) return CaseRule.Capital;
  return CaseRule.Any;
}

export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  // key: caseRule + stems; value: concept -> weight (strongest listing wins).
  const raw = new Map<string, { text: string; stems: string[]; caseRule: CaseRule; concepts: Map<string, number> }>();
  for (const entry of entries) {
    if (!getConcept(entry.qcode))
      throw new Error(
        `Lexicon entry names unknown IPTC concept "${entry.qcode}". Use an active qcode from iptc-concepts.ts.`,
      );
    for (const tier of ["strong", "medium", "weak"] as const) {
      for (const text of entry[tier] ?? []) {
        const caseRule = caseRuleOf(text);
        const stems = tokeniseWords(text.replace(/^=/, "")).map((t: WordToken) => t.stem);
        if (stems.length === 0) continue;
        const key = `${caseRule}|${stems.join(" ")}`;
        const item = raw.get(key) ?? { text, stems, caseRule, concepts: new Map<string, number>() };
        const w = TIER_WEIGHTS[tier];
        item.concepts.set(entry.qcode, Math.max(item.concepts.get(entry.qcode) ?? 0, w));
        raw.set(key, item);
      }
    }
  }
  const terms: CompiledTerm[] = [];
  const byFirst = new Map<string, CompiledTerm[]>();
  for (const item of raw.values()) {
    // Spread to ancestors here, once, so a term listed under both a concept and its parent (or two
    // siblings) adds its weight to each shared ancestor only once.
    const nodes = new Map<string, number>();
    for (const [qcode, weight] of item.concepts) {
      for (const node of [qcode, ...ancestorsOf(qcode).map((c) => c.qcode)]) {
        nodes.set(node, Math.max(nodes.get(node) ?? 0, weight));
      }
    }
    const [first = "", ...rest] = item.stems;
    const term: CompiledTerm = {
      id: terms.length,
      text: item.text,
      rest,
      caseRule: item.caseRule,
      nodes: [...nodes].map(([qcode, weight]) => ({ qcode, weight })),
    };
    terms.push(term);
    const list = byFirst.get(first) ?? [];
    list.push(term);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length || b.caseRule - a.caseRule);
  return { byFirst, terms };
}

/** Whether a token's spelling satisfies a term's case rule. */
export function caseMatches(rule: CaseRule, shape: CaseShape): boolean {
  switch (rule) {
    case CaseRule.Any:
      return true;
    case CaseRule.Capital:
      return shape !== CaseShape.Lower;
    case CaseRule.Acronym:
      return shape === CaseShape.Upper;
    case CaseRule.LowerOnly:
      return shape === CaseShape.Lower;
  }
}
