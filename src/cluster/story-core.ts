import type { ExtractedArticle } from "../types.js";
import { lowerCaseTerms } from "./content-terms.js";

// The headline and the first sentences say what happened; the rest of an article is background, which the reports of
// different events of one subject share (a campaign's articles all retell the feud, the polls, the manifesto).
const LEAD_SENTENCES = 2;
// An article belongs to a group with a core when one of the core words is in its headline or first five sentences
// (a report may lead with a reaction and tell the happening next).
const MEMBER_SENTENCES = 5;
// A core word is in the lead of more than this share of the group's articles...
const CORE_COVERAGE = 0.45;
// ...and in two leads at least: a pair's core is words both leads use, not one lead's own words...
const CORE_MIN_LEADS = 2;
// ...and in few leads outside the group: at most this many leads in the whole site per lead of the group using it.
const CORE_SPECIFICITY = 1.25;
// What happened takes two words at least ("tram" "derailed", "blames" "defeat"): one shared word is often a topic
// ("console", "housing"), and a group with one such word is a topic's different events.
const CORE_WORDS = 2;

/** An article's lead words, and those of its longer lead (see MEMBER_SENTENCES). */
export interface LeadWords {
  lead: Set<string>;
  longer: Set<string>;
}

/**
 * The words of each article's lead (headline and first sentences) that say what happened: its content words written
 * in lower case. Names are left out: who and where are shared by every event of one subject.
 */
export function leadWords(articles: readonly ExtractedArticle[]): LeadWords[] {
  return articles.map((article) => {
    const lead = new Set(lowerCaseTerms(article.title));
    const longer = new Set(lead);
    article.sentences.slice(0, MEMBER_SENTENCES).forEach((sentence, k) => {
      for (const term of lowerCaseTerms(sentence)) {
        longer.add(term);
        if (k < LEAD_SENTENCES) lead.add(term);
      }
    });
    return { lead, longer };
  });
}

/** In how many leads each word occurs. */
export function leadFrequencies(leads: readonly LeadWords[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const { lead } of leads) for (const w of lead) df.set(w, (df.get(w) ?? 0) + 1);
  return df;
}

/**
 * The core of a group of articles: words of what happened that most of their leads use and that few leads elsewhere
 * use ("tram", "derailed"; "blames", "defeat"); undefined when it has none. Reports of one event retell its happening
 * in their first lines; articles of one subject's different events (a campaign's speeches, a saga's hearings) share
 * who and where but each leads with its own happening, so few words are common to most of them and rare elsewhere.
 */
export function coreWords(
  members: readonly number[],
  leads: readonly LeadWords[],
  frequencies: ReadonlyMap<string, number>,
): Set<string> | undefined {
  const counts = new Map<string, number>();
  for (const i of members) for (const w of leads[i]!.lead) counts.set(w, (counts.get(w) ?? 0) + 1);
  const core = new Set<string>();
  for (const [w, n] of counts) {
    if (n >= CORE_MIN_LEADS && n / members.length > CORE_COVERAGE && frequencies.get(w)! <= CORE_SPECIFICITY * n)
      core.add(w);
  }
  return core.size >= CORE_WORDS ? core : undefined;
}
