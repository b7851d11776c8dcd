import type { JoinedFigure } from '../../lib/figures/joined.ts';
import { timeText } from '../../lib/figures/time.ts';
import { figureValueText } from '../../lib/figures/words.ts';
import type { MapOption, RegionMapsConfig } from '../../components/maps/client/types.ts';
import { unitShapesUrl } from '../../components/maps/geo-data.ts';
import { choroplethOptions } from '../../lib/maps/choropleth.ts';
import { statusClassOf, statusLegend, type StatusClass } from '../../lib/maps/old-area.ts';
import { rampSteps, statusFills } from '../../lib/maps/palette.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import type { Region } from '../../schemas/region.ts';
import { siteConfig } from '../../site.config.ts';

/**
 * Everything the /regions/ map needs, worked out at build time: status classes and their fills,
 * the indicator options with classes and fills, and the legends. The browser only paints.
 */
export function regionMapData(input: {
  regions: readonly Region[];
  href: (code: string) => string | undefined;
  figures: readonly JoinedFigure[];
  indicators: readonly Indicator[];
}) {
  const { regions, href } = input;
  const counties = regions.filter((r) => r.level === 'county');
  const statusOf = new Map(regions.map((r) => [r.id, statusClassOf(r)]));
  const legend = statusLegend(counties.map((r) => statusOf.get(r.id)!));
  const fills = new Map(legend.map((c, i) => [c.key, statusFills(legend)[i]!]));
  const fillOf = (c: StatusClass) => fills.get(c.key) ?? 'none';

  const levels = new Map(regions.map((r) => [r.id, r.level]));
  const options = choroplethOptions({ figures: input.figures, indicators: input.indicators, levelOf: (code) => levels.get(code) });
  const mapOptions: MapOption[] = options.map((option) => {
    const steps = rampSteps(option.classes.length);
    return {
      id: option.id,
      level: option.level,
      label: option.label,
      values: Object.fromEntries(
        Object.entries(option.values).map(([code, v]) => [code, { text: v.text, fill: `c${steps[v.classIndex] ?? 2}`, note: v.disagreement }]),
      ),
    };
  });
  // Numbers about a part of a region are listed beside the map of their indicator, never painted.
  const partsOf = (indicator: string) =>
    input.figures
      .filter((f) => f.indicator === indicator && f.scope === 'part')
      .map((f) => ({ text: `「${f.scopeName}」${timeText(f.time, f.measure)}：${figureValueText(f)}`, href: `/data/${f.indicator}/#${f.id}` }));
  const optionLegends = options.map((option) => {
    const steps = rampSteps(option.classes.length);
    const count = Object.keys(option.values).length;
    return {
      id: option.id,
      label: option.label,
      href: `/data/${option.indicator}/`,
      parts: partsOf(option.indicator),
      note: `${count} 个${option.level === 'county' ? '县区' : '地级市'}有此项数字，均录自报告原文并经核对；${option.classes.length <= 5 && option.classes.every((c) => c.min === c.max) ? '每个数值一种颜色' : '按自然间断分级'}。`,
      items: [
        ...option.classes.map((c, i) => ({ fill: `c${steps[i]}`, label: c.label })),
        { fill: 'nodata', label: '无此数字' },
      ],
    };
  });

  // One panel per prefecture-level unit (a prefecture, a municipality, a county a province runs
  // directly: the regions that are their own map). The one with the most to show leads (and gets
  // the large panel); the rest follow by code.
  const countiesOf = (code: string) => counties.filter((c) => c.map === code);
  const shown = (code: string) => countiesOf(code).filter((c) => statusOf.get(c.id)?.kind !== 'none').length;
  const prefectures = regions.filter((r) => r.map === r.id).sort((a, b) => shown(b.id) - shown(a.id) || a.id.localeCompare(b.id));
  const config: RegionMapsConfig = {
    tiles: siteConfig.tiles,
    regions: Object.fromEntries(
      regions.filter((r) => r.level !== 'province' || r.map === r.id).map((r) => {
        const status = statusOf.get(r.id)!;
        return [r.id, { name: r.name, href: href(r.id), fill: fillOf(status), status: status.label }];
      }),
    ),
    panels: prefectures.map((p) => ({ code: p.id, topology: unitShapesUrl(p.id), counties: countiesOf(p.id).map((c) => c.id) })),
    options: mapOptions,
  };
  return {
    config,
    statusLegend: legend.map((c) => ({ fill: fillOf(c), label: c.label })),
    optionLegends,
    statusOf: (code: string) => statusOf.get(code),
    fillOf,
    prefectures,
    countiesOf,
  };
}
