import { ancestorsOf, childrenOf, getConcept } from "../extract/topics/iptc-vocabulary.js";
import { slugify } from "../text/slugify.js";
import type { EntityRef, ExtractedArticle, StoryCard, StoryView, TopicView } from "../types.js";
import { topicUrl } from "./site-urls.js";

const MAX_PARTIES = 10;
// A story's leading parties are what a topic page lists as its main actors.
const PARTIES_PER_STORY = 5;

export interface StoryTopics {
  view: StoryView;
  card: StoryCard;
  articles: readonly ExtractedArticle[];
}

/**
 * One view per topic its articles carry, plus every broader IPTC concept above them, so the
 * hierarchy can be browsed from the top: a broader topic lists the stories of its narrower ones.
 */
export function buildTopicViews(stories: readonly StoryTopics[]): TopicView[] {
  const idOf = new Map<string, string>();
  const labelOf = new Map<string, string>();
  const storiesOf = new Map<string, StoryTopics[]>();
  for (const s of stories) {
    const qcodes = new Set<string>();
    for (const a of s.articles) {
      for (const t of a.topics) {
        if (!idOf.has(t.iptc)) {
          idOf.set(t.iptc, t.id);
          labelOf.set(t.iptc, t.label);
        }
        qcodes.add(t.iptc);
        for (const up of ancestorsOf(t.iptc)) {
          if (!idOf.has(up.qcode)) {
            idOf.set(up.qcode, slugify(up.label));
            labelOf.set(up.qcode, up.label);
          }
          qcodes.add(up.qcode);
        }
      }
    }
    for (const q of qcodes) {
      const list = storiesOf.get(q);
      if (list) list.push(s);
      else storiesOf.set(q, [s]);
    }
  }
  const ref = (qcode: string): { id: string; name: string; url: string; iptc: string } => ({
    id: idOf.get(qcode)!,
    name: labelOf.get(qcode)!,
    url: topicUrl(idOf.get(qcode)!),
    iptc: qcode,
  });
  const views: TopicView[] = [];
  for (const [qcode, list] of storiesOf) {
    const concept = getConcept(qcode);
    const parentQcode = concept?.parent;
    const parties = new Map<string, EntityRef & { count: number }>();
    for (const s of list) {
      for (const p of s.view.parties.slice(0, PARTIES_PER_STORY)) {
        const entry = parties.get(p.id) ?? { id: p.id, name: p.name, kind: p.kind, url: p.url, count: 0 };
        entry.count++;
        parties.set(p.id, entry);
      }
    }
    views.push({
      ...(({ id, url, iptc }) => ({ id, url, iptc }))(ref(qcode)),
      label: labelOf.get(qcode)!,
      ...(concept?.definition ? { definition: concept.definition } : {}),
      ...(parentQcode && idOf.has(parentQcode) ? { parent: ref(parentQcode) } : {}),
      children: childrenOf(qcode)
        .filter((c) => storiesOf.has(c.qcode))
        .map((c) => ({ ...ref(c.qcode), count: storiesOf.get(c.qcode)!.length }))
        .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1)),
      stories: list.map((s) => s.card),
      parties: [...parties.values()].sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1)).slice(0, MAX_PARTIES),
    });
  }
  return views.sort((a, b) => b.stories.length - a.stories.length || (a.label < b.label ? -1 : 1));
}
