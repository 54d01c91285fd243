// Deterministic synthetic news corpora: the same seed and size give byte-identical files.
import { mkdir, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Info } from "luxon";
import { castSentence, makeCast, type Cast } from "./corpus-cast.js";
import { BACKGROUND, CITIES, COUNTRIES, ORGANIZATIONS, OUTLETS, PEOPLE, STORY_KINDS } from "./corpus-vocabulary.js";

/** mulberry32: tiny, fast and good enough to pick words; Math.random cannot be seeded. */
/** Two different items of a list (the two countries, the two people of a story). */
export function pickTwo<T>(pick: (list: readonly T[]) => T, list: readonly T[]): [T, T] {
  const first = pick(list);
  let second = pick(list);
  while (second === first) second = pick(list);
  return [first, second];
}

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Story {
  kind: (typeof STORY_KINDS)[number];
  slots: Record<string, string>;
  date: Date;
  /** Named across the story's articles (each article quotes some of them). */
  cast: Cast;
}

/**
 * How an archive is made up: how many reports a story gets, and who is named (see corpus-cast.ts):
 * a story's own cast, names of an article's own, and figures who turn up in several stories (a
 * recurring pool), which is what gives real archives entity pages beyond the few famous names.
 */
export interface CorpusShape {
  /** Reports of one story. */
  reports: (random: () => number) => number;
  storyCast: { people: number; bodies: number };
  ownCast: { people: number; bodies: number };
  /** People and bodies of the recurring pool each story names. */
  recurringPerStory: number;
  /** The recurring pool's people (and bodies), per article of the archive. */
  recurringPerArticle: number;
}

/**
 * Calibrated to what the digest makes of BBC dev's 1,000 articles: 14.1 entities named per
 * article, 73% of entities named once, 2.47 pages per article (this shape: 13.4, 77%, 2.49). BBC
 * dev's articles are nearly all reports of events of their own (0.97 stories per article); so is
 * each story here, though its templated headlines group some of them (0.66).
 */
export const REAL_SHAPE: CorpusShape = {
  reports: () => 1,
  storyCast: { people: 0, bodies: 0 },
  ownCast: { people: 2, bodies: 1 },
  recurringPerStory: 4,
  recurringPerArticle: 1 / 3,
};

/** Stories of one to five reports (three on average): an archive that follows fewer events closely. */
export const COVERED_SHAPE: CorpusShape = {
  reports: (random) => 1 + Math.floor(random() * 5),
  storyCast: { people: 3, bodies: 2 },
  ownCast: { people: 3, bodies: 2 },
  recurringPerStory: 2,
  recurringPerArticle: 1 / 4,
};

// English month names for datelines, from luxon rather than a list of our own.
export const MONTHS = Info.months("long", { locale: "en" });

export interface CorpusArticle {
  /** File name within the content folder. */
  name: string;
  text: string;
}

/** `count` articles of the given shape, 300–800 words each. */
export function generateArticles(count: number, seed = 1, shape: CorpusShape = REAL_SHAPE): CorpusArticle[] {
  const random = seededRandom(seed);
  const pool = Math.ceil(count * shape.recurringPerArticle);
  const recurring = makeCast(random, pool, pool);
  const articles: CorpusArticle[] = [];
  let storyIndex = 0;
  while (articles.length < count) {
    const story = makeStory(random, shape, recurring);
    const coverage = shape.reports(random);
    for (let n = 0; n < coverage && articles.length < count; n++) {
      articles.push(makeArticle(random, shape, story, storyIndex, n));
    }
    storyIndex++;
  }
  return articles;
}

/** One more article, different for each `serial`, as a user adding today's news would. */
export function generateExtraArticle(serial: number): CorpusArticle {
  const random = seededRandom(1_000_003 + serial);
  const article = makeArticle(random, REAL_SHAPE, makeStory(random, REAL_SHAPE), 900_000 + serial, 0);
  return { name: `extra-${String(serial).padStart(4, "0")}.md`, text: article.text };
}

/**
 * Writes the articles, dated an hour back: an archive's files were saved long before a build.
 * A file saved within a moment of a build is not trusted by its stat, so a build over files
 * written just now records nothing and the next build, "nothing changed", would build in full.
 */
export async function writeCorpus(dir: string, articles: readonly CorpusArticle[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  const hourAgo = new Date(Date.now() - 3_600_000);
  // Bounded parallel writes: fast, without opening 10,000 files at once.
  for (let start = 0; start < articles.length; start += 200) {
    await Promise.all(
      articles.slice(start, start + 200).map(async (article) => {
        const path = join(dir, article.name);
        await writeFile(path, article.text);
        await utimes(path, hourAgo, hourAgo);
      }),
    );
  }
}

function makeStory(random: () => number, shape: CorpusShape, recurring: Cast = { people: [], bodies: [] }): Story {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const [a, b] = pickTwo(pick, COUNTRIES);
  const [p, q] = pickTwo(pick, PEOPLE);
  const date = new Date(
    Date.UTC(2022 + Math.floor(random() * 3), Math.floor(random() * 12), 1 + Math.floor(random() * 28)),
  );
  const slots = {
    A: a,
    B: b,
    P: p,
    Q: q,
    O: pick(ORGANIZATIONS),
    C: pick(CITIES),
    N: String(2 + Math.floor(random() * 7)),
  };
  const cast = makeCast(random, shape.storyCast.people, shape.storyCast.bodies);
  for (let i = 0; i < shape.recurringPerStory && recurring.people.length > 0; i++) {
    cast.people.push(pick(recurring.people));
    cast.bodies.push(pick(recurring.bodies));
  }
  return {
    kind: pick(STORY_KINDS),
    slots: { ...slots, D: `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}` },
    date,
    cast,
  };
}

function makeArticle(
  random: () => number,
  shape: CorpusShape,
  story: Story,
  storyIndex: number,
  n: number,
): CorpusArticle {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const fill = (template: string): string =>
    template.replace(/\{([A-Z])\}/g, (_, slot: string) => story.slots[slot] ?? slot);
  const published = new Date(story.date.getTime() + Math.floor(random() * 3) * 86_400_000);
  const outlet = pick(OUTLETS);
  const targetWords = 300 + Math.floor(random() * 500);
  // Each outlet tells the story with its own choice and order of facts, then background.
  const facts = shuffle(random, story.kind.sentences.map(fill));
  // Quotes from the story's cast (about two thirds of it per article) and from people of its own.
  const own = makeCast(random, shape.ownCast.people, shape.ownCast.bodies);
  const quotes: string[] = [];
  story.cast.people.forEach((person, i) => {
    if (random() < 0.67)
      quotes.push(castSentence(random, person, story.cast.bodies[i % story.cast.bodies.length] as string));
  });
  own.people.forEach((person, i) =>
    quotes.push(castSentence(random, person, own.bodies[i % own.bodies.length] as string)),
  );
  shuffle(random, quotes);
  const sentences: string[] = [];
  let words = 0;
  for (let i = 0; words < targetWords || quotes.length > 0; i++) {
    const sentence =
      i < facts.length && (i < 3 || random() < 0.7)
        ? (facts[i] as string)
        : quotes.length > 0 && random() < 0.5
          ? (quotes.pop() as string)
          : pick(BACKGROUND);
    sentences.push(sentence);
    words += sentence.split(" ").length;
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length;) {
    const size = 2 + Math.floor(random() * 3);
    paragraphs.push(sentences.slice(i, i + size).join(" "));
    i += size;
  }
  const title = fill(story.kind.headline);
  const iso = published.toISOString().slice(0, 10);
  const slug = `s${String(storyIndex).padStart(5, "0")}-${n}`;
  const text = [
    "---",
    `title: ${JSON.stringify(n === 0 ? title : `${title} (${outlet})`)}`,
    `date: ${iso}`,
    `outlet: ${JSON.stringify(outlet)}`,
    `url: https://example.com/${slug}`,
    `tags: [${JSON.stringify(story.kind.section)}, ${JSON.stringify(story.slots.A)}]`,
    "---",
    "",
    paragraphs.join("\n\n"),
    "",
  ].join("\n");
  return { name: `${iso}-${slug}.md`, text };
}

function shuffle<T>(random: () => number, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}
