// The second yardstick: Hugo's full build of the same articles, with the parties and topics the
// digest found as Hugo taxonomies (people, places, organizations, topics), so both sites have a
// page per article, per party and per topic. Hugo does no extraction, grouping or search; it is
// here because it is what a newcomer would compare us with. It runs only when `hugo` is on PATH
// (Debian's `hugo` package).
import { spawnSync } from "node:child_process";
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { CorpusArticle } from "./generate-corpus.js";

const CONFIG = `baseURL = "/"
title = "Bench"
disableKinds = []
[taxonomies]
  person = "people"
  place = "places"
  organization = "organizations"
  topic = "topics"
`;

const BASEOF = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><header><a href="/">Home</a></header><main><h1>{{ .Title }}</h1>
{{ block "main" . }}{{ end }}
</main></body></html>
`;

const SINGLE = `{{ define "main" }}{{ with .Params.outlet }}<p>{{ . }}</p>{{ end }}
{{ .Content }}
{{ range $taxonomy, $_ := .Site.Taxonomies }}{{ with $.GetTerms $taxonomy }}<ul>{{ range . }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul>{{ end }}{{ end }}
{{ end }}
`;

const LIST = `{{ define "main" }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
`;

/** Whether Hugo can run here. */
export function hugoAvailable(): boolean {
  return spawnSync("hugo", ["version"], { stdio: "ignore" }).status === 0;
}

interface ExportedParty {
  name: string;
  kind: string;
}

interface ExportedStory {
  articles: { path: string }[];
  parties: ExportedParty[];
  topics: { label: string }[];
}

const TAXONOMY_OF_KIND: Record<string, string> = {
  person: "people",
  country: "places",
  place: "places",
  organization: "organizations",
};

/**
 * Writes a Hugo project into `dir`: the articles as `content/posts/*.md`, each tagged with its
 * story's parties and topics read from the digest site's `data/stories/` shards (`site`).
 */
export async function writeHugoProject(dir: string, articles: readonly CorpusArticle[], site: string): Promise<void> {
  const terms = new Map<string, Record<string, string[]>>();
  const shards = join(site, "data", "stories");
  for (const name of await readdir(shards)) {
    const stories = JSON.parse(await readFile(join(shards, name), "utf8")) as ExportedStory[];
    for (const story of stories) {
      const taxonomies: Record<string, string[]> = { topics: story.topics.map((topic) => topic.label) };
      for (const party of story.parties) {
        const taxonomy = TAXONOMY_OF_KIND[party.kind];
        if (taxonomy) (taxonomies[taxonomy] ??= []).push(party.name);
      }
      for (const article of story.articles) terms.set(article.path, taxonomies);
    }
  }
  await mkdir(join(dir, "content", "posts"), { recursive: true });
  await mkdir(join(dir, "layouts", "_default"), { recursive: true });
  await writeFile(join(dir, "config.toml"), CONFIG);
  await writeFile(join(dir, "layouts", "_default", "baseof.html"), BASEOF);
  await writeFile(join(dir, "layouts", "_default", "single.html"), SINGLE);
  await writeFile(join(dir, "layouts", "_default", "list.html"), LIST);
  for (const article of articles) {
    const taxonomies = terms.get(article.name) ?? {};
    // The digest's front matter is YAML; Hugo reads it too. The taxonomies go in as JSON lists,
    // which are YAML, so names with colons or quotes need no escaping of our own.
    const extra = Object.entries(taxonomies)
      .map(([taxonomy, list]) => `${taxonomy}: ${JSON.stringify(list)}`)
      .join("\n");
    // Hugo reads `url:` as the page's own address; ours is the original article's.
    const text = article.text.startsWith("---\n")
      ? article.text.replace("---\n", `---\n${extra}\n`).replace(/^url:/m, "source_url:")
      : `---\ntitle: ${JSON.stringify(article.name)}\n${extra}\n---\n\n${article.text}`;
    await writeFile(join(dir, "content", "posts", article.name), text);
  }
}
