import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { absoluteUrl, feedId, isWebUrl, safePermalink, withPrefix } from "../../src/site/site-url.js";
import { scriptSafeJson } from "../../src/site/json-ld.js";
import { paginate, paginateRanked } from "../../src/site/site-pages.js";
import { coverageChart } from "../../src/site/coverage-chart.js";

describe("safePermalink", () => {
  it.each(["/", "/stories/us-japan-summit/", "/archive/2024/03/", "/feed.xml", "/entities/x/feed.json", "/404.html"])(
    "accepts %s",
    (url) => expect(safePermalink(url)).toBe(url),
  );
  it.each([
    "/../../etc/",
    "/stories/../x/",
    "stories/x/",
    "//evil/",
    "/a/./b/",
    "/x y/",
    "/stories/<b>/",
    "javascript:alert(1)",
    "/.hidden/",
    "",
  ])("rejects %s", (url) => expect(() => safePermalink(url)).toThrow(/Unsafe page URL/));
});

describe("URLs", () => {
  it("joins the path prefix", () => {
    expect(withPrefix("/stories/x/", "/repo/")).toBe("/repo/stories/x/");
    expect(withPrefix("/stories/x/", "/repo")).toBe("/repo/stories/x/");
    expect(withPrefix("/", "/")).toBe("/");
  });
  it("makes absolute URLs only when the origin is known", () => {
    expect(absoluteUrl("/repo/x/", "https://user.github.io")).toBe("https://user.github.io/repo/x/");
    expect(absoluteUrl("/repo/x/", "https://user.github.io/repo/")).toBe("https://user.github.io/repo/x/");
    expect(absoluteUrl("/repo/x/", undefined)).toBe("/repo/x/");
    expect(feedId("/x/", undefined)).toBe("tag:news-digest,2024:/x/");
  });
  it.each([
    ["https://a.example/", true],
    ["http://a.example/", true],
    [" HTTPS://A.EXAMPLE/x", true],
    ["ht\ttps://a.example/", true],
    ["javascript:alert(1)", false],
    ["JAVASCRIPT:alert(1)", false],
    ["data:text/html,x", false],
    ["/local/", false],
    ["//a.example/x", false],
    [42, false],
  ])("isWebUrl(%s) is %s", (url, expected) => expect(isWebUrl(url)).toBe(expected));
});

describe("isWebUrl", () => {
  it("answers as URL parsing does for any text (its no-colon shortcut included)", () => {
    const parsed = (url: string) => {
      try {
        const { protocol } = new URL(url);
        return protocol === "http:" || protocol === "https:";
      } catch {
        return false;
      }
    };
    const pieces = fc.constantFrom(
      "http",
      "https",
      "HTTP",
      ":",
      "//",
      "/",
      "a.example",
      " ",
      "\t",
      "\n",
      "javascript",
      "x",
      "?q=1",
      "#f",
      "%20",
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 8 }).map((parts) => parts.join("")),
        (url) => isWebUrl(url) === parsed(url),
      ),
      { numRuns: 2000 },
    );
  });
});

describe("scriptSafeJson", () => {
  it("cannot close its script element", () => {
    const json = scriptSafeJson({ headline: '</script><script>alert(1)</script> & <!-- "x"\u2028' });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script> & <!-- "x"\u2028' });
  });
});

describe("paginate", () => {
  it("counts pages from the oldest item; the first URL shows the newest `size` items", () => {
    // Newest first, as the digest orders lists.
    const pages = paginate([7, 6, 5, 4, 3, 2, 1], "/topics/x/", 2);
    expect(pages.map((p) => [p.url, p.number, p.items, p.previous, p.next])).toEqual([
      ["/topics/x/", undefined, [7, 6], undefined, "/topics/x/page/3/"],
      ["/topics/x/page/3/", 3, [6, 5], "/topics/x/", "/topics/x/page/2/"],
      ["/topics/x/page/2/", 2, [4, 3], "/topics/x/page/3/", "/topics/x/page/1/"],
      ["/topics/x/page/1/", 1, [2, 1], "/topics/x/page/2/", undefined],
    ]);
  });
  it("gives no number to the newest page while the first URL shows it whole", () => {
    expect(paginate([4, 3, 2, 1], "/", 2).map((p) => [p.url, p.items])).toEqual([
      ["/", [4, 3]],
      ["/page/1/", [2, 1]],
    ]);
    expect(paginate([2, 1], "/", 2)).toEqual([{ url: "/", items: [2, 1] }]);
  });
  it("keeps every numbered page but the newest unchanged when an item is added", () => {
    const before = paginate([6, 5, 4, 3, 2, 1], "/", 2);
    for (const added of [
      [7, 6, 5, 4, 3, 2, 1],
      [8, 7, 6, 5, 4, 3, 2, 1],
    ]) {
      const after = paginate(added, "/", 2);
      const same = before.filter((page) => page.number !== undefined && page.number < 2);
      for (const page of same) expect(after.find((p) => p.url === page.url)).toEqual(page);
    }
    // Adding one item to a list of whole pages numbers the page the first URL showed.
    expect(paginate([7, 6, 5, 4, 3, 2, 1], "/", 2).find((p) => p.number === 3)?.items).toEqual([6, 5]);
    expect(before.find((p) => p.number === 2)?.previous).toBe("/");
    expect(paginate([7, 6, 5, 4, 3, 2, 1], "/", 2).find((p) => p.number === 2)?.previous).toBe("/page/3/");
  });
  it("gives an empty list one page", () => {
    expect(paginate([], "/", 20)).toEqual([{ url: "/", items: [] }]);
  });
});

describe("paginateRanked", () => {
  it("cuts a ranked list into pages from the top", () => {
    const pages = paginateRanked([1, 2, 3, 4, 5], "/people/", 2);
    expect(pages.map((p) => [p.url, p.items, p.previous, p.next])).toEqual([
      ["/people/", [1, 2], undefined, "/people/page/2/"],
      ["/people/page/2/", [3, 4], "/people/", "/people/page/3/"],
      ["/people/page/3/", [5], "/people/page/2/", undefined],
    ]);
  });
});

describe("coverageChart", () => {
  it("draws one bar per month with an accessible summary", () => {
    const svg = coverageChart([
      { month: "2024-02", count: 1 },
      { month: "2024-03", count: 4 },
    ]);
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('role="img"');
    expect(svg).toContain("5 articles from February 2024 to March 2024");
    expect(svg).not.toContain("<script");
  });
  it("draws nothing without coverage", () => {
    expect(coverageChart([])).toBe("");
  });
});
