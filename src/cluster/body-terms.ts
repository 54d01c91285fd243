import { contentTerms } from "./content-terms.js";
import { grown } from "../grown.js";
import { TermTally } from "./term-vectors.js";

/** An article's body term counts: term ids (see `BodyTerms.term`) and their counts, in the order the words first occur. */
export interface TermCounts {
  ids: Int32Array;
  counts: Int32Array;
}

/**
 * The content words of each article's sentences, counted once per build and shared by the
 * stages that weigh words against the whole site (grouping, threads and the digest's summaries):
 * tokenising every article was the largest part of each. Read from the counts extraction stored
 * with the article when it has them (`sentenceTerms`), else counted here. Keyed by the sentence
 * list itself, so two records with one id never mix.
 *
 * Terms are numbered as they are first seen, and an article's counts are two typed arrays of
 * those numbers: grouping weighs every article's words at every build, and a map per article
 * (with a string per entry) was the largest share of that stage's allocations at 10,000 articles.
 */
export class BodyTerms {
  private readonly counted = new Map<readonly string[], TermCounts>();
  private readonly ids = new Map<string, number>();
  /** Every term seen so far, one string each, by id. */
  private readonly vocabulary: string[] = [];
  /** Which read last met each term id (readSentenceTerms), so a term twice is noticed without a set per article. */
  private seen: Int32Array = new Int32Array(1024);
  private reads = 0;
  private readonly tallied = new TermTally();

  /** How many terms have an id: every id is below this. */
  get size(): number {
    return this.vocabulary.length;
  }

  /** The term's id, given at first sight. */
  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.vocabulary.length;
      this.vocabulary.push(term);
      this.ids.set(term, id);
    }
    return id;
  }

  /** The term's id if it has one, without giving one. */
  idIfKnown(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** The term of an id. */
  term(id: number): string {
    return this.vocabulary[id]!;
  }

  /** How often each content word occurs in the article's sentences, by term id. */
  countsOf(article: { sentences: readonly string[]; sentenceTerms?: string }): TermCounts {
    let counts = this.counted.get(article.sentences);
    if (!counts) {
      counts =
        (article.sentenceTerms !== undefined ? this.readSentenceTerms(article.sentenceTerms) : undefined) ??
        this.tally(contentTerms(article.sentences.join("\n")));
      this.counted.set(article.sentences, counts);
    }
    return counts;
  }

  /**
   * Forgets the counts of every sentence list but `kept`'s (the articles of the build just made),
   * for a process that builds again and again and keeps this instance (`digest serve`): counts are
   * found by the sentence list itself, which an unchanged article keeps from one build to the next.
   * False when most of the vocabulary is no longer used by them (articles removed or edited): the
   * caller should start afresh rather than keep numbering dead terms.
   */
  retain(kept: Iterable<{ sentences: readonly string[] }>): boolean {
    const lists = new Set<readonly string[]>();
    for (const { sentences } of kept) lists.add(sentences);
    for (const list of this.counted.keys()) if (!lists.has(list)) this.counted.delete(list);
    const live = new Uint8Array(this.vocabulary.length);
    let used = 0;
    for (const { ids } of this.counted.values())
      for (const id of ids)
        if (live[id] === 0) {
          live[id] = 1;
          used++;
        }
    return used * 2 >= this.vocabulary.length;
  }

  /** The counts of a list of terms, in the order they first occur. */
  tally(terms: readonly string[]): TermCounts {
    for (const term of terms) this.tallied.add(this.id(term), 1);
    return this.tallied.take();
  }

  /** The counts `countSentenceTerms` wrote, in the same order; undefined when the text is not of that form. */
  private readSentenceTerms(text: string): TermCounts | undefined {
    if (text === "") return { ids: new Int32Array(0), counts: new Int32Array(0) };
    const parts = text.split(" ");
    if (parts.length % 2 !== 0) return undefined;
    const ids = new Int32Array(parts.length / 2);
    const counts = new Int32Array(parts.length / 2);
    const read = ++this.reads;
    for (let k = 0; k < parts.length; k += 2) {
      const n = Number(parts[k + 1]);
      if (!Number.isInteger(n) || n < 1 || n > 0x7fffffff) return undefined;
      const id = this.id(parts[k]!);
      // A term twice is not what countSentenceTerms writes.
      if (this.seen.length <= id) this.seen = grown(this.seen, id + 1);
      if (this.seen[id] === read) return undefined;
      this.seen[id] = read;
      ids[k / 2] = id;
      counts[k / 2] = n;
    }
    return { ids, counts };
  }
}
