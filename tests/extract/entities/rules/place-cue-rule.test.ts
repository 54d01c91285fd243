import { describe, expect, it } from "vitest";
import { entityOf, ruleOf } from "./helpers.js";

describe("place-cue rule: places introduced as places, or qualified by their country", () => {
  it.each([
    ["The town of Qorvell was flooded.", "Qorvell", "place-of"],
    ["Rescuers reached the village of Zembra.", "Zembra", "place-of"],
    ["The factory in Qorvell, Scotland, closed.", "Qorvell", "place-qualified"],
  ])("%j: %s is a place", (text, mention, rule) => {
    expect(ruleOf(text, mention)).toBe(rule);
    expect(entityOf(text, mention)?.kind).toBe("place");
  });

  it.each([
    ["a place noun after the name", "Qorvell, a town in the north, flooded.", "Qorvell"],
    ["a locative preposition only (the weaker context rule)", "The town hall in Qorvell was closed.", "Qorvell"],
  ])("not for %s: %j", (_why, text, mention) => {
    expect(ruleOf(text, mention)).not.toMatch(/^place-/);
  });
});

describe("place-cue rule: a name before the kind of site it is", () => {
  it.each([
    ["The tram came off near the Qorvath stop.", "Qorvath"],
    ["Verstappen spun at the Zarvollo circuit.", "Zarvollo"],
    ["Trains from Qorvath station were cancelled.", "Qorvath"],
  ])("%j: %s is a place", (text, mention) => {
    expect(entityOf(text, mention)?.kind).toBe("place");
  });
  it.each([
    ["Qorvath said the stop was too late.", "Qorvath"],
    ["The Qorvath Station Company grew.", "Qorvath Station Company"],
  ])("%j: %s is no place", (text, mention) => {
    expect(entityOf(text, mention)?.kind).not.toBe("place");
  });
});

describe("place-cue rule: a compass word before a listed place", () => {
  it.each([
    ["The bus overturned in Croydon, South London, at dawn.", "South London"],
    ["Settlers moved into East Jerusalem last spring.", "East Jerusalem"],
    ["Fighting in Northern Iraq went on for days.", "Northern Iraq"],
  ])("%j: %s is a place", (text, mention) => {
    expect(ruleOf(text, mention)).toBe("place-compass");
    expect(entityOf(text, mention)?.kind).toBe("place");
  });
  it.each([
    ["The Central Bank said rates would rise.", "Central Bank"],
    ["He joined West Qorvath last season.", "West Qorvath"],
  ])("%j: %s is no compass place", (text, mention) => {
    expect(ruleOf(text, mention)).not.toBe("place-compass");
  });
});

describe("place-site rule: sites named after people, capitals, states after a town", () => {
  it.each([
    ["Unions marched at Charles de Gaulle airport north of Paris.", "Charles de Gaulle", "Charles de Gaulle"],
    ["Gunfire echoed in the nearby Qorvath mountains on Friday.", "Qorvath", "Qorvath"],
    ["Rebels withdrew from the capital Zarvollo on Saturday.", "Zarvollo", "Zarvollo"],
    ["Rockets hit the Zarvollo village at dawn.", "Zarvollo", "Zarvollo"],
    ["It bought Daniels Inc of St. Petersburg, Fla., for shares.", "Fla", "Florida"],
  ])("%j: %s is the place %s", (text, mention, name) => {
    expect(entityOf(text, mention)?.kind).toBe("place");
    expect(entityOf(text, mention)?.name).toBe(name);
  });
  it.each([
    ["Miss Qorvath said so on Monday.", "Qorvath"],
    ["The Qorvath Port Authority said so.", "Qorvath Port Authority"],
    ["Fla said the talks had failed.", "Fla"],
    ["Mahala is a Moslem village on Serb territory.", "Moslem"],
  ])("%j: %s is no place", (text, mention) => {
    expect(entityOf(text, mention)?.kind).not.toBe("place");
  });
});

describe("place-cue rule: 'New' and a name inside a sentence", () => {
  it("reads New and a word that is no English word as a place", () => {
    expect(entityOf("The tram ran from New Qorvington to Wimbledon.", "New Qorvington")?.kind).toBe("place");
  });
  it.each([
    ["He backed New Labour policies.", "Labour"],
    ["He backed the New Democratic Party.", "New Democratic Party"],
  ])("%j: %s is no place", (text, mention) => {
    expect(entityOf(text, mention)?.kind).not.toBe("place");
  });
});

describe("place-site rule: a saint's possessive before an institution written in lower case", () => {
  it.each([
    [
      "Twenty were taken to St Qorvath's university hospital in Tooting.",
      "St Qorvath",
      "organization",
      "St Qorvath's Hospital",
    ],
    ["Pupils of St Qorvath's primary school sang.", "St Qorvath", "organization", "St Qorvath's School"],
    ["The wedding was held at St Qorvath's cathedral on Friday.", "St Qorvath", "place", "St Qorvath's Cathedral"],
  ])("%j: %s is the %s %s", (text, mention, kind, name) => {
    expect(entityOf(text, mention)?.kind).toBe(kind);
    expect(entityOf(text, mention)?.name).toBe(name);
  });
  it.each([
    ["St Qorvath's feast day falls in April.", "St Qorvath"],
    ["Jon Qorvath's hospital bills were paid.", "Jon Qorvath"],
  ])("%j: %s names no institution", (text, mention) => {
    expect(ruleOf(text, mention)).not.toBe("saints-institution");
  });
});
