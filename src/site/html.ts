import { escapeHtml } from "./escape-html.js";

/** Markup that is already safe: built by `html` or by a renderer that escapes what it embeds. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** A value `html` can embed: text (escaped), safe markup, lists of either, or nothing. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function embed(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(embed).join("");
  return escapeHtml(isolateBidi(String(value)));
}

// Explicit bidirectional formatting characters: embeddings and overrides (LRE, RLE, PDF, LRO,
// RLO) and isolates (LRI, RLI, FSI, PDI).
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const FSI = "\u2068";
const PDI = "\u2069";

/**
 * Text holding bidi controls (a right-to-left override in a title or name) would reverse what
 * follows it on the page: such text is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL
 * ISOLATE, the characters `<bdi>` stands for (Unicode UAX #9, X5c and X6a: a PDI ends every
 * embedding and override opened since its isolate). Characters rather than a `<bdi>` element,
 * because the same value may land in an attribute, a `<title>` or a feed, where an element
 * would not isolate or would show as text. A stray PDI in the text is dropped (it would close
 * the wrapper early) and isolates the text leaves open are closed first. Other text is unchanged.
 */
export function isolateBidi(text: string): string {
  if (!BIDI_CONTROL.test(text)) return text;
  let open = 0;
  let inner = "";
  for (const char of text) {
    if (char === PDI) {
      if (open === 0) continue;
      open--;
    } else if (char >= "\u2066" && char <= "\u2068") open++;
    inner += char;
  }
  return FSI + inner + PDI.repeat(open + 1);
}

/**
 * Tagged template for page markup: every interpolated value is escaped unless it is `SafeHtml`
 * (another `html` result, or `trusted(...)` output of a renderer that escapes what it embeds),
 * so article text stays inert by default, as Nunjucks' autoescape kept it before.
 * `false`, `null` and `undefined` render as nothing, so `${cond && html`...`}` reads naturally.
 * The template's own indentation is left out of the output (see `unindented`).
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  const parts = unindented(strings);
  let out = parts[0] ?? "";
  for (let i = 0; i < values.length; i++) out += embed(values[i]) + (parts[i + 1] ?? "");
  return new SafeHtml(out);
}

const unindentedParts = new WeakMap<TemplateStringsArray, readonly string[]>();

/**
 * A template's literal parts without the spaces that indent its lines in the source: they were
 * 335 KB of a 1,066-article site (issue 16). A line break stays, so what was white space still
 * is. Only the template's own text is touched, never an embedded value: article text and
 * trusted markup (a `<pre>` block of an article) keep their spaces.
 */
function unindented(strings: TemplateStringsArray): readonly string[] {
  let parts = unindentedParts.get(strings);
  if (!parts) {
    parts = strings.map((part) => part.replace(/\n[ \t]+/g, "\n"));
    unindentedParts.set(strings, parts);
  }
  return parts;
}

/** Marks the output of an escaping renderer (article body, SVG chart, script-safe JSON) as safe. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
