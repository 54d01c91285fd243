import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { undatedEntries } from "../../src/site/pages/undated-page.js";
import type { PublishedDate, SiteData } from "../../src/types.js";
import { buildInto, type BuiltSite } from "./built-site.js";
import { buildFixtureSite } from "./site-fixture.js";

const UNKNOWN: PublishedDate = {
  date: "",
  precision: "year",
  source: "unknown",
  evidence: "no date in the text ties it to the time of writing",
};

/** The fixture site with one article whose date is unknown (its story keeps its own date). */
function siteWithUndated(): SiteData {
  const site = buildFixtureSite();
  return {
    ...site,
    articles: site.articles.map((a) => (a.id === "summit-plain" ? { ...a, published: UNKNOWN } : a)),
  };
}

describe("undatedEntries", () => {
  it("lists only articles whose date is unknown, with their story and its date", () => {
    const entries = undatedEntries(siteWithUndated());
    expect(entries.map((e) => e.url)).toEqual(["/articles/summit-plain/"]);
    expect(entries[0]).toMatchObject({ path: "summit-plain.txt", storyUrl: "/stories/us-japan-summit/" });
  });

  it("is empty when every article has a date", () => {
    expect(undatedEntries(buildFixtureSite())).toEqual([]);
  });
});

describe("the Undated page", () => {
  let built: BuiltSite;
  let dated: BuiltSite;
  beforeAll(async () => {
    [built, dated] = [await buildInto(siteWithUndated()), await buildInto(buildFixtureSite())];
  });
  afterAll(() => {
    built?.remove();
    dated?.remove();
  });

  it("lists the undated article as 'date unknown', linked to its page and story", () => {
    const page = built.read("archive/undated/index.html");
    expect(page).toContain('<h1 class="page-title">Undated</h1>');
    expect(page).toContain('href="/articles/summit-plain/"');
    expect(page).toContain("date unknown");
    expect(page).toContain('href="/stories/us-japan-summit/"');
    expect(page).toContain("<code>date:</code>");
  });

  it("is linked from the archive index, with its count", () => {
    const archive = built.read("archive/index.html");
    expect(archive).toContain('href="/archive/undated/"');
    expect(archive).toContain("1 article with no known date");
    expect(built.read("sitemap.xml")).toContain("/archive/undated/");
  });

  it("says 'Date unknown' on the article's own page", () => {
    expect(built.read("articles/summit-plain/index.html")).toContain("Date unknown");
    // As words: an empty `datetime` is no date HTML accepts.
    expect(built.read("articles/summit-plain/index.html")).not.toContain('datetime=""');
  });

  it("is not written when every article has a date", () => {
    expect(dated.files).not.toContain("archive/undated/index.html");
    expect(dated.read("archive/index.html")).not.toContain("/archive/undated/");
  });
});
