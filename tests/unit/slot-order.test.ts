import { describe, expect, it } from 'vitest';
import { bySlot } from '../../src/features/rounds/slot-order';

interface Sheet {
  name: string;
  slot?: string;
}
const order = (sheets: Sheet[]) =>
  [...sheets]
    .sort(
      bySlot(
        (sheet: Sheet) => sheet.slot,
        (sheet) => sheet.name,
      ),
    )
    .map((s) => s.name);

describe('bySlot', () => {
  it('puts the conversations in time order, across days', () => {
    expect(
      order([
        { name: 'Sara', slot: '2025-11-12T08:30' },
        { name: 'Noah', slot: '2025-11-11T16:00' },
        { name: 'Emma', slot: '2025-11-11T08:45' },
      ]),
    ).toEqual(['Emma', 'Noah', 'Sara']);
  });

  it('puts pupils without a slot last, and pupils with the same slot by name', () => {
    expect(
      order([
        { name: 'zoë' },
        { name: 'Ömer', slot: '2025-11-11T08:30' },
        { name: 'Anna' },
        { name: 'Bram', slot: '2025-11-11T08:30' },
      ]),
    ).toEqual(['Bram', 'Ömer', 'Anna', 'zoë']);
  });
});
