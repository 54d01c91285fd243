// The IPTC Media Topics vocabulary (active concepts), indexed for lookups by qcode and label.
// IPTC Media Topics, © IPTC (https://iptc.org), CC BY 4.0. Data: iptc-concepts.ts (generated).
import { IPTC_CONCEPTS } from "./iptc-concepts.js";

/** One IPTC Media Topic concept. */
export interface IptcConcept {
  /** `medtop:NNNNNNNN`. */
  qcode: string;
  /** The English (en-GB) label. */
  label: string;
  /** The broader concept's qcode; absent for the 17 top-level subjects. */
  parent?: string;
  /** Depth: 1 for the top-level subjects. */
  level: number;
  /** IPTC's English definition. */
  definition: string;
}

const byQcode = new Map<string, IptcConcept>();
const byLabel = new Map<string, IptcConcept>();
const children = new Map<string, IptcConcept[]>();
for (const c of IPTC_CONCEPTS) {
  byQcode.set(c.qcode, c);
  // Labels are unique in the active vocabulary; keep the first should a release ever repeat one.
  const key = normaliseLabel(c.label);
  if (!byLabel.has(key)) byLabel.set(key, c);
  if (c.parent) {
    const list = children.get(c.parent) ?? [];
    list.push(c);
    children.set(c.parent, list);
  }
}

function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[\s_-]+/g, " ")
    .trim();
}

/** Accepts `medtop:20000056`, `20000056` or an IPTC URI ending in the number. */
function normaliseQcode(qcode: string): string | undefined {
  const m = /(?:^|medtop:|\/)(\d{8})\s*$/i.exec(qcode.trim());
  return m ? `medtop:${m[1]}` : undefined;
}

export function getConcept(qcode: string): IptcConcept | undefined {
  // Fast path: the classifier looks up canonical qcodes thousands of times per article.
  const direct = byQcode.get(qcode);
  if (direct) return direct;
  const q = normaliseQcode(qcode);
  return q ? byQcode.get(q) : undefined;
}

export function childrenOf(qcode: string): IptcConcept[] {
  const q = normaliseQcode(qcode);
  return q ? [...(children.get(q) ?? [])] : [];
}

/** Nearest first, up to and including the top-level subject. */
export function ancestorsOf(qcode: string): IptcConcept[] {
  const out: IptcConcept[] = [];
  let c = getConcept(qcode);
  // The level bound guards against a malformed vocabulary with a cycle.
  for (let i = 0; c?.parent && i < 10; i++) {
    const p = byQcode.get(c.parent);
    if (!p) break;
    out.push(p);
    c = p;
  }
  return out;
}

/** The top-level subject of a concept (itself when it is top-level). Throws on an unknown qcode. */
export function topLevelOf(qcode: string): IptcConcept {
  const c = getConcept(qcode);
  if (!c) throw new Error(`Unknown IPTC Media Topic "${qcode}". Use an active medtop qcode such as medtop:16000000.`);
  const up = ancestorsOf(c.qcode);
  return up[up.length - 1] ?? c;
}

/** For front matter `topics:` — an English label (case-insensitive) or a qcode. */
export function findConceptByLabel(labelOrQcode: string): IptcConcept | undefined {
  return getConcept(labelOrQcode) ?? byLabel.get(normaliseLabel(labelOrQcode));
}

export function allConcepts(): readonly IptcConcept[] {
  return IPTC_CONCEPTS;
}
