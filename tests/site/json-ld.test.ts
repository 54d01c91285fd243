// The schema.org record of a story page: dates only when the story has them (an empty
// datePublished is invalid structured data), escaped so no text can end its script element.
import { describe, expect, it } from "vitest";
import { storyJsonLd } from "../../src/site/json-ld.js";
import { buildFixtureSite, HOSTILE } from "./site-fixture.js";

const site = buildFixtureSite();
const summit = site.stories.find((story) => story.id === "us-japan-summit")!;

describe("storyJsonLd", () => {
  it("gives a dated story its first and last dates", () => {
    const data = JSON.parse(storyJsonLd(summit, "/")) as Record<string, unknown>;
    expect(data).toMatchObject({
      "@type": "NewsArticle",
      url: "/stories/us-japan-summit/",
      datePublished: summit.firstPublished,
      dateModified: summit.lastPublished,
    });
  });

  it("leaves the dates out of an undated story instead of writing them empty", () => {
    const data = JSON.parse(storyJsonLd({ ...summit, firstPublished: "", lastPublished: "" }, "/")) as Record<
      string,
      unknown
    >;
    expect(data).not.toHaveProperty("datePublished");
    expect(data).not.toHaveProperty("dateModified");
    expect(data.headline).toBe(summit.headline);
  });

  it("writes no character that could close the script element", () => {
    const json = storyJsonLd({ ...summit, headline: HOSTILE.jsonLd }, "/repo/");
    expect(json).not.toMatch(/[<>&]/);
    expect((JSON.parse(json) as { headline: string; url: string }).headline).toBe(HOSTILE.jsonLd);
  });

  it("is about the parties that have a page, each with its address", () => {
    const pageless = { id: "anne-example", name: "Anne Example", kind: "person" as const };
    const story = { ...summit, parties: [pageless, ...summit.parties] };
    const data = JSON.parse(storyJsonLd(story, "/repo/")) as { about: { name: string; url: string }[] };
    expect(data.about.map((a) => a.name)).toEqual(summit.parties.map((p) => p.name));
    expect(data.about.every((a) => a.url.startsWith("/repo/entities/"))).toBe(true);
    const none = JSON.parse(storyJsonLd({ ...summit, parties: [pageless] }, "/")) as object;
    expect(none).not.toHaveProperty("about");
  });
});
