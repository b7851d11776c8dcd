import { geoJSON, type GeoJSON as GeoJSONLayer, type Map as LeafletMap, type Path } from 'leaflet/dist/leaflet-src.esm.js';
import { createBaseMap, go } from './base-map.ts';
import { loadShapes, type Shape, type Shapes } from './shapes.ts';
import type { MapOption, RegionMapsConfig } from './types.ts';

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
    loadShapes(this.#config.topology)
      .then((shapes) => this.#draw(shapes))
      .catch((error: unknown) => {
        for (const note of this.querySelectorAll('[data-map]')) note.textContent = '地图未能加载，请使用下面的列表。';
        console.error(error);
      });
  }

  #draw(shapes: Shapes) {
    for (const { code, counties } of this.#config.panels) {
      const figure = this.querySelector<HTMLElement>(`[data-prefecture="${code}"]`);
      const canvas = figure?.querySelector<HTMLElement>('[data-map]');
      const outline = shapes.prefectures.get(code);
      if (!figure || !canvas || !outline) continue;
      this.#panels.push(this.#drawPanel(figure, canvas, outline, counties.map((c) => shapes.counties.get(c)).filter((s): s is Shape => !!s)));
    }
    const select = this.querySelector<HTMLSelectElement>('select[data-colour]');
    select?.addEventListener('change', () => this.#apply(select.value));
    this.#apply(select?.value ?? 'status');
    this.dataset['ready'] = '';
  }

  #drawPanel(figure: HTMLElement, canvas: HTMLElement, outline: Shape, countyShapes: Shape[]): Panel {
    const map = createBaseMap(canvas, this.#config.tiles);
    const fill = geoJSON(outline, { interactive: false, style: { stroke: false, fillOpacity: 1, className: 'map-prefecture-fill' } }).addTo(map);
    const counties = new Map<string, SVGElement>();
    const highlight = geoJSON(undefined, { interactive: false, style: { fill: false, weight: 3, className: 'map-highlight' } });
    const panel: Panel = { code: String(outline.id), map, highlight, prefectureFill: undefined, counties, value: figure.querySelector('[data-panel-value]'), readout: figure.querySelector('[data-readout]') };
    const countyLayer: GeoJSONLayer = geoJSON(countyShapes, { style: { weight: 1, fillOpacity: 1, className: 'map-county' } }).addTo(map);
    geoJSON(outline, { interactive: false, style: { fill: false, weight: 2, className: 'map-prefecture-line' } }).addTo(map);
    highlight.addTo(map);
    map.fitBounds(fill.getBounds(), { padding: [6, 6] });
    panel.prefectureFill = (fill.getLayers()[0] as Path | undefined)?.getElement() as SVGElement | undefined;
    countyLayer.eachLayer((layer) => {
      const shape = (layer as Path & { feature: Shape }).feature;
      const code = String(shape.id);
      const path = (layer as Path).getElement() as SVGElement | undefined;
      if (!path) return;
      const info = this.#config.regions[code];
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
        path.dataset['fill'] = !option ? (this.#config.regions[code]?.fill ?? 'none') : option.level === 'prefecture' ? 'clear' : (option.values[code]?.fill ?? 'nodata');
        path.setAttribute('aria-label', `${this.#config.regions[code]?.name ?? code}：${this.#describe(code, panel.code)}`);
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
    if (!option) return this.#config.regions[code]?.status ?? '';
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
    const info = this.#config.regions[code];
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
