import type { ThreadView } from "../../types.js";
import { html } from "../html.js";
import { plural } from "../plural.js";
import { baseLayout } from "./base-layout.js";
import type { PageContext } from "./page-context.js";
import { feedHead, feedLinks } from "./story-list.js";
import { knownDate, publishedTime } from "./published-time.js";

/**
 * `/threads/<id>/`: the stories of one ongoing subject on a timeline, oldest first, each with its
 * date, headline and one line; lean on purpose, the stories' own pages hold the rest.
 */
export function threadPage(ctx: PageContext, thread: ThreadView): string {
  const first = thread.stories[0];
  const last = thread.stories[thread.stories.length - 1];
  const main = html`<article class="thread">
    <header>
      <p class="kicker">Thread</p>
      <h1>${thread.title}</h1>
      <p class="meta">
        ${plural(thread.stories.length, "story", "stories")}${first && last && html` · ${publishedTime(first.date)} to ${publishedTime(last.date)}`}
      </p>
    </header>
    ${feedLinks(ctx, thread.url)}
    <ol class="timeline thread-timeline">
      ${thread.stories.map((story) => html`<li>${knownDate(story.date) ? publishedTime(story.date) : html`<span class="undated">Date unknown</span>`} <a href="${ctx.link(story.url)}">${story.headline}</a>${story.line && html`<p>${story.line}</p>`}</li>`)}
    </ol>
  </article>`;
  return baseLayout(ctx, {
    url: thread.url,
    title: thread.title,
    description: `${plural(thread.stories.length, "story", "stories")} on one subject: ${thread.title}`,
    head: feedHead(ctx, thread.title, thread.url),
    main,
  });
}
