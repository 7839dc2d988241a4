import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../src/features/storage/storage';

describe('formatBytes', () => {
  it('says sizes the way a teacher reads them', () => {
    expect(formatBytes(512, 'nl-NL')).toBe('512 B');
    expect(formatBytes(12_345_678, 'nl-NL')).toBe('12,3 MB');
    expect(formatBytes(12_345_678, 'en')).toBe('12.3 MB');
    expect(formatBytes(250_000_000_000, 'en')).toBe('250 GB');
  });
});
