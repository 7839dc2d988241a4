import { describe, expect, it } from 'vitest';
import { nl } from '../../src/i18n/nl';
import { nlPupil } from '../../src/i18n/nl-pupil';
import { createTranslate } from '../../src/i18n/translate';
import {
  IDLE_PROMPT,
  isNonReaderBand,
  roundPrompts,
  screenPrompt,
  tilePrompt,
  topicPrompt,
  voiceCheck,
} from '../../src/features/voice/prompts';
import { checkRow } from '../../src/db';

const t = createTranslate({ ...nl, ...nlPupil });
const round = {
  tools: ['portfolio', 'ratings', 'questions', 'vragenpot'] as const,
  questions: [{ id: 'kom-1', text: 'Wat ging goed?' }],
  topics: [{ id: 'lezen', label: 'Lezen' }],
};
const jar = [{ id: 'leren-01', text: 'Wat kun je nu wat je eerst nog niet kon?' }];

describe('the prompts a teacher can record for a round', () => {
  const prompts = roundPrompts({ ...round, tools: [...round.tools] }, jar, t);

  it('are the path, each part that is on (tile and screen), the questions, the jar and the topics', () => {
    expect(prompts.map((prompt) => prompt.id)).toEqual([
      screenPrompt('path'),
      tilePrompt('portfolio'),
      screenPrompt('portfolio'),
      tilePrompt('ratings'),
      screenPrompt('ratings'),
      tilePrompt('questions'),
      screenPrompt('questions'),
      tilePrompt('vragenpot'),
      screenPrompt('vragenpot'),
      tilePrompt('share'),
      screenPrompt('share'),
      'kom-1',
      'leren-01',
      topicPrompt('lezen'),
      IDLE_PROMPT,
    ]);
    expect(prompts[0]?.text).toBe(`${nlPupil.pathTitle}. ${nlPupil.pathIntro}`);
    expect(prompts.find((prompt) => prompt.id === 'kom-1')?.text).toBe('Wat ging goed?');
  });

  it('have ids a stored media row may carry', () => {
    for (const prompt of prompts)
      expect(() =>
        checkRow('media', {
          id: 'm1',
          kind: 'audio',
          mimeType: 'audio/webm;codecs=opus',
          bytes: 1,
          complete: true,
          purpose: 'prompt',
          roundId: 'r1',
          questionId: prompt.id,
          createdAt: 1,
        }),
      ).not.toThrow();
  });

  it('are counted by who reads them: the teacher, the tablet, or nobody', () => {
    const recorded = new Set(['kom-1', screenPrompt('path')]);
    expect(voiceCheck(prompts, recorded, true).counts).toEqual({
      recorded: 2,
      device: 13,
      none: 0,
    });
    const silent = voiceCheck(prompts, recorded, false);
    expect(silent.counts).toEqual({ recorded: 2, device: 0, none: 13 });
    expect(silent.states.get('kom-1')).toBe('recorded');
    expect(silent.states.get('leren-01')).toBe('none');
  });

  it('need a voice for kleuters and onderbouw', () => {
    expect(
      ['kleuters', 'onderbouw', 'middenbouw', 'bovenbouw'].map((band) =>
        isNonReaderBand(band as never),
      ),
    ).toEqual([true, true, false, false]);
  });
});
