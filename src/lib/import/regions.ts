/**
 * The regions the importer knows by name, from ../shared/REGIONS.md (GB/T 2260 codes). Names are
 * listed in both scripts, with the short forms reports use (阜蒙 for 阜新蒙古族自治县); a short
 * form that is also a common word (同心, 松山) is left out, so only the full name counts.
 */

/** A prefecture or county the importer can recognise in a report. */
export interface KnownRegion {
  readonly code: string;
  readonly name: string;
  /** Code of the prefecture a county belongs to; absent for a prefecture. */
  readonly parent?: string;
  /** Spelling used in slugs. */
  readonly pinyin: string;
  /** Every way a report may write the name. */
  readonly names: readonly string[];
}

const region = (code: string, name: string, pinyin: string, names: string[], parent?: string): KnownRegion =>
  parent === undefined ? { code, name, pinyin, names } : { code, name, pinyin, names, parent };

export const KNOWN_REGIONS: readonly KnownRegion[] = [
  region('150400', '赤峰市', 'chifeng', ['赤峰']),
  region('150402', '红山区', 'hongshan', ['红山区', '紅山區'], '150400'),
  region('150403', '元宝山区', 'yuanbaoshan', ['元宝山', '元寶山'], '150400'),
  region('150404', '松山区', 'songshan', ['松山区', '松山區'], '150400'),
  region('150421', '阿鲁科尔沁旗', 'alukeerqin', ['阿鲁科尔沁', '阿魯科爾沁'], '150400'),
  region('150422', '巴林左旗', 'balinzuo', ['巴林左旗'], '150400'),
  region('150423', '巴林右旗', 'balinyou', ['巴林右旗'], '150400'),
  region('150424', '林西县', 'linxi', ['林西县', '林西縣'], '150400'),
  region('150425', '克什克腾旗', 'keshiketeng', ['克什克腾', '克什克騰'], '150400'),
  region('150426', '翁牛特旗', 'wengniute', ['翁牛特'], '150400'),
  region('150428', '喀喇沁旗', 'kalaqin', ['喀喇沁'], '150400'),
  region('150429', '宁城县', 'ningcheng', ['宁城县', '寧城縣'], '150400'),
  region('150430', '敖汉旗', 'aohan', ['敖汉旗', '敖漢旗'], '150400'),
  region('150100', '呼和浩特市', 'huhehaote', ['呼和浩特']),
  region('150102', '新城区', 'xincheng', ['新城区', '新城區'], '150100'),
  region('150103', '回民区', 'huimin', ['回民区', '回民區'], '150100'),
  region('150104', '玉泉区', 'yuquan', ['玉泉区', '玉泉區'], '150100'),
  region('150105', '赛罕区', 'saihan', ['赛罕区', '賽罕區'], '150100'),
  region('150121', '土默特左旗', 'tumotezuo', ['土默特左旗'], '150100'),
  region('150122', '托克托县', 'tuoketuo', ['托克托'], '150100'),
  region('150123', '和林格尔县', 'helingeer', ['和林格尔', '和林格爾'], '150100'),
  region('150124', '清水河县', 'qingshuihe', ['清水河县', '清水河縣'], '150100'),
  region('150125', '武川县', 'wuchuan', ['武川'], '150100'),
  region('130600', '保定市', 'baoding', ['保定']),
  region('130623', '涞水县', 'laishui', ['涞水', '淶水'], '130600'),
  region('130624', '阜平县', 'fuping', ['阜平'], '130600'),
  region('130627', '唐县', 'tangxian', ['唐县', '唐縣'], '130600'),
  region('130630', '涞源县', 'laiyuan', ['涞源', '淶源'], '130600'),
  region('130631', '望都县', 'wangdu', ['望都'], '130600'),
  region('130633', '易县', 'yixian', ['易县', '易縣'], '130600'),
  region('130634', '曲阳县', 'quyang', ['曲阳', '曲陽'], '130600'),
  region('130636', '顺平县', 'shunping', ['顺平', '順平'], '130600'),
  region('130637', '博野县', 'boye', ['博野'], '130600'),
  region('210900', '阜新市', 'fuxin', ['阜新']),
  region('210921', '阜新蒙古族自治县', 'fumeng', ['阜新蒙古族自治县', '阜新蒙古族自治縣', '阜蒙'], '210900'),
  region('210922', '彰武县', 'zhangwu', ['彰武'], '210900'),
  region('640300', '吴忠市', 'wuzhong', ['吴忠', '吳忠']),
  region('640303', '红寺堡区', 'hongsibu', ['红寺堡', '紅寺堡'], '640300'),
  region('640323', '盐池县', 'yanchi', ['盐池', '鹽池'], '640300'),
  region('640324', '同心县', 'tongxin', ['同心县', '同心縣'], '640300'),
];

function firstMention(text: string, names: readonly string[]): number {
  const positions = names.map((name) => text.indexOf(name)).filter((at) => at >= 0);
  return positions.length === 0 ? -1 : Math.min(...positions);
}

function countMentions(text: string, names: readonly string[]): number {
  return names.reduce((sum, name) => sum + text.split(name).length - 1, 0);
}

/**
 * Guesses the regions a report covers: its main prefecture first (the one most named, counting
 * its counties), then every known county it names, in order of first mention. A guess only: the
 * editor checks it.
 */
export function guessRegions(text: string): KnownRegion[] {
  const named = KNOWN_REGIONS.map((known) => ({
    known,
    at: firstMention(text, known.names),
    count: countMentions(text, known.names),
  })).filter((entry) => entry.at >= 0);
  const weightOf = (prefecture: string) =>
    named
      .filter((e) => e.known.code === prefecture || e.known.parent === prefecture)
      .reduce((sum, e) => sum + e.count, 0);
  const prefectures = [...new Set(named.map((e) => e.known.parent ?? e.known.code))].sort(
    (a, b) => weightOf(b) - weightOf(a),
  );
  const byCode = new Map(KNOWN_REGIONS.map((known) => [known.code, known]));
  const counties = named
    .filter((e) => e.known.parent !== undefined)
    .sort((a, b) => a.at - b.at)
    .map((e) => e.known);
  return [...prefectures.flatMap((code) => byCode.get(code) ?? []), ...counties];
}
