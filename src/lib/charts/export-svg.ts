import { FONT_FAMILY, PALETTE } from './palette.ts';
import { escapeXml } from './svg.ts';
import { wrapText } from './text-width.ts';

export interface ExportMeta {
  title: string;
  subtitle?: string | undefined;
  /** The source line, as the page shows it: 数据来源：《…》。 */
  source: string;
  /** The page the chart comes from, printed under the source so a copy leads back; absolute, as the page completes it. */
  url: string;
}

const PAD = 16;
const TITLE_SIZE = 17;
const SMALL_SIZE = 12;

/**
 * A downloadable SVG file: the chart with its title above and its source and address below, on
 * a paper background, light palette, links made absolute. A chart that travels alone still says
 * what it shows and where its numbers come from. `chartSvg` is the serialised chart `<svg>`.
 */
export function standaloneSvg(chartSvg: string, meta: ExportMeta): string {
  const size = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(chartSvg);
  const chartWidth = Number(size?.[1] ?? 600);
  const chartHeight = Number(size?.[2] ?? 300);
  const width = chartWidth + PAD * 2;
  const inner = width - PAD * 2;
  const light = PALETTE.light;
  const lines: string[] = [];
  let y = PAD;
  for (const text of wrapText(meta.title, TITLE_SIZE, inner)) {
    y += TITLE_SIZE + 4;
    lines.push(`<text x="${PAD}" y="${y}" font-size="${TITLE_SIZE}" font-weight="700" fill="${light.ink}">${escapeXml(text)}</text>`);
  }
  for (const text of meta.subtitle ? wrapText(meta.subtitle, SMALL_SIZE + 1, inner) : []) {
    y += SMALL_SIZE + 6;
    lines.push(`<text x="${PAD}" y="${y}" font-size="${SMALL_SIZE + 1}" fill="${light.soft}">${escapeXml(text)}</text>`);
  }
  y += 12;
  // A page opened from a file has no address to complete its links with: they stay paths.
  const origin = /^https?:\/\//.test(meta.url) ? new URL(meta.url).origin : '';
  const chart = chartSvg
    .replace(/^<svg\b/, `<svg x="${PAD}" y="${y}"`)
    .replace(/ xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, '')
    .replace(/ href="\//g, ` href="${escapeXml(origin)}/`);
  y += chartHeight + 8;
  for (const text of [...wrapText(meta.source, SMALL_SIZE, inner), ...wrapText(meta.url, SMALL_SIZE, inner)]) {
    y += SMALL_SIZE + 5;
    lines.push(`<text x="${PAD}" y="${y}" font-size="${SMALL_SIZE}" fill="${light.soft}">${escapeXml(text)}</text>`);
  }
  const height = Math.ceil(y + PAD);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT_FAMILY)}">` +
    `<rect width="100%" height="100%" fill="${light.paper}"/>` +
    lines.join('') +
    chart +
    `</svg>`
  );
}
