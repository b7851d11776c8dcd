import { escapeUTF8 } from 'entities';
import { chineseDate } from '../chinese-date.ts';
import type { SearchOutcome } from './engine.ts';
import { writeState, type FacetValue } from './results.ts';
import type { SearchSiteData } from './site-data.ts';

/** Facet names as the search page shows them. */
export const FACET_LABELS: Record<string, string> = { type: '类型', region: '地区', publisher: '发布单位', year: '年份' };

/** Text for HTML, in content or in a quoted attribute (entities' escapeUTF8: & < > " '). */
export const escapeHtml = escapeUTF8;

/** A result's title link and its type · date · publisher line, from the search page's own data. */
export function resultHeadHtml(id: string, data: SearchSiteData): string {
  const page = data.pages[id];
  if (!page) return '';
  const facet = (name: string) => (page.f[name] ?? []).map((i) => data.facets[name]?.[i]).find(Boolean);
  const type = facet('type');
  const meta = [chineseDate(page.d), facet('publisher')].filter(Boolean).map((part) => escapeHtml(part!));
  // The type first, as a label of its own: a reader tells a report from a data page at a glance.
  const parts = [...(type ? [`<span class="result-type">${escapeHtml(type)}</span>`] : []), meta.join('<span aria-hidden="true"> · </span>')].filter(Boolean);
  return (
    `<a class="result-title" href="${escapeHtml(page.u)}">${escapeHtml(page.t)}</a>` +
    (parts.length ? `<p class="result-meta">${parts.join('')}</p>` : '')
  );
}

// Pagefind closes a heading or list item that has no stop of its own with ". " ("." at the end),
// which in a Chinese excerpt reads as stray Western punctuation (「纪念塔. 纪念塔建在…」): after
// Chinese text, a figure or closing quotes it is shown as the full stop it stands for.
const ADDED_STOP = /(\p{Script=Han}|[0-9）」』”》])((?:<\/mark>)?)\.(?: |$)/gu;

/**
 * Pagefind escapes the page text before it adds <mark>, so its excerpt is safe as HTML. Each
 * character is a word in the index, so a phrase comes back as one mark per character: join them.
 */
export function excerptHtml(excerpt: string): string {
  return excerpt.replaceAll('</mark><mark>', '').replace(ADDED_STOP, '$1$2。');
}

export function facetsHtml(counts: Record<string, FacetValue[]>): string {
  return Object.entries(counts)
    .filter(([facet, values]) => FACET_LABELS[facet] && values.length > 0)
    .map(
      ([facet, values]) =>
        `<fieldset><legend>${FACET_LABELS[facet]}</legend>` +
        values
          .map((v) => `<label><input type="checkbox" name="${facet}" value="${escapeHtml(v.value)}"${v.selected ? ' checked' : ''}> ${escapeHtml(v.value)} <span class="muted">(${v.count})</span></label>`)
          .join('') +
        '</fieldset>',
    )
    .join('');
}

/** What to try when nothing matched: the words that do match alone, and a word on scripts. */
export function helpHtml(outcome: SearchOutcome): string {
  const found = new Map(outcome.wordCounts.filter(({ count }) => count > 0).map((entry) => [entry.word.folded, entry]));
  const folded = outcome.parts.filter((part) => part.typed !== part.folded);
  const tips: string[] = [];
  if (found.size > 0) {
    const links = [...found.values()].map(({ word, count }) => `<a href="/search/${writeState({ q: word.typed, selection: {}, sort: 'relevance' })}">${escapeHtml(word.typed)}</a>（${count} 条）`);
    tips.push(`减少词语，分开查找：${links.join('、')}`);
  } else {
    tips.push('减少词语，或换一个更短的说法，比如只输入地名（阜平）或产业（滩羊）。');
  }
  tips.push(
    folded.length > 0
      ? `简体、繁体不必切换：已按简体「${escapeHtml(folded.map((part) => part.folded).join(' '))}」查找，繁体页面也包括在内。`
      : '简体、繁体不必切换：繁体报告也能用简体词语找到，反之亦然。',
  );
  tips.push('也可以<a href="/reports/">浏览全部报告</a>，按发布单位、地区和主题筛选。');
  return `<h2>试试这样</h2><ul>${tips.map((tip) => `<li>${tip}</li>`).join('')}</ul>`;
}
