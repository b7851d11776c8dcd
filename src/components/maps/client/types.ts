/** What the build hands the map scripts, as JSON in a data-config attribute. */
import type { MapTiles } from '../../../site.config.ts';

export interface RegionInfo {
  name: string;
  /** Its page, when it has one. */
  href?: string | undefined;
  /** Fill token of its old-area status (see src/lib/maps/palette.ts). */
  fill: string;
  /** The status in words. */
  status: string;
}

export interface OptionValue {
  text: string;
  fill: string;
  note?: string | undefined;
}

export interface MapOption {
  id: string;
  level: 'county' | 'prefecture';
  /** 贫困发生率 · 2015年 · 按地级市 */
  label: string;
  values: Record<string, OptionValue>;
}

export interface RegionMapsConfig {
  tiles?: MapTiles | undefined;
  regions: Record<string, RegionInfo>;
  /** One map per prefecture-level unit; `topology` is its /geo/<unit>.json, fetched when in view. */
  panels: { code: string; topology: string; counties: string[] }[];
  options: MapOption[];
}

export interface SiteInfo {
  id: string;
  name: string;
  href: string;
  kind: string;
  periods: string[];
  /** County (or prefecture) it stands in. */
  place: string;
  lon: number;
  lat: number;
  approximate: boolean;
}

export interface SiteMapConfig {
  /** Outlines of the units with sites (/geo/overview.json), drawn first. */
  overview: string;
  tiles?: MapTiles | undefined;
  sites: SiteInfo[];
  /** Units with sites; `topology` (/geo/<unit>.json) is fetched once the map is zoomed in on it. */
  prefectures: { code: string; name: string; topology: string }[];
}
