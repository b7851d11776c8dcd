import { Map as LeafletMap, tileLayer, type MapOptions } from 'leaflet/dist/leaflet-src.esm.js';
import type { MapTiles } from '../../../site.config.ts';

/**
 * A Leaflet map with the county shapes as its basemap: no tiles unless the site configures
 * some, no wheel zoom (the page scrolls), and on touch screens no one-finger panning until the
 * reader has zoomed in, so a finger scrolling the page is not caught by the map.
 */
export function createBaseMap(element: HTMLElement, tiles: MapTiles | undefined, options: MapOptions = {}): LeafletMap {
  element.replaceChildren();
  const map = new LeafletMap(element, {
    // Without tiles any zoom is sharp, so shapes fit their frame exactly; tiles need whole steps.
    zoomSnap: tiles ? 0.25 : 0,
    zoomDelta: 0.5,
    scrollWheelZoom: false,
    attributionControl: false,
    minZoom: 3,
    maxZoom: tiles?.maxZoom ?? 12,
    ...options,
  });
  if (tiles) {
    tileLayer(tiles.url, { subdomains: tiles.subdomains ?? 'abc', maxZoom: tiles.maxZoom ?? 18 }).addTo(map);
  }
  if (matchMedia('(pointer: coarse)').matches) {
    let fitted: number | undefined;
    map.dragging.disable();
    map.once('zoomend moveend', () => (fitted = map.getZoom()));
    map.on('zoomend', () => {
      if (fitted === undefined) return;
      if (map.getZoom() > fitted) map.dragging.enable();
      else map.dragging.disable();
    });
  }
  return map;
}

/** Navigates to a page from a map shape or marker. */
export function go(href: string | undefined): void {
  if (href) window.location.assign(href);
}
