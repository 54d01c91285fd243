// How much an article is about an entity: how often it is named, how early, and whether the
// headline names it. Scaled so the most salient entity of an article scores 1.
import { keyOf } from "./gazetteer.js";

/** What salience needs to know of one entity. */
export interface SalienceInput {
  /** Token keys of the entity's names (canonical and as mentioned). */
  keys: string[];
  /** Mention starts; demonym and source mentions count half. */
  mentions: { start: number; weight: number }[];
  /** Declared in front matter. */
  declared: boolean;
}

const LEAD_CHARS = 400;

export function salienceScores(items: SalienceInput[], bodyLength: number, title: string | undefined): number[] {
  const titleKey = title ? ` ${keyOf(title)} ` : "";
  const raw = items.map((it) => {
    let score = 0;
    for (const m of it.mentions) score += m.weight;
    // A loop, not Math.min(...starts): spreading an array into a call puts every element on the
    // stack, which overflowed on an article repeating one name a hundred thousand times.
    let firstStart = Number.POSITIVE_INFINITY;
    for (const m of it.mentions) if (m.start < firstStart) firstStart = m.start;
    if (firstStart < LEAD_CHARS) score += 1.5;
    else if (firstStart < bodyLength / 3) score += 0.5;
    if (titleKey && it.keys.some((k) => k && titleKey.includes(` ${k} `))) score += 2.5;
    if (it.declared) score += 2;
    return score;
  });
  let max = 0;
  for (const score of raw) if (score > max) max = score;
  return raw.map((s) => (max > 0 ? Math.round((s / max) * 1000) / 1000 : 0));
}
