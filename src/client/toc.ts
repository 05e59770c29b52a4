/**
 * The table of contents (目录) is a <details> element, closed in the HTML so that phones see the
 * text first; on wide screens, where it sits beside the text, it opens on load. Without
 * JavaScript it stays one click away (CSS opens it where the browser supports ::details-content).
 */
const WIDE = '(min-width: 64rem)';

if (matchMedia(WIDE).matches) {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-outline]')) details.open = true;
}

export {};
