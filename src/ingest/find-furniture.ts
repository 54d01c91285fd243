/**
 * Page furniture: the parts of a scraped web page that are not the article (sign-up prompts,
 * share and follow buttons, photo credits and caption labels, "Read more" and "Related" lists,
 * cookie notices, advertisement markers, video player text). Copied with the article, they
 * become entities ("Invalid Email" as a person), summary sentences and search hits.
 *
 * Two shapes, both seen in scraped news: furniture on lines of its own (copied from a page
 * with its line breaks), and furniture run into the text (scrapers that join a page's blocks
 * with spaces: "... in the Oval Office Image copyright AP Image caption ..."). Whole lines are
 * recognised by what they start with and by being short, never by a word they contain; spans
 * inside running text only by fixed phrases that prose does not use (button labels, credit
 * labels in parentheses), so an article sentence that mentions subscribing, sharing, copyright
 * or reading more is never furniture. Patterns are general web-page phrasing, not any one site's.
 */

import type { Furniture as FurnitureSpan, FurnitureKind } from "../types.js";

/** Lines longer than this are prose, whatever they start with. */
const MAX_LINE_CHARS = 200;

// Whole lines, tested on the trimmed line. Each pattern is anchored at the line's start; a
// line ending like a sentence (`.`, `?`, `!`) is furniture only where the pattern says so.
const LINE_PATTERNS: ReadonlyArray<[FurnitureKind, RegExp]> = [
  ["advertisement", /^(?:advertisement|advert|sponsored(?: content)?|ad)$/i],
  [
    "advertisement",
    /^(?:advertisement\s+)?(?:continue reading the main story|story continues below(?: advertisement)?|article continues below(?: advertisement)?)$/i,
  ],
  ["signup", /^(?:sign up|subscribe)\b.{0,150}\b(?:newsletters?|inbox|e-?mails?|alerts?|briefings?|updates)\b/i],
  [
    "signup",
    /^(?:get|receive) (?:the |our )?(?:[\w-]+ ){0,4}(?:newsletters?|updates|alerts|briefing|headlines)\b.{0,60}\b(?:to|in) your inbox\b/i,
  ],
  ["signup", /^(?:thank you|thanks) for (?:subscribing|signing up)\b/i],
  [
    "signup",
    /^(?:could not subscribe|invalid e-?mail(?: address)?|enter your e-?mail(?: address)?|your e-?mail address)\b/i,
  ],
  ["signup", /^(?:subscribe|sign up|sign in|log in|register)(?: now| today| here)?[.!]?$/i],
  [
    "share",
    /^(?:share|tweet|email|print|pin|save)(?: (?:this|the) (?:story|article|page|video|gallery|post))?(?: (?:on|via|with) [\w ]{1,30})?[:.!]?$/i,
  ],
  ["share", /^(?:click|tap) to (?:share|email|print)\b/i],
  ["share", /^(?:read or share|share) this (?:story|article)\s*:/i],
  [
    "share",
    /^follow (?:us|me|[\w.'-]+(?: [\w.'-]+){0,3}) on (?:twitter|facebook|instagram|linkedin|tiktok|youtube|threads|mastodon|bluesky|x)(?:(?:,| and| &) (?:twitter|facebook|instagram|linkedin|tiktok|youtube|threads|mastodon|bluesky|x))*(?:\s*:?\s*@[\w.]+)?[.!]?$/i,
  ],
  [
    "share",
    /^(?:facebook|twitter|whatsapp|linkedin|pinterest|reddit|e-?mail|messenger|copy link)(?:\s*[|·•,/]\s*(?:facebook|twitter|whatsapp|linkedin|pinterest|reddit|e-?mail|messenger|copy link))+$/i,
  ],
  // The credit after the label is a name ("Image copyright AP"); "Image copyright lawyers said…" is prose.
  // (Case-sensitive after the label: no `i` flag; Node 20 has no inline modifiers.)
  [
    "credit",
    /^(?:[Ii]mage|[Pp]hoto|[Pp]icture|[Pp]hotograph|[Vv]ideo|IMAGE|PHOTO|PICTURE)[sS]? (?:[Cc]opyright|[Cc]redit|COPYRIGHT|CREDIT)(?:[sS]?\s*:|\s+(?:©\s*)?[A-Z0-9@]|$)/,
  ],
  ["credit", /^(?:photo|photos|picture|pictures|photograph|image|credit)(?: credit)?\s*:\s*\S.{0,100}$/i],
  ["credit", /^\(?(?:photo|image|picture)s?(?: credit)?\s*:[^()]{1,100}\)?$/i],
  ["credit", /^(?:©|\(c\)|copyright ©?)\s*\S.{0,100}$/i],
  [
    "credit",
    /^[^.!?]{0,60}\/\s*(?:getty images|afp|reuters|ap|associated press|epa|pa|pa images|pa wire|shutterstock|alamy|bloomberg)$/i,
  ],
  [
    "credit",
    /^(?:getty images|afp|reuters|ap photo|associated press|epa|pa wire|pa images|shutterstock|alamy)(?:\s*\/\s*[\w .'-]{1,40})?$/i,
  ],
  [
    "caption",
    /^(?:[Ii]mage|[Pp]hoto|[Pp]icture|[Vv]ideo|[Mm]edia|IMAGE|PHOTO|PICTURE|VIDEO|MEDIA) (?:[Cc]aption|CAPTION)(?:\s*:|\s+[A-Z0-9"“‘']|$)/,
  ],
  ["caption", /^caption\s*:/i],
  // A header alone, or a header and one headline (headlines do not end with a full stop).
  [
    "related",
    /^(?:read more|more on this(?: story| topic)?|related(?: stories| articles| coverage| content| links| topics)?|see also|also read|read also|recommended(?: for you)?|most (?:read|popular|viewed)|you (?:may|might) also like|top stories|more from [\w ]{1,30}|more stories)\s*(?:[:›»>|–—-]\s*)?(?:$|(?=.{1,120}$)(?!.*[.]$))/i,
  ],
  [
    "cookie",
    /^(?:we use cookies|this (?:web)?site uses cookies|by (?:continuing to use|using) (?:this|our) (?:web)?site|accept (?:all )?cookies|cookie (?:policy|settings|preferences|notice|consent))\b/i,
  ],
  [
    "media",
    /^(?:media playback is (?:unsupported|not supported) on your device|your browser does not support (?:the )?(?:video|audio)|please enable javascript to (?:view|watch|play)|this video (?:is not available|cannot be played))\b.{0,80}$/i,
  ],
  [
    "media",
    /^(?:watch (?:this video )?again|play video|watch next|tap to play|skip ad|video will play in(?: \d+ seconds?)?)$/i,
  ],
];

/**
 * Photo agencies, as picture credits name them. A credit is told from prose by its shape around
 * the agency's name (a slash, parentheses, a gallery counter), never by the name alone: "told
 * Reuters", "Getty Images said" are sentences.
 */
const AGENCY =
  String.raw`(?:Getty Images|Getty|AFP|EPA|PA(?: [Ww]ire| Images)?|Reuters|REUTERS|AP(?::Associated Press)?|` +
  String.raw`Associated Press|Rex(?: Features)?|Shutterstock|Alamy|SWNS|Bloomberg)`;

// Spans inside running text: phrases only page chrome uses, each whole (a button label with
// its "(Opens in new window)", a credit in parentheses that names a photo or image).
const INLINE_PATTERNS: ReadonlyArray<[FurnitureKind, RegExp]> = [
  [
    "share",
    /\b(?:Click|Tap) to (?:share on [A-Z][\w+]*|email(?: a link to a friend)?|print)(?: \(Opens in new window\))?/g,
  ],
  ["share", /\(Opens in (?:a )?new window\)/g],
  ["share", /\bRead or Share this story: \S+/g],
  ["share", /\bShare this (?:story|article|video|gallery)(?= [A-Z]|$)/g],
  ["share", /\bFollow [A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3} on (?:Twitter|Facebook|Instagram)(?::? @\w+)/g],
  [
    "signup",
    /\bGet (?:[\w-]+ ){0,3}(?:updates|news|headlines|alerts) (?:directly |delivered )?(?:to|in) your inbox(?: \+ ?Subscribe)?/g,
  ],
  ["signup", /\bThank you for subscribing!?/g],
  ["signup", /\bCould not subscribe, try again later\.?/g],
  // The literal first, the bounded look-behind second: a look-behind leading the pattern would run at every offset.
  ["signup", /\bInvalid Email\b(?<=subscrib\w{0,8}[!.]? (?:Could not subscribe, try again later\.? )?Invalid Email)/g],
  ["credit", /\((?:Photo|Photos|Image|Images|Picture|Pictures|Photograph|Credit|Video)(?: credit)?: [^()\n]{1,80}\)/g],
  // The credit is the capitalised words after the label, up to the next label or a word that starts a sentence.
  [
    "credit",
    /\bImage copyright(?=$| [A-Z])(?: (?!Image caption\b|(?:He|She|It|They|We|I|The|A|An|In|On|At|As|But|And|This|That|These|Those|His|Her|Their|Its|Mr|Mrs|Ms|Dr|By)\b)[A-Z][\w&.'/-]*){0,4}/g,
  ],
  // A gallery's credit and counter between two captions: "… the tram crash Getty Images 22 British
  // Transport Police …", "… in London EPA 13/19 Prime Minister …", "Steve Parsons/PA 2/8".
  // Not after a word that makes the agency an object in prose ("told Reuters 9 banks failed").
  [
    "credit",
    new RegExp(
      String.raw`(?:\b[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,2}\s?/\s?|` +
        String.raw`(?<!\b(?:told|tells|to|by|from|with|for|via|at|and|or|of|the|said|says|than|as|on|in)\s))` +
        String.raw`\b${AGENCY}(?: for [A-Z]{2,})? \d{1,3}(?:/\d{1,3}| of \d{1,3})?(?= [A-Z"“‘'(]|\s*$)`,
      "gm",
    ),
  ],
  // A credit in parentheses naming an agency: "(Getty)", "(Steve Parsons/PA )", "(AFP/Getty Images)".
  [
    "credit",
    new RegExp(String.raw`\((?:[^()\n/]{1,40}\/\s?)?${AGENCY}(?:\s?\/\s?[^()\n]{1,30})?\s*\)(?! ?[-–—])`, "g"),
  ],
  [
    "credit",
    /\bCopyright \d{4} [^.\n]{1,60}\. All rights reserved\.(?: This material may not be published, broadcast, rewritten,? or redistributed\.)?/g,
  ],
  ["media", /\bPlay slideshow(?: \d{1,3} of \d{1,3})?/g],
  // A photo gallery's controls: "1 of 57 Full Screen Autoplay Close Skip Ad x … View Photos".
  ["media", /(?:\b\d{1,3} of \d{1,3} )?\bFull Screen Autoplay Close(?: Skip Ad(?: x\b)?)?/g],
  ["media", /\bView Photos(?= [A-Z])/g],
  // A whole gallery run into the text, its captions too: "UK news in pictures 19 show all UK news in pictures 1/19
  // <caption> Getty 2/19 … 19/19 <caption> Getty". Its captions are other days' news (Kew Gardens, a tennis final) that
  // two articles carrying one outlet's gallery would otherwise share. From the header to the last counter's credit.
  [
    "caption",
    new RegExp(
      String.raw`\b(?:[\w'’-]+ ){0,4}in pictures (\d{1,3}) show all\b[^]{0,20000}?\b\1\/\1 (?:[^\n]{0,400}?\b${AGENCY}\b)?`,
      "g",
    ),
  ],
  // "Media caption" labels a video's caption on BBC pages, as "Image caption" a photo's.
  ["caption", /\b(?:Image|Photo|Video|Media) caption(?= [A-Z0-9"“‘']|$)/g],
  ["media", /\bMedia playback is (?:unsupported|not supported) on your device\b/g],
  [
    "advertisement",
    /\bAdvertisement(?<=(?:^|[\n.!?"”] )Advertisement|^Advertisement|\nAdvertisement)(?: Continue reading the main story)?(?= [A-Z"“]|\r?\n|$)/g,
  ],
];

/**
 * The furniture of a text, in text order, without overlaps. `Read more`/`Related` headers on
 * their own line take the list of short headline lines under them (up to a blank line or a
 * line that ends like a sentence).
 */
export function findFurniture(text: string): FurnitureSpan[] {
  const spans: FurnitureSpan[] = [];
  let listOf: FurnitureSpan | undefined;
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    const trimmed = line.trim();
    const lead = line.length - line.trimStart().length;
    const span = { start: start + lead, end: start + lead + trimmed.length };
    if (trimmed === "") {
      listOf = undefined;
    } else if (trimmed.length <= MAX_LINE_CHARS) {
      const kind = lineKind(trimmed);
      if (kind) {
        spans.push({ ...span, kind });
        listOf = kind === "related" ? { ...span, kind } : undefined;
      } else if (listOf && !/[.!?:;"”]$/.test(trimmed) && trimmed.length <= 120) {
        spans.push({ ...span, kind: "related" });
      } else listOf = undefined;
    } else listOf = undefined;
    if (newline === -1) break;
    start = newline + 1;
  }
  for (const [kind, pattern] of INLINE_PATTERNS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text))
      spans.push({ start: match.index, end: match.index + match[0].length, kind });
  }
  return withoutOverlaps(spans);
}

function lineKind(line: string): FurnitureKind | undefined {
  for (const [kind, pattern] of LINE_PATTERNS) if (pattern.test(line)) return kind;
  return undefined;
}

/** Sorted by start; a span inside (or overlapping) an earlier one is merged into it. */
function withoutOverlaps(spans: FurnitureSpan[]): FurnitureSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: FurnitureSpan[] = [];
  for (const span of sorted) {
    const last = kept[kept.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else kept.push({ ...span });
  }
  return kept;
}

/**
 * The text with every furniture span blanked: each character but line breaks becomes a space,
 * so the text keeps its length and lines, and offsets into it (entity mentions, dated events)
 * still index the file's text, as `digest inspect`'s contract says.
 */
export function maskFurniture(text: string, spans: readonly FurnitureSpan[]): string {
  if (spans.length === 0) return text;
  let out = "";
  let last = 0;
  for (const span of spans) {
    out += text.slice(last, span.start) + text.slice(span.start, span.end).replace(/[^\r\n]/g, " ");
    last = span.end;
  }
  return out + text.slice(last);
}
