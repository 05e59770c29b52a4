/**
 * Browser side of embed mode. On a page marked `<html data-embed>` (the /embed/ pages, or any page
 * opened with ?embed=1) it
 * - reports the page height to the parent frame (see embed-protocol.ts for the message), and
 * - makes links open outside the iframe (`target` from ?target= or content/site.yaml), also links
 *   added later (search results), while forms that stay in the frame keep ?embed and ?target.
 * Settings come from `<meta name="rdzl:embed">`, written by components/embed/EmbedSupport.astro.
 */
import {
  heightMessage,
  messageOrigins,
  opensOutsideFrame,
  paramsToKeep,
  resolveLinkTarget,
  type LinkTarget,
} from '../lib/embed-protocol.ts';

/** Starts embed mode when the page is marked for it; does nothing otherwise. */
export function startEmbed(): void {
  const root = document.documentElement;
  if (!root.hasAttribute('data-embed')) return;
  const settings = document.querySelector<HTMLMetaElement>('meta[name="rdzl:embed"]')?.dataset ?? {};
  const base = settings.base ?? '/';
  const target = resolveLinkTarget(location.search, settings.linkTarget);
  const keep = paramsToKeep(location.search);

  const retarget = (scope: ParentNode) => {
    for (const link of scope.querySelectorAll<HTMLAnchorElement>('a[href]')) setLinkTarget(link, target, base);
    for (const form of scope.querySelectorAll<HTMLFormElement>('form')) keepParams(form, keep);
  };
  retarget(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) setLinkTarget(node, target, base);
        if (node instanceof Element) retarget(node);
      }
    }
  }).observe(document.body, { childList: true, subtree: true });

  if (window.parent !== window) reportHeight(settings.portalOrigins?.split(/\s+/) ?? []);
}

function setLinkTarget(link: HTMLAnchorElement, target: LinkTarget, base: string): void {
  if (link.hasAttribute('data-embed-keep')) return;
  if (!opensOutsideFrame(link.getAttribute('href') ?? '', new URL(location.href), base)) return;
  link.target = target;
  if (target === '_blank') link.relList.add('noopener');
}

function keepParams(form: HTMLFormElement, keep: Array<[string, string]>): void {
  if ((form.method || 'get').toLowerCase() !== 'get') return;
  for (const [name, value] of keep) {
    if (form.elements.namedItem(name)) continue;
    const input = document.createElement('input');
    input.type = 'hidden';
    input.name = name;
    input.value = value;
    form.append(input);
  }
}

/** Posts the height now and whenever it changes (ResizeObserver on <html>). */
function reportHeight(portalOrigins: string[]): void {
  const origins = messageOrigins(portalOrigins);
  let last = -1;
  const send = (force: boolean) => {
    const message = heightMessage(document.documentElement.getBoundingClientRect().height, location.pathname);
    if (message.height === last && !force) return;
    last = message.height;
    for (const origin of origins) window.parent.postMessage(message, origin);
  };
  new ResizeObserver(() => send(false)).observe(document.documentElement);
  // Once more after load, for a portal whose listener was attached late.
  window.addEventListener('load', () => send(true));
}
