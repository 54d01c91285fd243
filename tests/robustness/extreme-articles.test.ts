// Issue 12 item 4 and issue 15 item 6: valid articles at the extremes (names of 10,000
// characters, 500 capitalised names in a row, an entity of forty names, every script, emoji-only
// titles, a one-line list of dates) build, through the real command line, into a site where
// every page the data export lists exists and no path segment passes 80 bytes.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { HtmlValidate } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pasteText } from "../../bench/paste-corpus.js";
import { runCli } from "../helpers/run-cli.js";

const LONG_NAME = `Z${"a".repeat(9_999)}`;
const FORTY_NAMES = Array.from({ length: 40 }, (_, n) => `Name${String.fromCharCode(65 + (n % 26))}${n} Surname${n}`);
const CAPITALISED_RUN = Array.from({ length: 500 }, (_, n) => `Kapa${n} Lomo${n}`).join(" ");

/** Articles in every script, each with a title and a few names in it. */
const SCRIPTS: Record<string, [string, string]> = {
  latin: ["Négociations à Genève", "Emmanuel Macron a rencontré Olaf Scholz à Genève lundi. Łukasz Żółć était là."],
  arabic: ["محادثات السلام في القاهرة", "التقى محمد بن سلمان مع عبد الفتاح السيسي في القاهرة يوم الاثنين."],
  hebrew: ["שיחות שלום בירושלים", "בנימין נתניהו נפגש עם יצחק הרצוג בירושלים ביום שני."],
  chinese: ["北京举行和平谈判", "习近平周一在北京会见了岸田文雄。双方讨论了贸易问题。"],
  japanese: ["東京で首脳会談", "岸田文雄首相は月曜日に東京でバイデン大統領と会談した。"],
  korean: ["서울에서 정상회담", "윤석열 대통령은 월요일 서울에서 기시다 후미오 총리를 만났다."],
  devanagari: ["दिल्ली में शांति वार्ता", "नरेन्द्र मोदी ने सोमवार को दिल्ली में शी जिनपिंग से मुलाकात की।"],
  cyrillic: ["Переговоры в Москве", "Владимир Путин встретился с Си Цзиньпином в Москве в понедельник."],
  thai: ["การเจรจาสันติภาพในกรุงเทพ", "ประยุทธ์ จันทร์โอชา พบกับ ฮุน เซน ที่กรุงเทพเมื่อวันจันทร์"],
  greek: ["Συνομιλίες στην Αθήνα", "Ο Κυριάκος Μητσοτάκης συναντήθηκε με τον Ρετζέπ Ταγίπ Ερντογάν στην Αθήνα."],
  georgian: ["მოლაპარაკებები თბილისში", "ირაკლი კობახიძე შეხვდა ემანუელ მაკრონს თბილისში."],
  armenian: ["Բանակցություններ Երևանում", "Նիկոլ Փաշինյանը հանդիպեց Իլհամ Ալիևին Երևանում։"],
  ethiopic: ["በአዲስ አበባ ድርድር", "ዐቢይ አሕመድ ከኡሁሩ ኬንያታ ጋር በአዲስ አበባ ተገናኙ።"],
  tamil: ["சென்னையில் பேச்சுவார்த்தை", "மு. க. ஸ்டாலின் சென்னையில் நரேந்திர மோடியை சந்தித்தார்."],
};

let root: string;
let out: string;
let status: number | null;
let output: string;
let articleFiles: string[];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "extreme-articles-"));
  const content = join(root, "content");
  out = join(root, "site");
  await mkdir(content);
  const files: Record<string, string> = {
    "long-name.md":
      `---\ntitle: Talks with a very long name\ndate: 2024-03-11\nentities: ["${LONG_NAME}", ` +
      `"${LONG_NAME}b"]\n---\nTalks with ${LONG_NAME} ended on Monday. ${LONG_NAME} said the talks would go on in ` +
      `Geneva.\n`,
    "forty-names.md":
      `---\ntitle: A list of forty names\ndate: 2024-03-12\nentities: ["${FORTY_NAMES.join(" ")}", ` +
      `"${FORTY_NAMES.join(" ")} Junior"]\n---\nThe signatories were ${FORTY_NAMES.join(" ")}.\n\nThe guests were ` +
      `${CAPITALISED_RUN}.\n`,
    "emoji-title.md": `---\ntitle: "🔥🔥🔥"\ndate: 2024-03-13\n---\n🎉🎉 The fans of 🦁 Lions FC celebrated in Leeds on Sunday.\n`,
    "emoji-only.txt": `👍🏽🚀\n\n🌍🌎🌏 🕊️\n`,
    // Titles of invisible characters only: zero-width spaces and joiners, a byte-order mark, and
    // every bidirectional control (embeddings, overrides, isolates), one with text reversed by it.
    "zero-width-title.md":
      `---\ntitle: "\\u200B\\u200C\\u200D\\u2060\\uFEFF"\ndate: 2024-03-14\n---\nThe council of Lyon met on ` +
      `Thursday.\n`,
    "bidi-title.md":
      `---\ntitle: "\\u202A\\u202B\\u202C\\u202D\\u202E\\u2066\\u2067\\u2068\\u2069"\ndate: 2024-03-15\n---\nThe ` +
      `mayor of Lille spoke on Friday.\n`,
    "bidi-override.txt": `\u202Eevil.exe Reversed title\n\nThe \u202Bharbour\u202C of Brest reopened on Saturday.\n`,
    "list-of-dates.txt": `A list of dates\n\n${pasteText("list-of-dates", 200_000)}\n`,
    "repeated-sentence.txt": `A repeated sentence\n\n${pasteText("repeated-sentence", 300_000)}\n`,
  };
  for (const [script, [title, text]] of Object.entries(SCRIPTS))
    files[`script-${script}.md`] = `---\ntitle: "${title}"\ndate: 2024-04-01\n---\n${text}\n`;
  // Every entity gets its page (by default only those named in two stories do), so that every
  // extreme name becomes a path segment.
  files["knowledge.yml"] = "entityPages:\n  minStories: 1\n";
  for (const [name, text] of Object.entries(files)) await writeFile(join(content, name), text);
  articleFiles = Object.keys(files).filter((name) => name !== "knowledge.yml");
  const run = runCli(["build", "--content", content, "--out", out, "--no-cache"], { env: { DIGEST_SITE_URL: "" } });
  status = run.status;
  output = run.stdout + run.stderr;
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function records(name: string): { id: string; url: string; name?: string }[] {
  return JSON.parse(readFileSync(join(out, "data", name), "utf8")) as { id: string; url: string }[];
}

describe("a site built from valid but extreme articles", () => {
  it("builds every article", () => {
    expect(status, output).toBe(0);
    expect(output).toMatch(/Read 24 files: 23 articles built, 0 rejected, 0 ignored, 1 read as site knowledge/);
  });

  it("has the page of every story, article, entity and topic the data export lists", () => {
    for (const file of ["stories.json", "entities.json", "topics.json"]) {
      const list = records(file);
      expect(list.length).toBeGreaterThan(0);
      for (const record of list)
        expect(existsSync(join(out, record.url, "index.html")), `${file}: ${record.url}`).toBe(true);
    }
    // Every article where its URL says: its own page, or its section of its story's page (its
    // story's only source).
    const articles = records("stories.json").flatMap(
      (story) => (story as unknown as { articles: { id: string; url: string }[] }).articles,
    );
    expect(articles).toHaveLength(23);
    for (const article of articles) {
      const [page, section] = article.url.split("#");
      const html = readFileSync(join(out, page!, "index.html"), "utf8");
      if (section) expect(html, article.url).toContain(` id="${section}"`);
      else expect(article.url).toBe(`/articles/${article.id}/`);
    }
    // Every article is in the site, under its own file.
    const paths = records("stories.json").flatMap((story) =>
      (story as unknown as { articles: { path: string }[] }).articles.map((article) => article.path),
    );
    expect(paths.sort()).toEqual(articleFiles.sort());
  });

  it("spells every path segment in at most 80 bytes, and keeps long names that share their start apart", () => {
    for (const entry of readdirSync(out, { recursive: true, withFileTypes: true })) {
      expect(Buffer.byteLength(entry.name), join(entry.parentPath, entry.name)).toBeLessThanOrEqual(80);
    }
    const entities = records("entities.json");
    const long = entities.filter((e) => e.name?.startsWith("Zaaaa"));
    expect(long.length).toBe(2);
    expect(new Set(long.map((e) => e.id)).size).toBe(2);
    const forty = entities.filter((e) => e.name?.startsWith(FORTY_NAMES.slice(0, 2).join(" ")));
    expect(new Set(forty.map((e) => e.id)).size).toBe(forty.length);
    expect(forty.length).toBeGreaterThanOrEqual(2);
  });

  it("keeps the story page of a pasted list of dates small (it was 151 MB for 60 KB of dates)", () => {
    const story = records("stories.json").find((s) => s.id.startsWith("a-list-of-dates"));
    expect(story).toBeDefined();
    expect(statSync(join(out, story!.url, "index.html")).size).toBeLessThan(3_000_000);
  });

  it("writes only valid HTML", async () => {
    const validator = new HtmlValidate({
      extends: ["html-validate:recommended"],
      // Headlines are the articles' own and may be long; template indentation leaves trailing spaces.
      rules: { "long-title": "off", "no-trailing-whitespace": "off" },
    });
    const pages = readdirSync(out, { recursive: true, withFileTypes: true }).filter(
      (entry) => entry.isFile() && entry.name.endsWith(".html"),
    );
    expect(pages.length).toBeGreaterThan(50);
    const invalid: string[] = [];
    for (const page of pages) {
      const path = join(page.parentPath, page.name);
      const report = await validator.validateString(readFileSync(path, "utf8"), path);
      for (const result of report.results)
        for (const m of result.messages)
          invalid.push(`${path.slice(out.length)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(invalid).toEqual([]);
  }, 600_000);

  it("gives every story and article a title a reader can see, and warns about titles of invisible characters", () => {
    // Letters, digits or symbols (emoji are symbols): not only zero-width, bidi or blank characters.
    const visible = /[\p{L}\p{N}\p{S}]/u;
    for (const story of records("stories.json") as unknown as { headline: string; articles: { title: string }[] }[]) {
      expect(story.headline, JSON.stringify(story.headline)).toMatch(visible);
      for (const article of story.articles) expect(article.title, JSON.stringify(article.title)).toMatch(visible);
    }
    expect(output).toMatch(/^zero-width-title\.md:2:8 {2}warning {2}title has no visible character/m);
    expect(output).toMatch(/^bidi-title\.md:2:8 {2}warning {2}title has no visible character/m);
  });

  it("keeps a title's bidirectional controls from reversing the rest of the page", () => {
    const article = records("stories.json")
      .flatMap((story) => (story as unknown as { articles: { path: string; url: string }[] }).articles)
      .find((a) => a.path === "bidi-override.txt");
    const page = readFileSync(join(out, article!.url.split("#")[0]!, "index.html"), "utf8");
    // The override is inside an isolate that its own text closes (see html.ts, isolateBidi).
    expect(page).toMatch(/<h1>\u2068\u202Eevil\.exe Reversed title\u2069+<\/h1>/);
  });
});
