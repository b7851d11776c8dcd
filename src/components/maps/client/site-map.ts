import { divIcon, geoJSON, latLng, latLngBounds, layerGroup, marker, point, popup, tooltip, type FitBoundsOptions, type GeoJSON as GeoJSONLayer, type LatLng, type LatLngBounds, type PopupOptions, type Map as LeafletMap, type Marker, type Polygon } from 'leaflet/dist/leaflet-src.esm.js';
import { allAtOnePoint, clusterPoints } from '../../../lib/maps/cluster.ts';
import { createBaseMap } from './base-map.ts';
import { loadOverview, loadUnit } from './shapes.ts';
import type { SiteInfo, SiteMapConfig } from './types.ts';

/** Markers closer than this many pixels merge into one numbered cluster. */
const CLUSTER_RADIUS = 34;
/** A popup pans clear of the zoom buttons in the top-left corner. */
const POPUP = { maxWidth: 280, autoPanPaddingTopLeft: [56, 12], autoPanPaddingBottomRight: [12, 12] } satisfies PopupOptions;
/** Room at the map's edges for a pin (35 px above its point) or a cluster (18 px around it). */
const EDGE: FitBoundsOptions = { paddingTopLeft: [24, 44], paddingBottomRight: [24, 24] };

const PIN = (approximate: boolean) =>
  `<svg viewBox="0 0 28 44" width="28" height="44" aria-hidden="true">${approximate ? '<ellipse class="halo" cx="14" cy="35" rx="13" ry="6"/>' : ''}` +
  '<path class="pin" d="M14 35C14 35 2 21 2 13a12 12 0 0 1 24 0c0 8-12 22-12 22z"/><circle class="dot" cx="14" cy="13" r="4.5"/></svg>';

/**
 * <site-map>: every heritage site on the county shapes, clustered where markers would overlap,
 * filtered by the period and kind radios of the list (which filter the list by CSS alone).
 */
class SiteMap extends HTMLElement {
  #config!: SiteMapConfig;

  connectedCallback() {
    this.#config = JSON.parse(this.dataset['config'] ?? '{}') as SiteMapConfig;
    this.querySelector<HTMLElement>('[data-views]')?.removeAttribute('hidden');
    loadOverview(this.#config.overview)
      .then((overview) => this.#draw(overview))
      .catch((error: unknown) => {
        const canvas = this.querySelector('[data-map]');
        if (canvas) canvas.textContent = '地图未能加载，请使用下面的列表。';
        console.error(error);
      });
  }

  #draw(overview: Awaited<ReturnType<typeof loadOverview>>) {
    const canvas = this.querySelector<HTMLElement>('[data-map]');
    if (!canvas) return;
    // Without tiles there is nothing to see closer than a county.
    const map = createBaseMap(canvas, this.#config.tiles, this.#config.tiles ? {} : { maxZoom: 10 });
    const outlines = this.#drawPrefectures(map, overview);
    const showCounties = this.#countiesOnZoom(map, outlines);
    const all = outlines.getBounds();
    for (const site of this.#config.sites) all.extend([site.lat, site.lon]);
    map.fitBounds(all, EDGE);

    const { render, markerOf } = this.#drawMarkers(map);
    map.on('zoomend', render);
    this.addEventListener('change', render);
    render();
    showCounties();
    this.#quickViews(map, outlines, all);

    // /sites/#<slug> (a site page's 在地图上查看) brings that site into view with its popup open.
    const focus = () => {
      const site = this.#config.sites.find((s) => `#${s.id}` === decodeURIComponent(location.hash));
      if (!site) return;
      // A filter that hides the site would hide what the link promised: show every site again.
      if (!this.#passes(site)) {
        for (const radio of this.querySelectorAll<HTMLInputElement>('input[type="radio"][value=""]')) radio.checked = true;
      }
      map.setView([site.lat, site.lon], map.getMaxZoom(), { animate: false });
      render();
      canvas.scrollIntoView({ block: 'center' });
      const m = markerOf.get(site.id);
      if (m?.getPopup()) m.openPopup();
      else m?.fire('click');
      this.dataset['focused'] = site.id;
    };
    window.addEventListener('hashchange', focus);
    focus();
    this.dataset['ready'] = '';
  }

  /** The prefectures as plain land, each named below its shape; no outline is stroked, so no national boundary is drawn. */
  #drawPrefectures(map: LeafletMap, overview: Awaited<ReturnType<typeof loadOverview>>): GeoJSONLayer {
    const outlines = geoJSON(overview, { interactive: false, style: { stroke: false, fillOpacity: 1, className: 'map-prefecture-fill' } }).addTo(map);
    // Names under each prefecture rather than on it, where the markers are.
    for (const layer of outlines.getLayers() as Polygon[]) {
      const name = (layer.feature?.properties as { name?: string } | undefined)?.name;
      const bounds = layer.getBounds();
      // As text: Leaflet sets a string as HTML, and the name comes from data.
      if (name) tooltip({ permanent: true, direction: 'bottom', className: 'map-label', interactive: false }).setLatLng([bounds.getSouth(), bounds.getCenter().lng]).setContent(textElement(name)).addTo(map);
    }
    return outlines;
  }

  /**
   * A unit's counties are fetched once the reader zooms in on it, so a site covering many
   * prefectures still opens with a page's worth of data. Returns the check, to run once drawn.
   */
  #countiesOnZoom(map: LeafletMap, outlines: GeoJSONLayer): () => void {
    const detailed = new Set<string>();
    const showCounties = () => {
      for (const layer of outlines.getLayers() as Polygon[]) {
        const code = String(layer.feature?.id ?? '');
        const unit = this.#config.prefectures.find((p) => p.code === code);
        const bounds = layer.getBounds();
        if (!unit || detailed.has(code) || !map.getBounds().intersects(bounds) || map.getZoom() < map.getBoundsZoom(bounds) - 1.5) continue;
        detailed.add(code);
        loadUnit(unit.topology)
          .then((shapes) => {
            geoJSON([...shapes.counties.values()], { interactive: false, style: { stroke: false, fillOpacity: 1, className: 'map-county map-basemap' } }).addTo(map);
            geoJSON(shapes.borders, { interactive: false, style: { weight: 0.8, className: 'map-county-border' } }).addTo(map);
            geoJSON(shapes.context.outline, { interactive: false, style: { weight: 1.6, className: 'map-prefecture-line' } }).addTo(map);
            geoJSON(shapes.context.provinceLines, { interactive: false, style: { weight: 1.2, className: 'map-province-line' } }).addTo(map);
          })
          .catch((error: unknown) => console.error(error));
      }
    };
    map.on('zoomend moveend', showCounties);
    return showCounties;
  }

  /**
   * The markers of the sites the filters let through: a pin each, a stack where sites share a
   * point, a numbered cluster where pins would overlap. `render` draws them again for the zoom
   * and filters of the moment; `markerOf` says which marker holds each site now.
   */
  #drawMarkers(map: LeafletMap) {
    const sites = this.#config.sites;
    const markers = layerGroup().addTo(map);
    const markerOf = new Map<string, Marker>();
    const render = () => {
      markers.clearLayers();
      markerOf.clear();
      const points = sites.filter((site) => this.#passes(site)).map((site) => ({ ...map.latLngToLayerPoint([site.lat, site.lon]), item: site }));
      for (const cluster of clusterPoints(points, CLUSTER_RADIUS)) {
        const [first] = cluster.items;
        if (!first) continue;
        const m =
          cluster.items.length === 1 ? this.#siteMarker(first)
          : allAtOnePoint(cluster.items) ? this.#stackMarker(cluster.items)
          : this.#clusterMarker(map, cluster.items, map.layerPointToLatLng(point(cluster.x, cluster.y)));
        m.addTo(markers);
        for (const site of cluster.items) markerOf.set(site.id, m);
        const element = m.getElement();
        if (element) {
          element.dataset['count'] = String(cluster.items.length);
          element.dataset['sites'] = cluster.items.map((s) => s.id).join(' ');
        }
      }
      const count = this.querySelector('[data-shown]');
      if (count) count.textContent = `地图与列表显示 ${points.length} / ${sites.length} 处`;
    };
    return { render, markerOf };
  }

  /** Quick views: all sites, or one prefecture at its own extent. */
  #quickViews(map: LeafletMap, outlines: GeoJSONLayer, all: LatLngBounds) {
    this.querySelector<HTMLElement>('[data-views]')?.addEventListener('click', (event) => {
      const code = (event.target as HTMLElement).closest('button')?.dataset['view'];
      if (code === undefined) return;
      const layer = (outlines.getLayers() as Polygon[]).find((l) => String(l.feature?.id) === code);
      map.fitBounds(layer ? layer.getBounds() : all, EDGE);
    });
  }

  /** The radios are plain form controls: the checked period and kind, or '' for all. */
  #passes(site: SiteInfo): boolean {
    const period = this.querySelector<HTMLInputElement>('input[name="period"]:checked')?.dataset['label'];
    const kind = this.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.dataset['label'];
    return (!period || site.periods.includes(period)) && (!kind || site.kind === kind);
  }

  #siteMarker(site: SiteInfo): Marker {
    const icon = divIcon({ className: 'site-marker', html: PIN(site.approximate), iconSize: [28, 44], iconAnchor: [14, 35], popupAnchor: [0, -30] });
    const m = marker([site.lat, site.lon], { icon, keyboard: true, title: site.name, alt: site.name, riseOnHover: true });
    m.bindPopup(() => this.#popupFor([site]), POPUP);
    return m;
  }

  /**
   * Sites recorded at the same spot (often a county town standing for an approximate place): one
   * pin with their count, which no zoom would split, so a tap lists them all.
   */
  #stackMarker(items: SiteInfo[]): Marker {
    const [first] = items as [SiteInfo, ...SiteInfo[]];
    const html = `${PIN(items.some((s) => s.approximate))}<span class="stack-count">${items.length}</span>`;
    const icon = divIcon({ className: 'site-marker site-stack', html, iconSize: [28, 44], iconAnchor: [14, 35], popupAnchor: [0, -30] });
    const m = marker([first.lat, first.lon], { icon, keyboard: true, title: `${items.length} 处遗址在同一位置：${items.map((s) => s.name).join('、')}`, riseOnHover: true });
    m.bindPopup(() => this.#popupFor(items), POPUP);
    return m;
  }

  #clusterMarker(map: LeafletMap, items: SiteInfo[], at: LatLng): Marker {
    const icon = divIcon({ className: 'site-cluster', html: `<span>${items.length}</span>`, iconSize: [36, 36] });
    const m = marker(at, { icon, keyboard: true, title: `${items.length} 处遗址：${items.map((s) => s.name).join('、')}` });
    m.on('click', () => {
      const bounds = latLngBounds(items.map((s) => latLng(s.lat, s.lon)));
      const zoom = map.getBoundsZoom(bounds, false, point(80, 80));
      if (allAtOnePoint(items) || zoom <= map.getZoom() || map.getZoom() >= map.getMaxZoom()) {
        popup(POPUP).setLatLng(at).setContent(this.#popupFor(items)).openOn(map);
      } else map.fitBounds(bounds, { padding: [40, 40], maxZoom: Math.min(zoom, map.getZoom() + 3) });
    });
    return m;
  }

  #popupFor(items: SiteInfo[]): HTMLElement {
    const box = document.createElement('div');
    box.className = 'site-popup';
    if (items.length > 1) {
      const note = document.createElement('p');
      note.className = 'muted';
      note.textContent = allAtOnePoint(items) ? `${items.length} 处遗址记在同一大致位置：` : `${items.length} 处遗址：`;
      box.append(note);
    }
    const list = document.createElement('ul');
    for (const site of items) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = site.href;
      link.textContent = site.name;
      const meta = document.createElement('span');
      meta.textContent = `${site.kind} · ${site.periods.join('、')} · ${site.place}${site.approximate ? ' · 大致位置' : ''}`;
      item.append(link, meta);
      list.append(item);
    }
    box.append(list);
    return box;
  }
}

/** A span holding `text` as text, for Leaflet content that would take a string as HTML. */
function textElement(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

customElements.define('site-map', SiteMap);
