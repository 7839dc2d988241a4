import { describe, expect, it } from 'vitest';
import { nl } from '../../src/i18n/nl';
import { en } from '../../src/i18n/en';
import { vl } from '../../src/i18n/vl';
import { nlRounds } from '../../src/i18n/nl-rounds';
import { enRounds } from '../../src/i18n/en-rounds';
import { vlRounds } from '../../src/i18n/vl-rounds';
import { nlPupil } from '../../src/i18n/nl-pupil';
import { enPupil } from '../../src/i18n/en-pupil';
import { vlPupil } from '../../src/i18n/vl-pupil';
import { nlTalk } from '../../src/i18n/nl-talk';
import { enTalk } from '../../src/i18n/en-talk';
import { vlTalk } from '../../src/i18n/vl-talk';
import { nlBackup } from '../../src/i18n/nl-backup';
import { enBackup } from '../../src/i18n/en-backup';
import { vlBackup } from '../../src/i18n/vl-backup';

// The start messages, the teacher screens' and the pupil screens' messages, as the app merges them.
const nlAll = { ...nl, ...nlRounds, ...nlPupil, ...nlTalk, ...nlBackup };
const enAll: Record<string, string> = {
  ...en,
  ...enRounds,
  ...enPupil,
  ...enTalk,
  ...enBackup,
};
const vlAll: Record<string, string | undefined> = {
  ...vl,
  ...vlRounds,
  ...vlPupil,
  ...vlTalk,
  ...vlBackup,
};
import { createTranslate, fill, languageTag } from '../../src/i18n/translate';
import type { MessageKey } from '../../src/i18n/nl';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('English has exactly the Dutch keys, none empty, in the start set and the teacher set', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    expect(Object.keys(enRounds).sort()).toEqual(Object.keys(nlRounds).sort());
    expect(Object.keys(enPupil).sort()).toEqual(Object.keys(nlPupil).sort());
    expect(Object.keys(enTalk).sort()).toEqual(Object.keys(nlTalk).sort());
    expect(Object.keys(enBackup).sort()).toEqual(Object.keys(nlBackup).sort());
    for (const [key, text] of Object.entries(enAll)) expect(text.trim(), key).not.toBe('');
    for (const [key, text] of Object.entries(nlAll)) expect(text.trim(), key).not.toBe('');
  });

  it('keeps the start, teacher and pupil sets apart', () => {
    expect(Object.keys(nl).filter((key) => key in nlRounds)).toEqual([]);
    expect(Object.keys(nl).filter((key) => key in nlPupil)).toEqual([]);
    expect(Object.keys(nlRounds).filter((key) => key in nlPupil)).toEqual([]);
    for (const set of [nl, nlRounds, nlPupil])
      expect(Object.keys(set).filter((key) => key in nlTalk)).toEqual([]);
    for (const set of [nl, nlRounds, nlPupil, nlTalk])
      expect(Object.keys(set).filter((key) => key in nlBackup)).toEqual([]);
  });

  it('uses the same placeholders in every language', () => {
    for (const [key, dutch] of Object.entries(nlAll)) {
      expect(placeholders(enAll[key]!), key).toEqual(placeholders(dutch));
      const flemish = vlAll[key];
      if (flemish) expect(placeholders(flemish), key).toEqual(placeholders(dutch));
    }
  });

  it('words a message about one thing in the set of the message about many', () => {
    const sets = [nl, nlRounds, nlPupil, nlTalk, nlBackup] as Record<string, string>[];
    for (const set of sets)
      for (const key of Object.keys(set).filter((name) => name.endsWith('One'))) {
        const many = set[key.slice(0, -'One'.length)];
        if (many !== undefined) expect(many, key).toContain('{count}');
      }
  });

  it('Flemish only overrides keys that exist', () => {
    for (const key of Object.keys(vl)) expect(nl).toHaveProperty(key);
    for (const key of Object.keys(vlRounds)) expect(nlRounds).toHaveProperty(key);
    for (const key of Object.keys(vlPupil)) expect(nlPupil).toHaveProperty(key);
    for (const key of Object.keys(vlTalk)) expect(nlTalk).toHaveProperty(key);
    for (const key of Object.keys(vlBackup)) expect(nlBackup).toHaveProperty(key);
  });
});

describe('translate', () => {
  it('fills values and the wording words of the Netherlands and Flanders', () => {
    const netherlands = createTranslate(nl);
    const flanders = createTranslate({ ...nl, ...vl });
    expect(netherlands('setupClassName')).toBe('Naam van de groep');
    expect(flanders('setupClassName')).toBe('Naam van de klas');
    expect(netherlands('pupilHello', { name: 'Emma' })).toBe('Hoi Emma!');
  });

  it('answers a key that names a built-in object key with the key, never with what objects inherit', () => {
    const t = createTranslate(nl);
    for (const key of ['constructor', 'valueOf', 'toString', '__proto__'])
      expect(t(key as MessageKey)).toBe(key);
    expect(fill('Hoi {constructor}', { name: 'Noah' })).toBe('Hoi {constructor}');
  });

  it('says one thing in the singular, when that message has a wording for one', () => {
    const t = createTranslate({ ...nl, ...nlPupil, ...nlTalk });
    expect(t('jarLeft', { count: 1 })).toBe('Nog één vraag in de pot');
    expect(t('jarLeft', { count: 2 })).toBe('Nog 2 vragen in de pot');
    expect(t('jarLeft', { count: 0 })).toBe('Nog 0 vragen in de pot');
    expect(t('printReady', { count: 1 })).toBe('Het praatpapier is klaar om af te drukken.');
    const backup = createTranslate(nlBackup);
    expect(
      backup('restoreCounts', {
        pupils: backup('countPupils', { count: 2 }),
        rounds: backup('countRounds', { count: 1 }),
        items: backup('countItems', { count: 1 }),
        photos: backup('countPhotos', { count: 0 }),
        recordings: backup('countRecordings', { count: 1 }),
        size: '3 MB',
      }),
    ).toBe('2 kinderen, 1 gesprek, 1 ding in een portfolio, 0 foto’s en 1 opname (3 MB).');
    // Without a wording for one, the message stays as it is.
    expect(t('talkStep', { step: 1, count: 1 })).toBe('Stap 1 van 1');
  });

  it('leaves unknown placeholders visible rather than dropping them', () => {
    expect(fill('Hoi {name} {other}', { name: 'Noah' })).toBe('Hoi Noah {other}');
  });

  it('gives the document language tag per language and wording', () => {
    expect(languageTag('nl', 'nl')).toBe('nl-NL');
    expect(languageTag('nl', 'vl')).toBe('nl-BE');
    expect(languageTag('en', 'vl')).toBe('en');
  });
});
