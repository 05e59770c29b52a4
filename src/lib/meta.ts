/** Text that describes a document in one line: list meta lines, dates and citations. */
import type { DocumentData } from '../schemas/document.ts';
import { KIND_LABELS, LEVEL_LABELS } from './labels.ts';

/** `2024-04-08` → `2024年4月8日`, `2024-04` → `2024年4月`, `2024` → `2024年`. */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年` + (m ? `${Number(m)}月` : '') + (d ? `${Number(d)}日` : '');
}

/** The date a document is known by: its dateline, else its year, else undefined. */
export function displayDate(data: Pick<DocumentData, 'date' | 'year'>): string | undefined {
  if (data.date) return formatDate(data.date);
  return data.year === null ? undefined : `${data.year}年`;
}

/** `县级 · 疏勒县 · 2010年 · 经验交流` (unknown parts are left out, except the year). */
export function metaLine(data: Pick<DocumentData, 'level' | 'place' | 'year' | 'date' | 'kind'>): string {
  const parts = [
    data.level === 'unknown' ? undefined : LEVEL_LABELS[data.level],
    data.place?.name,
    displayDate(data) ?? '年份不详',
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
 * `pageUrl` is the document's absolute URL.
 */
export function citation(data: DocumentData, pageUrl: string, siteName = '人大工作实务知识库'): string {
  const author = authorOf(data);
  const title = data.subtitle ? `${data.title}——${data.subtitle}` : data.title;
  const date = displayDate(data);
  return `${author ? `${author}：` : ''}《${title}》${date ? `，${date}` : ''}。${siteName}，${pageUrl}`;
}
