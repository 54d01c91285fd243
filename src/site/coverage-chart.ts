import type { EntityView } from "../types.js";
import { escapeHtml } from "./escape-html.js";
import { formatPartialDate } from "./format-date.js";

const GAP = 6;
const PAD = 16;
// Month labels need about 44 px: wide bars while few months, thin ones with sparser labels after.
const LABEL_WIDTH = 44;
const HEIGHT = 80;
const LABEL = 18;
// Two years of monthly bars stay legible on a phone; a chart of hundreds of hair-thin bars says
// nothing, so only the latest months are drawn (the full series is in data/entities.json).
const MAX_BARS = 24;

/**
 * A small bar chart of articles per month as inline SVG, drawn at build time (no client script).
 * Sized with a viewBox so it scales without layout shift; described for screen readers by its
 * title and a text summary.
 */
export function coverageChart(coverage: EntityView["coverage"] | undefined): string {
  const months = (coverage ?? []).slice(-MAX_BARS);
  if (months.length === 0) return "";
  const max = months.reduce((most, m) => Math.max(most, m.count), 1);
  const BAR = months.length <= 8 ? 38 : 18;
  const labelEvery = Math.ceil(LABEL_WIDTH / (BAR + GAP));
  const width = months.length * (BAR + GAP) - GAP + 2 * PAD;
  const total = months.reduce((sum, m) => sum + m.count, 0);
  const first = formatPartialDate(months[0]?.month);
  const last = formatPartialDate(months[months.length - 1]?.month);
  const summary = `${total} ${total === 1 ? "article" : "articles"} from ${first}${months.length > 1 ? ` to ${last}` : ""}`;
  const bars = months
    .map((m, i) => {
      const h = Math.max(2, Math.round((m.count / max) * (HEIGHT - 14)));
      const x = PAD + i * (BAR + GAP);
      const label = `${formatPartialDate(m.month)}: ${m.count}`;
      const showMonth = i % labelEvery === 0;
      const monthLabel = showMonth
        ? `<text x="${x + BAR / 2}" y="${HEIGHT + 13}" class="chart-label">${escapeHtml(shortMonth(m.month))}</text>`
        : "";
      return (
        `<g><title>${escapeHtml(label)}</title>` +
        `<rect x="${x}" y="${HEIGHT - h}" width="${BAR}" height="${h}" rx="2" class="chart-bar"/>` +
        `<text x="${x + BAR / 2}" y="${HEIGHT - h - 3}" class="chart-count">${m.count}</text>${monthLabel}</g>`
      );
    })
    .join("");
  return (
    `<figure class="coverage"><svg viewBox="0 0 ${width} ${HEIGHT + LABEL}" width="${width}" height="${HEIGHT + LABEL}" ` +
    `role="img" aria-labelledby="coverage-title"><title id="coverage-title">Articles per month: ${escapeHtml(summary)}</title>` +
    `${bars}</svg><figcaption>Articles per month · ${escapeHtml(summary)}</figcaption></figure>`
  );
}

function shortMonth(month: string): string {
  const [year, mm] = month.split("-");
  const name = formatPartialDate(month).slice(0, 3);
  return mm ? `${name} ${year?.slice(2)}` : (year ?? month);
}
