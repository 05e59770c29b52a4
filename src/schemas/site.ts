/** The schema of content/site.yaml: site name, contact, embedding and federation settings. */
import { z } from 'astro/zod';
import { LINK_TARGETS } from '../lib/embed-protocol.ts';

/** An origin such as http://portal.example.gov.cn (scheme, host, optional port; no path). */
const origin = z
  .string()
  .refine((url) => /^https?:\/\/[^/\s'";]+$/.test(url), '要写成来源地址，如 http://portal.example.gov.cn（不带路径，末尾不加 /）');

/** The address of another site built by this project: http(s), with its base path; a trailing `/` is added. */
const siteUrl = z
  .string()
  .refine((url) => /^https?:\/\/[^/\s'";?#]+(\/[^\s'";?#]*)?$/.test(url), '要写成站点地址，如 http://county.example/rdzl/')
  .transform((url) => (url.endsWith('/') ? url : `${url}/`));

/** content/site.yaml; every setting may be left out (an empty or missing file gives the defaults). */
export const siteConfigSchema = z.preprocess(
  (data) => data ?? {},
  z.object({
    name: z.string().min(1).default('人大工作实务知识库'),
    contact: z.string().min(1).default('请联系本单位信息化管理员'),
    embed: z
      .object({
        linkTarget: z.enum(LINK_TARGETS).default('_parent'),
        portalOrigins: z.array(origin).default([]),
      })
      .default({ linkTarget: '_parent', portalOrigins: [] }),
    federation: z.array(z.object({ name: z.string().min(1), url: siteUrl })).default([]),
    federationReaders: z.array(origin).default([]),
  }),
);
