// The teacher's sentence for a refused name: a class name is never asked for as a first name.
import { describe, expect, it } from 'vitest';
import { ClassInputError } from '../../src/features/class/class-repo';
import { classInputMessage } from '../../src/features/teacher/messages';
import { createTranslate } from '../../src/i18n/translate';
import { nl } from '../../src/i18n/nl';
import { vl } from '../../src/i18n/vl';
import { en } from '../../src/i18n/en';

const message = (
  messages: Parameters<typeof createTranslate>[0],
  reason: ClassInputError['reason'],
) => classInputMessage(createTranslate(messages), new ClassInputError(reason));

describe('classInputMessage', () => {
  it('asks for a first name only when a pupil name is empty', () => {
    expect(message(nl, 'empty-name')).toBe('Vul een voornaam in.');
    expect(message(nl, 'empty-class-name')).toBe('Vul een naam voor de groep in.');
  });

  it('gives the general sentence for any other failure', () => {
    expect(classInputMessage(createTranslate(nl), new Error('write failed'))).toBe(
      nl.errorUnexpected,
    );
  });

  it('names the class the way the region does', () => {
    expect(message({ ...nl, ...vl }, 'empty-class-name')).toBe('Vul een naam voor de klas in.');
    expect(message(en, 'empty-class-name')).toBe('Enter a name for the class.');
    expect(message({ ...nl, ...vl }, 'class-name-too-long')).toBe(
      'De naam van de klas is te lang.',
    );
  });
});
