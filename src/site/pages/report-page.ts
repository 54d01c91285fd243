import type { BuildReport } from "../../types.js";
import { html } from "../html.js";
import { plural } from "../plural.js";
import { baseLayout } from "./base-layout.js";
import type { PageContext } from "./page-context.js";

/** `/report/`: what the build read, and which files it left out and why. */
export function reportPage(ctx: PageContext, report: BuildReport): string {
  const list = (files: BuildReport["rejected"]) =>
    html`<ul>${files.map((file) => html`<li><code>${file.path}</code>: ${file.reason}</li>`)}</ul>`;
  const main = html`<div class="prose">
<h1 class="page-title">Build report</h1>
<p>${plural(report.filesFound, "file")} found: ${plural(report.articlesBuilt, "article")} built, ${report.rejected.length} rejected, ${report.ignored.length} ignored.</p>
${
  report.rejected.length > 0 &&
  html`<h2>Rejected files</h2>
${list(report.rejected)}`
}
${
  report.ignored.length > 0 &&
  html`<h2>Ignored files</h2>
${list(report.ignored)}`
}
</div>`;
  return baseLayout(ctx, { url: "/report/", title: "Build report", main });
}
