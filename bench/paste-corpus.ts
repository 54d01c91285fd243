// Pasted text of the kinds that once made one article stop or stall a build (issue 15 items 6
// and 7): deterministic, of any size, for the paste bench and the robustness tests.
import { generateArticles, MONTHS, seededRandom } from "./generate-corpus.js";

export const PASTE_KINDS = [
  "no-line-breaks",
  "cr-only",
  "capitalised-words",
  "repeated-sentence",
  "list-of-dates",
] as const;
export type PasteKind = (typeof PASTE_KINDS)[number];

const CAPITALISED = [
  "Alpha",
  "Bravo",
  "Charlie",
  "Delta",
  "Echo",
  "Foxtrot",
  "Golf",
  "Hotel",
  "India",
  "Juliet",
  "Kilo",
  "Lima",
  "Mike",
  "November",
  "Oscar",
  "Papa",
  "Quebec",
  "Romeo",
  "Sierra",
  "Tango",
  "Uniform",
  "Victor",
  "Whiskey",
  "Yankee",
  "Zulu",
  "Berlin",
  "Maria",
  "Ocean",
  "Northern",
  "Council",
];

/** The paragraphs of real-looking news articles (the bench corpus without front matter), about `bytes` long in all. */
export function newsParagraphs(bytes: number): string[] {
  const paragraphs: string[] = [];
  let length = 0;
  for (const article of generateArticles(Math.ceil(bytes / 2000) + 2, 7)) {
    const body = article.text.replace(/^---\n[\s\S]*?\n---\n/, "");
    for (const paragraph of body.split(/\n+/)) {
      if (!paragraph.trim()) continue;
      paragraphs.push(paragraph.trim());
      length += paragraph.length + 1;
      if (length >= bytes) return paragraphs;
    }
  }
  return paragraphs;
}

/** `bytes` (about) of pasted text of one kind, as the body of a plain-text file. */
export function pasteText(kind: PasteKind, bytes: number): string {
  switch (kind) {
    case "no-line-breaks":
      return newsParagraphs(bytes).join(" ");
    case "cr-only":
      return newsParagraphs(bytes).join("\r");
    case "capitalised-words": {
      const random = seededRandom(11);
      const words: string[] = [];
      let length = 0;
      while (length < bytes) {
        const word = CAPITALISED[Math.floor(random() * CAPITALISED.length)] as string;
        words.push(word);
        length += word.length + 1;
      }
      return words.join(" ");
    }
    case "repeated-sentence": {
      const sentence =
        "U.S. President Joe Biden and Japanese Prime Minister Fumio Kishida will meet in Washington on April 10. ";
      return sentence.repeat(Math.ceil(bytes / sentence.length)).trimEnd();
    }
    case "list-of-dates": {
      const dates: string[] = [];
      let length = 0;
      for (let day = 0; length < bytes; day++) {
        const date = new Date(Date.UTC(1900, 0, 1 + day));
        const text = `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
        dates.push(text);
        length += text.length + 2;
      }
      return dates.join(", ");
    }
  }
}
