/**
 * The review page: the ingest report as one self-contained HTML file an editor opens in a browser
 * (written next to the JSON report; not part of the published site). It shows every document with
 * its flags, every removed span struck through in its source line and named by kind, the title
 * texts considered, the evidence for each field (the year's above all), and how to correct a value
 * in overrides.yaml. Every piece of text is escaped; the page loads nothing and runs no script.
 */
import { ALTERATION_LABELS, FACET_LABELS, KIND_LABELS, LEVEL_LABELS } from '../lib/labels.ts';
import type { DocumentReport, IngestReport } from './report.ts';
import type { RemovalKind } from './types.ts';

/** File name of the review page, in the folder of the JSON report. */
export const REVIEW_PAGE_NAME = 'ingest-review.html';

/** What each removal kind is called on the page. */
const REMOVAL_LABELS: Partial<Record<RemovalKind, string>> = {
  marker: '篇目标记',
  teaser: '文件开头的预览',
  watermark: '水印、广告',
  boilerplate: '网站提示',
  'page-number': '页码',
  invisible: '不可见字符',
  'duplicate-title': '重复的标题',
  outline: '提纲',
  pinyin: '拼音注音',
  'junk-suffix': '标题后缀',
  whitespace: '空白',
  placeholder: '空的占位符',
  preamble: '汇编前言',
  empty: '空内容',
};

/** Field names of the evidence, in the order shown. */
const EVIDENCE_LABELS: Record<string, string> = {
  kind: FACET_LABELS.kind,
  level: FACET_LABELS.level,
  year: FACET_LABELS.year,
  date: '日期',
  era: '年代线索',
  yearConflict: '年份矛盾',
  place: FACET_LABELS.place,
  topics: FACET_LABELS.topic,
  onTopic: '是否人大工作',
  altered: '文本改动',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/** Shows characters that would be invisible (zero-width, controls, private use) as their code points. */
function visible(text: string): string {
  return text.replace(/(?![\n\t])[\p{Cc}\p{Cf}\p{Co}\p{Zl}\p{Zp}]/gu, (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/** Escaped, with invisible characters shown. */
const text = (s: string) => escapeHtml(visible(s));

/** The flags of a document, as [css class, label]. */
function flags(doc: DocumentReport): [string, string][] {
  const out: [string, string][] = [];
  if (doc.duplicateOf) out.push(['dup', `重复（保留 ${doc.duplicateOf}）`]);
  if (!doc.onTopic) out.push(['off', '非人大工作']);
  if (doc.yearConflict) out.push(['warn', '年份存疑']);
  for (const a of doc.altered ?? []) out.push([a.kind === 'placeholder' ? 'note' : 'warn', ALTERATION_LABELS[a.kind]]);
  if (doc.removed.length) out.push(['info', `删除 ${doc.removed.length} 处`]);
  return out;
}

const badges = (doc: DocumentReport) => flags(doc).map(([cls, label]) => `<span class="flag ${cls}">${text(label)}</span>`).join(' ');

/** One document's section. */
function documentSection(doc: DocumentReport, overridesFile: string): string {
  const fields: [string, string][] = [
    ['标题', doc.title],
    [FACET_LABELS.kind, `${KIND_LABELS[doc.kind as keyof typeof KIND_LABELS] ?? doc.kind}（kind: ${doc.kind}）`],
    [FACET_LABELS.level, `${LEVEL_LABELS[doc.level as keyof typeof LEVEL_LABELS] ?? doc.level}（level: ${doc.level}）`],
    [FACET_LABELS.year, doc.year === null ? '不详（year: null）' : `${doc.year}（year: ${doc.year}）`],
    [FACET_LABELS.place, doc.place ?? '未定'],
    [FACET_LABELS.topic, doc.topics.join('、')],
  ];
  const candidates = doc.titleCandidates.length
    ? `<ol class="candidates">${doc.titleCandidates
        .map((c) => `<li${c.chosen ? ' class="chosen"' : ''}>${text(c.text)} <span class="muted">— ${text(c.source)}${c.chosen ? '，采用' : ''}</span></li>`)
        .join('')}</ol>`
    : '<p class="muted">（无记录）</p>';
  const evidence = Object.entries(doc.evidence ?? {})
    .filter(([, v]) => typeof v === 'string' && v)
    .map(([k, v]) => `<tr><th>${text(EVIDENCE_LABELS[k] ?? k)}</th><td>${text(String(v))}</td></tr>`)
    .join('');
  const year = [doc.evidence?.year ?? (doc.year === null ? (doc.evidence?.era ? '没有落款日期，正文的年代线索不能确定到某一年' : '没有落款日期，正文也没有年代线索') : ''), doc.yearConflict ? `矛盾：${doc.yearConflict}` : '', doc.evidence?.era ? `线索：${doc.evidence.era}` : '']
    .filter(Boolean)
    .map((s) => `<li>${text(s)}</li>`)
    .join('');
  const altered = (doc.altered ?? [])
    .map((a) => `<li>${text(ALTERATION_LABELS[a.kind])} ${a.count} 处：${a.examples.map((e) => `<q>${text(e)}</q>`).join('、')}</li>`)
    .join('');
  const removals = doc.removed
    .map((r) => {
      const label = REMOVAL_LABELS[r.kind] ?? r.kind;
      const around = 'before' in r ? [r.before, r.after] : ['', ''];
      return (
        `<tr data-kind="${escapeHtml(r.kind)}"><td class="num">${r.line}</td><td><span class="kind">${text(label)}</span><br><code>${escapeHtml(r.kind)}</code></td>` +
        `<td class="context">${text(around[0]!)}<del title="${escapeHtml(label)}">${text(r.text) || '（空白）'}</del>${text(around[1]!)}</td></tr>`
      );
    })
    .join('');
  const example = `${doc.id}:\n  title: ${JSON.stringify(doc.title)}\n  level: ${doc.level}\n  year: ${doc.year ?? 'null'}`;
  return `<section class="doc" id="${escapeHtml(doc.id)}">
<h2>${text(doc.title)}</h2>
<p class="meta"><code>${escapeHtml(doc.id)}</code> ${badges(doc)}</p>
<table class="fields">${fields.map(([k, v]) => `<tr><th>${text(k)}</th><td>${text(v)}</td></tr>`).join('')}</table>
<h3>标题候选</h3>${candidates}
<h3>年份依据</h3><ul>${year || '<li>—</li>'}</ul>
${altered ? `<h3>文本改动与占位符</h3><ul>${altered}</ul>` : ''}
${doc.notes.length ? `<h3>说明</h3><ul>${doc.notes.map((n) => `<li>${text(n)}</li>`).join('')}</ul>` : ''}
${evidence ? `<details><summary>各字段的依据</summary><table class="fields">${evidence}</table></details>` : ''}
<h3>删除的内容（${doc.removed.length} 处）</h3>
${removals ? `<table class="removals"><thead><tr><th>行</th><th>类别</th><th>原文（删除部分加删除线）</th></tr></thead><tbody>${removals}</tbody></table>` : '<p class="muted">没有删除任何内容。</p>'}
<details><summary>改正本文的元数据</summary><p>写进 <code>${text(overridesFile)}</code>（只写要改的字段），再运行 <code>npm run ingest</code>：</p><pre>${text(example)}</pre></details>
</section>`;
}

const STYLE = `
body{font:15px/1.6 system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#1d1d1f;background:#f6f6f4}
header,main{max-width:1100px;margin:0 auto;padding:0 24px}
header{padding-top:24px}
h1{font-size:24px;margin:0 0 8px}
h2{font-size:19px;margin:0 0 6px}
h3{font-size:15px;margin:16px 0 6px}
.doc,.box{background:#fff;border:1px solid #ddd;border-radius:6px;padding:16px 20px;margin:16px 0}
.muted{color:#666}
.flag{display:inline-block;font-size:12px;padding:0 6px;border-radius:3px;border:1px solid #bbb;margin-left:4px}
.flag.warn{background:#fff1d6;border-color:#d9a53c}.flag.dup,.flag.off{background:#eef;border-color:#99c}
.flag.note{background:#f3f3f3}.flag.info{background:#eef7ee;border-color:#8b8}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:4px 8px;border-bottom:1px solid #eee}
.fields th{width:8em;color:#555;font-weight:600}
.removals td.num{width:3em;color:#666}.removals td:nth-child(2){width:9em}
.context{word-break:break-all}
del{background:#ffe3e3;color:#a40000;text-decoration:line-through}
.kind{font-weight:600}
code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px}
pre{background:#f3f3f3;padding:8px 12px;overflow:auto}
.candidates .chosen{font-weight:600}
.toc{columns:2;padding-left:20px}
q{quotes:"“" "”"}
`;

/** The review page of a run's report; `overridesFile` (relative to the page's folder) is named in the correction instructions. */
export function reviewPageHtml(report: IngestReport, overridesFile: string): string {
  const s = report.summary;
  const removals = report.documents.reduce((n, d) => n + d.removed.length, 0);
  const refused = report.inputs.filter((i) => i.error);
  const toc = report.documents
    .map((d) => `<li><a href="#${escapeHtml(d.id)}">${text(d.title)}</a> ${badges(d)}</li>`)
    .join('');
  const first = report.documents[0];
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>入库审阅：${s.documents} 篇文档</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>入库审阅</h1>
<p>输入文件 ${s.inputs} 个（拒收 ${s.refused}），生成文档 ${s.documents} 篇；删除 ${removals} 处；重复 ${s.duplicates.length} 篇，非人大工作 ${s.offTopic.length} 篇，年份存疑 ${s.yearConflicts.length} 篇，文本被改动 ${s.altered.length} 篇，含占位符 ${s.placeholders.length} 篇；问题 ${s.problems} 个。</p>
</header>
<main>
<div class="box">
<h2>如何改正</h2>
<p>不要直接修改生成的文档。把改正写进 <code>${text(overridesFile)}</code>（路径相对于本页所在的文件夹），以文档 id 为键，只写要改的字段（<code>null</code> 删除自动得出的值），然后重新运行 <code>npm run ingest</code>；改正在以后每次入库时都会保留。删除错了的内容请修改 <code>content/noise.yaml</code> 中的规则。</p>
${first ? `<pre>${text(`${first.id}:\n  title: ${JSON.stringify(first.title)}\n  level: county\n  place: null`)}</pre>` : ''}
</div>
${refused.length || report.problems.length ? `<div class="box"><h2>拒收与问题</h2><ul>${[...refused.map((i) => `拒收 ${i.error}`), ...report.problems].map((p) => `<li>${text(p)}</li>`).join('')}</ul></div>` : ''}
<div class="box"><h2>文档</h2><ol class="toc">${toc}</ol></div>
${report.documents.map((d) => documentSection(d, overridesFile)).join('\n')}
</main>
</body>
</html>
`;
}
