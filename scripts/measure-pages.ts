/**
 * Transfer size per page type of the built site (dist/): the page's HTML plus the stylesheets and
 * scripts it loads, raw and gzip-compressed (as nginx/IIS would serve them). `npm run measure:pages
 * [-- --dist DIR]` after `npm run build` (src/tools/bench/page-weight.ts). A typical document page
 * should stay within 60 KB gzip.
 */
import { measurePageWeights, pageWeightTable } from '../src/tools/bench/page-weight.ts';
import { parseCommand, type CommandSpec } from './lib/cli.ts';

const MEASURE_PAGES = {
  name: 'npm run measure:pages --',
  summary: '按页面类型打印已构建站点每页的传输大小：HTML 加它加载的样式表和脚本，原始大小和 gzip 压缩后（与 nginx、IIS 相同）。先 npm run build。',
  options: {
    dist: { type: 'string', value: 'DIR', default: 'dist', description: '已构建站点的文件夹' },
  },
  examples: [
    ['npm run build && npm run measure:pages', '量 dist/'],
    ['npm run measure:pages -- --dist /tmp/site', '量另一个构建'],
  ],
} satisfies CommandSpec;

const { values } = parseCommand(MEASURE_PAGES);
for (const line of pageWeightTable(measurePageWeights(values.dist))) console.log(line);
