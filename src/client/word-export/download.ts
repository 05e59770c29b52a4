/**
 * The 下载 Word action, loaded only when the button is clicked (with the docx library): reads the
 * page, writes the .docx and hands it to the browser as a download of 《title》.docx. The file is
 * made on the page and saved through a blob: URL, so it needs no server and no network.
 */
import { readDocumentPage } from './from-page.ts';
import { toDocxBlob } from './to-docx.ts';

/** Characters Windows does not allow in file names. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/gu;

/** A file name for the title: unsafe characters replaced, at most 80 characters, .docx added. */
export function wordFileName(title: string): string {
  const name = [...title.replace(UNSAFE, '_').trim()].slice(0, 80).join('');
  return `${name || '文档'}.docx`;
}

function save(blob: Blob, name: string, page: Document): void {
  const href = URL.createObjectURL(blob);
  const link = page.createElement('a');
  link.href = href;
  link.download = name;
  link.hidden = true;
  page.body.append(link);
  link.click();
  link.remove();
  // The browser has read the blob by the time the download starts; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** Builds the Word file of the document page `page` and starts its download; returns the file name. */
export async function downloadWordFile(page: Document): Promise<string> {
  const doc = readDocumentPage(page);
  const name = wordFileName(doc.title);
  save(await toDocxBlob(doc), name, page);
  return name;
}
