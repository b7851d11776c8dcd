import { geoJSON, type GeoJSON as GeoJSONLayer, type Map as LeafletMap, type Path } from 'leaflet/dist/leaflet-src.esm.js';
import { createBaseMap, go } from './base-map.ts';
import { loadUnit, type Shape, type UnitShapes } from './shapes.ts';
import type { MapOption, RegionInfo, RegionMapsConfig } from './types.ts';

/** The codes a shape id stands for (counties the source draws as one shape are joined by '+'). */
const codesOf = (id: string) => id.split('+');

interface Panel {
  code: string;
  map: LeafletMap;
  /** Outline of the county under the pointer or focus, drawn above its neighbours. */
  highlight: GeoJSONLayer;
  prefectureFill: SVGElement | undefined;
  counties: Map<string, SVGElement>;
  value: HTMLElement | null;
  readout: HTMLElement | null;
}

/**
 * <region-maps>: one small map per prefecture, its counties coloured by old-area status or by
 * the indicator the reader picks. Hover and keyboard focus name a county and its value; click
 * or Enter opens its page. The list of the same counties inside the element works without it.
 */
class RegionMaps extends HTMLElement {
  #config!: RegionMapsConfig;
  #panels: Panel[] = [];
  #option: MapOption | undefined;

  connectedCallback() {
    this.#config = JSON.parse(this.dataset['config'] ?? '{}') as RegionMapsConfig;
    // Shown before the maps are drawn, so nothing moves under the reader's pointer afterwards.
    this.querySelector<HTMLElement>('[data-toolbar]')?.removeAttribute('hidden');
    const select = this.querySelector<HTMLSelectElement>('select[data-colour]');
    select?.addEventListener('change', () => this.#apply(select.value));
    // Each map fetches its unit's shapes only when it comes near the screen: a site covering many
    // prefectures still loads a page's worth. The first batch marks the element ready.
    let first = true;
    const observer = new IntersectionObserver(
      (entries) => {
        const near = entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target as HTMLElement);
        for (const figure of near) observer.unobserve(figure);
        const drawn = Promise.all(near.map((figure) => this.#load(figure)));
        if (first) {
          first = false;
          void drawn.then(() => (this.dataset['ready'] = ''));
        }
      },
      { rootMargin: '400px 0px' },
    );
    for (const figure of this.querySelectorAll<HTMLElement>('[data-prefecture]')) observer.observe(figure);
    if (this.#config.panels.length === 0) this.dataset['ready'] = '';
  }

  async #load(figure: HTMLElement): Promise<void> {
    const config = this.#config.panels.find((p) => p.code === figure.dataset['prefecture']);
    const canvas = figure.querySelector<HTMLElement>('[data-map]');
    if (!config || !canvas) return;
    try {
      const shapes = await loadUnit(config.topology);
      const wanted = new Set(config.counties);
      const countyShapes = [...shapes.counties].filter(([id]) => codesOf(id).some((code) => wanted.has(code))).map(([, shape]) => shape);
      if (!shapes.outline) return;
      this.#panels.push(this.#drawPanel(figure, canvas, shapes, countyShapes));
      this.#apply(this.querySelector<HTMLSelectElement>('select[data-colour]')?.value ?? 'status');
    } catch (error) {
      canvas.textContent = '地图未能加载，请使用下面的列表。';
      console.error(error);
    }
  }

  #drawPanel(figure: HTMLElement, canvas: HTMLElement, shapes: UnitShapes, countyShapes: Shape[]): Panel {
    const map = createBaseMap(canvas, this.#config.tiles);
    const outline = shapes.outline!;
    // Context first: neighbours in grey; no shape here is stroked, lines are drawn only where two
    // regions meet, so no national boundary or coast is ever a line.
    geoJSON(shapes.context.land, { interactive: false, style: { stroke: false, fillOpacity: 1, className: 'map-context' } }).addTo(map);
    const fill = geoJSON(outline, { interactive: false, style: { stroke: false, fillOpacity: 1, className: 'map-prefecture-fill' } }).addTo(map);
    const counties = new Map<string, SVGElement>();
    const highlight = geoJSON(undefined, { interactive: false, style: { stroke: false, fillOpacity: 0.35, className: 'map-highlight' } });
    const panel: Panel = { code: String(outline.id), map, highlight, prefectureFill: undefined, counties, value: figure.querySelector('[data-panel-value]'), readout: figure.querySelector('[data-readout]') };
    const countyLayer: GeoJSONLayer = geoJSON(countyShapes, { style: { stroke: false, fillOpacity: 1, className: 'map-county' } }).addTo(map);
    highlight.addTo(map);
    geoJSON(shapes.borders, { interactive: false, style: { weight: 1, className: 'map-county-border' } }).addTo(map);
    geoJSON(shapes.context.prefectureLines, { interactive: false, style: { weight: 1, className: 'map-context-line' } }).addTo(map);
    geoJSON(shapes.context.outline, { interactive: false, style: { weight: 2, className: 'map-prefecture-line' } }).addTo(map);
    geoJSON(shapes.context.provinceLines, { interactive: false, style: { weight: 1.5, className: 'map-province-line' } }).addTo(map);
    map.fitBounds(fill.getBounds(), { padding: [6, 6] });
    panel.prefectureFill = (fill.getLayers()[0] as Path | undefined)?.getElement() as SVGElement | undefined;
    countyLayer.eachLayer((layer) => {
      const shape = (layer as Path & { feature: Shape }).feature;
      const code = String(shape.id);
      const path = (layer as Path).getElement() as SVGElement | undefined;
      if (!path) return;
      const info = this.#info(code, shape);
      counties.set(code, path);
      path.dataset['code'] = code;
      path.setAttribute('tabindex', '0');
      path.setAttribute('role', info?.href ? 'link' : 'img');
      const show = () => this.#show(panel, code, shape);
      const hide = () => this.#hide(panel);
      layer.on('mouseover', show).on('mouseout', hide).on('click', () => go(info?.href));
      path.addEventListener('focus', show);
      path.addEventListener('blur', hide);
      path.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') go(info?.href);
      });
    });
    return panel;
  }

  /**
   * A county's name, page and status; for counties the boundary source draws as one shape, the
   * shape's joint name, and their status where they share it.
   */
  #info(code: string, shape?: Shape): RegionInfo | undefined {
    const own = this.#config.regions[code];
    if (own || !code.includes('+')) return own;
    const members = codesOf(code).map((c) => this.#config.regions[c]).filter((r) => r !== undefined);
    const same = members.every((m) => m.fill === members[0]?.fill && m.status === members[0]?.status);
    return { name: shape?.properties.name ?? members.map((m) => m.name).join('、'), fill: same ? (members[0]?.fill ?? 'none') : 'none', status: `${same ? (members[0]?.status ?? '') : '各县不同'}（边界数据中合为一块）` };
  }

  /** Colours every map by old-area status ('status') or by one indicator option. */
  #apply(id: string) {
    this.#option = this.#config.options.find((option) => option.id === id);
    const option = this.#option;
    for (const legend of this.querySelectorAll<HTMLElement>('[data-legend]')) legend.hidden = legend.dataset['legend'] !== (option?.id ?? 'status');
    for (const panel of this.#panels) {
      const prefectureValue = option?.level === 'prefecture' ? option.values[panel.code] : undefined;
      if (panel.prefectureFill) panel.prefectureFill.dataset['fill'] = option?.level === 'prefecture' ? (prefectureValue?.fill ?? 'nodata') : 'none';
      if (panel.value) panel.value.textContent = option?.level === 'prefecture' ? (prefectureValue?.text ?? '无此数字') : '';
      for (const [code, path] of panel.counties) {
        path.dataset['fill'] = !option ? (this.#info(code)?.fill ?? 'none') : option.level === 'prefecture' ? 'clear' : (option.values[code]?.fill ?? 'nodata');
        path.setAttribute('aria-label', `${this.#info(code)?.name ?? code}：${this.#describe(code, panel.code)}`);
      }
    }
    for (const item of this.querySelectorAll<HTMLElement>('[data-list-value]')) {
      const code = item.dataset['listValue'] ?? '';
      const value = option?.values[code];
      item.textContent = option && value ? `${option.label.split(' · ')[0]}：${value.text}` : '';
    }
  }

  #describe(code: string, prefecture: string): string {
    const option = this.#option;
    if (!option) return this.#info(code)?.status ?? '';
    if (option.level === 'prefecture') {
      const value = option.values[prefecture];
      return `${option.label}：${this.#config.regions[prefecture]?.name ?? ''}${value ? value.text : '无此数字'}`;
    }
    const value = option.values[code];
    return `${option.label}：${value ? `${value.text}${value.note ? `（${value.note}）` : ''}` : '无此数字'}`;
  }

  #show(panel: Panel, code: string, shape: Shape) {
    panel.highlight.clearLayers().addData(shape);
    if (!panel.readout) return;
    const info = this.#info(code, shape);
    const name = document.createElement('strong');
    name.textContent = info?.name ?? code;
    const detail = document.createElement('span');
    detail.textContent = this.#describe(code, panel.code);
    panel.readout.replaceChildren(name, detail);
    panel.readout.hidden = false;
  }

  #hide(panel: Panel) {
    panel.highlight.clearLayers();
    if (panel.readout) panel.readout.hidden = true;
  }
}

customElements.define('region-maps', RegionMaps);
