/** Previous and next document within a document's primary topic, in the topic page's order. */
import type { TopicIndex } from './topic-index.ts';
import type { DocRecord } from './types.ts';

export interface Neighbours {
  prev?: DocRecord;
  next?: DocRecord;
}

/** Neighbours in the main list of `doc`'s first topic; none for duplicates and off-topic documents. */
export function primaryTopicNeighbours(doc: DocRecord, index: TopicIndex): Neighbours {
  const position = index.primaryPosition.get(doc.id);
  const list = index.mainByTopic.get(doc.data.topics[0]);
  if (position === undefined || !list) return {};
  return { prev: list[position - 1], next: list[position + 1] };
}
