// <chart-figure>: the small island that makes a build-time chart interactive. Everything it
// shows is already in the page (the table in <details> holds each figure's value and quote), so
// the chart reads the same without it.
import { standaloneSvg } from '../../lib/charts/export-svg.ts';
import { completeWork, localDate, type CitableWork } from '../../lib/citation.ts';
// The citation and embed code under the chart copy through <cite-copy>.
import '../cite-copy.ts';

class ChartFigureElement extends HTMLElement {
  private tip!: HTMLElement;
  private plot!: HTMLElement;
  private active: SVGAElement | undefined;
  private pointer = 'mouse';
  private hideTimer = 0;

  connectedCallback() {
    this.plot = this.querySelector('.chart-plot')!;
    this.tip = document.createElement('div');
    this.tip.className = 'chart-tooltip';
    this.tip.id = `${this.id}-tip`;
    this.tip.setAttribute('role', 'tooltip');
    this.tip.hidden = true;
    this.plot.append(this.tip);

    const linkOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGAElement>('a.c-link') ?? undefined : undefined);
    // A touch runs pointerover, pointerdown, focus and pointerout before its click, each of which
    // would show the figure: so what the tooltip showed when the finger came down decides the tap.
    let shownBeforeTap: SVGAElement | undefined;
    this.plot.addEventListener('pointerdown', (e) => {
      this.pointer = e.pointerType;
      shownBeforeTap = this.tip.hidden ? undefined : this.active;
    });
    this.plot.addEventListener('pointerover', (e) => {
      if (e.pointerType === 'touch') return;
      const link = linkOf(e.target);
      if (link) this.show(link);
      else if (this.tip.contains(e.target as Node)) clearTimeout(this.hideTimer);
    });
    this.plot.addEventListener('pointerout', (e) => {
      if (e.pointerType === 'touch') return;
      const to = e.relatedTarget as Node | null;
      if (linkOf(to) || this.tip.contains(to)) return;
      // The mouse leaving must not take away the figure the keyboard is on.
      const focused = linkOf(document.activeElement);
      if (focused && this.plot.contains(focused)) this.show(focused);
      else this.hideSoon();
    });
    this.plot.addEventListener('focusin', (e) => {
      const link = linkOf(e.target);
      if (link) this.show(link);
    });
    this.plot.addEventListener('focusout', () => {
      if (this.pointer !== 'touch') this.hideSoon();
    });
    // On a touch screen the first tap on a mark shows its figure and the page stays where it is;
    // a second tap on the same mark (or the tooltip's link) follows it.
    this.plot.addEventListener('click', (e) => {
      const link = linkOf(e.target);
      if (!link || this.pointer !== 'touch') return;
      if (shownBeforeTap !== link) {
        e.preventDefault();
        this.show(link);
      }
      shownBeforeTap = undefined;
    });
    // A tap anywhere else puts the tooltip away.
    document.addEventListener('pointerdown', (e) => {
      if (e.pointerType === 'touch' && !this.tip.hidden && !this.plot.contains(e.target as Node)) this.hide();
    });
    this.addEventListener('keydown', (e) => {
      this.pointer = 'keyboard';
      if (e.key === 'Escape') this.hide();
    });

    const tools = this.querySelector<HTMLElement>('.chart-tools');
    if (!tools) return;
    tools.hidden = false;
    tools.addEventListener('click', (e) => {
      const action = (e.target as Element).closest<HTMLButtonElement>('button[data-action]')?.dataset['action'];
      if (action === 'svg') this.download(new Blob([this.svgFile()], { type: 'image/svg+xml;charset=utf-8' }), 'svg');
      if (action === 'png') void this.png();
    });
  }

  /**
   * Fills the tooltip from the figure's row in the chart's own table, so a mark never says less
   * than its row: what it covers, when, the value with its status, the quote and every note.
   */
  private show(link: SVGAElement) {
    clearTimeout(this.hideTimer);
    const mark = link.querySelector<SVGElement>('[data-figure]');
    const id = mark?.dataset['figure'];
    const row = id ? this.querySelector(`tr[data-figure-row="${CSS.escape(id)}"]`) : null;
    if (!mark || !row) return;
    const cells = row.children;
    const source = cells[3]?.querySelector(':scope > a');
    const name = cells[0]?.querySelector('.c-name')?.textContent ?? cells[0]?.textContent ?? '';
    const scope = cells[0]?.querySelector('.c-scope')?.textContent;
    this.tip.replaceChildren(
      line('chart-tip-where', `${name} · ${cells[1]?.textContent ?? ''}`),
      ...(scope ? [line('chart-tip-scope', scope)] : []),
      Object.assign(line('chart-tip-value', ''), { innerHTML: cells[2]?.innerHTML ?? '' }),
      line('chart-tip-quote', `「${cells[3]?.querySelector('q')?.textContent ?? ''}」`),
      ...[...(cells[3]?.querySelectorAll('.c-note') ?? [])].map((note) => line('chart-tip-note', note.textContent ?? '')),
    );
    if (source instanceof HTMLAnchorElement) {
      const a = document.createElement('a');
      a.href = source.href;
      a.textContent = `出处：${source.textContent} ›`;
      this.tip.append(a);
    }
    this.active?.classList.remove('is-active');
    this.active = link;
    link.classList.add('is-active');
    link.setAttribute('aria-describedby', this.tip.id);
    this.tip.hidden = false;
    this.place(mark);
  }

  /** Above the mark, kept inside the plot; below it when there is no room above. */
  private place(mark: SVGElement) {
    const m = mark.getBoundingClientRect();
    const p = this.plot.getBoundingClientRect();
    const tip = this.tip.getBoundingClientRect();
    const left = Math.min(Math.max(m.left + m.width / 2 - p.left - tip.width / 2, 0), Math.max(0, p.width - tip.width));
    const above = m.top - p.top - tip.height - 8;
    const top = above >= -p.top ? above : m.bottom - p.top + 8;
    this.tip.style.left = `${left}px`;
    this.tip.style.top = `${top}px`;
  }

  private hideSoon() {
    clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => this.hide(), 250);
  }

  private hide() {
    this.tip.hidden = true;
    this.active?.classList.remove('is-active');
    this.active?.removeAttribute('aria-describedby');
    this.active = undefined;
  }

  /** The drawing on screen (narrow or wide) as a file of its own, with title and source. */
  private svgFile(): string {
    const svg = [...this.querySelectorAll<SVGSVGElement>('svg.chart-svg')].find((s) => s.getBoundingClientRect().width > 0)!;
    const copy = svg.cloneNode(true) as SVGSVGElement;
    copy.querySelectorAll('.is-active').forEach((el) => el.classList.remove('is-active'));
    copy.removeAttribute('display');
    return standaloneSvg(new XMLSerializer().serializeToString(copy), {
      title: this.querySelector('.chart-title')?.textContent ?? '',
      subtitle: this.querySelector('.chart-subtitle')?.textContent ?? undefined,
      source: this.dataset['source'] ?? '',
      url: this.work().url,
    });
  }

  /** Draws the SVG file on a canvas at twice its size: sharp on a phone and in a slide. */
  private async png() {
    const url = URL.createObjectURL(new Blob([this.svgFile()], { type: 'image/svg+xml;charset=utf-8' }));
    try {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth * 2;
      canvas.height = image.naturalHeight * 2;
      const context = canvas.getContext('2d')!;
      context.scale(2, 2);
      context.drawImage(image, 0, 0);
      const blob = await new Promise<Blob | null>((done) => canvas.toBlob(done, 'image/png'));
      if (blob) this.download(blob, 'png');
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  private download(blob: Blob, extension: string) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${this.dataset['chart'] ?? 'chart'}.${extension}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    this.status(`已下载 ${extension.toUpperCase()} / Downloaded`);
  }

  /** The chart as cited now: its address completed from where the page is served. */
  private work(): CitableWork {
    return completeWork(JSON.parse(this.dataset['cite'] ?? '{}'), location.origin, localDate(new Date()));
  }

  private status(text: string) {
    const status = this.querySelector('.chart-status');
    if (status) status.textContent = text;
  }
}

function line(className: string, text: string): HTMLElement {
  const div = document.createElement('div');
  div.className = className;
  div.textContent = text;
  return div;
}

customElements.define('chart-figure', ChartFigureElement);
