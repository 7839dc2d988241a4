import { describe, expect, it } from 'vitest';
import { drawFromJar, drawableQuestions, questionsLeft } from '../../src/features/questions/jar';

const JAR = ['a', 'b', 'c', 'd'];
/** A random source that returns the given numbers in turn. */
const sequence = (...values: number[]) => {
  let index = 0;
  return () => values[index++ % values.length]!;
};

describe('the vragenpot', () => {
  it('draws with the random source it is given', () => {
    expect(drawFromJar(JAR, [], () => 0)).toBe('a');
    expect(drawFromJar(JAR, [], () => 0.99)).toBe('d');
    expect(drawFromJar(JAR, [], () => 0.5)).toBe('c');
  });

  it('never repeats a question while there are questions not yet drawn', () => {
    const drawn: { questionId: string; putBack: boolean }[] = [];
    const random = sequence(0.7, 0.1, 0.9, 0.3);
    for (let i = 0; i < JAR.length; i++) {
      const id = drawFromJar(JAR, drawn, random)!;
      expect(drawn.map((entry) => entry.questionId)).not.toContain(id);
      drawn.push({ questionId: id, putBack: i % 2 === 0 });
    }
    expect(new Set(drawn.map((entry) => entry.questionId))).toEqual(new Set(JAR));
  });

  it('keeps a question that was put back out while unseen ones remain', () => {
    const drawn = [{ questionId: 'a', putBack: true }];
    expect(drawableQuestions(JAR, drawn)).toEqual(['b', 'c', 'd']);
  });

  it('lets put-back questions come out again once every question has been drawn, not the last one first', () => {
    const drawn = [
      { questionId: 'a', putBack: true },
      { questionId: 'b', putBack: false },
      { questionId: 'c', putBack: true },
      { questionId: 'd', putBack: false },
    ];
    expect(drawableQuestions(JAR, drawn, 'c')).toEqual(['a']);
    expect(drawableQuestions(JAR, drawn)).toEqual(['a', 'c']);
    // With only the just-put-back question left, it may come out again rather than nothing.
    const onlyOne = drawn.map((entry) => ({ ...entry, putBack: entry.questionId === 'c' }));
    expect(drawFromJar(JAR, onlyOne, () => 0, 'c')).toBe('c');
  });

  it('is empty when every question was drawn and kept', () => {
    const drawn = JAR.map((questionId) => ({ questionId, putBack: false }));
    expect(drawFromJar(JAR, drawn, () => 0)).toBeNull();
    expect(questionsLeft(JAR, drawn)).toBe(0);
    expect(drawFromJar([], [], () => 0)).toBeNull();
  });

  it('counts what is left: not drawn, or put back', () => {
    expect(questionsLeft(JAR, [])).toBe(4);
    expect(
      questionsLeft(JAR, [
        { questionId: 'a', putBack: false },
        { questionId: 'b', putBack: true },
      ]),
    ).toBe(3);
  });

  it('ignores drawn questions the teacher has taken out of the jar since', () => {
    expect(drawableQuestions(['a', 'b'], [{ questionId: 'x', putBack: false }])).toEqual([
      'a',
      'b',
    ]);
  });
});
