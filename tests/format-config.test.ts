// The formatter's settings: `npm run format` writes code at the house's line length and leaves
// articles (content/, fixtures) and prose alone. Asserted through Prettier's own API, as the
// scripts run it from the project's root.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { projectRoot } from "./helpers/run-cli.js";

const ignorePath = join(projectRoot, ".prettierignore");
const ignored = async (path: string) => (await prettier.getFileInfo(join(projectRoot, path), { ignorePath })).ignored;

describe("prettier configuration", () => {
  it("formats source at 120 characters a line", async () => {
    const config = await prettier.resolveConfig(join(projectRoot, "src", "cli", "main.ts"));
    expect(config?.printWidth).toBe(120);
    const long = `export const x = [${Array.from({ length: 20 }, (_, i) => `"item${i}"`).join(", ")}];\n`;
    const formatted = await prettier.format(long, { ...config, parser: "typescript" });
    expect(formatted.split("\n").every((line) => line.length <= 120)).toBe(true);
    expect(formatted).not.toBe(long);
  });

  it("leaves articles, fixtures, prose, data vocabularies and generated code alone", async () => {
    expect(await ignored("content/000_1544b0afc51780d7.txt")).toBe(true);
    expect(await ignored("tests/fixtures/hostile-content/valid-xss.md")).toBe(true);
    expect(await ignored("README.md")).toBe(true);
    expect(await ignored("src/extract/dates/month-names.json")).toBe(true);
    expect(await ignored("src/extract/topics/iptc-concepts.ts")).toBe(true);
    expect(await ignored("src/cli/main.ts")).toBe(false);
    expect(await ignored("tests/format-config.test.ts")).toBe(false);
  });

  it("is what npm run format and format:check run", () => {
    const scripts = JSON.parse(readFileSync(join(projectRoot, "package.json"), "utf8")).scripts;
    expect(scripts.format).toBe("prettier --write .");
    expect(scripts["format:check"]).toBe("prettier --check .");
  });
});
