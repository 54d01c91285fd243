import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";

// A third report of the same summit, written for this test.
const THIRD = `---
title: Kishida heads to Washington for defense production summit with Biden
date: 2024-03-12
outlet: Example Wire
---
Japanese Prime Minister Fumio Kishida will travel to Washington for an April 10 summit with U.S. President Joe Biden, where joint production of defense equipment to help Ukraine is expected to top the agenda.

Japan eased its arms export rules in December 2023, allowing it to ship Patriot missiles to the United States, which has struggled to supply Ukraine with enough air defense systems to resist Russia.
`;

describe("rebuilding after adding an article to a story", () => {
  const root = mkdtempSync(join(tmpdir(), "digest-rebuild-"));
  const content = join(root, "content");
  const out = join(root, "site");
  cpSync("tests/fixtures/samples", content, { recursive: true });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const stories = () =>
    JSON.parse(readFileSync(join(out, "data", "stories.json"), "utf8")) as {
      id: string;
      url: string;
      articles: { path: string }[];
    }[];

  it("keeps the story's id and URL, and adds the article to it", () => {
    expect(runCli(["build", "--content", content, "--out", out]).status).toBe(0);
    const [before] = stories();
    expect(before?.articles).toHaveLength(2);

    writeFileSync(join(content, "2024-03-12-kishida-heads-to-washington.md"), THIRD);
    const again = runCli(["build", "--content", content, "--out", out]);
    expect(again.status).toBe(0);
    const after = stories();
    expect(after).toHaveLength(1);
    expect(after[0]?.id).toBe(before?.id);
    expect(after[0]?.url).toBe(before?.url);
    expect(after[0]?.articles.map((a) => a.path)).toContain("2024-03-12-kishida-heads-to-washington.md");
  });

  it("ignores a damaged id in the previous build's data/stories.json with a warning naming that file, and builds", () => {
    const file = join(out, "data", "stories.json");
    const list = stories();
    const kept = list[0]?.id;
    expect(kept).toBeDefined();
    list[0] = { ...list[0]!, id: "../../evil id" };
    writeFileSync(file, JSON.stringify(list));
    const again = runCli(["build", "--content", content, "--out", out]);
    const output = again.stdout + again.stderr;
    expect(again.status, output).toBe(0);
    expect(output).toContain(`${file}  warning`);
    expect(output).toMatch(/story id "\.\.\/\.\.\/evil id".*ignored/);
    expect(output).not.toMatch(/front matter `slug`/);
    // The id could not be kept: the story gets its headline's id again, a safe one.
    expect(stories()[0]?.id).toBe(kept);
  });

  it("warns when the previous data/stories.json is not JSON at all, and builds", () => {
    const file = join(out, "data", "stories.json");
    writeFileSync(file, "{ damaged");
    const again = runCli(["build", "--content", content, "--out", out]);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout + again.stderr).toMatch(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}  warning  .*not valid JSON`),
    );
  });
});
