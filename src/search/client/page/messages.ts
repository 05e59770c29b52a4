/**
 * The messages of the search page: the status line above the results (what to type, how many
 * documents matched, or that none did), the error message, and under the results one line per
 * site a federated search left out.
 */
import { SearchError } from '../client.ts';
import type { FederatedClient } from '../federation.ts';
import { add } from '../render.ts';
import type { UrlState } from '../url-state.ts';

/** The status when there is nothing to search for. */
export const PROMPT = '输入要查找的词语。多个词语用空格分开，文档须包含全部词语；引号内的词组按原样查找。';

const quoted = (terms: readonly string[]) => terms.map((t) => `“${t}”`).join('、');

/** The message for an error: ours are in Chinese for the user; anything else gets a Chinese explanation, never the browser's English. */
export function errorMessage(error: unknown): string {
  if (error instanceof SearchError) return error.message;
  return '搜索出错：此浏览器可能缺少全文搜索所需的功能，或搜索索引未能加载。请刷新页面，或换用新版浏览器；也可以按专题、层级、地区、年份浏览文档。';
}

/** Says in `status` how many documents the search found; when none, returns the list for suggestions (suggestions.ts). */
export function renderStatus(status: HTMLElement, count: number, terms: string[], state: UrlState): HTMLUListElement | undefined {
  status.replaceChildren();
  const filtered = Object.keys(state.filters).length > 0;
  if (count > 0) {
    status.append(terms.length ? `${quoted(terms)}：共 ` : '符合筛选条件的文档共 ');
    add(status, 'strong', String(count)).setAttribute('data-search-count', '');
    status.append(terms.length ? ` 篇文档包含${terms.length > 1 ? '全部词语' : '此词语'}${filtered ? '（已筛选）' : ''}` : ' 篇');
    return undefined;
  }
  status.append(terms.length ? `没有找到包含${quoted(terms)}的文档${filtered ? '（在所选范围内）' : ''}，共 ` : '没有符合筛选条件的文档，共 ');
  add(status, 'strong', '0').setAttribute('data-search-count', '');
  status.append(' 篇。');
  const ul = add(status, 'ul');
  ul.className = 'search-suggestions';
  ul.setAttribute('data-search-suggestions', '');
  return ul;
}

/** Lists in `failures` (when the markup has it) the sites of a federated search that were left out. */
export function renderFailures(failures: HTMLUListElement | null, client: FederatedClient): void {
  if (!failures) return;
  const lines = client.failures();
  failures.replaceChildren(...lines.map((f) => add(document.createDocumentFragment(), 'li', f.message)));
  failures.hidden = lines.length === 0;
}
