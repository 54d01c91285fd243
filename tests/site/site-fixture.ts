// Builders of small SiteData fixtures for the site stage's tests: hand-made view models, no
// extraction involved, with hostile strings where article text and names can carry them.
import type {
  ArticleView,
  EntityRef,
  EntityView,
  PublishedDate,
  SiteData,
  StoryCard,
  StoryView,
  TopicRef,
  TopicView,
} from "../../src/types.js";

export const HOSTILE = {
  script: "<script>alert(1)</script>",
  jsUrl: "javascript:alert(1)",
  jsonLd: '"quote" </script><script>alert(2)</script>',
} as const;

export const day = (date: string): PublishedDate => ({ date, precision: "day", source: "front-matter" });
export const estimate = (date: string): PublishedDate => ({
  date,
  precision: "month",
  source: "text",
  earliest: `${date}-10`,
  latest: `${date}-28`,
});

export const entityRef = (id: string, name: string, kind: EntityRef["kind"]): EntityRef => ({
  id,
  name,
  kind,
  url: `/entities/${id}/`,
});
export const topicRef = (id: string, name: string, iptc: string): TopicRef => ({
  id,
  name,
  iptc,
  url: `/topics/${id}/`,
});

const JAPAN = entityRef("japan", "Japan", "country");
const KISHIDA = entityRef("fumio-kishida", "Fumio Kishida", "person");
const BIDEN = entityRef("joe-biden", "Joe Biden", "person");
const HOSTILE_PERSON = entityRef("hostile-person", `Evil ${HOSTILE.script}`, "person");
const NIKKEI = entityRef("nikkei", "Nikkei", "outlet");
const DEFENCE = topicRef("defence", "defence", "medtop:20000065");
const CONFLICT = topicRef("conflict-war-and-peace", "conflict, war and peace", "medtop:16000000");

export interface StorySpec {
  id: string;
  headline: string;
  date: PublishedDate;
  articleIds: string[];
  parties: EntityRef[];
  topics: TopicRef[];
  summary: string[];
}

function card(spec: StorySpec, outlets: string[]): StoryCard {
  return {
    id: spec.id,
    url: `/stories/${spec.id}/`,
    headline: spec.headline,
    teaser: spec.summary[0] ?? "",
    date: spec.date,
    sourceCount: spec.articleIds.length,
    outlets,
    parties: spec.parties.slice(0, 5),
    topics: spec.topics.slice(0, 3),
  };
}

export interface ArticleSpec {
  id: string;
  storyId: string;
  title: string;
  body: string;
  markdown: boolean;
  outlet?: string;
  originalUrl?: string;
  published: PublishedDate;
  /** Words to link to an entity, the first occurrence of each. */
  mentions: [string, EntityRef][];
  /** Its story's only source: no page of its own, its text on the story page. */
  soleSource?: boolean;
}

export function articleView(spec: ArticleSpec): ArticleView {
  const links = spec.mentions
    .map(([text, ref]) => {
      const start = new RegExp(`\\b${text}\\b`).exec(spec.body)?.index ?? -1;
      return { start, end: start + text.length, url: ref.url ?? "" };
    })
    .filter((l) => l.start >= 0 && l.url !== "")
    .sort((a, b) => a.start - b.start);
  return {
    id: spec.id,
    url: spec.soleSource ? `/stories/${spec.storyId}/#article-${spec.id}` : `/articles/${spec.id}/`,
    ownPage: !spec.soleSource,
    title: spec.title,
    published: spec.published,
    path: `${spec.id}.${spec.markdown ? "md" : "txt"}`,
    markdown: spec.markdown,
    body: spec.body,
    links,
    storyId: spec.storyId,
    storyUrl: `/stories/${spec.storyId}/`,
    entities: spec.mentions.map(([, ref]) => ref),
    topics: [DEFENCE],
    authors: [],
    wordCount: spec.body.split(/\s+/).filter(Boolean).length,
    ...(spec.outlet ? { outlet: spec.outlet } : {}),
    ...(spec.originalUrl ? { originalUrl: spec.originalUrl } : {}),
  };
}

/**
 * A small site: a summit story with two sources (one plain text, one markdown full of hostile
 * markup), a second story with a hostile headline, and `extraStories` filler stories so lists
 * paginate. Every entity and topic referenced has its page.
 */
export function buildFixtureSite(options: { extraStories?: number } = {}): SiteData {
  const articles: ArticleView[] = [
    articleView({
      id: "summit-plain",
      storyId: "us-japan-summit",
      title: "Kishida and Biden to agree on missile production",
      body: "Japanese Prime Minister Fumio Kishida will meet Joe Biden on April 10.\nJapan plans to co-produce missiles. Kishida said so.\n\nA <b>third</b> line & more.",
      markdown: false,
      outlet: "Nikkei",
      originalUrl: "https://asia.nikkei.com/politics/summit",
      published: estimate("2024-03"),
      mentions: [
        ["Fumio Kishida", KISHIDA],
        ["Joe Biden", BIDEN],
        ["Japan", JAPAN],
      ],
    }),
    articleView({
      id: "summit-hostile",
      storyId: "us-japan-summit",
      title: `Hostile ${HOSTILE.script} title`,
      body: [
        "# Heading",
        "",
        `Raw ${HOSTILE.script} and <img src=x onerror=alert(3)> in markdown. Kishida spoke.`,
        "",
        `[click me](${HOSTILE.jsUrl}) and [ok link](https://example.com/a) and ![img](https://evil.example/x.png)`,
        "",
        "`code with Japan` and a bare javascript:alert(4) text.",
      ].join("\n"),
      markdown: true,
      outlet: `Outlet ${HOSTILE.script}`,
      originalUrl: HOSTILE.jsUrl,
      published: day("2024-03-12"),
      mentions: [
        ["Kishida", KISHIDA],
        ["Japan", JAPAN],
      ],
    }),
    articleView({
      id: "hostile-story-article",
      storyId: "hostile-story",
      title: "An article about nothing",
      body: "Nothing happened in Japan.",
      markdown: false,
      published: day("2024-02-01"),
      mentions: [["Japan", JAPAN]],
      soleSource: true,
    }),
  ];

  const specs: StorySpec[] = [
    {
      id: "us-japan-summit",
      headline: "Japan and US to boost missile production for Ukraine, Kishida to visit",
      date: day("2024-03-12"),
      articleIds: ["summit-plain", "summit-hostile"],
      parties: [KISHIDA, JAPAN, BIDEN, HOSTILE_PERSON, NIKKEI],
      topics: [DEFENCE, CONFLICT],
      summary: ["Fumio Kishida will meet Joe Biden on April 10.", "Japan plans to co-produce missiles."],
    },
    {
      id: "hostile-story",
      headline: HOSTILE.jsonLd,
      date: day("2024-02-01"),
      articleIds: ["hostile-story-article"],
      parties: [JAPAN, HOSTILE_PERSON],
      topics: [CONFLICT],
      summary: [`Summary with ${HOSTILE.script}.`],
    },
  ];
  for (let i = 0; i < (options.extraStories ?? 0); i++) {
    const id = `filler-${i + 1}`;
    specs.push({
      id,
      headline: `Filler story number ${i + 1}`,
      date: day(`2024-01-${String((i % 28) + 1).padStart(2, "0")}`),
      articleIds: [`${id}-a`],
      parties: [JAPAN],
      topics: [CONFLICT],
      summary: [`Filler summary ${i + 1}.`],
    });
    articles.push(
      articleView({
        id: `${id}-a`,
        storyId: id,
        title: `Filler article ${i + 1}`,
        body: `Filler text about Japan ${i + 1}.`,
        markdown: false,
        published: day("2024-01-05"),
        mentions: [["Japan", JAPAN]],
        soleSource: true,
      }),
    );
  }

  const articleById = new Map(articles.map((a) => [a.id, a]));
  const cards = specs.map((s) =>
    card(s, [...new Set(s.articleIds.map((id) => articleById.get(id)?.outlet).filter((o): o is string => !!o))]),
  );
  const stories: StoryView[] = specs.map((s) => ({
    id: s.id,
    url: `/stories/${s.id}/`,
    headline: s.headline,
    summary: s.summary,
    summarySources: s.summary.map((_, i) => s.articleIds[i % s.articleIds.length]!),
    published: s.date,
    firstPublished: s.date.date,
    lastPublished: s.date.date,
    sources: s.articleIds.map((id) => {
      const a = articleById.get(id)!;
      return {
        articleId: a.id,
        url: a.url,
        title: a.title,
        published: a.published,
        path: a.path,
        // The hostile article nearly copies the plain one and adds a sentence of its own; the plain one was first.
        adds: a.id === "summit-hostile" ? [`Only here: ${HOSTILE.script} 42 missiles.`] : [],
        ...(a.id === "summit-hostile" ? { copyOf: "summit-plain" } : {}),
        ...(a.id === "summit-plain" ? { first: true } : {}),
        ...(a.outlet ? { outlet: a.outlet } : {}),
        ...(a.originalUrl ? { originalUrl: a.originalUrl } : {}),
      };
    }),
    timeline:
      s.id === "us-japan-summit"
        ? [
            {
              date: "2023-12",
              text: "Japan eased export rules in December 2023.",
              sourceId: "summit-plain",
              articleIds: ["summit-plain"],
            },
            {
              date: "2024-04-10",
              text: "Kishida meets Biden on April 10.",
              sourceId: "summit-hostile",
              articleIds: ["summit-hostile", "summit-plain"],
            },
          ]
        : [],
    parties: s.parties.map((p, i) => ({ ...p, score: 1 - i / 10 })),
    topics: s.topics.map((t, i) => ({ ...t, score: 1 - i / 10 })),
    related:
      s.id === "us-japan-summit"
        ? [
            {
              id: "hostile-story",
              name: HOSTILE.jsonLd,
              url: "/stories/hostile-story/",
              why: "with Japan",
              score: 0.4,
            },
          ]
        : [],
    formerIds: s.id === "us-japan-summit" ? ["old-summit-id"] : [],
  }));
  const cardsWith = (pred: (s: StorySpec) => boolean) => cards.filter((_, i) => pred(specs[i]!));
  // One thread: the February story, then the March summit (oldest first), with a hostile title.
  const threadStories = ["hostile-story", "us-japan-summit"].map((id) => {
    const story = stories.find((s) => s.id === id)!;
    return { id, url: story.url, headline: story.headline, date: story.published, line: story.summary[0] ?? "" };
  });
  const thread = {
    id: "japan-and-ukraine",
    url: "/threads/japan-and-ukraine/",
    title: `Japan ${HOSTILE.script}`,
    stories: threadStories,
    formerIds: [],
  };
  threadStories.forEach((entry, k) => {
    const story = stories.find((s) => s.id === entry.id)!;
    const ref = (e: (typeof threadStories)[number] | undefined) =>
      e ? { id: e.id, name: e.headline, url: e.url } : undefined;
    const previous = ref(threadStories[k - 1]);
    const next = ref(threadStories[k + 1]);
    story.thread = {
      id: thread.id,
      name: thread.title,
      url: thread.url,
      count: threadStories.length,
      ...(previous ? { previous } : {}),
      ...(next ? { next } : {}),
    };
  });

  const entity = (ref: EntityRef, aliases: string[] = []): EntityView => {
    const storiesOf = cardsWith((s) => s.parties.some((p) => p.id === ref.id));
    return {
      ...ref,
      aliases,
      articleCount: storiesOf.length,
      mentionCount: storiesOf.length * 2,
      stories: storiesOf,
      seenWith: [KISHIDA, JAPAN, BIDEN].filter((o) => o.id !== ref.id).map((o) => ({ ...o, count: 1 })),
      topics: [{ ...DEFENCE, count: 1 }],
      coverage: [
        { month: "2024-01", count: 3 },
        { month: "2024-02", count: 1 },
        { month: "2024-03", count: 2 },
      ],
    };
  };
  const topic = (ref: TopicRef, extra: Partial<TopicView>): TopicView => ({
    id: ref.id,
    url: ref.url,
    label: ref.name,
    iptc: ref.iptc,
    children: [],
    stories: cardsWith((s) => s.topics.some((t) => t.id === ref.id)),
    parties: [
      { ...JAPAN, count: 2 },
      { ...HOSTILE_PERSON, count: 1 },
    ],
    ...extra,
  });
  const months = [...new Set(cards.map((c) => c.date.date.slice(0, 7)))].sort().reverse();
  // Newest first, as the digest stage orders the home page and the archive (their day headings
  // group consecutive cards: fillers repeat days after the 28th).
  const newestFirst = (list: typeof cards) =>
    [...list].sort((a, b) => (a.date.date < b.date.date ? 1 : a.date.date > b.date.date ? -1 : 0));

  return {
    generatedAt: "2024-04-01T12:00:00.000Z",
    stories,
    storyCards: newestFirst(cards),
    articles,
    entities: [
      entity(KISHIDA, ["Kishida"]),
      entity(BIDEN),
      entity(HOSTILE_PERSON),
      entity(JAPAN, ["Japanese"]),
      entity(NIKKEI),
    ],
    topics: [
      topic(CONFLICT, {
        definition: `Acts of socially or politically motivated protest or violence ${HOSTILE.script}`,
        children: [{ ...DEFENCE, count: 1 }],
      }),
      topic(DEFENCE, { parent: CONFLICT }),
    ],
    archive: months.map((month) => ({
      month,
      url: `/archive/${month.replace("-", "/")}/`,
      stories: newestFirst(cards.filter((c) => c.date.date.startsWith(month))),
    })),
    threads: [thread],
    redirects: [{ from: "/stories/old-summit-id/", to: "/stories/us-japan-summit/" }],
    report: {
      filesFound: 4,
      articlesBuilt: 3,
      rejected: [{ path: "bad.md", reason: `malformed YAML ${HOSTILE.script}` }],
      ignored: [],
      diagnostics: [],
    },
  };
}

/** The site with one story's headline changed, everywhere it is shown (page, cards). */
export function withNewHeadline(site: SiteData, id: string, headline: string): SiteData {
  const copy = structuredClone(site);
  for (const story of copy.stories) if (story.id === id) story.headline = headline;
  const cards = [
    copy.storyCards,
    ...copy.entities.map((e) => e.stories),
    ...copy.topics.map((t) => t.stories),
    ...copy.archive.map((m) => m.stories),
  ];
  for (const list of cards) for (const card of list) if (card.id === id) card.headline = headline;
  return copy;
}
