/**
 * Site-internal URLs. Every link and asset path a page writes goes through `url()`, so the site
 * works under any base path (`BASE_PATH=/rdzl/ npm run build`).
 */

/** Joins a base path (`/` or `/sub/dir/`) and a site path (`docs/x/`, `/docs/x/`, `#h-1`). */
export function joinBase(base: string, path = ''): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return prefix + path.replace(/^\/+/, '');
}

/** A site path prefixed with the configured base path (`import.meta.env.BASE_URL`). */
export function url(path = ''): string {
  return joinBase(import.meta.env.BASE_URL ?? '/', path);
}

/**
 * The address of a site path for text that leaves the page (citations, embed snippets): absolute
 * when the build knows the site's address (SITE_URL, Astro's `site`), else the path itself: a
 * guessed host such as localhost would be wrong wherever the site is deployed.
 */
export function siteUrl(path: string, site: URL | undefined): string {
  return addressUnder(import.meta.env.BASE_URL ?? '/', path, site);
}

/** `siteUrl` for a given base path, where Astro's `BASE_URL` is not set (integrations). */
export function addressUnder(base: string, path: string, site: URL | string | undefined): string {
  const local = joinBase(base, path);
  return site ? new URL(local, site).href : local;
}
