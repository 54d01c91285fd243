import { describe, expect, it } from "vitest";
import { findFurniture, maskFurniture } from "../../src/ingest/find-furniture.js";

/** The furniture of a text as [kind, text] pairs, in text order. */
const found = (text: string) => findFurniture(text).map((s) => [s.kind, text.slice(s.start, s.end)]);

// Invented articles shaped like pages copied from news sites (no real article's text).
const LINE_ARTICLE = [
  "Harbour workers end strike after pay deal",
  "",
  "Advertisement",
  "",
  "Dock workers in Port Ellery voted on Tuesday to end a nine-day strike after the operator offered a 6% pay rise.",
  "Image copyright Getty Images",
  "Image caption Pickets outside the container terminal on Monday",
  "The union said 82% of members backed the offer.",
  "Photo: Marta Lind/Harbour Gazette",
  "Sign up for our morning newsletter and get the day's top stories in your inbox",
  "Share this article",
  "Facebook | Twitter | WhatsApp | Email",
  "Shipping lines had diverted 14 vessels to other ports during the stoppage, the operator said.",
  "Read more:",
  "Port operator warns of delays into next month",
  "Union leader re-elected unopposed",
  "",
  "Follow us on Twitter and Facebook",
  "We use cookies to give you the best experience on our website. By continuing you agree to our cookie policy.",
  "Media playback is unsupported on your device",
  "Related stories",
  "Strike talks collapse",
  "",
  "Trade resumed at the port on Wednesday morning.",
].join("\n");

// The same kind of page joined into one paragraph, as some scrapers save it.
const FLAT_ARTICLE =
  "Ministers from six countries signed a fisheries pact in Valdora on Friday. (Photo: Ana Ruiz, AP) The pact sets " +
  "catch limits for ten years. " +
  "Get world updates directly to your inbox + Subscribe Thank you for subscribing! Could not subscribe, try again " +
  "later Invalid Email " +
  "Environmental groups welcomed the deal. Click to share on WhatsApp (Opens in new window) Click to share on " +
  "Facebook (Opens in new window) " +
  "Image copyright Reuters Image caption Delegates at the signing ceremony The agreement takes effect in March. " +
  "Media caption Watch: the ministers sign Fishing crews were told on Saturday. " +
  "Advertisement Continue reading the main story Fishing crews said the limits were fair. " +
  "Follow Ana Ruiz on Twitter: @anaruiz_news Read or Share this story: https://example.com/s/abc123";

describe("findFurniture", () => {
  it("finds furniture on lines of its own, and a Read more list under its header", () => {
    expect(found(LINE_ARTICLE)).toEqual([
      ["advertisement", "Advertisement"],
      ["credit", "Image copyright Getty Images"],
      ["caption", "Image caption Pickets outside the container terminal on Monday"],
      ["credit", "Photo: Marta Lind/Harbour Gazette"],
      ["signup", "Sign up for our morning newsletter and get the day's top stories in your inbox"],
      ["share", "Share this article"],
      ["share", "Facebook | Twitter | WhatsApp | Email"],
      ["related", "Read more:"],
      ["related", "Port operator warns of delays into next month"],
      ["related", "Union leader re-elected unopposed"],
      ["share", "Follow us on Twitter and Facebook"],
      [
        "cookie",
        "We use cookies to give you the best experience on our website. By continuing you agree to our cookie policy.",
      ],
      ["media", "Media playback is unsupported on your device"],
      ["related", "Related stories"],
      ["related", "Strike talks collapse"],
    ]);
  });

  it("takes a video's caption line whole, as a photo's", () => {
    expect(found("The talks ended at noon.\nMedia caption Ministers leave the talks\nA deal is expected.")).toEqual([
      ["caption", "Media caption Ministers leave the talks"],
    ]);
  });

  it("finds furniture run into the text, leaving every article sentence", () => {
    expect(found(FLAT_ARTICLE)).toEqual([
      ["credit", "(Photo: Ana Ruiz, AP)"],
      ["signup", "Get world updates directly to your inbox + Subscribe"],
      ["signup", "Thank you for subscribing!"],
      ["signup", "Could not subscribe, try again later"],
      ["signup", "Invalid Email"],
      ["share", "Click to share on WhatsApp (Opens in new window)"],
      ["share", "Click to share on Facebook (Opens in new window)"],
      ["credit", "Image copyright Reuters"],
      ["caption", "Image caption"],
      ["caption", "Media caption"],
      ["advertisement", "Advertisement Continue reading the main story"],
      ["share", "Follow Ana Ruiz on Twitter: @anaruiz_news"],
      ["share", "Read or Share this story: https://example.com/s/abc123"],
    ]);
    const kept = maskFurniture(FLAT_ARTICLE, findFurniture(FLAT_ARTICLE)).replace(/\s+/g, " ");
    for (const sentence of [
      "Ministers from six countries signed a fisheries pact in Valdora on Friday.",
      "The pact sets catch limits for ten years.",
      "Environmental groups welcomed the deal.",
      "The agreement takes effect in March.",
      "Fishing crews were told on Saturday.",
      "Fishing crews said the limits were fair.",
    ]) {
      expect(kept).toContain(sentence);
    }
  });

  it("finds an agency's credit by its shape in a gallery run into the text", () => {
    const text =
      "Crowds gathered at the harbour in Valdora, Norland Getty Images 4/12 The mayor laid a wreath at the " +
      "memorial EPA 5 " +
      "Workers clear the quay Anna Berg/PA 6/12 Boats were moved (Getty) Crews waited (Ana Ruiz/AFP ) and " +
      "(AFP/Getty Images) " +
      "Play slideshow 1 of 12 The harbour reopened. 1 of 26 Full Screen Autoplay Close Skip Ad x The port in " +
      "pictures View Photos Boats at rest. Copyright 2016 The Associated Press. All rights reserved. " +
      "This material may not be published, broadcast, rewritten or redistributed.";
    expect(found(text)).toEqual([
      ["credit", "Getty Images 4/12"],
      ["credit", "EPA 5"],
      ["credit", "Anna Berg/PA 6/12"],
      ["credit", "(Getty)"],
      ["credit", "(Ana Ruiz/AFP )"],
      ["credit", "(AFP/Getty Images)"],
      ["media", "Play slideshow 1 of 12"],
      ["media", "1 of 26 Full Screen Autoplay Close Skip Ad x"],
      ["media", "View Photos"],
      [
        "credit",
        "Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, " +
          "rewritten or redistributed.",
      ],
    ]);
  });

  it("takes a whole gallery run into the text, its captions with it, up to the last caption's credit", () => {
    const gallery =
      "Norland news in pictures 3 show all Norland news in pictures 1/3 Lanterns light the botanic garden in Valdora " +
      "Getty 2/3 A choir sings at the harbour festival EPA 3/3 Crowds watch the mayor's parade pass the old bank Reuters";
    const text = `The ferry ran aground at dawn, the coastguard said. ${gallery} All 40 passengers were brought ashore.`;
    expect(found(text)).toEqual([["caption", gallery]]);
    const kept = maskFurniture(text, findFurniture(text)).replace(/\s+/g, " ");
    expect(kept).toBe("The ferry ran aground at dawn, the coastguard said. All 40 passengers were brought ashore.");
  });

  it.each([
    "The archive in pictures: 40 years of the harbour, a show all ages enjoyed.",
    "Norland in pictures 3 show all the damage, the mayor said of the photographs.",
  ])("keeps the sentence about pictures %j", (sentence) => {
    expect(found(sentence)).toEqual([]);
  });

  it.each([
    "He told Reuters 9 Norland banks had failed.",
    "The deal gave Reuters 40 more staff, the agency said.",
    "VALDORA (AP) -- Talks resumed on Monday.",
    "Getty Images said 12 photographers were at the scene.",
    "She won 3 of 5 sets and said the view photos showed was wrong.",
    "The firm sold 12 photos to Getty Images in 2015.",
  ])("keeps the sentence naming an agency %j", (sentence) => {
    expect(found(sentence)).toEqual([]);
  });

  it("stops a credit before a word that starts a sentence", () => {
    expect(found("Officials met on Monday. Image copyright European Press Agency He later flew to Rome.")).toEqual([
      ["credit", "Image copyright European Press Agency"],
    ]);
  });

  it.each([
    "Readers who subscribe to the paper's print edition will pay 5% more from April.",
    "Subscribers can share articles with up to five friends each month, the publisher said.",
    "Share prices in Valdora fell 3% after the announcement.",
    "Shares in the shipping company rose on Friday.",
    "The court ruled that the photographs were protected by copyright.",
    "Image copyright lawyers said the ruling would change how agencies license pictures.",
    "Read more about the case in the judgment, the judge told reporters.",
    "Related talks in Geneva ended without a deal.",
    "Advertisement spending fell 4% in the third quarter, the agency said.",
    "The advertisement, which ran for two weeks, drew 300 complaints.",
    "Follow-up talks are planned for May.",
    "He urged his followers on Twitter to sign up for the march.",
    "Sign up was slow at first, organisers admitted, but 4,000 people registered by Friday.",
    "Cookies and cakes were sold to raise money for the victims.",
    "Photo agencies said the new rules would cost them millions.",
    "The caption on the photo misidentified the minister.",
    "Related: a report by the agency found similar failures in 2019, when three ports closed for weeks and trade " +
      "fell by a quarter, hitting exporters hard across the region.",
    "Get the latest figures from the statistics office, the minister told parliament.",
    "Thank you for coming, the mayor told the crowd.",
    "The band's video will play in cinemas next month.",
  ])("keeps the ordinary sentence %j", (sentence) => {
    for (const text of [
      sentence,
      `Talks resumed on Monday.\n${sentence}\nThe next round is in June.`,
      `Talks resumed on Monday. ${sentence} The next round is in June.`,
    ]) {
      expect(found(text)).toEqual([]);
    }
  });

  it("keeps the text's length and line breaks when it blanks furniture", () => {
    const text = "Line one.\r\nAdvertisement\r\nLine three (Photo: AP) ends.";
    const masked = maskFurniture(text, findFurniture(text));
    expect(masked).toBe(
      `Line one.\r\n${" ".repeat("Advertisement".length)}\r\nLine three ${" ".repeat("(Photo: AP)".length)} ends.`,
    );
    expect(masked.length).toBe(text.length);
  });
});
