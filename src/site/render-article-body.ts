import markdownIt, { type MarkdownIt, type Token } from "markdown-it";
import type { ArticleView } from "../types.js";
import { escapeHtml } from "./escape-html.js";
import { isWebUrl, withPrefix } from "./site-url.js";

type BodyLink = ArticleView["links"][number];

// Mention links are marked in the markdown source with private-use characters, which markdown
// never treats as syntax, then turned into link tokens after parsing. Working on tokens (not
// on the HTML string) keeps links out of code, out of other links, and properly nested.
const OPEN = "\uE000";
const CLOSE = "\uE001";
const DIGIT0 = 0xe010;
const MARKER = /\uE000([\uE010-\uE019]+)\uE001([^\uE000-\uE019]*?)\uE002/g;
const ANY_MARKER = /[\uE000-\uE019]/g;

function openMarker(index: number): string {
  const digits = [...String(index)].map((d) => String.fromCharCode(DIGIT0 + Number(d))).join("");
  return OPEN + digits + CLOSE;
}

function markerIndex(digits: string): number {
  return Number([...digits].map((c) => c.charCodeAt(0) - DIGIT0).join(""));
}

/** Mentions inside URLs, e-mail addresses or markdown link syntax would break them: skip those. */
function insideUrlOrSyntax(body: string, link: BodyLink): boolean {
  let from = link.start;
  while (from > 0 && !/\s/.test(body[from - 1] ?? "")) from--;
  let to = link.end;
  while (to < body.length && !/\s/.test(body[to] ?? "")) to++;
  const word = body.slice(from, to);
  return /:\/\/|\]\(|@|^\[[^\]]*\]:|[<>]/.test(word);
}

/** Links in the body's order, in range and non-overlapping, with site-relative targets only. */
function usableLinks(body: string, links: readonly BodyLink[]): BodyLink[] {
  const sorted = [...links].sort((a, b) => a.start - b.start);
  const kept: BodyLink[] = [];
  let lastEnd = 0;
  for (const link of sorted) {
    if (link.start < lastEnd || link.end <= link.start || link.end > body.length) continue;
    if (!link.url.startsWith("/") || link.url.startsWith("//")) continue;
    kept.push(link);
    lastEnd = link.end;
  }
  return kept;
}

function createMarkdown(prefix: string): MarkdownIt {
  // html: false escapes raw HTML in articles; linkify stays off so only explicit links exist,
  // and validateLink admits http(s) only (markdown-it's default would allow e.g. ftp: or mailto:).
  const md = new markdownIt({ html: false, linkify: false, typographer: false });
  md.validateLink = (url: string) => isWebUrl(url.replace(ANY_MARKER, ""));
  // Remote images would load third-party content and break the CSP: an image shows its alt
  // text, as plain text (disabling the rule instead printed `![alt](url)` as "!" and a link).
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const alt = self.renderInlineAsText(tokens[idx]?.children ?? [], options, env).replace(ANY_MARKER, "");
    return escapeHtml(alt);
  };
  md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
    // Outbound links from article text are the author's, not this site's endorsement.
    const token = tokens[idx];
    if (token && isWebUrl(token.attrGet("href"))) token.attrSet("rel", "nofollow noopener noreferrer");
    return self.renderToken(tokens, idx, options);
  };
  md.core.ruler.push("mention_links", (state) => {
    const links = (state.env as { links?: BodyLink[] }).links ?? [];
    for (const block of state.tokens) {
      if (block.type !== "inline" || !block.children) continue;
      block.children = linkMentions(block.children, links, prefix, state.Token);
    }
    for (const block of state.tokens) block.content = block.content.replace(ANY_MARKER, "");
  });
  return md;
}

function linkMentions(children: Token[], links: BodyLink[], prefix: string, TokenClass: typeof Token): Token[] {
  const out: Token[] = [];
  let linkDepth = 0;
  for (const child of children) {
    if (child.type === "link_open") linkDepth++;
    if (child.type === "link_close") linkDepth--;
    if (child.type !== "text" || !child.content.includes(OPEN) || linkDepth > 0) {
      child.content = child.content.replace(ANY_MARKER, "");
      out.push(child);
      continue;
    }
    let last = 0;
    const text = child.content;
    const pushText = (content: string) => {
      const clean = content.replace(ANY_MARKER, "");
      if (!clean) return;
      const token = new TokenClass("text", "", 0);
      token.content = clean;
      out.push(token);
    };
    for (const match of text.matchAll(MARKER)) {
      const link = links[markerIndex(match[1] ?? "")];
      pushText(text.slice(last, match.index));
      if (link) {
        const open = new TokenClass("link_open", "a", 1);
        open.attrSet("href", withPrefix(link.url, prefix));
        out.push(open);
        pushText(match[2] ?? "");
        out.push(new TokenClass("link_close", "a", -1));
      } else {
        pushText(match[2] ?? "");
      }
      last = match.index + match[0].length;
    }
    pushText(text.slice(last));
  }
  return out;
}

const markdownByPrefix = new Map<string, MarkdownIt>();

function renderMarkdown(body: string, links: BodyLink[], prefix: string): string {
  let md = markdownByPrefix.get(prefix);
  if (!md) {
    md = createMarkdown(prefix);
    markdownByPrefix.set(prefix, md);
  }
  // Strip any private-use markers already in the text so article text can never forge a link.
  let source = "";
  let last = 0;
  const safe = body.replace(ANY_MARKER, " ");
  links.forEach((link, index) => {
    if (insideUrlOrSyntax(safe, link)) return;
    source += safe.slice(last, link.start) + openMarker(index) + safe.slice(link.start, link.end) + "\uE002";
    last = link.end;
  });
  source += safe.slice(last);
  return md.render(source, { links });
}

function renderPlainText(body: string, links: BodyLink[], prefix: string): string {
  const paragraphs: string[] = [];
  let linkIndex = 0;
  const lineBreak = /\r\n|\n|\r/g;
  let lineStart = 0;
  const lines: { start: number; end: number }[] = [];
  for (const match of body.matchAll(lineBreak)) {
    lines.push({ start: lineStart, end: match.index });
    lineStart = match.index + match[0].length;
  }
  lines.push({ start: lineStart, end: body.length });
  for (const line of lines) {
    if (!body.slice(line.start, line.end).trim()) continue;
    let html = "";
    let cursor = line.start;
    while (linkIndex < links.length && (links[linkIndex]?.start ?? Infinity) < line.end) {
      const link = links[linkIndex++];
      if (!link || link.start < cursor || link.end > line.end) continue;
      html += escapeHtml(body.slice(cursor, link.start));
      html += `<a href="${escapeHtml(withPrefix(link.url, prefix))}">${escapeHtml(body.slice(link.start, link.end))}</a>`;
      cursor = link.end;
    }
    html += escapeHtml(body.slice(cursor, line.end));
    paragraphs.push(`<p>${html.trim()}</p>`);
  }
  return paragraphs.join("\n");
}

/**
 * The article body as trusted HTML: every character of the text escaped, raw HTML in markdown
 * shown as text, only http(s) links, and entity mentions linked at `ArticleView.links` offsets
 * (prefixed with the site's path prefix).
 */
export function renderArticleBody(article: Pick<ArticleView, "body" | "links" | "markdown">, prefix = "/"): string {
  let rendered = renderedByPrefix.get(prefix);
  if (!rendered) renderedByPrefix.set(prefix, (rendered = new WeakMap()));
  let body = rendered.get(article);
  if (body === undefined) {
    const links = usableLinks(article.body, article.links ?? []);
    body = article.markdown
      ? renderMarkdown(article.body, links, prefix)
      : renderPlainText(article.body, links, prefix);
    rendered.set(article, body);
  }
  return body;
}

/**
 * Bodies already rendered, per article record: a build renders each body twice, for the search
 * index and for the article page, and markdown is most of the cost of both. Records are not
 * mutated once made, and the entries go with them.
 */
const renderedByPrefix = new Map<string, WeakMap<object, string>>();
