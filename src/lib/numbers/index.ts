/** The Chinese number reader: what other modules import. */
export { readChineseNumbers } from './read.ts';
export { readNumberFromQuote, describeNumber, type ExpectedNumber, type QuoteReading } from './quote.ts';
export { parseChineseNumeral } from './numerals.ts';
export { parseUnit, unitsAgree, type ParsedUnit } from './units.ts';
export type { ChineseNumber, NumberKind, Qualifier } from './types.ts';
