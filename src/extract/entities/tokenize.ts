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
  /** 0-based line number; a gap of blanks (masked page furniture) also starts a new one, as
   * names and sentences do not run across it. */
  line: number;
}

// Abbreviations whose full stop belongs to the word: titles and company suffixes.
const DOTTED = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "jr",
  "sr",
  "gen",
  "col",
  "lt",
  "capt",
  "sgt",
  "sen",
  "rep",
  "gov",
  "prof",
  "rev",
  "inc",
  "corp",
  "co",
  "ltd",
  "bros",
  "messrs",
  "maj",
  "adm",
  "cmdr",
  "gov",
  "pres",
  "ft",
  "mt",
]);

// Order matters: dotted acronyms ("U.S.", "D.C.") before words, words before numbers, and a
// single capital with a full stop ("J.") is an initial.
const TOKEN_RE =
  /(?:\p{L}\.){2,}|\p{Lu}\.(?=\s|,)|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\S/gu;
const LETTER_RE = /\p{L}/u;
const UPPER_START_RE = /^\p{Lu}/u;

/** Ends in "'s" / "’s" (either case of s). */
function isPossessive(text: string): boolean {
  const s = text.charCodeAt(text.length - 1);
  const mark = text.charCodeAt(text.length - 2);
  return (s === 115 || s === 83) && (mark === 39 || mark === 0x2019);
}

const SENTENCE_END = new Set([".", "!", "?", ":", ";", "\u2026"]);
// Openers that may stand between a sentence end and its first word.
const OPENERS = new Set(['"', "“", "‘", "'", "(", "[", "«", "-", "–", "—", "*", "•"]);

/** Lines mostly in capitals are headlines or datelines. ASCII letters are counted by code (most of any
 * text, and the hot loop of this stage); other characters by whether case mapping changes them. */
function capsLines(body: string): boolean[] {
  const out: boolean[] = [];
  let upper = 0;
  let lower = 0;
  for (let i = 0; i <= body.length; i++) {
    const c = i < body.length ? body.charCodeAt(i) : 10;
    if (c === 10) {
      out.push(upper >= 2 && upper > 4 * lower);
      upper = 0;
      lower = 0;
    } else if (c < 128) {
      if (c >= 97 && c <= 122) lower++;
      else if (c >= 65 && c <= 90) upper++;
    } else {
      const code = body.codePointAt(i) as number;
      const ch = String.fromCodePoint(code);
      if (code > 0xffff) i++;
      if (ch.toLowerCase() !== ch) upper++;
      else if (ch.toUpperCase() !== ch) lower++;
    }
  }
  return out;
}

/** Whether `text` contains a letter: ASCII by code, anything else by the Unicode pattern. */
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122) return true;
    if (text.charCodeAt(i) >= 128) return LETTER_RE.test(text);
  }
  return false;
}

/** Whether `text` begins with an upper-case letter. */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_START_RE.test(text);
}

function makeToken(text: string, start: number, index: number, line: number, capsLine: boolean): Token {
  const word = hasLetter(text);
  const lower = text.toLowerCase();
  return {
    text,
    lower: lower.includes("’") ? lower.replace(/’/g, "'") : lower,
    start,
    end: start + text.length,
    index,
    word,
    cap: word && startsUpper(text),
    sentStart: false,
    capsLine,
    possessive: false,
    line,
  };
}

/** Blanks in a row that break a line (see `Token.line`). */
const GAP_BLANKS = 4;

/** Splits `body` into tokens; offsets index `body` exactly. */
export function tokenize(body: string): Token[] {
  const caps = capsLines(body);
  const tokens: Token[] = [];
  let line = 0;
  /** Newlines seen: the index of `caps`, which `line` outgrows at gaps. */
  let newlines = 0;
  let lineScan = 0;
  let blanks = 0;
  let atSentenceStart = true;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(body); m !== null; m = TOKEN_RE.exec(body)) {
    let text = m[0];
    const start = m.index;
    // Count newlines between the previous token and this one (a new line starts a sentence:
    // headlines, datelines and table rows carry no full stop).
    // A run of blanks as long as this is no spacing a writer uses: it is where page furniture was
    // masked ("... in London EPA 19/19 Spectators watch ..."), and the words either side of it
    // belong to different captions.
    for (; lineScan < start; lineScan++) {
      const c = body.charCodeAt(lineScan);
      if (c === 10) {
        line++;
        newlines++;
        atSentenceStart = true;
        blanks = 0;
      } else if (c === 32 && ++blanks === GAP_BLANKS && tokens.length > 0) {
        line++;
        atSentenceStart = true;
      } else if (c !== 32) blanks = 0;
    }
    blanks = 0;
    const capsLine = caps[newlines] ?? false;
    let possessiveTail: string | null = null;
    if (text.length > 2 && isPossessive(text)) {
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

/** Whether a number token goes on as "63.02" or "4,000" (the tokenizer splits it at the mark): a figure, not a score or a day. */
export function figureGoesOn(tokens: Token[], num: Token): boolean {
  const mark = tokens[num.index + 1];
  const rest = tokens[num.index + 2];
  return (
    mark !== undefined &&
    rest !== undefined &&
    (mark.text === "." || mark.text === ",") &&
    mark.start === num.end &&
    rest.start === mark.end &&
    /^\d+$/.test(rest.text)
  );
}
