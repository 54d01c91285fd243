// `npm run bench [-- --articles N] [--runs R] [--corpus FILE.jsonl] [--json] [--keep]`: the digest
// build against plain Eleventy on real-shaped synthetic corpora (generate-corpus.ts, calibrated
// to real news: names per article, share of names seen once), or on real articles (`--corpus`:
// one JSON object a line with `title` and `text`, as ../shared/data/bbc-dev.jsonl). Every build
// runs as its own process under /usr/bin/time, so the figures include start-up (what a user waits
// for) and peak memory covers worker threads and the Pagefind process. The corpus's shape (pages,
// entities named per article, share of entities named once, stories per article) is printed
// beside the times, so a synthetic run can be checked against a real one. When `hugo` is on PATH, Hugo's full build of
// the same articles, with the digest's parties and topics as taxonomies, is timed too
// (hugo-project.ts), and the cold build is given as a ratio of it. Last, `digest serve` runs on
// the archive: the first page served and an added article served (preview-latency.ts).
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { formatBytes, measureSite } from "../src/site/site-size.js";
import { writeBaselineProject } from "./baseline-project.js";
import { hugoAvailable, writeHugoProject } from "./hugo-project.js";
import { measurePreview } from "./preview-latency.js";
import { type CorpusArticle, generateArticles, generateExtraArticle, writeCorpus } from "./generate-corpus.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIGEST = join(ROOT, "bin", "digest.js");

/**
 * The Node options `npm run <script>` gives the digest (package.json: `node --flag… bin/digest.js
 * build`), so the bench times the command a user runs.
 */
function scriptNodeFlags(script: "build" | "start"): string[] {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  const flags = /^node((?: --[\w=.-]+)*) bin\/digest\.js /.exec(scripts[script] ?? "")?.[1];
  if (flags === undefined) throw new Error(`package.json's "${script}" script no longer runs node bin/digest.js`);
  return flags.split(" ").filter(Boolean);
}
const ELEVENTY = join(ROOT, "node_modules", "@11ty", "eleventy", "cmd.cjs");

export interface BenchRow {
  articles: number;
  /** Where the articles came from: `synthetic` or the corpus file's name. */
  corpus: string;
  pages: number;
  /** Cold build: no cache, no previous site. */
  full_s: number;
  /** Rebuild with nothing changed. */
  unchanged_s: number;
  /** Rebuild after adding one article. */
  rebuild_s: number;
  baseline_s: number;
  /** Hugo's full build of the same articles with the same parties and topics; null without `hugo`. */
  hugo_s: number | null;
  /** `digest serve`: from start to the home page served, and from saving one more article to its page served. */
  preview_first_s: number;
  preview_added_s: number;
  peak_rss_mb: number;
  /** The built site's size as GitHub Pages receives it (the tar of the folder) and files, per article. */
  bytes_per_article: number;
  files_per_article: number;
  /** Entities each article names, on average (sum of entities' article counts / articles). */
  entities_per_article: number;
  /** Share of the site's entities named by one article only. */
  entities_once_share: number;
  /**
   * Stories the digest made, per article: BBC dev's articles make nearly a story each (968 of
   * 1,066), the synthetic generator's about one story per three to five articles. Most of a site's
   * pages and memory go with its stories, so a synthetic row underestimates a real archive of its size.
   */
  stories_per_article: number;
}

interface Measured {
  seconds: number;
  peakRssMb: number;
}

const { values } = parseArgs({
  options: {
    articles: { type: "string", multiple: true },
    runs: { type: "string" },
    json: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    corpus: { type: "string" },
  },
});

const sizes = (values.articles ?? ["1000", "10000"]).map((n) => Number.parseInt(n, 10));
const rows: BenchRow[] = [];
for (const size of sizes) {
  // Three of each, the median reported: single runs on a shared machine vary by a tenth.
  const runs = values.runs ? Number.parseInt(values.runs, 10) : 3;
  const row = await benchOne(size, runs, values.keep);
  rows.push(row);
  if (values.json) process.stdout.write(`${JSON.stringify(row)}\n`);
}
if (!values.json) printTable(rows);

async function benchOne(size: number, runs: number, keep: boolean): Promise<BenchRow> {
  const dir = await mkdtemp(join(tmpdir(), `digest-bench-${size}-`));
  const log = (text: string): void => void process.stderr.write(`[${size}] ${text}\n`);
  try {
    const articles = values.corpus ? readCorpus(values.corpus, size) : generateArticles(size);
    const content = join(dir, "content");
    await writeCorpus(content, articles);
    await writeBaselineProject(join(dir, "baseline"), articles);
    log(`corpus in ${dir}`);

    const baseline: Measured[] = [];
    for (let run = 0; run < runs; run++) {
      await rm(join(dir, "baseline", "_site"), { recursive: true, force: true });
      baseline.push(await timed([process.execPath, ELEVENTY, "--quiet"], join(dir, "baseline")));
      log(`baseline ${baseline.at(-1)?.seconds.toFixed(2)} s`);
    }

    const build = [
      process.execPath,
      ...scriptNodeFlags("build"),
      DIGEST,
      "build",
      "--content",
      content,
      "--out",
      join(dir, "_site"),
    ];
    const full: Measured[] = [];
    for (let run = 0; run < runs; run++) {
      await rm(join(dir, ".cache"), { recursive: true, force: true });
      await rm(join(dir, "_site"), { recursive: true, force: true });
      full.push(await timed(build, dir));
      log(`full ${full.at(-1)?.seconds.toFixed(2)} s, ${full.at(-1)?.peakRssMb} MB`);
    }
    const pages = await countPages(join(dir, "_site"));
    const built = await measureSite(join(dir, "_site"));
    const shape = await entityShape(join(dir, "_site"), articles.length);
    log(
      `site ${formatBytes(built.bytes)} in ${built.files} files; ${(pages / articles.length).toFixed(2)} pages, ` +
        `${shape.perArticle.toFixed(1)} entities per article, ` +
        `${(shape.onceShare * 100).toFixed(0)}% of entities named once, ` +
        `${shape.storiesPerArticle.toFixed(2)} stories per article`,
    );

    const hugo: Measured[] = [];
    if (hugoAvailable()) {
      await writeHugoProject(join(dir, "hugo"), articles, join(dir, "_site"));
      for (let run = 0; run < runs; run++) {
        await rm(join(dir, "hugo", "public"), { recursive: true, force: true });
        hugo.push(await timed(["hugo", "--quiet"], join(dir, "hugo")));
        log(`hugo ${hugo.at(-1)?.seconds.toFixed(2)} s, ${await countPages(join(dir, "hugo", "public"))} pages`);
      }
    } else log("hugo is not on PATH: no Hugo figures (Debian's package `hugo`)");

    const unchanged: Measured[] = [];
    for (let run = 0; run < runs; run++) {
      unchanged.push(await timed(build, dir));
      log(`nothing changed ${unchanged.at(-1)?.seconds.toFixed(2)} s`);
    }

    const rebuild: Measured[] = [];
    for (let run = 0; run < runs; run++) {
      // A new article each time: re-adding the same one would be a cache hit, not a rebuild.
      const extra = generateExtraArticle(run);
      await writeFile(join(content, extra.name), extra.text);
      rebuild.push(await timed(build, dir));
      log(`rebuild ${rebuild.at(-1)?.seconds.toFixed(2)} s`);
    }

    const preview = await measurePreview(
      [...scriptNodeFlags("start"), DIGEST],
      dir,
      content,
      join(dir, "_site"),
      generateExtraArticle(runs),
    );
    log(
      `preview: first page ${preview.firstPageSeconds.toFixed(2)} s, added article ${preview.addedPageSeconds.toFixed(2)} s`,
    );

    return {
      articles: articles.length,
      corpus: values.corpus ? basename(values.corpus) : "synthetic",
      pages,
      full_s: round(median(full.map((m) => m.seconds))),
      unchanged_s: round(median(unchanged.map((m) => m.seconds))),
      rebuild_s: round(median(rebuild.map((m) => m.seconds))),
      baseline_s: round(median(baseline.map((m) => m.seconds))),
      preview_first_s: round(preview.firstPageSeconds),
      preview_added_s: round(preview.addedPageSeconds),
      hugo_s: hugo.length > 0 ? round(median(hugo.map((m) => m.seconds))) : null,
      peak_rss_mb: Math.max(
        ...full.map((m) => m.peakRssMb),
        ...unchanged.map((m) => m.peakRssMb),
        ...rebuild.map((m) => m.peakRssMb),
      ),
      bytes_per_article: Math.round(built.bytes / articles.length),
      files_per_article: Math.round((built.files / articles.length) * 100) / 100,
      entities_per_article: Math.round(shape.perArticle * 10) / 10,
      entities_once_share: Math.round(shape.onceShare * 100) / 100,
      stories_per_article: Math.round(shape.storiesPerArticle * 100) / 100,
    };
  } finally {
    if (keep) log(`kept ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Runs `command ...args` under GNU time; wall time from here. Peak memory: the larger of time's
 * report (the largest single process, worker threads included) and the most the whole process
 * tree held at once, sampled from /proc (the build runs Pagefind as a process of its own,
 * alongside Node).
 */
async function timed([command, ...args]: string[], cwd: string): Promise<Measured> {
  const report = join(cwd, `.time-${process.pid}`);
  const started = performance.now();
  let treePeakKb = 0;
  await new Promise<void>((resolve, reject) => {
    const child = spawn("/usr/bin/time", ["-f", "%M", "-o", report, command as string, ...args], {
      cwd,
      stdio: ["ignore", "ignore", "pipe"],
    });
    const sampler = setInterval(() => {
      if (child.pid !== undefined) treePeakKb = Math.max(treePeakKb, treeRssKb(child.pid));
    }, 100);
    child.on("close", () => clearInterval(sampler));
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.on("error", reject);
    child.on("close", (exit) =>
      exit === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited ${exit}:\n${stderr}`)),
    );
  });
  const seconds = (performance.now() - started) / 1000;
  const kilobytes = Number.parseInt((await readFile(report, "utf8")).trim().split("\n").pop() ?? "0", 10);
  await rm(report, { force: true });
  return { seconds, peakRssMb: Math.round(Math.max(kilobytes, treePeakKb) / 1024) };
}

/** Resident memory (KB) of a process and all its descendants now; 0 for what has exited meanwhile. */
function treeRssKb(pid: number): number {
  let total = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop() as number;
    try {
      total += Number.parseInt(
        /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${current}/status`, "utf8"))?.[1] ?? "0",
        10,
      );
      for (const task of readdirSync(`/proc/${current}/task`)) {
        const children = readFileSync(`/proc/${current}/task/${task}/children`, "utf8").trim();
        if (children) pending.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // Exited between two reads.
    }
  }
  return total;
}

/**
 * The first `count` articles of a JSONL file (`title`, `text`; `outlet`/`publisher`/`source_domain` when given) as
 * markdown files.
 */
function readCorpus(file: string, count: number): CorpusArticle[] {
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "");
  return lines.slice(0, count).map((line, index) => {
    const record = JSON.parse(line) as {
      title?: string;
      text?: string;
      outlet?: string;
      publisher?: string;
      source_domain?: string;
    };
    const outlet = record.outlet ?? record.publisher ?? record.source_domain;
    const frontMatter = [
      `title: ${JSON.stringify(record.title ?? `Article ${index + 1}`)}`,
      ...(outlet ? [`outlet: ${JSON.stringify(outlet)}`] : []),
    ];
    return {
      name: `${String(index + 1).padStart(5, "0")}.md`,
      text: `---\n${frontMatter.join("\n")}\n---\n\n${record.text ?? ""}\n`,
    };
  });
}

/** Entities named per article on average, and the share of entities only one article names, from the site's export. */
async function entityShape(
  site: string,
  articles: number,
): Promise<{ perArticle: number; onceShare: number; storiesPerArticle: number }> {
  const entities = JSON.parse(await readFile(join(site, "data", "entities.json"), "utf8")) as {
    articleCount?: number;
  }[];
  const stories = JSON.parse(await readFile(join(site, "data", "stories.json"), "utf8")) as unknown[];
  const named = entities.reduce((sum, entity) => sum + (entity.articleCount ?? 0), 0);
  const once = entities.filter((entity) => entity.articleCount === 1).length;
  return {
    perArticle: named / Math.max(1, articles),
    onceShare: once / Math.max(1, entities.length),
    storiesPerArticle: stories.length / Math.max(1, articles),
  };
}

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((name) => name.endsWith(".html")).length;
}

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function round(seconds: number): number {
  return Math.round(seconds * 100) / 100;
}

function printTable(list: readonly BenchRow[]): void {
  const header = [
    "corpus",
    "articles",
    "pages/article",
    "entities/article",
    "named once",
    "stories/article",
    "cold s",
    "unchanged s",
    "+1 s",
    "serve s",
    "served +1 s",
    "Eleventy s",
    "cold/11ty",
    "Hugo s",
    "cold/Hugo",
    "+1/11ty",
    "peak MB",
    "KB/article",
    "files/article",
  ];
  const lines = list.map((row) => [
    row.corpus,
    String(row.articles),
    (row.pages / row.articles).toFixed(2),
    row.entities_per_article.toFixed(1),
    `${Math.round(row.entities_once_share * 100)}%`,
    row.stories_per_article.toFixed(2),
    row.full_s.toFixed(2),
    row.unchanged_s.toFixed(2),
    row.rebuild_s.toFixed(2),
    row.preview_first_s.toFixed(2),
    row.preview_added_s.toFixed(2),
    row.baseline_s.toFixed(2),
    `${(row.full_s / row.baseline_s).toFixed(2)}x`,
    row.hugo_s === null ? "-" : row.hugo_s.toFixed(2),
    row.hugo_s === null ? "-" : `${(row.full_s / row.hugo_s).toFixed(2)}x`,
    `${(row.rebuild_s / row.baseline_s).toFixed(2)}x`,
    String(row.peak_rss_mb),
    (row.bytes_per_article / 1000).toFixed(1),
    row.files_per_article.toFixed(2),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => (line[column] as string).length)),
  );
  for (const line of [header, ...lines])
    process.stdout.write(`${line.map((cell, column) => cell.padStart(widths[column] as number)).join("  ")}\n`);
}
