/**
 * Simplified or Traditional: counts characters that exist in only one of the two scripts.
 * A few dozen frequent pairs decide any report-length text; no conversion table is needed.
 */
const PAIRS = '国國发發区區这這为為会會时時说說对對实實现現产產业業经經济濟农農贫貧脱脫县縣乡鄉镇鎮' +
  '华華开開关關务務员員门門长長书書东東车車过過还還进進们們个個动動体體机機点點两兩样樣' +
  '设設导導帮幫户戶项項资資组組织織领領坚堅战戰准準党黨与與众眾议議计計划劃';

const SIMPLIFIED = new Set<string>();
const TRADITIONAL = new Set<string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const simplified = PAIRS[i];
  const traditional = PAIRS[i + 1];
  if (simplified !== undefined && traditional !== undefined && simplified !== traditional) {
    SIMPLIFIED.add(simplified);
    TRADITIONAL.add(traditional);
  }
}

/** The script a text is written in; Simplified when the text gives no sign either way. */
export function detectScript(text: string): 'zh-Hans' | 'zh-Hant' {
  let simplified = 0;
  let traditional = 0;
  for (const char of text) {
    if (SIMPLIFIED.has(char)) simplified += 1;
    else if (TRADITIONAL.has(char)) traditional += 1;
  }
  return traditional > simplified ? 'zh-Hant' : 'zh-Hans';
}
