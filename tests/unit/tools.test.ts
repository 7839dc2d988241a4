import { describe, expect, it } from 'vitest';
import { TALK_PARTS, TOOL_IDS } from '../../src/db';
import {
  DEFAULT_TALK_ORDER,
  emptyPreparation,
  partsOf,
  PUPIL_TOOLS,
  SHEET_PARTS,
} from '../../src/features/preparation/tools';
import { PUPIL_PARTS } from '../../src/features/voice/prompts';
import { komRound } from '../support/preparation-fixtures';

describe('the list of pupil tools', () => {
  it('holds every tool a pupil works with, in the order of the path', () => {
    expect(PUPIL_TOOLS.map((tool) => tool.id)).toEqual(
      TOOL_IDS.filter((id) => id !== 'parentQuestions'),
    );
  });

  it('opens each tool from its path tile at /pupil/<id>', () => {
    for (const tool of PUPIL_TOOLS) expect(tool.routes[0]!.path, tool.id).toBe(`/${tool.id}`);
  });

  it('gives every tool a read-aloud prompt for its tile and screen', () => {
    const voiced = new Set<string>(PUPIL_PARTS.map(({ part }) => part));
    for (const tool of PUPIL_TOOLS) expect(voiced.has(tool.id), tool.id).toBe(true);
  });

  it('has each part once, made by the tool that lists it', () => {
    const ids = SHEET_PARTS.map((part) => part.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const tool of PUPIL_TOOLS)
      for (const part of tool.parts) expect(part.madeWith, part.id).toContain(tool.id);
  });

  it('tells every part that has a talk step, and only those, in the stored talk order', () => {
    expect([...DEFAULT_TALK_ORDER].sort()).toEqual([...TALK_PARTS].sort());
    expect(DEFAULT_TALK_ORDER).toEqual(
      SHEET_PARTS.filter((part) => part.Talk).map((part) => part.id),
    );
  });

  it('starts a preparation with an empty list for every part', () => {
    const empty = emptyPreparation(komRound(), 'p1');
    for (const part of SHEET_PARTS) expect(empty[part.id], part.id).toEqual([]);
  });

  it('puts on the sheet only the parts of the round’s tools', () => {
    const kleuters = komRound({ tools: ['portfolio', 'spinnenweb', 'video'] });
    expect(partsOf(kleuters).map((part) => part.id)).toEqual(['portfolio', 'ratings', 'clips']);
    expect(partsOf(komRound()).map((part) => part.id)).toEqual(SHEET_PARTS.map((part) => part.id));
  });
});
