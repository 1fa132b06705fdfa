// Topic keywords: words and short phrases that point to a topic on their own, per language
// (data/keywords/<lang>.yaml): synonyms, colloquial and dialect forms ("paycheque", "cheque",
// "ma3ash", "tankhwah"), the words a message uses when it describes a situation without naming
// the topic ("they take money for the room" is about pay). The example phrasings match a message
// as a whole; keywords add evidence word by word, so a long message that mixes several things
// still finds its topics. Same term forms as the danger lists (terms.ts).
import type { KeywordList } from './data.ts';
import { TermMatcher } from './terms.ts';
import type { TopicId } from './topics.ts';

/** Hits a topic needs for full keyword evidence. */
const FULL_AT = 2;

export class TopicKeywords {
  private readonly lists: TopicId[] = [];
  private readonly matcher: TermMatcher;
  /** How many topics list each term (folded as written): a term shared by two topics counts half. */
  private readonly shared = new Map<string, number>();

  constructor(files: readonly KeywordList[]) {
    const terms: string[][] = [];
    for (const f of files) {
      for (const [topic, list] of Object.entries(f.topics) as [TopicId, string[]][]) {
        this.lists.push(topic);
        terms.push(list);
        for (const t of new Set(list)) this.shared.set(t, (this.shared.get(t) ?? 0) + 1);
      }
    }
    this.matcher = new TermMatcher(terms);
  }

  /** Per topic, 0..1: how much keyword evidence the folded text holds. */
  score(folded: string): Map<TopicId, number> {
    const raw = new Map<TopicId, number>();
    const seen = new Set<string>();
    for (const h of this.matcher.findFolded(folded)) {
      const topic = this.lists[h.list]!;
      const key = `${topic}\u0000${h.term}`;
      if (seen.has(key)) continue;
      seen.add(key);
      raw.set(topic, (raw.get(topic) ?? 0) + 1 / (this.shared.get(h.term) ?? 1));
    }
    const out = new Map<TopicId, number>();
    for (const [t, v] of raw) out.set(t, Math.min(1, v / FULL_AT));
    return out;
  }
}
