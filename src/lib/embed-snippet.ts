/**
 * The copy-paste snippet for a portal page: an iframe of an embed page plus a listener that sizes
 * it from the height messages (embed-protocol.ts). Shown on /embed/, written into the deployment
 * note, and used verbatim by the embed browser test. Plain ES5, so old portal pages can carry it.
 */
import { HEIGHT_MESSAGE_TYPE } from './embed-protocol.ts';

/** Placeholder origin for snippets when the build or package does not know the site's address (no SITE_URL). */
export const EXAMPLE_ORIGIN = 'http://kb.example.gov.cn';

export interface SnippetOptions {
  /** Absolute URL of the embed page, e.g. http://kb.example.gov.cn/rdzl/embed/search/ */
  src: string;
  /** id of the iframe element, unique on the portal page. */
  id: string;
  /** Accessible name of the iframe. */
  title: string;
  /** Height before the first message arrives, in pixels. */
  initialHeight?: number;
}

/** The HTML to paste into a portal page. */
export function portalSnippet({ src, id, title, initialHeight = 480 }: SnippetOptions): string {
  const origin = new URL(src).origin;
  const attr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const js = (value: string) => JSON.stringify(value).replace(/</g, '\\u003c');
  return `<iframe id="${attr(id)}" src="${attr(src)}" title="${attr(title)}"
        style="display:block;width:100%;height:${initialHeight}px;border:0"></iframe>
<script>
  (function () {
    var frame = document.getElementById(${js(id)});
    window.addEventListener('message', function (event) {
      var data = event.data;
      if (event.origin !== ${js(origin)} || event.source !== frame.contentWindow) return;
      if (!data || data.type !== ${js(HEIGHT_MESSAGE_TYPE)} || typeof data.height !== 'number') return;
      frame.style.height = Math.max(0, Math.ceil(data.height)) + 'px';
    });
  })();
</script>`;
}
