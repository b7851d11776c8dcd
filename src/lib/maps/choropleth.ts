/**
 * What the reader can colour the region map by: an indicator, at one level (counties or
 * prefectures) and one period, wherever the proven figures give at least two regions a value for
 * it. Mixing years or levels on one map would compare what cannot be compared, so each choice is
 * one indicator, one level, one period.
 */
import { periodLabel, periodText, QUALIFIER_TEXT } from '../figure-rows.ts';
import { formatValue } from '../format-number.ts';
import type { Figure } from '../../schemas/figure.ts';
import { classIndex, classify } from './classes.ts';

export type MapLevel = 'county' | 'prefecture';

/** The parts of a loaded figure a choropleth needs. */
export interface ChoroplethFigure {
  id: string;
  indicator: string;
  region: string;
  year: Figure['year'];
  value: number;
  unit: string;
  qualifier: Figure['qualifier'];
  /** Slug of the report that states it. */
  report: string;
  /** The report's date, so that the newer report's value is the one coloured. */
  reportDate: string;
}

export interface RegionValue {
  value: number;
  /** The value as the table shows it: 约25.66万人. */
  text: string;
  /** Index into the option's classes. */
  classIndex: number;
  /** Id of the figure coloured, for a link to its row. */
  figure: string;
  /** Another report's different value for the same region and period, said aloud. */
  disagreement?: string | undefined;
}

export interface ChoroplethOption {
  id: string;
  indicator: string;
  level: MapLevel;
  period: string;
  /** 贫困发生率 · 2015年 · 按地级市 */
  label: string;
  unit: string;
  classes: { min: number; max: number; label: string }[];
  values: Record<string, RegionValue>;
}

const LEVEL_TEXT: Record<MapLevel, string> = { county: '按县区', prefecture: '按地级市' };

export function choroplethOptions(input: {
  figures: readonly ChoroplethFigure[];
  indicators: readonly { id: string; name: string }[];
  levelOf: (code: string) => string | undefined;
  /** Fewest regions that make a map worth drawing. */
  minRegions?: number;
}): ChoroplethOption[] {
  const minRegions = input.minRegions ?? 2;
  const groups = new Map<string, { indicator: string; level: MapLevel; year: Figure['year']; figures: ChoroplethFigure[] }>();
  for (const figure of input.figures) {
    const level = input.levelOf(figure.region);
    if (level !== 'county' && level !== 'prefecture') continue;
    const key = `${figure.indicator}|${level}|${periodLabel(figure.year)}`;
    const group = groups.get(key) ?? { indicator: figure.indicator, level, year: figure.year, figures: [] };
    group.figures.push(figure);
    groups.set(key, group);
  }
  const names = new Map(input.indicators.map((indicator, i) => [indicator.id, { name: indicator.name, order: i }]));
  const options: (ChoroplethOption & { order: number })[] = [];
  for (const group of groups.values()) {
    const chosen = chooseOnePerRegion(group.figures);
    if (chosen.size < minRegions) continue;
    const unit = group.figures[0]!.unit;
    const classes = classify([...chosen.values()].map(({ figure }) => figure.value));
    const values: Record<string, RegionValue> = {};
    for (const [region, { figure, others }] of chosen) {
      const differing = others.filter((other) => other.value !== figure.value);
      values[region] = {
        value: figure.value,
        text: valueText(figure),
        classIndex: classIndex(classes, figure.value),
        figure: figure.id,
        ...(differing.length > 0 ? { disagreement: `另有报告作${differing.map(valueText).join('、')}` } : {}),
      };
    }
    const indicator = names.get(group.indicator);
    const period = periodLabel(group.year);
    options.push({
      id: `${group.indicator}-${group.level}-${period.replace(/\//g, '-')}`,
      indicator: group.indicator,
      level: group.level,
      period,
      label: `${indicator?.name ?? group.indicator} · ${periodText(group.year)} · ${LEVEL_TEXT[group.level]}`,
      unit,
      classes: classes.map((c) => ({ ...c, label: c.min === c.max ? formatValue(c.min, unit) : `${formatValue(c.min, unit)} – ${formatValue(c.max, unit)}` })),
      values,
      order: indicator?.order ?? Number.MAX_SAFE_INTEGER,
    });
  }
  // The widest comparisons first: more regions with a value make a more telling map.
  const size = (o: ChoroplethOption) => Object.keys(o.values).length;
  options.sort((a, b) => size(b) - size(a) || a.order - b.order || (a.level === b.level ? 0 : a.level === 'county' ? -1 : 1) || b.period.localeCompare(a.period));
  return options.map(({ order: _order, ...option }) => option);
}

function valueText(figure: ChoroplethFigure): string {
  return `${QUALIFIER_TEXT[figure.qualifier]}${formatValue(figure.value, figure.unit)}`;
}

/** One figure per region: the newest report's; the others are kept to say they differ. */
function chooseOnePerRegion(figures: readonly ChoroplethFigure[]) {
  const byRegion = new Map<string, ChoroplethFigure[]>();
  for (const figure of figures) byRegion.set(figure.region, [...(byRegion.get(figure.region) ?? []), figure]);
  const chosen = new Map<string, { figure: ChoroplethFigure; others: ChoroplethFigure[] }>();
  for (const [region, list] of byRegion) {
    const [figure, ...others] = [...list].sort((a, b) => b.reportDate.localeCompare(a.reportDate) || a.id.localeCompare(b.id));
    chosen.set(region, { figure: figure!, others });
  }
  return chosen;
}
