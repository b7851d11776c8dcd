import { timeSortKey, timeText } from '../figures/time.ts';
import { QUALIFIER_TEXT, STATUS_TEXT, valueOnlyText } from '../figures/words.ts';
import { describeChart, defaultTitle } from './describe.ts';
import { CHART_VARIANTS, layoutChart } from './layout.ts';
import type { SelectedFigures } from './select.ts';
import { chartShareHtml, chartWork, embedHeight, type ChartCite } from './share.ts';
import { escapeXml as esc, figureHref, sceneToSvg } from './svg.ts';
import type { ChartKind } from './types.ts';
import { FIGURES_CSV, indicatorCsv } from '../figures/downloads.ts';

export interface ChartMarkupInput {
  /** Unique on the page; the chart's anchor (#chart-<id>). A charts.json id also names its embed page. */
  id: string;
  kind: ChartKind;
  selected: SelectedFigures;
  title?: string | undefined;
  note?: string | undefined;
  sort?: 'value' | 'given' | undefined;
  /** The page that shows the chart alone, for an iframe elsewhere (/embed/<id>/). */
  embedPath?: string | undefined;
  /** Who the chart is by and where it is; its date comes from its data. */
  cite: ChartCite;
}

/**
 * The whole chart as HTML: title, the SVG (narrow and wide), the source line linking each report,
 * the same numbers as a table with their quotes, download links, and the controls the
 * `<chart-figure>` element switches on. Everything but the controls works without JavaScript.
 * Pure, so the page components, the report renderer and the embed page emit the same chart.
 */
export function chartFigureHtml(input: ChartMarkupInput): string {
  const { figures, total, labelOf } = input.selected;
  const title = input.title ?? defaultTitle(input.kind, figures, labelOf);
  const desc = describeChart(input.kind, figures, labelOf, total);
  const anchor = `chart-${input.id}`;
  const scenes = CHART_VARIANTS.map((variant) => ({
    variant,
    scene: layoutChart(input.kind, figures, { width: variant.width }, { labelOf, sort: input.sort, sharedScale: input.selected.sharedScale }),
  }));
  const svgs = scenes
    .map(({ variant, scene }) =>
      sceneToSvg(scene, { idPrefix: `${anchor}-${variant.name}`, title, desc, className: `chart-svg--${variant.name}`, hidden: variant.name === 'wide' }),
    )
    .join('');
  const work = chartWork(title, input.cite, total ? [total, ...figures] : figures);
  const source = `数据来源：${work.sources!.map((s) => `《${s.title}》`).join('、')}`;
  const heightOf = (name: string) => scenes.find((s) => s.variant.name === name)?.scene.height ?? 0;
  // The text around the drawing, as the embed page wraps it.
  const texts = [title, subtitle(input.selected), scaleNote(input.kind, input.selected), input.note ?? '', sourceLine(input)].map(textOf).filter(Boolean);
  const embed = input.embedPath ? { path: input.embedPath, height: embedHeight({ wide: heightOf('wide'), narrow: heightOf('narrow'), texts }) } : undefined;
  return (
    `<chart-figure class="chart" id="${esc(anchor)}" data-pagefind-ignore data-chart="${esc(input.id)}" data-cite="${esc(JSON.stringify(work))}" data-source="${esc(source)}"` +
    `${embed ? ` data-embed="${esc(embed.path)}"` : ''}>` +
    `<figure class="chart-figure">` +
    `<figcaption class="chart-head"><span class="chart-title">${esc(title)}</span>${subtitle(input.selected)}${scaleNote(input.kind, input.selected)}</figcaption>` +
    `<div class="chart-plot">${svgs}</div>` +
    (input.note ? `<p class="chart-note">注：${esc(input.note)}</p>` : '') +
    sourceLine(input) +
    dataTable(input.selected) +
    chartShareHtml(work, embed) +
    `<div class="chart-tools" hidden>` +
    `<button type="button" data-action="svg">下载 SVG</button><button type="button" data-action="png">下载 PNG</button>` +
    `<span class="chart-status" role="status" aria-live="polite"></span>` +
    `</div></figure></chart-figure>`
  );
}

/** The whole the bars are parts of, as a linked figure: 合计 720.4亿元（2014年—2020年）. */
function subtitle({ total }: SelectedFigures): string {
  if (!total) return '';
  return (
    `<span class="chart-subtitle">合计 <a href="${esc(figureHref(total))}" data-figure-ref="${esc(total.id)}">${valueHtml(total)}</a>` +
    `（${esc(timeText(total.time, total.measure))}）</span>`
  );
}

/** Small multiples say whether their panels can be compared by height. */
function scaleNote(kind: ChartKind, { sharedScale }: SelectedFigures): string {
  if (kind !== 'small-multiples') return '';
  return `<span class="chart-subtitle chart-scales">${sharedScale ? '各小图纵轴刻度相同，可直接比较高低。' : '各小图纵轴刻度不同：只比较各自的升降，不比较高低。'}</span>`;
}

function sourceLine(input: ChartMarkupInput): string {
  const { figures, total } = input.selected;
  const all = total ? [total, ...figures] : figures;
  const reports = new Map(all.map((f) => [f.report, f.reportTitle]));
  const indicators = new Map(all.map((f) => [f.indicator, f.indicatorName]));
  const reportLinks = [...reports].map(([slug, title]) => `<a href="/reports/${esc(slug)}/">《${esc(title)}》</a>`).join('、');
  // A chart of many indicators (funds by source) links the whole data set, not a dozen tables.
  const dataLinks =
    indicators.size <= 2
      ? [...indicators].map(([id, name]) => `<a href="/data/${esc(id)}/">${esc(name)}数据表</a> · <a href="${esc(indicatorCsv(id))}" download>CSV</a>`).join(' · ')
      : `<a href="/data/">全部数据表</a> · <a href="${FIGURES_CSV}" download>CSV</a>`;
  return `<p class="chart-source">数据来源：${reportLinks}。每个数字均核对原文。${dataLinks}</p>`;
}

/**
 * The numbers of the chart, with their scope, status, quotes, notes and paragraph links; the
 * tooltip reads its rows, so a mark never shows less than its row.
 */
function dataTable({ figures, total, labelOf }: SelectedFigures): string {
  const rows = [...figures].sort((a, b) => labelOf(a).localeCompare(labelOf(b), 'zh') || timeSortKey(a.time).localeCompare(timeSortKey(b.time)));
  const line = (f: (typeof figures)[number], name: string) => {
    const paragraph = f.paragraph ? `#p-${f.paragraph}` : '';
    // A part is named as the report names it, unless the row's own name already says so.
    const scope = f.scope === 'part' && !name.includes(f.scopeName) ? `<span class="c-scope">范围：${esc(f.scopeName)}</span>` : '';
    const notes = f.notes.map((note) => `<span class="c-note">注：${esc(note)}</span>`).join('');
    return (
      `<tr data-figure-row="${esc(f.id)}"><th scope="row"><span class="c-name">${esc(name)}</span>${scope}</th><td>${esc(timeText(f.time, f.measure))}</td>` +
      `<td class="num">${valueHtml(f)}</td>` +
      `<td><q>${esc(f.quote)}</q> <a href="/reports/${esc(f.report)}/${paragraph}">${esc(f.reportTitle)}${f.paragraph ? `，第${f.paragraph}段` : ''}</a>${notes}</td></tr>`
    );
  };
  return (
    `<details class="chart-data"><summary>图中数字与原文（${figures.length + (total ? 1 : 0)} 个）</summary>` +
    `<div class="chart-data-scroll"><table><thead><tr><th scope="col">名称</th><th scope="col">时间</th><th scope="col" class="num">数值</th><th scope="col">原文</th></tr></thead><tbody>` +
    (total ? line(total, '合计') : '') +
    rows.map((f) => line(f, labelOf(f))).join('') +
    `</tbody></table></div></details>`
  );
}

function valueHtml(f: SelectedFigures['figures'][number]): string {
  const qualifier = QUALIFIER_TEXT[f.qualifier];
  const status = f.status === 'actual' ? '' : `<span class="c-status">${STATUS_TEXT[f.status]}</span>`;
  return `${status}${qualifier ? `<span class="q">${qualifier}</span>` : ''}<data value="${f.value}">${esc(valueOnlyText(f.value, f.unit))}</data>`;
}

/** The text of a piece of markup, entities counted as one character. */
function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/&[a-z#0-9]+;/g, '_');
}
