import { resolve } from "node:path";
import { extractArticle } from "../extract/extract-article.js";
import { articlesFromSources } from "../ingest/ingest-content.js";
import { decodeSourceBytes, readSourceFile } from "../ingest/read-source-file.js";
import { extractionFailedDiagnostic } from "../pipeline/extraction-failure.js";
import type { Diagnostic, SourceFile } from "../types.js";
import { failedRecord, inspectRecord, type InspectRecord } from "./inspect-record.js";
import { diagnostic } from "../diagnostics/catalogue.js";
import { parseOptions } from "./parse-options.js";
import { reporter } from "./reporter.js";

const USAGE = `Usage: digest inspect <file…> --json
       digest inspect - --json          (read one article from standard input, as plain text)

Prints ONE JSON array on stdout, one object per input file, in the order given: path, title,
published (ISO date at the precision known), publishedSource (front-matter | filename | text |
unknown), outlet, url, entities [{id, name, kind, mentions [{text, start, end}]}], topics
[{id, label, iptc, score}], events [{date, text, start, end}] and furniture [{startLine, endLine,
kind, start, end}] (page furniture of scraped text, such as sign-up prompts, share buttons and
photo credits, kept out of extraction, summaries and search). Offsets index the text after
the front matter (UTF-16 code units, end exclusive). Files that cannot be read still get an
object, with "problems".

Options:
  --json    print JSON (the only output format; required so scripts say what they expect)
  -h, --help`;

export async function runInspect(args: string[]): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    { json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
    USAGE,
  );
  if (values.help) {
    reporter.out(USAGE);
    return 0;
  }
  if (positionals.length === 0 || !values.json) {
    reporter.error(`${positionals.length === 0 ? "No files given." : "Missing --json."}\n\n${USAGE}`);
    return 2;
  }
  const records: InspectRecord[] = [];
  for (const path of positionals) records.push(await inspectOne(path));
  process.stdout.write(`${JSON.stringify(records, null, 1)}\n`);
  return 0;
}

async function inspectOne(path: string): Promise<InspectRecord> {
  let read;
  try {
    read =
      path === "-" ? decodeSourceBytes("stdin.txt", "-", await readStdin()) : await readSourceFile(path, resolve(path));
  } catch (cause) {
    return failedRecord(path, [
      diagnostic("unreadable", { file: path }, (cause as NodeJS.ErrnoException).code ?? (cause as Error).message),
    ]);
  }
  if (!read.file) return failedRecord(path, read.diagnostics);
  const parsed = articlesFromSources([read.file as SourceFile]);
  const diagnostics: Diagnostic[] = [...read.diagnostics, ...parsed.diagnostics];
  const article = parsed.articles[0];
  if (!article) return failedRecord(path, diagnostics);
  try {
    return inspectRecord(path, extractArticle(article), diagnostics);
  } catch (cause) {
    // One file's failure is that file's problem: the others are still inspected.
    return failedRecord(path, [
      ...diagnostics,
      extractionFailedDiagnostic(path, cause instanceof Error ? cause.message : String(cause)),
    ]);
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
