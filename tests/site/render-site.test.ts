import { HtmlValidate } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE_SIZE } from "../../src/site/site-pages.js";
import { buildFixtureSite, HOSTILE } from "./site-fixture.js";
import { buildInto, linksIn, targetFile, type BuiltSite } from "./built-site.js";

const validator = new HtmlValidate({
  extends: ["html-validate:recommended"],
  rules: {
    // Headlines are the outlets' own and can be long; titles carry them whole.
    "long-title": "off",
    // Template literals keep their source indentation; harmless in the output.
    "no-trailing-whitespace": "off",
  },
});

let plain: BuiltSite;
let prefixed: BuiltSite;

beforeAll(async () => {
  // Two more stories than a list page holds, so every list of them has a numbered page.
  const site = buildFixtureSite({ extraStories: PAGE_SIZE.stories });
  [plain, prefixed] = [await buildInto(site, "/"), await buildInto(site, "/repo/")];
});
afterAll(() => {
  plain?.remove();
  prefixed?.remove();
});

const htmlFiles = (built: BuiltSite) => built.files.filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"));

describe("renderSite output", () => {
  it("writes every page kind", () => {
    for (const path of [
      "index.html",
      "page/1/index.html",
      "stories/us-japan-summit/index.html",
      "articles/summit-plain/index.html",
      "topics/index.html",
      "topics/defence/index.html",
      "entities/index.html",
      "people/index.html",
      "entities/fumio-kishida/index.html",
      "archive/index.html",
      "archive/2024/03/index.html",
      "stories/old-summit-id/index.html",
      "404.html",
      "about/index.html",
      "search/index.html",
      "report/index.html",
      "data/stories.json",
      "data/entities.json",
      "data/topics.json",
      "feed.xml",
      "feed.json",
      "topics/defence/feed.xml",
      "entities/fumio-kishida/feed.xml",
      "sitemap.xml",
      "robots.txt",
      "threads/japan-and-ukraine/index.html",
      "threads/japan-and-ukraine/feed.xml",
      "data/threads.json",
      "assets/site.css",
      "assets/search.js",
    ])
      expect(plain.files, path).toContain(path);
  });

  it("paginates long lists from the oldest: a page and two stories make the newest page on / and the oldest on /page/1/, linked both ways", () => {
    expect(plain.read("index.html")).toContain('rel="next" href="/page/1/"');
    expect(plain.read("page/1/index.html")).toContain('rel="prev" href="/"');
    expect(plain.read("page/1/index.html")).not.toContain('rel="next"');
    expect(plain.read("page/1/index.html")).toContain("<title>Latest stories, page 1");
    expect(plain.files).not.toContain("page/2/index.html");
    expect(plain.read("entities/japan/index.html")).toContain('href="/entities/japan/page/1/"');
  });

  it("writes only valid HTML", async () => {
    const problems: string[] = [];
    // Filler pages repeat templates already covered; skipping them keeps the test quick.
    for (const file of htmlFiles(plain).filter((f) => !f.includes("filler"))) {
      const report = await validator.validateString(plain.read(file), file);
      for (const result of report.results)
        for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  for (const [name, get] of [
    ["without a prefix", () => plain],
    ["with prefix /repo/", () => prefixed],
  ] as const) {
    it(`resolves every internal href and src to a file ${name}`, () => {
      const built = get();
      const broken: string[] = [];
      for (const file of htmlFiles(built)) {
        for (const link of linksIn(built.read(file))) {
          let target: string | undefined;
          try {
            target = targetFile(link, built.prefix);
          } catch (error) {
            broken.push(`${file}: ${(error as Error).message}`);
            continue;
          }
          if (target && !built.files.includes(target)) broken.push(`${file}: ${link}`);
        }
      }
      expect(broken).toEqual([]);
    });
  }

  it("applies the path prefix in data, feeds and the article body", () => {
    const stories = JSON.parse(prefixed.read("data/stories.json")) as { url: string; articles: { url: string }[] }[];
    expect(stories[0]?.url).toBe("/repo/stories/us-japan-summit/");
    expect(stories[0]?.articles[0]?.url).toBe("/repo/articles/summit-plain/");
    expect(prefixed.read("articles/summit-plain/index.html")).toContain(
      '<a href="/repo/entities/fumio-kishida/">Fumio Kishida</a>',
    );
    expect(JSON.parse(prefixed.read("feed.json")).items[0].url).toBe("/repo/stories/us-japan-summit/");
  });
});

describe("hostile content", () => {
  it("never writes executable markup or javascript: links into any page", () => {
    for (const file of htmlFiles(plain)) {
      const html = plain.read(file);
      expect(html, file).not.toContain(HOSTILE.script);
      expect(html, file).not.toMatch(/<script>alert|<[a-z][^>]*\son[a-z]+=|href="javascript:/i);
      // The only scripts: JSON-LD data blocks, and the search page's own.
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
        expect(tag, file).toMatch(
          file === "search/index.html"
            ? /type="application\/ld\+json"|src="\/assets\/search\.js"/
            : /type="application\/ld\+json"/,
        );
      }
    }
  });

  it("shows hostile titles, names and bodies as text", () => {
    const article = plain.read("articles/summit-hostile/index.html");
    expect(article).toContain("Hostile &lt;script&gt;alert(1)&lt;/script&gt; title");
    expect(article).toContain("Raw &lt;script&gt;alert(1)&lt;/script&gt; and &lt;img src=x onerror=alert(3)&gt;");
    expect(article).toContain("[click me](javascript:alert(1))");
    expect(article).toContain('<a href="https://example.com/a" rel="nofollow noopener noreferrer">ok link</a>');
    expect(plain.read("entities/hostile-person/index.html")).toContain("Evil &lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("announces on each page the feed of what it lists: the site's on the home page, a topic's or entity's on its page, none elsewhere", () => {
    const alternates = (file: string) =>
      [...plain.read(file).matchAll(/<link rel="alternate" type="([^"]+)" title="[^"]*" href="([^"]+)">/g)].map(
        (m) => `${m[1]} ${m[2]}`,
      );
    expect(alternates("index.html")).toEqual(["application/atom+xml /feed.xml", "application/feed+json /feed.json"]);
    expect(alternates("page/1/index.html")).toEqual([
      "application/atom+xml /feed.xml",
      "application/feed+json /feed.json",
    ]);
    expect(alternates("entities/japan/index.html")).toEqual(["application/atom+xml /entities/japan/feed.xml"]);
    expect(alternates("entities/japan/page/1/index.html")).toEqual(["application/atom+xml /entities/japan/feed.xml"]);
    expect(alternates("topics/defence/index.html")).toEqual(["application/atom+xml /topics/defence/feed.xml"]);
    for (const file of [
      "stories/us-japan-summit/index.html",
      "articles/summit-plain/index.html",
      "archive/index.html",
      "about/index.html",
    ]) {
      expect(alternates(file), file).toEqual([]);
      // The footer still links the site's feeds.
      expect(plain.read(file), file).toContain('<a href="/feed.xml">Atom feed</a>');
    }
  });

  it("writes chips as bare links and names in their tags list, topics in a list of their own", () => {
    const story = plain.read("stories/us-japan-summit/index.html");
    const lists = [...story.matchAll(/<ul class="(tags[^"]*)">([\s\S]*?)<\/ul>/g)].map((m) => [
      m[1],
      m[2]!.replace(/>\s+</g, "><").trim(),
    ]);
    expect(lists.map(([cls]) => cls)).toEqual(["tags", "tags topics"]);
    expect(lists[0]![1]).toContain('<li><a href="/entities/fumio-kishida/">Fumio Kishida</a></li>');
    expect(lists[1]![1]).toMatch(/^(<li><a href="\/topics\/[^"]+\/">[^<]+<\/a><\/li>)+$/);
    for (const file of htmlFiles(plain)) expect(plain.read(file), file).not.toMatch(/class="tag[ "]/);
  });

  it("writes story cards and counts without a class on each: the list and <small> style them", () => {
    const japan = plain.read("entities/japan/index.html");
    const cards = [...japan.matchAll(/<div class="cards">([\s\S]*?)<\/div>/g)].map((m) => m[1]!);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatch(/^\n<article>\n<h3><a href="\/stories\/[^"]+\/">[^<]+<\/a><\/h3>\n<p class="meta">/);
    expect(cards[0]).not.toMatch(/<(article|h3|p) class="(card|card-title|teaser)"/);
    // Seen-with and topic counts.
    expect(japan).toMatch(/<li><a href="\/entities\/fumio-kishida\/">Fumio Kishida<\/a> <small>\d+<\/small><\/li>/);
    expect(japan).not.toContain('class="count"');
  });

  it("keeps JSON-LD inside its script element and parseable", () => {
    const html = plain.read("stories/hostile-story/index.html");
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
      (m) => m[1] ?? "",
    );
    expect(blocks).toHaveLength(1);
    const data = JSON.parse(blocks[0]!) as { headline: string; "@type": string };
    expect(data["@type"]).toBe("NewsArticle");
    expect(data.headline).toBe(HOSTILE.jsonLd);
    expect(blocks[0]).not.toMatch(/<|>/);
  });

  it("does not link a javascript: original URL", () => {
    const story = plain.read("stories/us-japan-summit/index.html");
    expect(story).toContain('href="https://asia.nikkei.com/politics/summit"');
    expect(story).not.toContain("javascript:");
  });

  it("sets a CSP without inline script on every page; only search allows scripts", () => {
    for (const file of htmlFiles(plain)) {
      const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(plain.read(file))?.[1] ?? "";
      expect(csp, file).toContain("object-src 'none'");
      expect(csp, file).not.toContain("unsafe-inline");
      expect(csp, file).toContain(
        file === "search/index.html" ? "script-src 'self' 'wasm-unsafe-eval'" : "script-src 'none'",
      );
    }
  });
});

describe("feeds and data", () => {
  it("writes a JSON Feed 1.1 document of the latest stories, and Atom feeds alone for topics and entities", () => {
    // One format per topic and entity: every feed reader takes Atom (issue 16, size).
    expect(plain.files.filter((f) => f.endsWith("feed.json"))).toEqual(["feed.json"]);
    for (const page of ["topics/defence/", "entities/fumio-kishida/", "entities/hostile-person/"]) {
      expect(plain.files).toContain(`${page}feed.xml`);
      expect(plain.read(`${page}index.html`)).not.toContain(`/${page}feed.json`);
    }
    const feed = JSON.parse(plain.read("feed.json")) as {
      version: string;
      title: string;
      feed_url: string;
      items: { title: string; date_published: string }[];
    };
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.feed_url).toBe("/feed.json");
    for (const item of feed.items) expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    // Headlines are data: kept as they are, not escaped as markup.
    expect(feed.items.map((item) => item.title)).toContain(HOSTILE.jsonLd);
  });

  it("lists each story's topics as categories in the site's Atom feed, not in a topic's or entity's", () => {
    const entries = (file: string) =>
      plain
        .read(file)
        .split("\n")
        .filter((line) => line.startsWith("<entry>"));
    const summit = entries("feed.xml").find((entry) => entry.includes("/stories/us-japan-summit/"))!;
    expect(summit).toMatch(/<category term="[^"]+"\/>/);
    // Atom's default link relation is "alternate": an entry links its story page with href alone.
    expect(summit).toContain('<link href="/stories/us-japan-summit/"/>');
    for (const file of ["topics/defence/feed.xml", "entities/fumio-kishida/feed.xml"]) {
      expect(entries(file).length, file).toBeGreaterThan(0);
      for (const entry of entries(file)) expect(entry, file).not.toContain("<category");
    }
  });

  it("escapes markup in Atom feeds", () => {
    const atom = plain.read("feed.xml");
    expect(atom.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(atom).toContain("<title>&quot;quote&quot; &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;</title>");
    expect(atom).toContain("<id>tag:news-digest,2024:/stories/us-japan-summit/</id>");
  });

  it("exports stories with their articles' source paths, entities and topics with page URLs", () => {
    const stories = JSON.parse(plain.read("data/stories.json")) as {
      id: string;
      url: string;
      articles: { id: string; path: string }[];
    }[];
    const summit = stories.find((s) => s.id === "us-japan-summit");
    expect(summit?.articles.map((a) => [a.id, a.path])).toEqual([
      ["summit-plain", "summit-plain.txt"],
      ["summit-hostile", "summit-hostile.md"],
    ]);
    const entities = JSON.parse(plain.read("data/entities.json")) as { id: string; url: string; kind: string }[];
    expect(entities.find((e) => e.id === "fumio-kishida")).toMatchObject({
      url: "/entities/fumio-kishida/",
      kind: "person",
    });
    const topics = JSON.parse(plain.read("data/topics.json")) as {
      id: string;
      url: string;
      parent: { id: string } | null;
    }[];
    expect(topics.find((t) => t.id === "defence")).toMatchObject({
      url: "/topics/defence/",
      parent: { id: "conflict-war-and-peace" },
    });
  });

  it("exports threads with their stories oldest first, and names each story's thread", () => {
    const threads = JSON.parse(prefixed.read("data/threads.json")) as {
      id: string;
      url: string;
      title: string;
      stories: string[];
    }[];
    expect(threads).toEqual([
      expect.objectContaining({
        id: "japan-and-ukraine",
        url: "/repo/threads/japan-and-ukraine/",
        title: `Japan ${HOSTILE.script}`,
        stories: ["hostile-story", "us-japan-summit"],
      }),
    ]);
    const stories = JSON.parse(plain.read("data/stories/2024-03.json")) as { id: string; thread: string | null }[];
    expect(stories.find((s) => s.id === "us-japan-summit")?.thread).toBe("japan-and-ukraine");
    const filler = JSON.parse(plain.read("data/stories/2024-01.json")) as { id: string; thread: string | null }[];
    expect(filler.find((s) => s.id === "filler-1")?.thread).toBeNull();
  });

  it("shows a thread's stories on a timeline, and on a story page its thread with the story before and after", () => {
    const thread = plain.read("threads/japan-and-ukraine/index.html");
    const order = ["/stories/hostile-story/", "/stories/us-japan-summit/"].map((url) =>
      thread.indexOf(`href="${url}"`),
    );
    expect(order[0]).toBeGreaterThan(-1);
    expect(order[0]).toBeLessThan(order[1]!);
    expect(thread).toContain("Fumio Kishida will meet Joe Biden on April 10.");
    const story = prefixed.read("stories/us-japan-summit/index.html");
    expect(story).toMatch(/Part of: <a href="\/repo\/threads\/japan-and-ukraine\/">Japan &lt;script/);
    expect(story).toContain("(2 stories)");
    expect(story).toContain('rel="prev" href="/repo/stories/hostile-story/"');
    expect(plain.read("stories/hostile-story/index.html")).toContain('rel="next" href="/stories/us-japan-summit/"');
    expect(plain.read("stories/filler-1/index.html")).not.toContain("Part of:");
  });

  it("cites the source of every summary sentence and timeline entry, and marks copies, the first report and what a source adds", () => {
    const page = plain.read("stories/us-japan-summit/index.html");
    const summary = page.slice(
      page.indexOf('<div class="summary">'),
      page.indexOf("</div>", page.indexOf('<div class="summary">')),
    );
    const paragraphs = summary.split("<p>").slice(1);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]).toContain('<a class="cite" href="/articles/summit-plain/">Nikkei</a>');
    expect(paragraphs[1]).toContain('<a class="cite" href="/articles/summit-hostile/">Outlet &lt;script');
    expect(page).toMatch(
      /Kishida meets Biden on April 10\.<\/span> <a class="cite" href="\/articles\/summit-hostile\/">/,
    );
    expect(page).toContain('near-copy of <a href="#article-summit-plain">Nikkei</a>');
    expect(page).toContain("reported first");
    expect(page).toContain("Only here: &lt;script");
    const full = JSON.parse(plain.read("data/stories/2024-03.json")) as {
      id: string;
      summarySources: string[];
      articles: { id: string; copyOf: string | null; first: boolean; adds: string[] }[];
    }[];
    const summit = full.find((s) => s.id === "us-japan-summit")!;
    expect(summit.summarySources).toEqual(["summit-plain", "summit-hostile"]);
    expect(summit.articles.find((a) => a.id === "summit-hostile")).toMatchObject({
      copyOf: "summit-plain",
      first: false,
      adds: [expect.stringContaining("42 missiles")],
    });
    expect(summit.articles.find((a) => a.id === "summit-plain")).toMatchObject({ copyOf: null, first: true });
  });

  it("lists pages in the sitemap and redirects retired story URLs", () => {
    expect(plain.read("sitemap.xml")).toContain("<loc>/stories/us-japan-summit/</loc>");
    const redirect = plain.read("stories/old-summit-id/index.html");
    expect(redirect).toContain('http-equiv="refresh" content="0; url=/stories/us-japan-summit/"');
    expect(redirect).toContain('rel="canonical" href="/stories/us-japan-summit/"');
  });
});
