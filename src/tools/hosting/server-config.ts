/**
 * Web-server configuration for hosting the built site under a sub-path: nginx and IIS (web.config),
 * with the MIME types of the search indexes' files, long caching of hashed assets and the CSP header.
 * Written into the package and its deployment note (package.ts).
 */

export interface ServerConfigOptions {
  /** Base path the site was built for, e.g. /rdzl/ */
  base: string;
  /** Content-Security-Policy header value (src/lib/csp.ts). */
  csp: string;
  /**
   * Origins of the sites allowed to read the search indexes for a federated search
   * (content/site.yaml `federationReaders`): they get Access-Control-Allow-Origin on those folders only.
   */
  corsOrigins?: readonly string[];
}

/** The folders other sites read for a federated search: the only ones with a CORS header. */
export const FEDERATED_FOLDERS = ['search-index', 'pagefind'] as const;

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

/** The nginx add_header lines every location of the site repeats. */
function nginxHeaders(csp: string, cache: string): string[] {
  return [
    `add_header Content-Security-Policy "${csp}" always;`,
    'add_header X-Content-Type-Options "nosniff" always;',
    `add_header Cache-Control "${cache}" always;`,
  ];
}

/** The configuration that lets `corsOrigins` read the search indexes, alone: for the deployment note. */
export function corsSnippets({ base, csp, corsOrigins = [] }: ServerConfigOptions): { nginx: string; iis: string } {
  const xml = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return {
    nginx: nginxCors(base, corsOrigins, nginxHeaders(csp, REVALIDATE_CACHE)).join('\n').replace(/^\n+/, '').replace(/^    /gm, ''),
    iis: iisCors(corsOrigins, xml).join('\n'),
  };
}

/** An nginx `location` block for the site, to put inside the portal's `server { }`. */
export function nginxConfig({ base, csp, corsOrigins = [] }: ServerConfigOptions): string {
  const headers = (cache: string) => nginxHeaders(csp, cache);
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
    ...nginxCors(base, corsOrigins, headers(REVALIDATE_CACHE)),
    '}',
    '',
  ].join('\n');
}

/**
 * web.config locations that let `origins` read the search indexes. IIS sends a fixed header, so
 * several origins are allowed as `*` (the index files are public and read without credentials).
 */
function iisCors(origins: readonly string[], xml: (value: string) => string): string[] {
  if (origins.length === 0) return [];
  const value = origins.length === 1 ? origins[0] : '*';
  return [
    `  <!-- 联合搜索：允许 ${xml(origins.join('、'))} 读取本站的搜索索引${origins.length > 1 ? '（IIS 只能发送固定的值，多个网站时为 *）' : ''}。 -->`,
    ...FEDERATED_FOLDERS.flatMap((folder) => [
      `  <location path="${folder}">`,
      '    <system.webServer>',
      '      <httpProtocol>',
      '        <customHeaders>',
      `          <add name="Access-Control-Allow-Origin" value="${xml(value)}" />`,
      '        </customHeaders>',
      '      </httpProtocol>',
      '    </system.webServer>',
      '  </location>',
    ]),
  ];
}

/**
 * nginx locations that let `origins` read the search indexes (an `if` repeats the location's
 * headers, since nginx drops them where a nested block adds its own); none without origins.
 */
function nginxCors(base: string, origins: readonly string[], headers: readonly string[]): string[] {
  if (origins.length === 0) return [];
  const pattern = `^(${origins.map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`;
  return [
    '',
    '    # 联合搜索：只允许 content/site.yaml 中 federationReaders 列出的网站读取本站的搜索索引。',
    ...FEDERATED_FOLDERS.flatMap((folder) => [
      `    location ${base}${folder}/ {`,
      '        add_header Vary "Origin" always;',
      ...headers.map((h) => `        ${h}`),
      `        if ($http_origin ~ "${pattern}") {`,
      '            add_header Access-Control-Allow-Origin "$http_origin" always;',
      '            add_header Vary "Origin" always;',
      ...headers.map((h) => `            ${h}`),
      '        }',
      '    }',
    ]),
  ];
}

/** web.config for IIS, placed in the site folder itself (IIS reads it for that folder). */
export function iisWebConfig({ base, csp, corsOrigins = [] }: ServerConfigOptions): string {
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
    ...iisCors(corsOrigins, xml),
    '</configuration>',
    '',
  ].join('\n');
}
