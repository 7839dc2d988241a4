// One "is this a double?" rule for names, topics and questions (src/db/limits.ts).
import { describe, expect, it } from 'vitest';
import { sameText, textKey } from '../../src/db';
import { parseNameList } from '../../src/features/class/name-list';
import { questionTextProblems, topicProblems } from '../../src/features/rounds/round-rules';

describe('sameText', () => {
  it('ignores case, surrounding and doubled white space, and invisible characters', () => {
    expect(sameText('  Lezen ', 'lezen')).toBe(true);
    expect(sameText('Samen  spelen', 'samen spelen')).toBe(true);
    expect(sameText('Emma\u200b', 'EMMA')).toBe(true);
  });

  it('reads a composed and a decomposed accent as the same letter', () => {
    expect(sameText('Zoë', 'Zoe\u0308')).toBe(true);
    expect(textKey('Zoe\u0308')).toBe('zoë');
  });

  it('keeps different letters apart', () => {
    expect(sameText('Zoë', 'Zoe')).toBe(false);
    expect(sameText('Emma B', 'Emma')).toBe(false);
  });
});

describe('the rule is the same for names, topics and questions', () => {
  const double = ['Zoë', 'ZOE\u0308 '];
  it('refuses the second of two such names', () => {
    expect(parseNameList(double.join('\n')).duplicates).toEqual(['ZOE\u0308']);
  });
  it('refuses two such topics', () => {
    const topics = ['Lezen', 'Rekenen', ...double].map((label, i) => ({ id: `t${i}`, label }));
    expect(topicProblems(topics)).toEqual(['topic-duplicate']);
  });
  it('refuses two such questions', () => {
    expect(questionTextProblems(double)).toEqual(['question-duplicate']);
  });
});
