/**
 * The Markdown processor of the site: astro.config.mjs gives it to Astro (guides, MDX documents)
 * and src/lib/render-document.ts renders Markdown documents with it when their page is built.
 * Documents show their text as written: no smart punctuation ("x" stays "x", -- and ... stay),
 * and no GFM, whose autolinks turned a URL in the text, with the Chinese after it, into a link.
 * Headings get ASCII ids (h-1, h-1-2, …) and a link to their own anchor.
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeHeadingIds from './plugins/rehype-heading-ids.ts';
import rehypeHeadingLinks from './plugins/rehype-heading-links.ts';

export const markdownProcessor = unified({ gfm: false, smartypants: false, rehypePlugins: [rehypeHeadingIds, rehypeHeadingLinks] });
