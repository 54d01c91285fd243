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
  return escapeHtml(String(value));
}

/**
 * Tagged template for page markup: every interpolated value is escaped unless it is `SafeHtml`
 * (another `html` result, or `trusted(...)` output of a renderer that escapes what it embeds),
 * so article text stays inert by default, as Nunjucks' autoescape kept it before.
 * `false`, `null` and `undefined` render as nothing, so `${cond && html`...`}` reads naturally.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += embed(values[i]) + (strings[i + 1] ?? "");
  return new SafeHtml(out);
}

/** Marks the output of an escaping renderer (article body, SVG chart, script-safe JSON) as safe. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
