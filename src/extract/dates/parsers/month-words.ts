import monthData from "./month-names.json" with { type: "json" };

/** Month number by lower-case name or abbreviation (without its full stop). */
export const MONTHS: Record<string, number> = monthData.months;

/** A month name as news copy writes it: in full, or one of the AP abbreviations with its full stop. */
export const MONTH_PATTERN =
  "(January|February|March|April|May|June|July|August|September|October|November|December|" +
  "Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";

/** The month a matched name stands for; undefined unless capitalised ("this may" is a modal verb, not a month). */
export function monthOf(name: string): number | undefined {
  if (!/^[A-Z]/.test(name)) return undefined;
  return MONTHS[name.toLowerCase().replace(/\.$/, "")];
}

/** Which way a modifier points: "last" / "this past" back, "next" / "this coming" forward, "this" neither. */
export function direction(word: string): "last" | "this" | "next" {
  const w = word.toLowerCase();
  if (w === "last" || w === "this past") return "last";
  if (w === "next" || w === "this coming") return "next";
  return "this";
}
