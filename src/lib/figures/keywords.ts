/**
 * Words that point a number to an indicator, as the seed reports write them. A guess, never a
 * proof: the editor checks every suggestion before it becomes a figure.
 */
import * as OpenCC from 'opencc-js/cn2t';

/** Indicator id → the Simplified words near a number that suggest it. */
export const indicatorKeywords: Readonly<Record<string, readonly string[]>> = {
  'poor-population': ['建档立卡贫困人口', '建档立卡人口', '贫困人口', '未脱贫人口'],
  'poor-households': ['建档立卡贫困户', '贫困户数', '贫困户'],
  'poor-villages': ['贫困村', '贫困嘎查村', '深度贫困村'],
  'poor-counties': ['贫困县', '国贫县', '区贫县', '贫困旗县', '片区县'],
  'poverty-incidence': ['贫困发生率'],
  'population-lifted': ['贫困人口全部脱贫', '贫困人口脱贫', '人脱贫', '全部脱贫', '实现脱贫', '稳定脱贫'],
  'households-lifted': ['贫困户脱贫', '户脱贫'],
  'villages-exited': ['个村出列', '村出列', '全部出列', '脱贫销号'],
  'counties-exited': ['脱贫摘帽', '摘帽', '退出贫困县'],
  'rural-disposable-income': ['农村居民人均可支配收入', '人均可支配收入'],
  'poor-net-income': ['人均纯收入', '人均收入'],
  'income-increase': ['人均年增收', '人均增收', '户均增收', '人均增加收入', '增加收入'],
  'rural-dibao-standard': ['农村低保标准', '低保标准'],
  'village-collective-income': ['村集体经济', '集体经济收入'],
  'poverty-funds': ['投入扶贫资金', '各类扶贫资金', '扶贫资金', '扶贫投入'],
  'poverty-funds-central-provincial': ['中央及自治区财政专项扶贫资金', '专项扶贫资金', '中央财政', '省以上财政'],
  'poverty-funds-municipal': ['市级财政', '市本级', '市财政'],
  'poverty-funds-county': ['旗县区投入', '县级财政', '市县财政'],
  'agri-funds-integrated': ['涉农实质整合资金', '涉农资金', '整合资金'],
  'poverty-loans': ['扶贫贷款', '到户贷款', '涉农贷款', '再贷款', '贷款'],
  'poverty-microcredit': ['扶贫小额贷款', '小额贷款', '小额信贷'],
  'paired-assistance-funds': ['定点包扶', '定点帮扶', '帮扶资金'],
  'household-poverty-loans': ['金融扶贫到户贷款', '扶贫到户贷款'],
  'poverty-loan-balance': ['精准扶贫贷款余额', '贷款余额'],
  'development-bank-loans': ['国开行', '国家开发银行'],
  'agricultural-development-bank-loans': ['农发行', '农业发展银行'],
  'agricultural-bank-loans': ['农业银行'],
  'poverty-relending': ['扶贫再贷款'],
  'leader-liaison-funds': ['领导干部联系'],
  'reform-pilot-funds': ['投入扶贫改革试验', '改革试验资金'],
  'social-assistance-funds': ['社会帮扶资金', '社会各界资金', '社会资金'],
  'industry-project-funds': ['产业扶贫项目资金'],
  'relocated-population': ['搬迁建档立卡人口', '建档立卡搬迁人口', '易地扶贫搬迁', '搬迁人口', '启动搬迁', '共搬迁'],
  'relocation-investment': ['易地扶贫搬迁投资', '搬迁投资'],
  'relocation-housing': ['安置住房', '住房'],
  'resettlement-sites': ['集中安置点', '安置点', '安置小区'],
  'dilapidated-housing-renovated': ['危房改造', '危窑危房', '改造危房', '危改', '危房'],
  'poor-labour-employed': ['贫困劳动力就业', '吸纳劳动力就业', '劳动力就业', '就业'],
  'employment-placements': ['安置贫困人口就业'],
  'public-welfare-jobs': ['扶贫公益岗', '公益岗'],
  'poverty-workshops': ['扶贫车间'],
  'skills-training': ['技能培训', '培训'],
  'industry-projects': ['产业扶贫项目', '产业项目', '扶贫项目', '一村一品', '帮扶项目', '建设项目'],
  'poverty-industrial-parks': ['扶贫产业园区', '产业园区'],
  'leading-enterprises': ['扶贫龙头企业', '龙头企业'],
  'industry-beneficiaries': ['带动贫困人口', '辐射带动', '带动'],
  'poverty-product-sales': ['电商销售额', '销售额', '销售'],
  'safety-net-population': ['兜底保障', '低保', '兜底'],
  'medical-aid': ['医疗救助'],
  'education-aid': ['教育资助', '教育扶持', '助学金', '雨露计划'],
  'safe-water-beneficiaries': ['饮水安全', '饮用水', '饮水'],
  'rural-tap-water-coverage': ['自来水普及率'],
  'ecological-rangers': ['生态护林员', '护林员'],
  'afforestation-area': ['新增林地面积', '林地面积', '造林', '退耕还林'],
  'land-transfer-area': ['土地流转面积'],
  'water-saving-irrigation-area': ['节水灌溉面积'],
  'first-secretaries': ['第一书记'],
  'village-work-teams': ['驻村扶贫工作队', '工作队', '工作组'],
  'resident-cadres': ['驻村干部', '到乡村工作干部'],
  'old-area-population': ['老区人口'],
  'old-area-households': ['老区居民户数'],
  'old-area-townships': ['老区乡镇'],
  'old-area-villages': ['老区村'],
  'resident-population': ['常住人口'],
  'agricultural-population': ['农业人口'],
  'land-area': ['总面积'],
  'industrial-output': ['工业总产值'],
  'agricultural-output': ['农业总产值'],
};

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

export interface Keyword {
  indicator: string;
  /** The word as it may stand in a report, Simplified or Traditional. */
  word: string;
}

/**
 * Every keyword in both scripts (report 002 is Traditional: 貧困人口, 危房改造), longest first so
 * that 建档立卡贫困户 is tried before 贫困户.
 */
export const keywords: readonly Keyword[] = Object.entries(indicatorKeywords)
  .flatMap(([indicator, words]) => {
    const forms = new Set(words.flatMap((word) => [word, toTraditional(word), toTaiwan(word)]));
    return [...forms].map((word) => ({ indicator, word }));
  })
  .sort((a, b) => b.word.length - a.word.length);
