/**
 * What the reader can colour the region map by: an indicator, at one level (counties or
 * prefectures), one time and one measure, wherever the proven figures give at least two regions
 * a value for it. Mixing years, levels or measures on one map would compare what cannot be
 * compared, so each choice is one of each. Only a figure about a whole region, an actual result
 * with a single value and a known time, may paint that region: a number about a part of it (赤峰's
 * five old-area counties) never colours all of 赤峰市; `partFigures` lists those beside the map.
 */
import { timeLabel, timeText } from '../figures/time.ts';
import { figureValueText } from '../figures/words.ts';
import { scaleFormatter } from '../format-number.ts';
import type { JoinedFigure } from '../figures/joined.ts';
import { classIndex, classify, type ValueClass } from './classes.ts';

export type MapLevel = 'county' | 'prefecture';

/** The parts of a joined figure a choropleth needs. */
export type ChoroplethFigure = Pick<JoinedFigure, 'id' | 'indicator' | 'region' | 'scope' | 'time' | 'measure' | 'status' | 'value' | 'unit' | 'qualifier' | 'report' | 'reportDate'> &
  Partial<Pick<JoinedFigure, 'scopeName' | 'scopeRegions'>>;

type Paintable = ChoroplethFigure & { value: number };

/** Whether a figure may colour its region: the whole region, an actual result, one value, a known time. */
export function paintsRegion(figure: ChoroplethFigure): figure is Paintable {
  return figure.scope === 'whole' && figure.status === 'actual' && typeof figure.value === 'number' && figure.time !== 'unknown';
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
  /**
   * Regions with no number of their own but within a part that has one (赤峰市 and its five
   * old-area counties): what to say of them, in words. Never a colour of the scale.
   */
  parts: Record<string, string>;
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
  const groups = new Map<string, { indicator: string; level: MapLevel; time: Paintable['time']; measure: Paintable['measure']; figures: Paintable[] }>();
  for (const figure of input.figures) {
    if (!paintsRegion(figure)) continue;
    const level = input.levelOf(figure.region);
    if (level !== 'county' && level !== 'prefecture') continue;
    const key = `${figure.indicator}|${level}|${timeLabel(figure.time)}|${figure.measure}`;
    const group = groups.get(key) ?? { indicator: figure.indicator, level, time: figure.time, measure: figure.measure, figures: [] };
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
    const period = timeLabel(group.time);
    const parts = partNotes(input.figures, group, input.levelOf, values);
    options.push({
      parts,
      id: `${group.indicator}-${group.level}-${group.measure}-${period.replace(/\//g, '-')}`,
      indicator: group.indicator,
      level: group.level,
      period,
      label: `${indicator?.name ?? group.indicator} · ${timeText(group.time, group.measure)} · ${LEVEL_TEXT[group.level]}`,
      unit,
      classes: legendClasses(classes, unit),
      values,
      order: indicator?.order ?? Number.MAX_SAFE_INTEGER,
    });
  }
  // The widest comparisons first: more regions with a value make a more telling map.
  const size = (o: ChoroplethOption) => Object.keys(o.values).length;
  options.sort((a, b) => size(b) - size(a) || a.order - b.order || (a.level === b.level ? 0 : a.level === 'county' ? -1 : 1) || b.period.localeCompare(a.period));
  return options.map(({ order: _order, ...option }) => option);
}

/**
 * What a map says of a region that only a part's number covers: on a prefecture map, the
 * prefecture the part lies in and the counties it is made of (drawn hatched, so the reader sees
 * which part); on a county map, each county the part is made of.
 */
function partNotes(
  figures: readonly ChoroplethFigure[],
  group: { indicator: string; level: MapLevel; time: Paintable['time']; measure: Paintable['measure'] },
  levelOf: (code: string) => string | undefined,
  values: Record<string, RegionValue>,
): Record<string, string> {
  const notes: Record<string, string> = {};
  const period = timeLabel(group.time);
  for (const figure of figures) {
    const sameFact = { ...figure, scope: 'whole' as const };
    if (figure.scope !== 'part' || figure.indicator !== group.indicator || figure.measure !== group.measure || !paintsRegion(sameFact) || timeLabel(figure.time) !== period) continue;
    const name = figure.scopeName ?? '部分地区';
    if (values[figure.region] && group.level === 'prefecture') continue;
    const members = (figure.scopeRegions ?? []).filter((code) => levelOf(code) === 'county');
    const codes = group.level === 'prefecture' ? [figure.region, ...members] : members;
    for (const code of codes) {
      if (values[code]) continue;
      const whose = levelOf(code) === 'prefecture' ? '全市' : '本县';
      notes[code] = [notes[code], `只有「${name}」的数字：${valueText(sameFact)}，不是${whose}的数字`].filter(Boolean).join('；');
    }
  }
  return notes;
}

/** The legend's classes, every bound in one number format (all 万人, never 97,340人 beside 45.35万人). */
function legendClasses(classes: readonly ValueClass[], unit: string): ChoroplethOption['classes'] {
  const format = scaleFormatter(classes.flatMap((c) => [c.min, c.max]), unit);
  return classes.map((c) => ({ ...c, label: c.min === c.max ? format(c.min) : `${format(c.min)} – ${format(c.max)}` }));
}

function valueText(figure: Paintable): string {
  return figureValueText(figure);
}

/** One figure per region: the newest report's; the others are kept to say they differ. */
function chooseOnePerRegion(figures: readonly Paintable[]) {
  const byRegion = new Map<string, Paintable[]>();
  for (const figure of figures) byRegion.set(figure.region, [...(byRegion.get(figure.region) ?? []), figure]);
  const chosen = new Map<string, { figure: Paintable; others: Paintable[] }>();
  for (const [region, list] of byRegion) {
    const [figure, ...others] = [...list].sort((a, b) => b.reportDate.localeCompare(a.reportDate) || a.id.localeCompare(b.id));
    chosen.set(region, { figure: figure!, others });
  }
  return chosen;
}
