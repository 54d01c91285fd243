import type { Diagnostic, ExtractedArticle, Furniture } from "../types.js";

/**
 * One object of `digest inspect --json`: the command-line contract (README, "Commands"; the scorers depend on it: keep
 * it stable).
 */
export interface InspectRecord {
  path: string;
  title?: string;
  published?: string;
  publishedSource: string;
  publishedPrecision?: string;
  publishedRange?: { earliest?: string; latest?: string; evidence?: string };
  outlet?: string;
  url?: string;
  entities: {
    id: string;
    name: string;
    kind: string;
    salience: number;
    mentions: { text: string; start: number; end: number; role?: string }[];
  }[];
  topics: { id: string; label: string; iptc: string; score: number }[];
  events: { date: string; text: string; start: number; end: number }[];
  /**
   * Page furniture kept out of extraction (sign-up prompts, share buttons, credits…): lines in the file, and offsets as
   * for mentions.
   */
  furniture: { startLine: number; endLine: number; kind: string; start: number; end: number }[];
  problems?: { severity: string; line?: number; column?: number; message: string; hint?: string }[];
}

export function inspectRecord(
  path: string,
  article: ExtractedArticle,
  diagnostics: readonly Diagnostic[],
): InspectRecord {
  const { published } = article;
  return {
    path,
    title: article.title,
    published: published.source === "unknown" ? undefined : published.date,
    publishedSource: published.source,
    publishedPrecision: published.precision,
    ...(published.earliest || published.latest
      ? { publishedRange: { earliest: published.earliest, latest: published.latest, evidence: published.evidence } }
      : {}),
    outlet: article.outlet,
    url: article.url,
    entities: article.entities.map((e) => ({
      id: e.id,
      name: e.name,
      kind: e.kind,
      salience: round(e.salience),
      mentions: e.mentions.map((m) => ({
        text: m.text,
        start: m.start,
        end: m.end,
        ...(m.role ? { role: m.role } : {}),
      })),
    })),
    topics: article.topics.map((t) => ({ id: t.id, label: t.label, iptc: t.iptc, score: round(t.score) })),
    events: article.events.map((e) => ({ date: e.date, text: e.text, start: e.start, end: e.end })),
    furniture: furnitureLines(article.body, article.bodyLine, article.furniture ?? []),
    ...(diagnostics.length ? { problems: diagnostics.map(problem) } : {}),
  };
}

/** The record of a file that could not be read as an article: still one object per input. */
export function failedRecord(path: string, diagnostics: readonly Diagnostic[]): InspectRecord {
  return {
    path,
    publishedSource: "unknown",
    entities: [],
    topics: [],
    events: [],
    furniture: [],
    problems: diagnostics.map(problem),
  };
}

/** Furniture spans with the file's 1-based lines they start and end on (the body starts on `bodyLine`). */
function furnitureLines(body: string, bodyLine: number, spans: readonly Furniture[]): InspectRecord["furniture"] {
  let line = bodyLine;
  let at = 0;
  const lineAt = (offset: number): number => {
    for (let i = body.indexOf("\n", at); i !== -1 && i < offset; i = body.indexOf("\n", i + 1)) {
      line++;
      at = i + 1;
    }
    return line;
  };
  return spans.map((span) => {
    const startLine = lineAt(span.start);
    const endLine = lineAt(Math.max(span.start, span.end - 1));
    return { startLine, endLine, kind: span.kind, start: span.start, end: span.end };
  });
}

function problem(d: Diagnostic) {
  return { severity: d.severity, line: d.line, column: d.column, message: d.message, hint: d.hint };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
