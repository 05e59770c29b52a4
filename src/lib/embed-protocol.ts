/**
 * What an embedded page and the portal page around it agree on. Pure functions, shared by the
 * browser module (embed-client.ts), the documented portal snippet (embed-snippet.ts) and the tests.
 *
 * Message from the embedded page to its parent, sent whenever the page's height changes:
 *   { type: 'rdzl:height', height: <CSS pixels, integer>, path: <location.pathname of the embedded page> }
 */

/** `type` of the height message. */
export const HEIGHT_MESSAGE_TYPE = 'rdzl:height';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE_TYPE;
  height: number;
  path: string;
}

/** Where a link inside an embedded page opens. */
export const LINK_TARGETS = ['_parent', '_blank', '_top'] as const;
export type LinkTarget = (typeof LINK_TARGETS)[number];

/**
 * Query parameter that turns any page into its embedded form (`?embed=1`), read before the page
 * is drawn by public/embed-mode.js.
 */
export const EMBED_PARAM = 'embed';
/** Query parameter that overrides the configured link target (`?target=_blank`). */
export const TARGET_PARAM = 'target';

/** Builds the height message. */
export function heightMessage(height: number, path: string): HeightMessage {
  return { type: HEIGHT_MESSAGE_TYPE, height: Math.ceil(height), path };
}

/** True for a well-formed height message (what a portal's listener should check). */
export function isHeightMessage(data: unknown): data is HeightMessage {
  const m = data as Partial<HeightMessage> | null;
  return (
    typeof m === 'object' && m !== null && m.type === HEIGHT_MESSAGE_TYPE &&
    typeof m.height === 'number' && Number.isFinite(m.height) && m.height >= 0
  );
}

/** The link target: `?target=` when it is a valid one, else the configured default. */
export function resolveLinkTarget(search: string, configured: string | undefined): LinkTarget {
  const asked = new URLSearchParams(search).get(TARGET_PARAM);
  if (isLinkTarget(asked)) return asked;
  return isLinkTarget(configured) ? configured : '_parent';
}

function isLinkTarget(value: string | null | undefined): value is LinkTarget {
  return (LINK_TARGETS as readonly string[]).includes(value ?? '');
}

/**
 * The targetOrigin arguments for postMessage: one message per configured portal origin (the
 * browser drops those that do not match the parent), or `*` when none is configured.
 */
export function messageOrigins(portalOrigins: readonly string[]): string[] {
  const origins = portalOrigins.filter(Boolean);
  return origins.length > 0 ? [...origins] : ['*'];
}

/**
 * Whether a link in an embedded page should open outside the iframe: every link leaves the frame
 * except in-page anchors and links to the embed pages themselves (`<base>embed/…`).
 */
export function opensOutsideFrame(href: string, page: URL, base: string): boolean {
  let target: URL;
  try {
    target = new URL(href, page);
  } catch {
    return false;
  }
  if (target.origin === page.origin && target.pathname === page.pathname && target.search === page.search && target.hash) {
    return false;
  }
  const embedRoot = `${base.endsWith('/') ? base : `${base}/`}embed/`;
  return !(target.origin === page.origin && target.pathname.startsWith(embedRoot));
}

/**
 * Query parameters an in-frame navigation (a form submit) must keep so the next page is still
 * embedded the same way: `embed` and `target` when present.
 */
export function paramsToKeep(search: string): Array<[string, string]> {
  const params = new URLSearchParams(search);
  return [EMBED_PARAM, TARGET_PARAM].flatMap((name) => {
    const value = params.get(name);
    return value === null ? [] : [[name, value] as [string, string]];
  });
}
