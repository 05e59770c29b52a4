/** Text that describes a document in one line: list meta lines, dates and citations. */
import type { DocumentData } from '../schemas/document.ts';
import { docTime, timeText, type DatedData } from './doc-time.ts';
import { KIND_LABELS, LEVEL_LABELS } from './labels.ts';

export { formatDate } from './doc-time.ts';

/** `县级 · 疏勒县 · 2010年 · 经验交流`, `县级 · 约2008–2010年（年份存疑） · 讲话` (unknown level and place left out). */
export function metaLine(data: Pick<DocumentData, 'level' | 'place' | 'kind'> & DatedData): string {
  const parts = [
    data.level === 'unknown' ? undefined : LEVEL_LABELS[data.level],
    data.place?.name,
    timeText(docTime(data)),
    KIND_LABELS[data.kind],
  ];
  return parts.filter(Boolean).join(' · ');
}

/** Who a document is by: speaker and organ when both are known. */
export function authorOf(data: Pick<DocumentData, 'speaker' | 'organ'>): string | undefined {
  if (data.speaker && data.organ && !data.speaker.includes(data.organ)) return `${data.organ}${data.speaker}`;
  return data.speaker ?? data.organ;
}

/**
 * A citation line: `疏勒县人大常委会：《标题——副标题》，2010年。人大工作实务知识库，URL`.
 * `pageUrl` is the document's URL (absolute when the build knows the site's address). The date is
 * the best-supported time (docTime), left out when unknown.
 */
export function citation(data: DocumentData, pageUrl: string, siteName = '人大工作实务知识库'): string {
  const author = authorOf(data);
  const title = data.subtitle ? `${data.title}——${data.subtitle}` : data.title;
  const time = docTime(data);
  const date = time.kind === 'unknown' ? '' : `，${time.label}`;
  return `${author ? `${author}：` : ''}《${title}》${date}。${siteName}，${pageUrl}`;
}
