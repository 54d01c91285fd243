// Eleventy renders the site: each build hands it exactly the pages whose inputs changed through
// `.eleventy.js`, with the build's staging folder as its output, never the site itself; with
// nothing to render it is not started.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { RenderPlan } from "../../src/site/page-template.js";
import { PAGE_KINDS, type PageKindName } from "../../src/site/page-kinds.js";
import { renderSite } from "../../src/site/render-site.js";
import { buildFixtureSite, withNewHeadline } from "./site-fixture.js";

/** Every Eleventy run of this file: its output folder, configuration and render plan. */
const runs = vi.hoisted(() => [] as { output: string; configPath: string; plan?: RenderPlan }[]);

vi.mock("@11ty/eleventy", async (importOriginal) => {
  type Options = {
    configPath?: string;
    config?: (config: { addGlobalData(name: string, data: unknown): void }) => void;
  };
  const { default: Eleventy } = (await importOriginal()) as {
    default: new (input?: string, output?: string, options?: Options) => object;
  };
  class Watched extends Eleventy {
    constructor(input?: string, output?: string, options?: Options) {
      const run: (typeof runs)[number] = {
        output: resolve(output ?? ""),
        configPath: resolve(options?.configPath ?? ""),
      };
      runs.push(run);
      super(input, output, {
        ...options,
        config: (config) =>
          options?.config?.({
            addGlobalData(name, data) {
              if (name === "siteRender") run.plan = data as RenderPlan;
              config.addGlobalData(name, data);
            },
          }),
      });
    }
  }
  return { default: Watched };
});

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const paths = (plan: RenderPlan | undefined) =>
  (Object.keys(PAGE_KINDS) as PageKindName[]).flatMap((name) =>
    (plan?.render[name] ?? []).map((record) => PAGE_KINDS[name].outputPath(record)),
  );

describe("the site stage renders through Eleventy", () => {
  it("hands it every page on a clean build, only the changed pages on a rebuild, into staging, and nothing when nothing changed", async () => {
    const site = buildFixtureSite();
    const dir = join(mkdtempSync(join(tmpdir(), "digest-eleventy-")), "site");
    dirs.push(dirname(dir));

    const first = await renderSite(site, { outDir: dir });
    expect(runs).toHaveLength(1);
    expect(runs[0]!.configPath).toBe(resolve(".eleventy.js"));
    // Beside the site, never the site itself: the commit moves what changed in place.
    expect(dirname(runs[0]!.output)).toBe(dirname(dir));
    expect(basename(runs[0]!.output)).toMatch(/^\.site\.building-/);
    expect(paths(runs[0]!.plan)).toHaveLength(first.rendered);
    expect(first.kept).toBe(0);

    const changed = withNewHeadline(site, site.stories[0]!.id, "A changed headline");
    const second = await renderSite(changed, { outDir: dir });
    expect(runs).toHaveLength(2);
    const handed = paths(runs[1]!.plan);
    expect(handed).toHaveLength(second.rendered);
    expect(second.kept).toBeGreaterThan(0);
    expect(handed).toContain(`${changed.stories[0]!.url.slice(1)}index.html`);
    // An article page does not show the headline of its story: not rendered again.
    expect(handed).not.toContain(`${changed.articles[0]!.url.slice(1)}index.html`);
    // Whole-site pages (indexes, sitemap, about...) only when their record changed (a headline is
    // not in the sitemap); the whole-site exports never: the build makes those and compares bytes.
    expect(handed).not.toContain("sitemap.xml");
    expect(handed).not.toContain("topics/index.html");
    expect(handed).not.toContain("404.html");
    expect(handed).not.toContain("search/index.html");
    for (const name of Object.keys(PAGE_KINDS) as PageKindName[])
      if (!PAGE_KINDS[name].incremental) expect(runs[1]!.plan?.render[name], name).toEqual([]);

    // Nothing changed: nothing to render, and Eleventy is not started at all.
    const third = await renderSite(changed, { outDir: dir });
    expect(runs).toHaveLength(2);
    expect(third).toMatchObject({ rendered: 0, written: 0, removed: 0 });
  }, 120_000);
});
