/**
 * The Content-Security-Policy the site is built and tested to run under. One definition for the
 * browser tests, `npm run preview` and the deployment note, so the documented header is the tested one.
 *
 * - Scripts and styles come only from the site's own files: the build inlines nothing
 *   (astro.config.mjs: build.inlineStylesheets 'never', vite assetsInlineLimit 0).
 * - Search runs on the page itself: it fetches its gzip index shards (connect-src 'self') and
 *   unzips them with DecompressionStream. It needs no WebAssembly and no Worker, so neither
 *   'wasm-unsafe-eval' nor worker-src is granted. (Pagefind's own UI, which the site does not load,
 *   would need 'wasm-unsafe-eval' and worker-src 'self' for pagefind/pagefind-worker.js.)
 * - connect-src adds the origins of the sites the search also covers (content/site.yaml
 *   `federation`): no other site is ever contacted.
 * - 下载 Word builds its .docx on the page and saves it through a blob: URL with <a download>: a
 *   download, which no directive governs, so nothing is granted for it.
 * - frame-ancestors lists the portal origins allowed to embed the site (content/site.yaml).
 */
import type { SiteConfig } from './site-config.ts';

export interface CspOptions {
  /** Origins allowed to show the site in an iframe, besides the site itself. */
  frameAncestors?: readonly string[];
  /** Origins the page may fetch from, besides the site itself (other sites' search indexes). */
  connectSources?: readonly string[];
}

/** The policy's options from the site's settings: portals that may frame it, sites it searches. */
export function cspOptions(config: Pick<SiteConfig, 'embed' | 'federation'>): Required<CspOptions> {
  return {
    frameAncestors: config.embed.portalOrigins,
    connectSources: [...new Set(config.federation.map((site) => new URL(site.url).origin))],
  };
}

/** The policy as an ordered list of [directive, sources]. */
export function cspDirectives(options: CspOptions = {}): Array<[string, string[]]> {
  return [
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['connect-src', ["'self'", ...(options.connectSources ?? [])]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'"]],
    ['font-src', ["'self'"]],
    ['manifest-src', ["'self'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'self'", ...(options.frameAncestors ?? [])]],
  ];
}

/** The header value, e.g. `default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; …`. */
export function contentSecurityPolicy(options: CspOptions = {}): string {
  return cspDirectives(options)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
