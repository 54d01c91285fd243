// Assigns IPTC Media Topics to an article from weighted lexicon matches (topic-lexicon.ts).
// Steps: tokenise title and body once; one pass per text with a Map lookup per token (longest
// phrase first); saturate repeated terms; spread evidence to ancestors (done at compile time);
// pick the top-level subject with the most evidence, then the specific topics under it that pass
// a threshold, plus secondary subjects when they are nearly as strong. Declared topics (front
// matter) always come first with score 1; tags naming a concept count as strong evidence.
import type { ArticleTopic } from "../../types.js";
import { caseMatches, compileLexicon, type CompiledLexicon } from "./compile-lexicon.js";
import { ancestorsOf, findConceptByLabel, getConcept, topLevelOf, type IptcConcept } from "./iptc-vocabulary.js";
import { POLICY_TOPICS, TOPIC_LEXICON } from "./topic-lexicon.js";
import { tokeniseWords, type WordToken } from "./tokenise-words.js";

export interface ClassifyTopicsInput {
  title: string;
  body: string;
  /** Free-text tags from front matter; a tag equal to a concept label is strong evidence. */
  tags?: string[];
  /** Topics named in front matter (labels or qcodes), always included with score 1. */
  declared?: string[];
}

/** Tuning, with the reason for each value. */
const SETTINGS = {
  /** Headline words are chosen to say what the story is about. */
  titleWeight: 3,
  /** A tag that names a concept outright is worth several strong headline words. */
  tagConceptWeight: 9,
  /** Below this (length-normalised) evidence a subject is too thin to report. */
  minSubjectEvidence: 1.5,
  /** A specific topic must carry this share of its subject's evidence (a subject aggregates all
   * its descendants, so even a clear secondary theme such as diplomacy in a defence story is small)... */
  specificShare: 0.05,
  /** ...and this much evidence of its own (about one strong word used twice). */
  minSpecificEvidence: 3,
  maxSpecificPerSubject: 5,
  /** A broader topic is dropped when a narrower candidate carries this share of its evidence. */
  narrowerShare: 0.5,
  /** A second subject is reported when it has this share of the best subject's evidence. */
  secondaryShare: 0.55,
  maxSecondarySubjects: 2,
  maxSpecificPerSecondary: 2,
  /** Share of the shared evidence (min of domain and politics) that counts as policy evidence. */
  policyTransfer: 0.5,
} as const;

let compiled: CompiledLexicon | undefined;
function lexicon(): CompiledLexicon {
  compiled ??= compileLexicon(TOPIC_LEXICON);
  return compiled;
}

/** Adds each term's weighted frequency in `tokens` to `tf` (indexed by term id); `seen` lists each
 * matched term id once across calls (`mark` remembers which). */
function scan(
  tokens: readonly WordToken[],
  weight: number,
  lex: CompiledLexicon,
  tf: Float64Array,
  seen: number[],
  mark: Uint8Array,
): void {
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const tok = tokens[i]!;
    const candidates = lex.byFirst.get(tok.stem);
    let advance = 1;
    if (candidates) {
      for (const term of candidates) {
        if (!caseMatches(term.caseRule, tok.shape)) continue;
        const rest = term.rest;
        if (i + rest.length >= n) continue;
        let ok = true;
        for (let k = 0; k < rest.length; k++) {
          if (tokens[i + 1 + k]?.stem !== rest[k]) {
            ok = false;
            break;
          }
        }
        if (!ok) continue;
        if (mark[term.id] === 0) {
          mark[term.id] = 1;
          seen.push(term.id);
        }
        tf[term.id]! += weight;
        advance = rest.length + 1;
        break;
      }
    }
    i += advance;
  }
}

/** Repeating a word adds less and less: 1, 1.69, 2.1, ... */
function saturate(x: number): number {
  return x <= 1 ? x : 1 + Math.log(x);
}

function slugOf(label: string): string {
  return label
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function topicOf(concept: IptcConcept, score: number): ArticleTopic {
  return {
    id: slugOf(concept.label),
    label: concept.label,
    iptc: concept.qcode,
    score: Math.round(score * 1000) / 1000,
  };
}

/** Evidence per IPTC node (concepts and all their ancestors), normalised by text length. */
export function topicEvidence(input: ClassifyTopicsInput): Map<string, number> {
  const lex = lexicon();
  const tf = new Float64Array(lex.terms.length);
  const head = new Float64Array(lex.terms.length);
  const seen: number[] = [];
  const mark = new Uint8Array(lex.terms.length);
  const bodyTokens = tokeniseWords(input.body);
  scan(tokeniseWords(input.title), SETTINGS.titleWeight, lex, head, seen, mark);
  scan(bodyTokens, 1, lex, tf, seen, mark);
  for (const tag of input.tags ?? []) scan(tokeniseWords(tag), SETTINGS.titleWeight, lex, head, seen, mark);

  const evidence = new Map<string, number>();
  for (const id of seen) {
    // Repeats saturate, so one word used thirty times cannot outweigh the vocabulary of a whole
    // subject. (Adding headline hits unsaturated was tried: it measured worse.)
    const s = saturate(head[id]! + tf[id]!);
    for (const { qcode, weight } of lex.terms[id]!.nodes) evidence.set(qcode, (evidence.get(qcode) ?? 0) + weight * s);
  }
  // Long articles mention more in passing; dampen by length so thresholds mean the same for a
  // 100-word brief and a 1,500-word feature (sqrt: evidence grows slower than length).
  const norm = 1 / Math.sqrt(1 + bodyTokens.length / 400);
  for (const [k, v] of evidence) evidence.set(k, v * norm);

  const direct = [...(input.tags ?? []), ...(input.declared ?? [])];
  for (const label of direct) {
    const c = findConceptByLabel(label);
    if (!c) continue;
    // A named concept is evidence for itself and every ancestor.
    let node: IptcConcept | undefined = c;
    while (node) {
      evidence.set(node.qcode, (evidence.get(node.qcode) ?? 0) + SETTINGS.tagConceptWeight);
      node = node.parent ? getConcept(node.parent) : undefined;
    }
  }
  return evidence;
}

/** Policy rule: when a policy-prone subject (health, education...) has evidence and politics words
 * are also present, part of the overlap counts for the matching government-policy concept, so a story
 * about ministers and hospital targets comes out as healthcare policy. Politics then leads only when
 * its own evidence reaches about two thirds of the domain's. */
function applyPolicyRule(evidence: Map<string, number>): string | undefined {
  let best: string | undefined;
  let bestValue = 0;
  for (const [qcode, value] of evidence) {
    if (value > bestValue && POLICY_TOPICS[qcode]) {
      best = qcode;
      bestValue = value;
    }
  }
  const policy = best ? POLICY_TOPICS[best] : undefined;
  if (!policy) return undefined;
  const politics = topLevelOf(policy).qcode;
  const transfer = SETTINGS.policyTransfer * Math.min(bestValue, evidence.get(politics) ?? 0);
  if (transfer <= 0) return undefined;
  for (const node of [policy, ...ancestorsOf(policy).map((c) => c.qcode)])
    evidence.set(node, (evidence.get(node) ?? 0) + transfer);
  return policy;
}

/** Specific topics (level >= 2) under `subject`, best first. */
function specificsUnder(
  subject: string,
  evidence: Map<string, number>,
  max: number,
  always?: string,
): [IptcConcept, number][] {
  const top = evidence.get(subject) ?? 0;
  const candidates = new Map<string, [IptcConcept, number]>();
  for (const [qcode, value] of evidence) {
    if (qcode === subject || value < SETTINGS.minSpecificEvidence || value < top * SETTINGS.specificShare) continue;
    const c = getConcept(qcode);
    if (!c || c.level < 2 || topLevelOf(qcode).qcode !== subject) continue;
    candidates.set(qcode, [c, value]);
  }
  // An intermediate concept ("government") whose evidence is mostly explained by a narrower
  // candidate ("armed forces") says less than the narrower one: keep the narrower only.
  for (const [, [c, value]] of candidates) {
    for (const up of ancestorsOf(c.qcode)) {
      const parent = candidates.get(up.qcode);
      if (parent && value >= parent[1] * SETTINGS.narrowerShare) candidates.delete(up.qcode);
    }
  }
  const picked = [...candidates.values()].sort((a, b) => b[1] - a[1] || b[0].level - a[0].level).slice(0, max);
  // The policy rule's concept is the point of the story when it applies: always list it.
  const extra = always ? getConcept(always) : undefined;
  if (extra && topLevelOf(extra.qcode).qcode === subject && !picked.some(([c]) => c.qcode === extra.qcode)) {
    picked.unshift([extra, evidence.get(extra.qcode) ?? 0]);
  }
  return picked;
}

export function classifyTopics(input: ClassifyTopicsInput): ArticleTopic[] {
  const evidence = topicEvidence(input);
  const policy = applyPolicyRule(evidence);
  const result: ArticleTopic[] = [];
  const used = new Set<string>();
  for (const label of input.declared ?? []) {
    const c = findConceptByLabel(label);
    if (c && !used.has(c.qcode)) {
      used.add(c.qcode);
      result.push(topicOf(c, 1));
    }
  }

  const subjects: [IptcConcept, number][] = [];
  for (const [qcode, value] of evidence) {
    const c = getConcept(qcode);
    if (c?.level === 1 && value >= SETTINGS.minSubjectEvidence) subjects.push([c, value]);
  }
  subjects.sort((a, b) => b[1] - a[1]);
  const best = subjects[0];
  if (!best) return result;

  const total = subjects.reduce((s, [, v]) => s + v, 0);
  // Confidence: how dominant the subject is among all subjects, times how much evidence there is.
  const confidence = (best[1] / total) * 0.5 + 0.5 * (1 - Math.exp(-best[1] / 8));
  const picked: [IptcConcept, number][] = [best];
  for (const s of subjects.slice(1, 1 + SETTINGS.maxSecondarySubjects)) {
    if (s[1] >= best[1] * SETTINGS.secondaryShare) picked.push(s);
  }
  const scored: ArticleTopic[] = [];
  picked.forEach(([subject, value], index) => {
    const max = index === 0 ? SETTINGS.maxSpecificPerSubject : SETTINGS.maxSpecificPerSecondary;
    // Scores relative to the best subject keep the list in evidence order, best subject first.
    scored.push(topicOf(subject, confidence * (value / best[1])));
    // sqrt: a clear but minor theme (diplomacy in a defence story) should not read as near-zero.
    for (const [c, v] of specificsUnder(subject.qcode, evidence, max, policy))
      scored.push(topicOf(c, confidence * Math.sqrt(Math.min(1, v / best[1])) * 0.99));
  });
  // Ancestors always carry at least their descendants' evidence, so the best subject stays first.
  scored.sort((a, b) => b.score - a.score);
  for (const t of scored) {
    if (used.has(t.iptc)) continue;
    used.add(t.iptc);
    result.push(t);
  }
  return result;
}
