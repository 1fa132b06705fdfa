// The offline topic index (topicIndex.ts) behind LangChain's BaseRetriever, so a different
// retriever can replace it without touching callers that speak LangChain. Loaded only when asked
// for (Understand.langchainRetriever(), tests): a turn calls the index directly.
import { BaseRetriever, type BaseRetrieverInput } from '@langchain/core/retrievers';
import { Document } from '@langchain/core/documents';
import type { CallbackManagerForRetrieverRun } from '@langchain/core/callbacks/manager';
import type { Example } from './data.ts';
import { TopicIndex } from './topicIndex.ts';
import type { Lang } from '../content/topics.ts';

export type TopicRetrieverInput = BaseRetrieverInput &
  ({ index: TopicIndex } | { examples: Example[] }) & { guessLangs?: (text: string) => Lang[] };

export class TopicRetriever extends BaseRetriever {
  static override lc_name(): string {
    return 'WaypointTopicRetriever';
  }
  override lc_namespace = ['waypoint', 'understand'];

  readonly index: TopicIndex;
  private readonly guessLangs: (text: string) => Lang[];

  constructor(fields: TopicRetrieverInput) {
    super(fields);
    this.index = 'index' in fields ? fields.index : new TopicIndex({ examples: fields.examples });
    this.guessLangs = fields.guessLangs ?? (() => []);
  }

  /** LangChain's entry point (`invoke`): one Document per topic, best first, topic in metadata. */
  override async _getRelevantDocuments(query: string, _runManager?: CallbackManagerForRetrieverRun): Promise<Document[]> {
    return this.index.search(query, { langs: this.guessLangs(query), limit: 5 }).map(
      (h) => new Document({ pageContent: h.example, metadata: { topic: h.topic, score: h.score, lang: h.lang } }),
    );
  }
}
