// Whole-build checks for issue 7, through the real command line in a temp dir: a content folder
// holding every bad case builds with --skip-invalid into a site with every valid article, every
// rejected file listed with its reason, no executable injected markup and nothing written outside
// the output folder; without the flag the build fails with all the messages and leaves the
// previous site byte-identical; an interrupted build leaves it intact too.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPECTED, makeHostileFolder } from "./hostile-folder.js";

const BIN = fileURLToPath(new URL("../../bin/digest.js", import.meta.url));
const PROJECT = fileURLToPath(new URL("../..", import.meta.url));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function digest(args: string[], onSpawn?: (child: ReturnType<typeof spawn>) => void): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: PROJECT,
      env: { ...process.env, DIGEST_SITE_URL: "" },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => resolvePromise({ code, signal, stdout, stderr }));
    onSpawn?.(child);
  });
}

/** Every file under dir with the sha256 of its bytes, paths relative and sorted. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const key = path.slice(dir.length + 1);
    files[key] = entry.isFile()
      ? createHash("sha256").update(readFileSync(path)).digest("hex")
      : entry.isDirectory()
        ? "dir"
        : "other";
  }
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
}

/** A previous site: what a reader sees now and must keep seeing after a failed build. */
async function writePreviousSite(out: string): Promise<void> {
  await mkdir(join(out, "data"), { recursive: true });
  await writeFile(join(out, "index.html"), "<!doctype html><title>Previous good site</title>\n");
  // A site this tool wrote (a build refuses to replace any other folder).
  await writeFile(join(out, ".digest-site"), "");
  await writeFile(
    join(out, "data", "stories.json"),
    JSON.stringify([{ id: "old-story", articles: [{ id: "old-article" }] }]),
  );
}

/** Problems an HTML document would run or follow if article text got through unescaped. */
function executableMarkup(html: string, prefix = "/"): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const attributes = match[1] ?? "";
    const src = /\ssrc="([^"]*)"/.exec(attributes)?.[1];
    if (src !== undefined) {
      if (!src.startsWith(`${prefix}assets/`) && !src.startsWith(`${prefix}pagefind/`))
        found.push(`foreign script ${src}`);
    } else if (/type="application\/ld\+json"/.test(attributes)) {
      // JSON-LD is data, but its text must not close the element or open a comment.
      if (/<\/|<!--/.test(match[2] ?? "")) found.push("JSON-LD breaks out of its script element");
      JSON.parse(match[2] ?? "");
    } else {
      found.push(`inline script ${(match[2] ?? "").slice(0, 60)}`);
    }
  }
  const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, "");
  if (/<script\b/i.test(withoutScripts)) found.push("unclosed <script");
  // A tag: its name, then attributes whose quoted values may hold anything but their own quote.
  for (const tag of withoutScripts.matchAll(/<([a-z][a-z0-9-]*)\b((?:"[^"]*"|'[^']*'|[^'">])*)>/gi)) {
    const [text, name = "", attributes = ""] = tag;
    const names = attributes.replace(/"[^"]*"|'[^']*'/g, '""');
    if (/(^|\s)on[a-z]+\s*=/i.test(names)) found.push(`event handler attribute in ${text.slice(0, 80)}`);
    for (const value of attributes.matchAll(
      /\s(?:href|src|action|formaction|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi,
    )) {
      const url = (value[1] ?? value[2] ?? value[3] ?? "")
        .replace(/&#0*58;|&colon;/gi, ":")
        .replace(/[\s\u0000-\u001f]/g, "");
      if (/^(?:javascript|vbscript|data):/i.test(url)) found.push(`script URL in ${text.slice(0, 80)}`);
    }
    if (
      /^(iframe|object|embed|base|form|meta)$/i.test(name) &&
      !/^<meta (charset|name|property|http-equiv="Content-Security-Policy")/.test(text)
    )
      found.push(`injected element ${text.slice(0, 80)}`);
  }
  return found;
}

/** Markup a feed reader renders: the decoded text of Atom elements typed html and of RSS descriptions. */
function feedHtml(xml: string): string[] {
  const decode = (text: string) =>
    text
      .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&amp;/g, "&");
  return [
    ...[...xml.matchAll(/<(content|summary|title|subtitle|rights)\b[^>]*type="html"[^>]*>([\s\S]*?)<\/\1>/g)].map((m) =>
      decode(m[2] ?? ""),
    ),
    ...[...xml.matchAll(/<description>([\s\S]*?)<\/description>/g)].map((m) => decode(m[1] ?? "")),
  ];
}

describe("digest build over a content folder holding every bad case", () => {
  let root: string;
  let content: string;
  let out: string;
  let outsideBefore: Record<string, string>;
  let failed: Run;
  let built: Run;
  let previous: Record<string, string>;
  /** The output folder and the temp root's entries right after the failed build. */
  let afterFailure: { out: Record<string, string>; rootEntries: string[] };

  beforeAll(async () => {
    ({ root, content } = await makeHostileFolder());
    out = join(root, "site");
    await writePreviousSite(out);
    previous = snapshot(out);
    outsideBefore = snapshot(root);
    failed = await digest(["build", "--content", content, "--out", out]);
    afterFailure = { out: snapshot(out), rootEntries: readdirSync(root).sort() };
    built = await digest(["build", "--content", content, "--out", out, "--skip-invalid"]);
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  describe("without --skip-invalid", () => {
    it("exits 1", () => {
      expect(failed.code, failed.stderr).toBe(1);
    });

    it("prints every problem, each as path:line:column  what is wrong  what to do", () => {
      for (const [path, code] of Object.entries(EXPECTED.rejected)) {
        const line = failed.stderr.split("\n").find((l) => l.startsWith(`${path}:`) && l.includes("  error  "));
        expect(line, `${path} (${code})`).toMatch(/^\S+:\d+:\d+ {2}error {2}\S.* {2}\S/);
      }
      expect(failed.stderr).toMatch(/invalid-malformed-yaml\.md:3:7 {2}error/);
    });

    it("leaves the previous site byte-identical and no staging folder behind", () => {
      expect(afterFailure.out).toEqual(previous);
      expect(afterFailure.rootEntries).toEqual(["content", "site"]);
    });
  });

  describe("with --skip-invalid", () => {
    it("exits 0", () => {
      expect(built.code, built.stderr).toBe(0);
    });

    it("summarises: found = built + rejected + ignored (+ the knowledge file), each left-out file with its reason", () => {
      const summary = /Read (\d+) files: (\d+) articles built, (\d+) rejected, (\d+) ignored/.exec(built.stdout);
      expect(summary, built.stdout).not.toBeNull();
      const [found, articles, rejected, ignored] = (summary ?? []).slice(1).map(Number);
      expect({ articles, rejected, ignored }).toEqual({
        articles: EXPECTED.built.length,
        rejected: Object.keys(EXPECTED.rejected).length,
        ignored: EXPECTED.ignored.length,
      });
      expect(found).toBe(
        EXPECTED.built.length +
          Object.keys(EXPECTED.rejected).length +
          EXPECTED.ignored.length +
          EXPECTED.knowledge.length,
      );
      for (const path of Object.keys(EXPECTED.rejected))
        expect(built.stdout).toMatch(new RegExp(`rejected ${path.replace(/\./g, "\\.")}: \\S`));
      for (const path of EXPECTED.ignored)
        expect(built.stdout).toMatch(new RegExp(`ignored +${path.replace(/\./g, "\\.")}: \\S`));
    });

    it("lists every rejected and ignored file with its reason on the report page", () => {
      const report = readFileSync(join(out, "report", "index.html"), "utf8");
      for (const path of [...Object.keys(EXPECTED.rejected), ...EXPECTED.ignored]) {
        expect(report, path).toMatch(new RegExp(`<code>${path.replace(/\./g, "\\.")}</code>: \\S`));
      }
    });

    it("gives every valid article its page, and distinct URLs to titles that slugify alike", () => {
      const stories = JSON.parse(readFileSync(join(out, "data", "stories.json"), "utf8")) as {
        articles: { path: string; url: string }[];
      }[];
      const urlByPath = new Map(stories.flatMap((s) => s.articles.map((a) => [a.path, a.url] as const)));
      expect([...urlByPath.keys()].sort()).toEqual([...EXPECTED.built].sort());
      const urls = [...urlByPath.values()];
      expect(new Set(urls).size).toBe(urls.length);
      // Its own page, or its section of its story's page when it is the story's only source.
      const slug = "[a-z0-9]+(-[a-z0-9]+)*";
      for (const [path, url] of urlByPath) {
        expect(url, path).toMatch(new RegExp(`^(/articles/${slug}/|/stories/${slug}/#article-${slug})$`));
        const [page, section] = url.split("#");
        const html = readFileSync(join(out, page!, "index.html"), "utf8");
        if (section) expect(html, `${path} -> ${url}`).toContain(` id="${section}"`);
      }
    });

    it("puts readable text of any script on the pages (Cyrillic, Japanese, Arabic, Windows-1252)", () => {
      // Article pages, and story pages, which hold the text of a story's only source.
      const pages = ["articles", "stories"].flatMap((folder) =>
        readdirSync(join(out, folder)).map((id) => readFileSync(join(out, folder, id, "index.html"), "utf8")),
      );
      for (const text of [
        "Владимир Путин встретился с министрами",
        "岸田文雄首相が訪米",
        "محمد بن سلمان يستقبل وفدا",
        "Café owners protest “unfair” rents",
      ]) {
        expect(
          pages.some((html) => html.includes(text)),
          text,
        ).toBe(true);
      }
    });

    it("has no executable injected markup in any page or feed", () => {
      const problems: string[] = [];
      for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const path = join(entry.parentPath, entry.name);
        const rel = path.slice(out.length + 1);
        if (rel.startsWith("pagefind/")) continue;
        const text = readFileSync(path, "utf8");
        if (rel.endsWith(".html")) problems.push(...executableMarkup(text).map((p) => `${rel}: ${p}`));
        else if (rel.endsWith(".xml")) {
          problems.push(...executableMarkup(text).map((p) => `${rel}: ${p}`));
          for (const html of feedHtml(text))
            problems.push(...executableMarkup(html).map((p) => `${rel} (html content): ${p}`));
        } else if (rel.endsWith(".json")) {
          const json: unknown = JSON.parse(text);
          const strings = JSON.stringify(json);
          for (const match of strings.matchAll(/"content_html":"((?:[^"\\]|\\.)*)"/g)) {
            problems.push(
              ...executableMarkup(JSON.parse(`"${match[1]}"`) as string).map((p) => `${rel} content_html: ${p}`),
            );
          }
        }
      }
      expect(problems).toEqual([]);
    });

    it("never shows the target of a symbolic link", () => {
      const all = readdirSync(out, { recursive: true, withFileTypes: true }).filter(
        (e) => e.isFile() && !e.parentPath.includes("pagefind"),
      );
      for (const entry of all)
        expect(readFileSync(join(entry.parentPath, entry.name), "utf8")).not.toContain("root:x:0:0");
    });

    it("writes nothing outside the output folder", () => {
      const after = snapshot(root);
      const outside = (files: Record<string, string>) =>
        Object.fromEntries(Object.entries(files).filter(([path]) => !path.startsWith("site")));
      expect(outside(after)).toEqual(outside(outsideBefore));
      expect(readdirSync(root).sort()).toEqual(["content", "site"]);
      for (const name of ["escaped-permalink", "escaped-slug", "etc"])
        expect(existsSync(join(tmpdir(), name)), name).toBe(false);
      const written = Object.keys(snapshot(out));
      expect(written.filter((p) => p.includes(".."))).toEqual([]);
    });
  });
});

describe("digest build keeps the last good site through interruptions and bad output folders", () => {
  let root: string;
  let content: string;
  let out: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "digest-interrupt-"));
    content = join(root, "content");
    out = join(root, "site");
    await cp(join(PROJECT, "tests", "fixtures", "samples"), content, { recursive: true });
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it("leaves the previous site intact and no staging folder when interrupted with Ctrl-C", async () => {
    await writePreviousSite(out);
    const previous = snapshot(out);
    let sawStaging = false;
    const run = await digest(["build", "--content", content, "--out", out], (child) => {
      const poll = setInterval(() => {
        if (readdirSync(root).some((name) => name.startsWith(".site.building-"))) {
          sawStaging = true;
          clearInterval(poll);
          child.kill("SIGINT");
        }
      }, 20);
      child.on("close", () => clearInterval(poll));
    });
    expect(sawStaging, run.stdout + run.stderr).toBe(true);
    expect(run.code ?? run.signal).toBe(130);
    expect(run.stderr).toContain("Build interrupted (SIGINT)");
    expect(snapshot(out)).toEqual(previous);
    expect(readdirSync(root).sort()).toEqual(["content", "site"]);
  });

  it("removes what a killed build left behind, and rejects an invalid knowledge file with its reason", async () => {
    await mkdir(join(root, ".site.building-999999", "stories"), { recursive: true });
    await writeFile(join(content, "knowledge.yml"), "entities:\n  - name: X\n    kind: planet\n");
    try {
      const run = await digest(["build", "--content", content, "--out", out, "--skip-invalid"]);
      expect(run.code, run.stderr).toBe(0);
      expect(readdirSync(root).sort()).toEqual(["content", "site"]);
      expect(run.stdout).toContain("Read 3 files: 2 articles built, 1 rejected, 0 ignored.");
      expect(run.stdout).toMatch(/rejected knowledge\.yml: line 3: knowledge file, at entities\.0\.kind/);
    } finally {
      await rm(join(content, "knowledge.yml"));
    }
  });

  it.each([
    ["the content folder's parent", (r: string) => r],
    ["the content folder", (r: string) => join(r, "content")],
    ["a folder inside the content folder", (r: string) => join(r, "content", "site")],
  ])("refuses to build into %s (the swap would delete the articles)", async (_name, outOf) => {
    const before = snapshot(content);
    const run = await digest(["build", "--content", content, "--out", outOf(root)]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Pass --out with a folder of its own");
    expect(snapshot(content)).toEqual(before);
  });
});
