import { describe, expect, it } from "vitest";
import { absoluteUrl, feedId, isWebUrl, safePermalink, withPrefix } from "../../src/site/site-url.js";
import { scriptSafeJson } from "../../src/site/json-ld.js";
import { paginate } from "../../src/site/site-pages.js";
import { coverageChart } from "../../src/site/coverage-chart.js";

describe("safePermalink", () => {
  it.each(["/", "/stories/us-japan-summit/", "/archive/2024/03/", "/feed.xml", "/entities/x/feed.json", "/404.html"])("accepts %s", (url) =>
    expect(safePermalink(url)).toBe(url),
  );
  it.each(["/../../etc/", "/stories/../x/", "stories/x/", "//evil/", "/a/./b/", "/x y/", "/stories/<b>/", "javascript:alert(1)", "/.hidden/", ""])(
    "rejects %s",
    (url) => expect(() => safePermalink(url)).toThrow(/Unsafe page URL/),
  );
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
  it.each([["https://a.example/", true], ["http://a.example/", true], ["javascript:alert(1)", false], ["JAVASCRIPT:alert(1)", false], ["data:text/html,x", false], ["/local/", false], [42, false]])(
    "isWebUrl(%s) is %s",
    (url, expected) => expect(isWebUrl(url)).toBe(expected),
  );
});

describe("scriptSafeJson", () => {
  it("cannot close its script element", () => {
    const json = scriptSafeJson({ headline: '</script><script>alert(1)</script> & <!-- "x"\u2028' });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script> & <!-- "x"\u2028' });
  });
});

describe("paginate", () => {
  it("cuts a list into linked pages", () => {
    const pages = paginate([1, 2, 3, 4, 5], "/topics/x/", 2);
    expect(pages.map((p) => [p.url, p.items, p.previous, p.next])).toEqual([
      ["/topics/x/", [1, 2], undefined, "/topics/x/page/2/"],
      ["/topics/x/page/2/", [3, 4], "/topics/x/", "/topics/x/page/3/"],
      ["/topics/x/page/3/", [5], "/topics/x/page/2/", undefined],
    ]);
  });
  it("gives an empty list one page", () => {
    expect(paginate([], "/", 20)).toEqual([{ url: "/", number: 1, count: 1, items: [] }]);
  });
});

describe("coverageChart", () => {
  it("draws one bar per month with an accessible summary", () => {
    const svg = coverageChart([{ month: "2024-02", count: 1 }, { month: "2024-03", count: 4 }]);
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('role="img"');
    expect(svg).toContain("5 articles from February 2024 to March 2024");
    expect(svg).not.toContain("<script");
  });
  it("draws nothing without coverage", () => {
    expect(coverageChart([])).toBe("");
  });
});
