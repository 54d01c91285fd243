import { resolve } from "node:path";
import { inferPublished } from "../extract/dates/infer-published.js";
import { ingestContent } from "../ingest/ingest-content.js";
import { parseKnowledge } from "../ingest/parse-knowledge.js";
import type { Article, Diagnostic } from "../types.js";
import { diagnostic } from "../diagnostics/catalogue.js";
import { parseOptions } from "./parse-options.js";
import { reporter } from "./reporter.js";

const USAGE = `Usage: digest check [--content DIR]

Reads every file of the content folder (default content/) as the build would and prints every
problem, one a line, as "path:line:column  severity  what is wrong  what to do". Exits 1 if
any file has an error, 0 otherwise (warnings do not fail). Articles with no date anywhere (front
matter, file name or text) are listed as "undated" warnings: the site files them under Undated.

Options:
  --content DIR   the folder of articles (default: content)
  -h, --help`;

export async function runCheck(args: string[]): Promise<number> {
  const { values } = parseOptions(
    args,
    { content: { type: "string", default: "content" }, help: { type: "boolean", short: "h" } },
    USAGE,
  );
  if (values.help) {
    reporter.out(USAGE);
    return 0;
  }
  const ingested = await ingestContent(resolve(values.content));
  const diagnostics = [...ingested.diagnostics];
  if (ingested.knowledge)
    for (const diagnostic of parseKnowledge(ingested.knowledge).diagnostics) diagnostics.push(diagnostic);
  for (const diagnostic of undatedDiagnostics(ingested.articles)) diagnostics.push(diagnostic);
  reporter.diagnostics(diagnostics);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  reporter.out(
    `${ingested.found.length} files: ${ingested.articles.length} valid articles, ${ingested.rejected.length} rejected, ${ingested.ignored.length} ignored${ingested.knowledge ? `, 1 knowledge file (${ingested.knowledge.path})` : ""}; ${errors} errors, ${warnings} warnings`,
  );
  return errors > 0 ? 1 : 0;
}

/**
 * A note for each article whose date is unknown: no `date:`, no dated file name, and nothing in its text that the
 * build can date it by. Not an error: the site lists it on its Undated page.
 */
export function undatedDiagnostics(articles: readonly Article[]): Diagnostic[] {
  return articles
    .filter((a) => !a.published && inferPublished(a.body).source === "unknown")
    .map((a) => diagnostic("undated", { file: a.sourcePath, line: 1, column: 1 }));
}
