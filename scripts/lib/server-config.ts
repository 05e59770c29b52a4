/**
 * Web-server configuration for hosting the built site under a sub-path: nginx and IIS (web.config),
 * with the MIME types of the search indexes' files, long caching of hashed assets and the CSP header.
 * Written into the package and its deployment note (scripts/package.ts).
 */

export interface ServerConfigOptions {
  /** Base path the site was built for, e.g. /rdzl/ */
  base: string;
  /** Content-Security-Policy header value (src/lib/csp.ts). */
  csp: string;
}

/** File extensions the site ships that servers may not know, with their MIME types. */
export const EXTRA_MIME_TYPES: Array<[string, string]> = [
  ['.bin', 'application/octet-stream'],
  ['.wasm', 'application/wasm'],
  ['.pagefind', 'application/octet-stream'],
  ['.pf_meta', 'application/octet-stream'],
  ['.pf_index', 'application/octet-stream'],
  ['.pf_fragment', 'application/octet-stream'],
  ['.json', 'application/json'],
  ['.webmanifest', 'application/manifest+json'],
];

/** Cache-Control for content-hashed files under <base>_astro/. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/** Cache-Control for everything else: pages and the search index keep their names across releases. */
export const REVALIDATE_CACHE = 'no-cache';

/** An nginx `location` block for the site, to put inside the portal's `server { }`. */
export function nginxConfig({ base, csp }: ServerConfigOptions): string {
  const headers = (cache: string) =>
    [
      `add_header Content-Security-Policy "${csp}" always;`,
      'add_header X-Content-Type-Options "nosniff" always;',
      `add_header Cache-Control "${cache}" always;`,
    ];
  const types = EXTRA_MIME_TYPES.map(([ext, type]) => `${type} ${ext.slice(1)};`);
  return [
    `# 人大工作实务知识库，部署在 ${base} 下。放进门户网站的 server { } 中。`,
    `location ${base} {`,
    '    # 解压后 site 文件夹的位置；结尾的 / 不能少。',
    `    alias /srv/www${base};`,
    '    index index.html;',
    `    error_page 404 ${base}404.html;`,
    '',
    '    # 本站文件的 MIME 类型（在默认的 mime.types 之外补充）。',
    '    include mime.types;',
    '    types {',
    ...types.map((t) => `        ${t}`),
    '    }',
    '',
    '    # 注意：nginx 的 add_header 不会继承到含有 add_header 的子 location，所以下面各写一遍。',
    ...headers(REVALIDATE_CACHE).map((h) => `    ${h}`),
    '',
    '    # 文件名带内容哈希的资源，可长期缓存。',
    `    location ${base}_astro/ {`,
    ...headers(IMMUTABLE_CACHE).map((h) => `        ${h}`),
    '    }',
    '}',
    '',
  ].join('\n');
}

/** web.config for IIS, placed in the site folder itself (IIS reads it for that folder). */
export function iisWebConfig({ base, csp }: ServerConfigOptions): string {
  const xml = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const mime = EXTRA_MIME_TYPES.flatMap(([ext, type]) => [
    `      <remove fileExtension="${ext}" />`,
    `      <mimeMap fileExtension="${ext}" mimeType="${type}" />`,
  ]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- 人大工作实务知识库（部署在 ${xml(base)} 下）的 IIS 配置：MIME 类型、缓存、内容安全策略、404 页面。 -->`,
    '<configuration>',
    '  <system.webServer>',
    '    <staticContent>',
    ...mime,
    '      <clientCache cacheControlMode="DisableCache" />',
    '    </staticContent>',
    '    <httpProtocol>',
    '      <customHeaders>',
    `        <add name="Content-Security-Policy" value="${xml(csp)}" />`,
    '        <add name="X-Content-Type-Options" value="nosniff" />',
    '      </customHeaders>',
    '    </httpProtocol>',
    '    <httpErrors errorMode="Custom" existingResponse="Replace">',
    '      <remove statusCode="404" />',
    `      <error statusCode="404" path="${xml(base)}404.html" responseMode="ExecuteURL" />`,
    '    </httpErrors>',
    '  </system.webServer>',
    '  <location path="_astro">',
    '    <system.webServer>',
    '      <staticContent>',
    '        <clientCache cacheControlMode="UseMaxAge" cacheControlMaxAge="365.00:00:00" cacheControlCustom="public, immutable" />',
    '      </staticContent>',
    '    </system.webServer>',
    '  </location>',
    '</configuration>',
    '',
  ].join('\n');
}
