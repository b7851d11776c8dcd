/** Site-wide settings a publisher changes when deploying their own Laoqu. */
export const siteConfig = {
  /** Name of the site, shown in the header and in citations as the container. */
  title: '老区报告库',
  /** English name, for citations in APA. */
  titleEn: 'Laoqu: Reports on China’s Old Revolutionary Base Areas',
  /** One-line description for search engines and link previews. */
  description: '革命老区脱贫攻坚与振兴发展调研报告、数据与地图，每个数字可追溯到原文。',
  /**
   * The licence of the site's own work: the figures as data (CSV, JSON), the charts and the maps.
   * The reports' text stays its publishers' and is not covered (shown in the footer and on /about/).
   */
  dataLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.zh-hans' },
  /** Basemap tiles under the maps; none unless a publisher sets one (see MapTiles). */
  tiles: undefined as MapTiles | undefined,
};

/**
 * A raster basemap for the maps, when a publisher has one they may use (for example 天地图 with
 * their own key). Off by default: without it the county shapes are the basemap and the maps
 * request nothing from another host.
 *
 * The shapes and heritage sites are WGS-84, so only tiles in WGS-84 or CGCS2000 (天地图's
 * system, within a metre of WGS-84) line up; GCJ-02 tiles (高德, 腾讯) sit 300–600 m off here and
 * are not accepted. A tile host also has to be added to `img-src` in src/lib/security-headers.ts.
 */
export interface MapTiles {
  /** Leaflet URL template in Web Mercator tiles, e.g. 'https://t{s}.tianditu.gov.cn/vec_w/wmts?…&tk=KEY'. */
  url: string;
  /** Credit the provider requires, shown on every map beside the boundary credit. */
  attribution: string;
  /** Coordinate system of the tiles. */
  coordinateSystem: 'WGS-84' | 'CGCS2000';
  /** Subdomains for {s} in the URL. */
  subdomains?: string;
  maxZoom?: number;
}
