import { describe, expect, it } from 'vitest';
import { topicSuggestionsFor } from '../../src/features/rounds/defaults';
import { hasTopicPicture } from '../../src/ui/drawings/topic-pictures';
import { filledCount } from '../../src/features/circles/circle-fill';

describe('topic pictures', () => {
  it('draws every built-in topic, for every age band', () => {
    const ids = topicSuggestionsFor('kleuters').map((topic) => topic.id);
    expect(ids.filter((id) => !hasTopicPicture(id))).toEqual([]);
  });

  it('gives the teacher’s own topics (and inherited names) no built-in picture', () => {
    for (const id of [crypto.randomUUID(), 'constructor', '__proto__', 'valueOf', ''])
      expect(hasTopicPicture(id)).toBe(false);
  });
});

describe('a circle’s fill', () => {
  const empty = { plus: '', minus: '', wonder: '', goal: '', need: '' };
  it('counts the fields with words, not spaces', () => {
    expect(filledCount(empty)).toBe(0);
    expect(filledCount({ ...empty, plus: 'Koken', need: '  ', wonder: '?' })).toBe(2);
  });
});
