// `npm run bench:inspect [-- --articles N] [--runs R] [--seed S] [--json] [--keep]`: how fast `digest inspect`
// extracts entities, dates and topics from many 500-word articles in ONE call (issue 3: the eval
// scorers and users pass hundreds of files at once, so start-up counts as much as per-article time).
// Figures:
//   - the CLI: start-up (a call with one tiny file), then one call with all N files;
//   - in-process: time to import the extractors, then per-article extraction after a warm-up.
// Everything runs on one core: the CLI is pinned with `taskset` where it exists, and extraction
// itself is single-threaded. Each figure is the best of R runs (default 3): on a shared machine the
// fastest run is the one least disturbed by other work.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { CITIES, COUNTRIES, ORGANIZATIONS, OUTLETS, PEOPLE } from "./corpus-vocabulary.js";
import { MONTHS, pickTwo, seededRandom } from "./generate-corpus.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIGEST = join(ROOT, "bin", "digest.js");
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const TITLES = [
  "President",
  "Prime Minister",
  "Foreign Minister",
  "Finance Minister",
  "Secretary-General",
  "Chancellor",
];
const TARGET_WORDS = 500;

/**
 * Sentence templates. Slots: {A} {B} countries, {P} {Q} people, {O} organization, {M} outlet,
 * {C} city, {T} title, {D} a dated phrase, {N} a number. Dated phrases vary in form (absolute,
 * year-less, relative, month-only) so the date resolver does all its kinds of work.
 */
const SENTENCES = [
  "{T} {P} met {Q} in {C} {D}, and the two agreed to deepen cooperation between {A} and {B}.",
  "Officials from {A} said the talks would focus on security, trade and supply chains.",
  "According to {M}, the leaders also discussed the situation in {B} and the wider region.",
  "The talks followed months of preparation by diplomats from both countries since last December.",
  "{Q} told reporters that the partnership between {A} and {B} had never been stronger.",
  "Critics in {A} questioned whether the agreement would survive the next election.",
  "A joint statement released after the meeting {D} committed both governments to annual talks.",
  "{P} is expected to travel to {B} again before the end of the year.",
  "The {O} said {D} that growth in {A} would slow to {N} percent this year.",
  "Exports from {A} to {B} fell for the third month in a row, official data showed.",
  "{B}'s government said it was ready to support businesses hit by weaker demand.",
  "Economists expect the central bank to keep interest rates unchanged at its next meeting in {MONTH}.",
  "The report from the {O} also pointed to rising energy prices and tighter credit.",
  "{Q} urged trading partners to avoid new tariffs that could deepen the slowdown, {M} reported.",
  "Markets in {C} fell slightly after the announcement before recovering later in the day.",
  "An earthquake of magnitude {N} struck near {C} {D}, officials in {A} said.",
  "Rescue teams searched collapsed buildings through the night as aftershocks continued.",
  "{T} {P} said the government had sent soldiers and medical teams to the worst-hit areas.",
  "The {O} said it was ready to send aid and had contacted authorities in {A}.",
  "Neighbouring {B} offered help, and {Q} spoke with {P} by phone {D}.",
  "{O} announced {D} that it would build a new factory near {C}.",
  "The investment is worth about {N} billion dollars and will create thousands of jobs in {A}.",
  "Analysts said the move was part of a wider shift of supply chains away from {B}.",
  "Unions in {A} asked for guarantees on wages and working conditions at the plant.",
  "The law was amended in {MONTH} {YEAR} to allow certain transfers, {M} said.",
  "{P}'s office did not respond to a request for comment on {WEEKDAY}.",
  "The ministry in {C} said the measures would take effect on {MONTH} 1.",
  "Opposition parties in {A} called for a debate in parliament on the issue.",
  "Public opinion remains divided, according to a survey published by {M} last week.",
  "Experts said the long-term effects would depend on how the measures are carried out.",
  "The announcement was welcomed by business groups but criticised by environmental campaigners.",
  "Officials declined to say how much the measures would cost over the next {N} years.",
  "Similar steps have been taken by the governments of {A} and {B} in recent years.",
  "The issue is likely to feature in talks between ministers from {A} and {B} later this month.",
  "Speaking in {C}, {Q} said {A} would not accept any agreement that ignored its interests.",
  "The {O} has called on both sides to return to negotiations by the end of {MONTH}.",
];
const HEADLINES = [
  "{P} and {Q} agree to deepen cooperation at {C} summit",
  "{O} warns of slower growth as {A} exports fall",
  "Earthquake of magnitude {N} strikes near {C}",
  "{O} unveils plans for new factory in {A}",
  "{A} and {B} resume talks on trade and security",
];

interface BenchArticle {
  name: string;
  text: string;
}

/** N articles of about 500 words; half with front matter (dated), half plain text (date inferred). */
export function generateInspectArticles(count: number, seed: number): BenchArticle[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const articles: BenchArticle[] = [];
  for (let index = 0; index < count; index++) {
    const year = 2021 + Math.floor(random() * 4);
    const month = Math.floor(random() * 12);
    const published = new Date(Date.UTC(year, month, 1 + Math.floor(random() * 28)));
    const [a, b] = pickTwo(pick, COUNTRIES);
    const [p, q] = pickTwo(pick, PEOPLE);
    const outlet = pick(OUTLETS);
    const fixed: Record<string, string> = {
      A: a,
      B: b,
      P: p,
      Q: q,
      O: pick(ORGANIZATIONS),
      M: outlet,
      C: pick(CITIES),
    };
    const dated = (): string => {
      const kind = Math.floor(random() * 5);
      if (kind === 0) return `on ${pick(MONTHS)} ${1 + Math.floor(random() * 28)}`;
      if (kind === 1) return `on ${pick(WEEKDAYS)}`;
      if (kind === 2) return `on ${pick(MONTHS)} ${1 + Math.floor(random() * 28)}, ${year - Math.floor(random() * 2)}`;
      if (kind === 3) return "last week";
      return `in ${pick(MONTHS)}`;
    };
    const fill = (template: string): string =>
      template.replace(/\{([A-Z]+)\}/g, (_, slot: string) => {
        if (slot === "D") return dated();
        if (slot === "T") return pick(TITLES);
        if (slot === "N") return String(2 + Math.floor(random() * 40));
        if (slot === "MONTH") return pick(MONTHS);
        if (slot === "YEAR") return String(year - 1);
        if (slot === "WEEKDAY") return pick(WEEKDAYS);
        return fixed[slot] ?? slot;
      });
    const paragraphs: string[] = [];
    let words = 0;
    while (words < TARGET_WORDS) {
      const size = 2 + Math.floor(random() * 3);
      const paragraph: string[] = [];
      for (let s = 0; s < size && words < TARGET_WORDS; s++) {
        const sentence = fill(pick(SENTENCES));
        paragraph.push(sentence);
        words += sentence.split(" ").length;
      }
      paragraphs.push(paragraph.join(" "));
    }
    const title = fill(pick(HEADLINES));
    const stem = `a${String(index).padStart(5, "0")}`;
    if (index % 2 === 0) {
      const iso = published.toISOString().slice(0, 10);
      const front = [
        "---",
        `title: ${JSON.stringify(title)}`,
        `date: ${iso}`,
        `outlet: ${JSON.stringify(outlet)}`,
        "---",
        "",
      ];
      articles.push({ name: `${stem}.md`, text: `${front.join("\n")}\n${paragraphs.join("\n\n")}\n` });
    } else {
      // Plain text: headline on the first line, then a dateline, so the publication date is inferred.
      const dateline = `${MONTHS[published.getUTCMonth()]} ${published.getUTCDate()}, ${published.getUTCFullYear()}`;
      articles.push({ name: `${stem}.txt`, text: `${title}\n${dateline}\n${paragraphs.join("\n\n")}\n` });
    }
  }
  return articles;
}

interface CliRun {
  seconds: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `digest inspect` in a fresh process (pinned to one core where taskset exists). */
function runInspect(files: readonly string[]): CliRun {
  const node = [process.execPath, DIGEST, "inspect", ...files, "--json"];
  const [command, args] = existsSync("/usr/bin/taskset")
    ? ["/usr/bin/taskset", ["-c", "0", ...node]]
    : [process.execPath, node.slice(1)];
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = (performance.now() - started) / 1000;
  if (result.error) throw result.error;
  return { seconds, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    seed: { type: "string", default: "7" },
    runs: { type: "string", default: "3" },
    json: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    "skip-cli": { type: "boolean", default: false },
  },
});
const count = Number.parseInt(values.articles, 10);
const seed = Number.parseInt(values.seed, 10);
const runs = Number.parseInt(values.runs, 10);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${values.runs}`);
if (!Number.isInteger(count) || count < 1)
  throw new Error(`--articles must be a positive integer, got ${values.articles}`);

const log = (text: string): void => void process.stderr.write(`${text}\n`);
const dir = await mkdtemp(join(tmpdir(), "digest-inspect-bench-"));
try {
  const articles = generateInspectArticles(count, seed);
  const paths = articles.map((article) => join(dir, article.name));
  await Promise.all(articles.map((article, i) => writeFile(paths[i] as string, article.text)));
  const meanWords =
    articles.reduce((sum, article) => sum + article.text.split(/\s+/).filter(Boolean).length, 0) / count;
  log(`${count} articles (~${Math.round(meanWords)} words) in ${dir}`);

  // In-process: import cost of the extractors, then steady-state extraction on this thread.
  const importStarted = performance.now();
  const { extractArticle } = await import("../src/extract/extract-article.js");
  const { articlesFromSources } = await import("../src/ingest/ingest-content.js");
  const importSeconds = (performance.now() - importStarted) / 1000;
  const sources = articles.map((article, i) => ({
    path: article.name,
    absolutePath: paths[i] as string,
    raw: article.text,
    hash: String(i),
  }));
  const parsed = articlesFromSources(sources).articles;
  const warmup = Math.min(parsed.length, 50);
  for (let i = 0; i < warmup; i++) extractArticle(parsed[i % parsed.length]!);
  let extractSeconds = Infinity;
  for (let run = 0; run < runs; run++) {
    const extractStarted = performance.now();
    for (const article of parsed) extractArticle(article);
    extractSeconds = Math.min(extractSeconds, (performance.now() - extractStarted) / 1000);
  }
  log(`in-process: import ${importSeconds.toFixed(2)} s, ${(parsed.length / extractSeconds).toFixed(0)} articles/s`);

  const result: Record<string, number | string | boolean> = {
    articles: count,
    runs,
    mean_words: Math.round(meanWords),
    inprocess_import_s: round(importSeconds, 3),
    inprocess_ms_per_article: round((extractSeconds * 1000) / parsed.length, 3),
    inprocess_articles_per_s: round(parsed.length / extractSeconds, 1),
  };

  if (!values["skip-cli"]) {
    // Start-up: a call with one short article — the fixed cost of every call.
    const tiny = join(dir, "tiny.txt");
    await writeFile(tiny, "Short note\nJapan and France met on Monday.\n");
    let startup = Infinity;
    let allSeconds = Infinity;
    for (let run = 0; run < runs; run++) {
      startup = Math.min(startup, runInspect([tiny]).seconds);
      const all = runInspect(paths);
      if (all.status !== 0) throw new Error(`digest inspect exited ${all.status}: ${all.stderr.slice(0, 2000)}`);
      const records = JSON.parse(all.stdout) as unknown[];
      if (records.length !== count)
        throw new Error(`digest inspect printed ${records.length} records for ${count} files`);
      allSeconds = Math.min(allSeconds, all.seconds);
    }
    Object.assign(result, {
      startup_s: round(startup, 3),
      cli_total_s: round(allSeconds, 3),
      articles_per_s_with_startup: round(count / allSeconds, 1),
      articles_per_s_without_startup: round(count / Math.max(allSeconds - startup, 1e-6), 1),
      pinned_one_core: existsSync("/usr/bin/taskset"),
    });
  }

  if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    const lines = [
      `articles                         ${count} (~${Math.round(meanWords)} words each)`,
      ...(result.startup_s === undefined
        ? []
        : [
            `start-up (1 tiny file)           ${result.startup_s} s`,
            `one call, all files              ${result.cli_total_s} s`,
            `articles/s including start-up    ${result.articles_per_s_with_startup}`,
            `articles/s excluding start-up    ${result.articles_per_s_without_startup}`,
          ]),
      `in-process import of extractors  ${result.inprocess_import_s} s`,
      `in-process extraction            ${result.inprocess_ms_per_article} ms/article = ` +
        `${result.inprocess_articles_per_s} articles/s`,
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  }
} finally {
  if (values.keep) log(`kept ${dir}`);
  else await rm(dir, { recursive: true, force: true });
}
