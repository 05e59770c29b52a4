/**
 * The 下载 Word button of document pages (src/components/WordExport.astro): shown only when
 * JavaScript runs; a click loads the export (src/client/word-export/download.ts, with the docx
 * library, a separate file the page does not load before) and reports progress in Chinese.
 */

const box = document.querySelector<HTMLElement>('[data-word-export]');
const button = box?.querySelector<HTMLButtonElement>('button');
const status = box?.querySelector<HTMLElement>('[data-word-export-status]');

if (box && button && status) {
  let busy = false;
  box.hidden = false;
  button.addEventListener('click', async () => {
    if (busy) return;
    busy = true;
    button.setAttribute('aria-busy', 'true');
    status.textContent = '正在生成 Word 文件……';
    try {
      const { downloadWordFile } = await import('./download.ts');
      const name = await downloadWordFile(document);
      status.textContent = `已生成 Word 文件“${name}”，请在浏览器的下载内容中查看。`;
    } catch {
      status.textContent = '生成 Word 文件失败，请刷新页面后重试。';
    } finally {
      busy = false;
      button.removeAttribute('aria-busy');
    }
  });
}

// A module, not a global script: its names stay private.
export {};
