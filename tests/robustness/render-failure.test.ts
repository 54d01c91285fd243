// Issue 12 item 4: a page that fails to render is reported with the articles behind it, through
// the real command line. The failing input is a real one: a valid markdown article whose one
// reference definition (a 200,000-character address) is used 2,700 times renders to more than
// V8's longest string (2^29 characters), and its page throws `RangeError: Invalid string length`.
// Without --skip-invalid the build fails naming every such file at once and leaves the previous
// site as it was; with it, placeholders stand at the failed URLs and no link dangles.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { brokenLinks, listFiles } from "../helpers/site-links.js";

/** A short article whose page renders to more characters than a JavaScript string can hold. */
function amplifyingArticle(title: string): string {
  const address = `https://example.com/${"a".repeat(200_000)}`;
  return (
    `---\ntitle: ${title}\ndate: 2024-03-11\n---\nThe minister spoke in Geneva on Monday.\n\n[a]: ` +
    `${address}\n\n${"[a] ".repeat(2_700)}\n`
  );
}

const GOOD =
  "---\ntitle: Talks in Geneva\ndate: 2024-03-12\n---\nThe minister spoke in Geneva on Tuesday about trade.\n";

let root: string;
let content: string;
let out: string;

const build = (...flags: string[]) =>
  runCli(["build", "--content", content, "--out", out, ...flags], { env: { DIGEST_SITE_URL: "" } });

/** Every file under dir with the hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      files[join(entry.parentPath, entry.name).slice(dir.length + 1)] = createHash("sha256")
        .update(readFileSync(join(entry.parentPath, entry.name)))
        .digest("hex");
  }
  return files;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "render-failure-"));
  content = join(root, "content");
  out = join(root, "site");
  await mkdir(content);
  await writeFile(join(content, "good.md"), GOOD);
  // The previous site: a real build of the good article alone.
  expect(build().status).toBe(0);
  await writeFile(join(content, "many-references.md"), amplifyingArticle("Many references"));
  await writeFile(join(content, "more-references.md"), amplifyingArticle("More references"));
}, 600_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("a page that fails to render", () => {
  it("fails the build without --skip-invalid, naming every failing file and page at once, and leaves the previous site as it was", () => {
    const before = snapshot(out);
    const run = build();
    expect(run.status, run.stdout + run.stderr).toBe(1);
    const lines = run.stderr.split("\n");
    for (const [file, url] of [
      ["many-references.md", "/articles/many-references/"],
      ["more-references.md", "/articles/more-references/"],
    ]) {
      expect(lines, run.stderr).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^${file}  error  the page ${url} could not be rendered: RangeError: Invalid string length  ` +
              `.*--skip-invalid`,
          ),
        ),
      );
    }
    expect(run.stderr).toMatch(
      /Build failed: 2 pages and 2 search index entries could not be rendered \(listed above\)\. Nothing was written; .* is unchanged\./,
    );
    expect(run.stderr).not.toMatch(/11ty\.js|This is a bug/);
    expect(snapshot(out)).toEqual(before);
  }, 600_000);

  describe("with --skip-invalid", () => {
    let run: ReturnType<typeof build>;
    beforeAll(async () => {
      // One failing article is enough from here on: each takes seconds to fail (tests/site/page-failures.test.ts checks
      // the rebuild).
      await rm(join(content, "more-references.md"));
      run = build("--skip-invalid");
    }, 600_000);

    it("builds, and lists the failed page as a warning with its file", () => {
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stderr).toMatch(
        /^many-references\.md {2}warning {2}the page \/articles\/many-references\/ could not be rendered: RangeError: Invalid string length {2}a placeholder page stands in its place/m,
      );
      expect(run.stderr).toMatch(
        /^many-references\.md {2}warning {2}the search index entry of \/stories\/[a-z-]+\/ could not be rendered/m,
      );
      expect(run.stdout).toMatch(/1 page could not be rendered and is a placeholder: \/articles\/many-references\//);
    });

    it("puts a placeholder at the failed URL, valid HTML that search engines skip, and renders every other page", async () => {
      const page = readFileSync(join(out, "articles", "many-references", "index.html"), "utf8");
      expect(page).toContain("Page not available");
      expect(page).toContain('<meta name="robots" content="noindex">');
      const report = await new HtmlValidate({
        extends: ["html-validate:recommended"],
        rules: { "no-trailing-whitespace": "off" },
      }).validateString(page);
      expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
      expect(readFileSync(join(out, "articles", "talks-in-geneva", "index.html"), "utf8")).toContain(
        "on Tuesday about trade",
      );
      const exported = JSON.parse(readFileSync(join(out, "data", "stories.json"), "utf8")) as {
        articles: { path: string }[];
      }[];
      expect(exported.flatMap((story) => story.articles.map((article) => article.path)).sort()).toEqual([
        "good.md",
        "many-references.md",
      ]);
      expect(listFiles(out).some((file) => file.startsWith("pagefind/"))).toBe(true);
    });

    it("leaves no link dangling", () => {
      expect(brokenLinks(out)).toEqual([]);
    });
  });
});
