/**
 * Screenshots of the main page types at desktop (1280 px) and phone (375 px) widths, for looking
 * at the layout: `npm run shots -- [outDir] [--dist DIR]` (default /tmp/shots) after `npm run build`.
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../src/tools/browser.ts';
import { exitWithUsage, parseCommand, type CommandSpec } from './lib/cli.ts';
import { startStaticServer } from '../src/tools/hosting/static-server.ts';

const SHOTS = {
  name: 'npm run shots --',
  positionals: '[输出文件夹]',
  summary: '在无头 Chromium 中以 1280 px 和 375 px 宽度给主要页面类型截图（整页；手机宽度另存前 1600 px），并报告横向溢出。先 npm run build。\n输出文件夹默认 /tmp/shots。',
  options: {
    dist: { type: 'string', value: 'DIR', default: 'dist', description: '已构建站点的文件夹' },
  },
  examples: [
    ['npm run shots', '截图到 /tmp/shots/'],
    ['npm run shots -- /tmp/new --dist /tmp/site', '给另一个构建截图到 /tmp/new/'],
  ],
} satisfies CommandSpec;

const { values, positionals } = parseCommand(SHOTS);
if (positionals.length > 1) exitWithUsage(SHOTS, `多余的参数 ${positionals[1]}`);
const outDir = positionals[0] ?? '/tmp/shots';
/** Page type → site path; the document and topic are the first ones linked from the home page. */
const pages: Record<string, string> = { home: '', topics: 'topics/', docs: 'docs/', guide: 'guide/', '404': '404.html' };

mkdirSync(outDir, { recursive: true });
const server = await startStaticServer({ root: values.dist });
const browser = await launchBrowser();
try {
  const probe = await browser.newPage();
  await probe.goto(server.url);
  pages.topic = (await probe.getAttribute('.tile', 'href'))!.slice(1);
  pages.document = (await probe.getAttribute('.doc-list__title', 'href'))!.slice(1);
  await probe.goto(server.url + 'guide/');
  pages['guide-page'] = (await probe.getAttribute('.tile', 'href'))!.slice(1);
  for (const width of [1280, 375]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(server.url + path);
      const file = `${outDir}/${name}-${width}.png`;
      await page.screenshot({ path: file, fullPage: true });
      // Full phone pages are too tall to look at once: also save the first 1600 px.
      if (width < 600) await page.screenshot({ path: file.replace('.png', '-top.png'), clip: { x: 0, y: 0, width, height: 1600 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      console.log(`${file}${overflow > 0 ? `  (horizontal overflow ${overflow}px)` : ''}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
