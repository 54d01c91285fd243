// The baseline: a throwaway plain-Eleventy project in the style of eleventy-base-blog (markdown
// posts, one layout, one page per tag from a single paginated template), over the same files.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type CorpusArticle, writeCorpus } from "./generate-corpus.js";

const CONFIG = `export default function (eleventyConfig) {
  eleventyConfig.addFilter("isoDate", (date) => new Date(date).toISOString().slice(0, 10));
  eleventyConfig.addFilter("head", (list, n) => list.slice(0, n));
}
export const config = { dir: { input: "src", output: "_site" }, markdownTemplateEngine: false };
`;

const LAYOUT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><header><a href="/">Home</a></header><main><h1>{{ title }}</h1>
{% if date %}<p><time>{{ date | isoDate }}</time> {{ outlet }}</p>{% endif %}
{{ content | safe }}
{% if tags %}<ul>{% for tag in tags %}<li><a href="/tags/{{ tag | slugify }}/">{{ tag }}</a></li>{% endfor %}</ul>{% endif %}
</main></body></html>
`;

const POST_LIST = `<ul>{% for post in posts %}<li><a href="{{ post.url }}">{{ post.data.title }}</a> <time>{{ post.date | isoDate }}</time></li>{% endfor %}</ul>
`;

const TAG_PAGE = `---
pagination:
  data: collections
  size: 1
  alias: tag
  filter: ["all", "posts"]
permalink: /tags/{{ tag | slugify }}/
layout: layout.njk
eleventyComputed:
  title: "Tagged “{{ tag }}”"
---
{% set posts = collections[tag] | reverse %}{% include "post-list.njk" %}
`;

const HOME = `---
layout: layout.njk
title: Latest
---
{% set posts = collections.posts | reverse | head(30) %}{% include "post-list.njk" %}
`;

/** Writes the project into `dir` with the articles as `src/posts/*.md`; returns the posts folder. */
export async function writeBaselineProject(dir: string, articles: readonly CorpusArticle[]): Promise<string> {
  await mkdir(join(dir, "src", "_includes"), { recursive: true });
  const posts = join(dir, "src", "posts");
  await writeCorpus(posts, articles);
  await writeFile(join(dir, "eleventy.config.mjs"), CONFIG);
  await writeFile(join(dir, "src", "_includes", "layout.njk"), LAYOUT);
  await writeFile(join(dir, "src", "_includes", "post-list.njk"), POST_LIST);
  await writeFile(join(dir, "src", "posts", "posts.json"), JSON.stringify({ layout: "layout.njk", tags: ["posts"] }));
  await writeFile(join(dir, "src", "tags.njk"), TAG_PAGE);
  await writeFile(join(dir, "src", "index.njk"), HOME);
  return posts;
}
