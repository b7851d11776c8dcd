import { describe, expect, it } from 'vitest';
import { guessTopics } from './topics.ts';

describe('guessTopics', () => {
  it('lists topics named at least twice, most named first, in Simplified', () => {
    expect(guessTopics('脫貧攻堅……脫貧攻堅……脫貧攻堅……電商……電商扶貧……鄉村振興')).toEqual(['脱贫攻坚', '电商扶贫']);
  });

  it('returns nothing for a text that names no topic twice', () => {
    expect(guessTopics('乡村振兴')).toEqual([]);
  });
});
