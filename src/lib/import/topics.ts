/**
 * Topic guesses for the editor: the policy terms a report keeps returning to. Topics are always
 * written in Simplified, so the list filter groups 脫貧攻堅 with 脱贫攻坚.
 */
const TOPICS: ReadonlyArray<{ topic: string; terms: readonly string[] }> = [
  { topic: '脱贫攻坚', terms: ['脱贫攻坚', '脫貧攻堅'] },
  { topic: '乡村振兴', terms: ['乡村振兴', '鄉村振興'] },
  { topic: '精准扶贫', terms: ['精准扶贫', '精準扶貧', '精准脱贫', '精準脫貧'] },
  { topic: '产业扶贫', terms: ['产业扶贫', '產業扶貧', '扶贫产业', '扶貧產業'] },
  { topic: '易地扶贫搬迁', terms: ['易地扶贫搬迁', '易地扶貧搬遷', '易地搬迁', '易地搬遷'] },
  { topic: '金融扶贫', terms: ['金融扶贫', '金融扶貧', '小额信贷', '小額信貸', '小额贷款', '小額貸款'] },
  { topic: '教育扶贫', terms: ['教育扶贫', '教育扶貧', '教育脱贫', '教育脫貧'] },
  { topic: '健康扶贫', terms: ['健康扶贫', '健康扶貧'] },
  { topic: '生态扶贫', terms: ['生态扶贫', '生態扶貧', '生态脱贫', '生態脫貧'] },
  { topic: '电商扶贫', terms: ['电商扶贫', '電商扶貧', '电商', '電商'] },
  { topic: '消费扶贫', terms: ['消费扶贫', '消費扶貧'] },
  { topic: '扶贫改革试验区', terms: ['扶贫改革试验区', '扶貧改革試驗區'] },
  { topic: '红色文化', terms: ['红色文化', '紅色文化', '革命文物', '红色旅游', '紅色旅遊'] },
];
const MIN_MENTIONS = 2;
const MAX_TOPICS = 6;

/** Topics named at least twice in the text, most named first. */
export function guessTopics(text: string): string[] {
  return TOPICS.map(({ topic, terms }) => ({
    topic,
    count: terms.reduce((sum, term) => sum + text.split(term).length - 1, 0),
  }))
    .filter((entry) => entry.count >= MIN_MENTIONS)
    .sort((a, b) => b.count - a.count)
    .slice(0, MAX_TOPICS)
    .map((entry) => entry.topic);
}
