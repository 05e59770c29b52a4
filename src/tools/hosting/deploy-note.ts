/**
 * The Chinese deployment note (部署说明.txt) packed with the site: where the files go, nginx and IIS
 * configuration for the sub-path, caching, MIME types, the CSP header and the portal snippet.
 */
import { portalSnippet } from '../../lib/embed-snippet.ts';
import { EXTRA_MIME_TYPES, FEDERATED_FOLDERS, IMMUTABLE_CACHE, REVALIDATE_CACHE, corsSnippets, iisWebConfig, nginxConfig } from './server-config.ts';

export interface DeployNoteOptions {
  /** Base path the site was built for, e.g. /rdzl/ */
  base: string;
  /** Content-Security-Policy header value. */
  csp: string;
  /** Origin the site will be reached at, e.g. http://kb.example.gov.cn; a placeholder when unknown. */
  origin: string;
  /** True when `origin` is a placeholder the reader must replace. */
  originIsPlaceholder: boolean;
  /** Portal origins the build allows to frame the site (besides itself); empty by default. */
  portalOrigins: readonly string[];
  /** Archive folder name, e.g. rdzl-20261122 */
  folder: string;
  /** Number of files in the site folder. */
  fileCount: number;
  /** Origins allowed to read the search indexes (content/site.yaml `federationReaders`). */
  corsOrigins?: readonly string[];
  /** Origins of the other sites this site's search reads (content/site.yaml `federation`). */
  federationOrigins?: readonly string[];
}

/** Example origin of a portal that searches this site, for the note's snippets when none is configured. */
const EXAMPLE_READER = 'http://city.example.gov.cn';

/** Folder inside the archive that holds the site itself. */
export const SITE_FOLDER = 'site';
/** File name of the nginx example inside the archive. */
export const NGINX_FILE = 'nginx-rdzl.conf';

/**
 * The first lines about embedding: which portals may frame the site. With none configured (the
 * default), an iframe on a portal at another address shows the browser's broken-frame page.
 */
export function embeddingStatus(portalOrigins: readonly string[]): string {
  if (portalOrigins.length === 0) {
    return `注意：本站构建时没有设置可以嵌入本站的门户地址（content/site.yaml 的 embed.portalOrigins 为空），
  内容安全策略为 frame-ancestors 'self'：门户页面与本站地址不同时，iframe 只会显示“拒绝连接”之类的错误图标。
  嵌入前请在 embed.portalOrigins 中填写门户地址（如 http://portal.example.gov.cn）后重新构建、打包，
  或在服务器配置的 frame-ancestors 后面追加门户地址（如 frame-ancestors 'self' http://portal.example.gov.cn）。`;
  }
  return `本站构建时允许以下门户地址嵌入本站（content/site.yaml 的 embed.portalOrigins）：${portalOrigins.join('、')}。
  其他地址的门户页面嵌入时，iframe 会显示错误图标；要增加门户地址，请修改 embed.portalOrigins 后重新构建、打包。`;
}

/** The note, as plain text with \n line ends. */
export function deployNote(o: DeployNoteOptions): string {
  const siteUrl = `${o.origin}${o.base}`;
  const snippet = portalSnippet({ src: `${siteUrl}embed/search/`, id: 'rdzl-search', title: '人大工作实务知识库搜索' });
  const indent = (text: string) => text.trimEnd().split('\n').map((line) => `    ${line}`).join('\n');
  return `人大工作实务知识库 部署说明
==========================

本包：${o.folder}.zip。网站按子路径 ${o.base} 构建，共 ${o.fileCount} 个文件，全部是静态文件，
不需要数据库、不需要连接互联网，不加载任何外部资源。

一、包里有什么
  ${SITE_FOLDER}/            网站本身，放到 Web 服务器上 ${o.base} 对应的目录
  ${SITE_FOLDER}/web.config  IIS 配置（nginx 用不到，可删除）
  ${NGINX_FILE}    nginx 配置示例（与下文第三节相同）
  部署说明.txt     本说明

二、子路径
  网站只能在构建时设定的子路径 ${o.base} 下使用（链接、样式、搜索索引都带这个前缀）。
  若要放在别的路径（如 /zsk/）或改变访问地址，请在源代码目录重新构建并打包：
      BASE_PATH=/zsk/ SITE_URL=http://服务器地址 npm run build
      npm run package
  Windows 命令行写法：set BASE_PATH=/zsk/ 后再运行 npm run build。

三、nginx
  1. 把 ${SITE_FOLDER}/ 里的全部内容复制到 /srv/www${o.base}（或其他目录，相应修改 alias）。
  2. 把下面的 location 加入门户网站的 server { }，然后 nginx -t && nginx -s reload。

${indent(nginxConfig({ base: o.base, csp: o.csp, corsOrigins: o.corsOrigins }))}

四、IIS（Windows Server）
  1. ${o.base === '/' ? '把' : `在网站根目录下新建文件夹 ${windowsPath(o.base)}（或在 IIS 管理器中添加同名虚拟目录），\n     把`} ${SITE_FOLDER}\\ 里的全部内容（包括 web.config）复制${o.base === '/' ? '到网站根目录' : '进去'}。
  2. web.config 已经设置好 MIME 类型、缓存、内容安全策略和 404 页面，一般无需改动。
     如果打开页面出现 500.19 错误，说明服务器级配置锁定了某一节（常见为 httpErrors），
     请在 IIS 管理器“功能委派”中将“错误页”设为“读/写”，或删除 web.config 中的 <httpErrors> 一节。
  3. 其内容如下：

${indent(iisWebConfig({ base: o.base, csp: o.csp, corsOrigins: o.corsOrigins }))}

五、缓存
  ${o.base}_astro/ 下的文件名带内容哈希，内容变了文件名就变，可以长期缓存：
      Cache-Control: ${IMMUTABLE_CACHE}
  其余文件（页面、search-index/ 和 pagefind/ 搜索索引）每次发布文件名不变，应让浏览器每次验证：
      Cache-Control: ${REVALIDATE_CACHE}
  更新网站时直接用新包的 ${SITE_FOLDER}/ 整体替换旧目录即可。

六、MIME 类型
  全文搜索（search-index/ 的 .bin 文件）和 Pagefind 索引的文件扩展名不常见，服务器必须能返回它们（IIS 默认对未知扩展名返回 404）：
${EXTRA_MIME_TYPES.map(([ext, type]) => `      ${ext.padEnd(14)}${type}`).join('\n')}
  这些文件已经压缩过，不要再对它们设置 Content-Encoding。

七、内容安全策略（Content-Security-Policy）
  网站在下面这个响应头下测试通过，建议原样配置（上面的 nginx 和 IIS 配置已包含）：

      Content-Security-Policy: ${o.csp}

  说明：脚本和样式都来自本站文件，没有内联脚本；全文搜索只读取本站 search-index/ 目录下的索引文件，
  不需要 WebAssembly、后台线程（Worker）或 'unsafe-eval'；frame-ancestors 列出允许用 iframe
  嵌入本站的门户地址（见第八节）。

八、嵌入门户
  ${embeddingStatus(o.portalOrigins)}

  门户页面可用 iframe 嵌入本站的搜索（${o.base}embed/search/）或专题列表（${o.base}embed/topics/），
  任何页面加 ?embed=1 也可嵌入。嵌入页面会把自身高度发给门户页面，下面的代码据此调整 iframe 高度。
  把它粘贴到门户页面中需要显示搜索框的位置：
${o.originIsPlaceholder ? `  （${o.origin} 是示例地址，请替换为本站的实际地址。）\n` : ''}
${indent(snippet)}

  文档链接默认在门户页面所在窗口打开；在 iframe 地址后加 ?target=_blank 改为新标签页打开。
  更多说明见网站上的 ${o.base}embed/ 页面。

九、检查部署
  1. 打开 ${siteUrl}，能看到首页，样式正常。
  2. 在搜索框输入“代表工作”，能看到结果，点结果能打开文档并高亮匹配的文字。
  3. 按 F12 打开开发者工具，“控制台”中没有红色错误（特别是 Content-Security-Policy 和 404）。
  4. 打开一个不存在的地址（如 ${siteUrl}no-such-page/），应显示本站的 404 页面。

${federationSection(o)}`;
}

/** Section 十: searching other county sites, and letting them search this one. */
function federationSection(o: DeployNoteOptions): string {
  const readers = o.corsOrigins ?? [];
  const sites = o.federationOrigins ?? [];
  const example = corsSnippets({ base: o.base, csp: o.csp, corsOrigins: readers.length ? readers : [EXAMPLE_READER] });
  const indent = (text: string) => text.split('\n').map((line) => `      ${line}`).join('\n');
  return `十、联合搜索（市、省门户或相邻县一起搜索）
  用本系统建成的各县知识库可以一起搜索：一个网站的搜索页同时查找自己和 content/site.yaml 中
  federation 列出的其他网站，在浏览器中直接读取各网站的静态索引，不需要中心服务器，
  某县新增材料后也不需要重新构建门户。
  本站搜索的其他网站：${sites.length ? sites.join('、') : '无'}。
  这些网站的地址已加入内容安全策略的 connect-src，浏览器不会连接未列出的网站。

  被搜索的网站必须允许搜索方读取它的 ${FEDERATED_FOLDERS.map((f) => `${f}/`).join(' 和 ')} 目录（跨站读取，
  响应头 Access-Control-Allow-Origin），其他文件不需要。允许读取本站索引的网站：
  ${readers.length ? `${readers.join('、')}（上面的 nginx 和 IIS 配置已包含）。` : `无。要允许，请在 content/site.yaml 的 federationReaders 中列出对方地址后重新构建打包，
  或按下面的示例手工添加（${EXAMPLE_READER} 是示例地址）。`}
  nginx（放在第三节的 location ${o.base} { } 里面）：
${indent(example.nginx)}
  IIS（放在 web.config 的 </configuration> 之前）：
${indent(example.iis)}
  每次搜索，搜索方从每个网站读取约 10～30 KB 的索引文件（首次搜索较多），
  某个网站无法访问时，搜索页会注明该网站，其他网站的结果照常显示。
`;
}

/** `/sub/dir/` → `sub\\dir`, the folder under the IIS site root. */
function windowsPath(base: string): string {
  return base.replace(/^\/|\/$/g, '').replace(/\//g, '\\');
}

/** The note as Windows Notepad reads it everywhere: UTF-8 with BOM, CRLF line ends. */
export function forWindows(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\r?\n/g, '\r\n'), 'utf8')]);
}
