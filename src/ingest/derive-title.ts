import type { TitleSource } from "../types.js";

const MAX_HEADLINE_WORDS = 14;
const MIN_HEADLINE_WORDS = 5;

export interface DerivedTitle {
  title: string;
  source: TitleSource;
  /** Offset in the body where the text after a headline line starts (0 when the title is not a line of its own). */
  textStart: number;
}

/**
 * The title of an article without a front-matter title: a headline-like first line when there is
 * one (short, no closing full stop, followed by more text), else a short headline cut from the lead.
 */
export function deriveTitle(body: string): DerivedTitle {
  const leading = body.match(/^\s*/)?.[0].length ?? 0;
  const newline = body.indexOf("\n", leading);
  const firstLine = (newline === -1 ? body.slice(leading) : body.slice(leading, newline)).trim();
  const rest = newline === -1 ? "" : body.slice(newline + 1);
  const cleaned = firstLine.replace(/^#+\s*/, "");
  if (rest.trim() !== "" && isHeadlineLike(cleaned)) {
    return { title: cleaned, source: "first-line", textStart: newline + 1 };
  }
  return { title: headlineFromLead(firstLine), source: "lead", textStart: 0 };
}

function isHeadlineLike(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 20 || line.length > 160) return false;
  // A sentence ends with a full stop; a headline does not (but may end with "?" or "!" or a quote).
  return !/[.:;,]$/.test(line) || /\b[A-Z]\.$/.test(line);
}

/**
 * Cut the lead's first sentence to a headline: drop attribution ("…, according to X"), then
 * stop at the last clause boundary within the first words, so "The leaders of A and B will meet
 * in C, D on April 10 to …" reads "The leaders of A and B will meet in C".
 */
export function headlineFromLead(lead: string): string {
  const sentence = firstSentence(lead)
    .replace(/,?\s+(according to|as reported by|citing|said)\b.*$/i, "")
    .replace(/[.!]+$/, "")
    .trim();
  const words = sentence.split(/\s+/).filter(Boolean);
  if (words.length <= MAX_HEADLINE_WORDS) return sentence;
  for (let i = Math.min(MAX_HEADLINE_WORDS, words.length) - 1; i >= MIN_HEADLINE_WORDS - 1; i--) {
    const word = words[i] ?? "";
    const next = words[i + 1] ?? "";
    if (
      /[,;:—–]$/.test(word) ||
      next === "—" ||
      next === "–" ||
      /^(to|in order to|because|after|as|while|which|who)$/i.test(next)
    ) {
      return words
        .slice(0, i + 1)
        .join(" ")
        .replace(/[,;:—–]$/, "");
    }
  }
  return `${words
    .slice(0, MAX_HEADLINE_WORDS - 2)
    .join(" ")
    .replace(/[,;:]$/, "")}…`;
}

function firstSentence(text: string): string {
  // A full stop ends a sentence unless it closes an abbreviation or initial (U.S., D.C., Mr.).
  const match = text.match(/^.*?[a-z0-9)"'’”]{2}[.!?](?=\s+["'“‘]?[A-Z]|\s*$)/s);
  return (match ? match[0] : text).trim();
}
