// A fast, allocation-light tokenizer made for name finding, not for linguistics: it keeps the
// pieces a name is built of ("U.S.", "F-35A", "O'Neill", "Mr.") as one token, splits the
// possessive "'s" off ("Japan's" -> "Japan" + "'s") so mentions end before it, and marks what
// capitalisation means for each token (sentence start, ALL-CAPS headline lines).

/** One token of the body, with offsets into it. */
export interface Token {
  /** The text as written. */
  text: string;
  /** Lower-cased, curly apostrophes made straight: the key for every lexicon lookup. */
  lower: string;
  /** Start offset (UTF-16) into the body. */
  start: number;
  /** End offset, exclusive. */
  end: number;
  /** Position in the token array. */
  index: number;
  /** Contains a letter (not punctuation, not a bare number). */
  word: boolean;
  /** Begins with an upper-case letter. */
  cap: boolean;
  /** First word of a sentence, a line, or after a colon: capitalisation there says little. */
  sentStart: boolean;
  /** On a line written in capitals (a headline or a dateline): capitalisation says nothing. */
  capsLine: boolean;
  /** Followed directly by a possessive "'s" / "’s" / "'" token. */
  possessive: boolean;
  /** 0-based line number. */
  line: number;
}

// Abbreviations whose full stop belongs to the word: titles and company suffixes.
const DOTTED = new Set([
  "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "lt", "capt", "sgt", "sen", "rep", "gov",
  "prof", "rev", "inc", "corp", "co", "ltd", "bros", "messrs", "maj", "adm", "cmdr", "gov", "pres", "ft", "mt",
]);

// Order matters: dotted acronyms ("U.S.", "D.C.") before words, words before numbers, and a
// single capital with a full stop ("J.") is an initial.
const TOKEN_RE =
  /(?:\p{L}\.){2,}|\p{Lu}\.(?=\s|,)|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\S/gu;
const LETTER_RE = /\p{L}/u;
const UPPER_START_RE = /^\p{Lu}/u;
const POSSESSIVE_RE = /['’][sS]$/;

const SENTENCE_END = new Set([".", "!", "?", ":", ";", "\u2026"]);
// Openers that may stand between a sentence end and its first word.
const OPENERS = new Set(['"', "“", "‘", "'", "(", "[", "«", "-", "–", "—", "*", "•"]);

/** Lines mostly in capitals are headlines or datelines. */
function capsLines(body: string): boolean[] {
  const out: boolean[] = [];
  for (const line of body.split("\n")) {
    let upper = 0;
    let lower = 0;
    for (const ch of line) {
      if (ch >= "a" && ch <= "z") lower++;
      else if (ch >= "A" && ch <= "Z") upper++;
      else if (ch.toLowerCase() !== ch) upper++;
      else if (ch.toUpperCase() !== ch) lower++;
    }
    out.push(upper >= 2 && upper > 4 * lower);
  }
  return out;
}

function makeToken(text: string, start: number, index: number, line: number, capsLine: boolean): Token {
  const word = LETTER_RE.test(text);
  return {
    text,
    lower: text.toLowerCase().replace(/’/g, "'"),
    start,
    end: start + text.length,
    index,
    word,
    cap: word && UPPER_START_RE.test(text),
    sentStart: false,
    capsLine,
    possessive: false,
    line,
  };
}

/** Splits `body` into tokens; offsets index `body` exactly. */
export function tokenize(body: string): Token[] {
  const caps = capsLines(body);
  const tokens: Token[] = [];
  let line = 0;
  let lineScan = 0;
  let atSentenceStart = true;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(body); m !== null; m = TOKEN_RE.exec(body)) {
    let text = m[0];
    const start = m.index;
    // Count newlines between the previous token and this one (a new line starts a sentence:
    // headlines, datelines and table rows carry no full stop).
    for (; lineScan < start; lineScan++) {
      if (body.charCodeAt(lineScan) === 10) {
        line++;
        atSentenceStart = true;
      }
    }
    const capsLine = caps[line] ?? false;
    let possessiveTail: string | null = null;
    if (text.length > 2 && POSSESSIVE_RE.test(text)) {
      possessiveTail = text.slice(-2);
      text = text.slice(0, -2);
    } else if (body.charCodeAt(start + text.length) === 46 && DOTTED.has(text.toLowerCase())) {
      text += ".";
    }
    const tok = makeToken(text, start, tokens.length, line, capsLine);
    if (tok.word) {
      tok.sentStart = atSentenceStart;
      atSentenceStart = false;
    } else if (SENTENCE_END.has(text)) {
      atSentenceStart = true;
    } else if (!OPENERS.has(text)) {
      atSentenceStart = false;
    }
    // A dotted acronym at the end of a sentence ("...to the U.S. Japan agreed") swallows the
    // full stop; the next capitalised word may start a sentence, which is the cautious reading.
    if (tok.word && text.endsWith(".") && text.length > 2 && !DOTTED.has(text.slice(0, -1).toLowerCase())) {
      const next = body.charCodeAt(start + text.length + 1);
      if (body.charCodeAt(start + text.length) === 32 && next >= 65 && next <= 90) atSentenceStart = true;
    }
    tokens.push(tok);
    lineScan = Math.max(lineScan, tok.end);
    if (possessiveTail !== null) {
      tok.possessive = true;
      tokens.push(makeToken(possessiveTail, tok.end, tokens.length, line, capsLine));
      lineScan = tok.end + 2;
    } else if (body.charCodeAt(tok.end) === 39 || body.charCodeAt(tok.end) === 0x2019) {
      // Plural possessive ("Allies'"): the apostrophe stays out of the mention.
      const after = body.charCodeAt(tok.end + 1);
      if (tok.lower.endsWith("s") && !(after >= 97 && after <= 122)) tok.possessive = true;
    }
    TOKEN_RE.lastIndex = lineScan;
  }
  return tokens;
}

/** Token key of a phrase: its tokens lower-cased, joined by one space; the lookup key of every lexicon. */
export function keyOf(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.lower)
    .join(" ");
}
