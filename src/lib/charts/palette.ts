/**
 * Chart colours, light and dark. Series hues follow Okabe & Ito's colour-blind-safe set, with the
 * site's 老区红 first; the light ones are darkened until each mark reaches 3:1 against the paper
 * (WCAG 1.4.11) and text uses the ink colours (4.5:1). Red and green never sit next to each
 * other in the order, and every chart labels its lines directly, so colour is never the only cue.
 * chart.css repeats these values as CSS variables; a unit test keeps the two in step.
 */
export const PALETTE = {
  light: {
    paper: '#fcfbf8',
    ink: '#1d1d1f',
    soft: '#55585e',
    grid: '#e2ded6',
    axis: '#8a867e',
    series: ['#a4161a', '#0067a3', '#8a5a00', '#9b3f86', '#00755a', '#55585e'],
  },
  dark: {
    paper: '#17181a',
    ink: '#ece9e4',
    soft: '#b3aea6',
    grid: '#3a3936',
    axis: '#77726b',
    series: ['#ff8a80', '#56b4e9', '#e6a23c', '#e78ac3', '#3cc08f', '#bdbdbd'],
  },
} as const;

export const FONT_SIZE = { tick: 12, value: 13, label: 13, header: 13, 'panel-title': 13, note: 12 } as const;

export const FONT_FAMILY =
  "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', sans-serif";

export function seriesColour(series: number, scheme: 'light' | 'dark' = 'light'): string {
  const colours = PALETTE[scheme].series;
  return colours[series % colours.length]!;
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
