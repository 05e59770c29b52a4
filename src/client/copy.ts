/**
 * Progressive enhancement for document pages: the URL shown in the citation and the print
 * footer becomes the address the page was really opened at (the build may not know the intranet
 * host), 复制引用 copies the citation, and a heading's # link also copies the section's URL.
 * Without JavaScript the citation is selectable text and # links still jump to their section.
 */

/** The page's address without query and fragment. */
function pageUrl(): string {
  return location.origin + location.pathname;
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

function flash(element: HTMLElement, attribute: string): void {
  element.setAttribute(attribute, '');
  setTimeout(() => element.removeAttribute(attribute), 2000);
}

for (const span of document.querySelectorAll<HTMLElement>('[data-page-url]')) span.textContent = pageUrl();

const status = document.querySelector<HTMLElement>('[data-copy-status]');
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
  const target = document.getElementById(button.dataset.copyTarget ?? '');
  if (!target) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const ok = await copyText(target.textContent?.trim() ?? '');
    if (status) status.textContent = ok ? '引用已复制到剪贴板。' : '复制失败，请手动选择文字复制。';
    flash(button, 'data-copied');
  });
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a.heading-link')) {
  link.addEventListener('click', () => {
    void copyText(pageUrl() + link.hash).then((ok) => {
      if (ok) flash(link, 'data-copied');
    });
  });
}

// A module, not a global script: its names stay private.
export {};
