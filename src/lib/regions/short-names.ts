/**
 * The short names a text may use for a region: 延川 for 延川县, 阜新 for 阜新蒙古族自治县, 阜蒙 as
 * its abbreviation. One set of rules for the importer, the figures helper and the region pages.
 */

// The 55 minority nationalities of GB/T 3304 (and 各, "all"), stripped from autonomous names:
// 阜新蒙古族自治县 → 阜新, 积石山保安族东乡族撒拉族自治县 → 积石山. Some names omit 族 (伊犁哈萨克自治州).
const NATIONALITIES = (
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 ' +
  '柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 ' +
  '塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各'
)
  .split(' ')
  .flatMap((name) => [`${name}族`, name])
  .sort((a, b) => b.length - a.length);
const AUTONOMOUS = /自治(?:区|州|县|旗)$/u;
// Longest first, so 林区 is not read as 区.
const SUFFIX = /(?:特别行政区|地区|林区|特区|省|市|盟|县|区|旗)$/u;
const MIN_SHORT_NAME = 2;

/** Strips nationality names from the end while at least two characters remain (内蒙古 stays). */
function stripNationalities(base: string): string {
  let rest = base;
  for (;;) {
    const nationality = NATIONALITIES.find((n) => rest.endsWith(n) && [...rest].length - [...n].length >= MIN_SHORT_NAME);
    if (nationality === undefined) return rest;
    rest = rest.slice(0, -nationality.length);
  }
}

/**
 * An autonomous county's usual abbreviation: the place's first character and the first
 * nationality's (阜新蒙古族自治县 → 阜蒙, 杜尔伯特蒙古族自治县 → 杜蒙).
 */
export function abbreviationOf(name: string): string | undefined {
  if (!/自治[县旗]$/u.test(name)) return undefined;
  const base = name.replace(AUTONOMOUS, '');
  const place = stripNationalities(base);
  const nationality = base.slice(place.length);
  if (place === base || [...place].length < MIN_SHORT_NAME || nationality === '各') return undefined;
  return `${[...place][0] ?? ''}${[...nationality][0] ?? ''}`;
}

/** The short form a report may write for a full name, if it leaves at least two characters. */
export function shortNameOf(name: string): string | undefined {
  const stripped = AUTONOMOUS.test(name) ? stripNationalities(name.replace(AUTONOMOUS, '')) : name.replace(SUFFIX, '');
  if (stripped === name || stripped.endsWith('族') || [...stripped].length < MIN_SHORT_NAME) return undefined;
  return stripped;
}
