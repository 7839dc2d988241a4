import { describe, expect, it } from 'vitest';
import { nl } from '../../src/i18n/nl';
import { en } from '../../src/i18n/en';
import { vl } from '../../src/i18n/vl';
import { createTranslate, fill, languageTag } from '../../src/i18n/translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('messages', () => {
  it('English has exactly the Dutch keys, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    for (const [key, text] of Object.entries(en)) expect(text.trim(), key).not.toBe('');
    for (const [key, text] of Object.entries(nl)) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in every language', () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
      const flemish = vl[key];
      if (flemish) expect(placeholders(flemish), key).toEqual(placeholders(nl[key]));
    }
  });

  it('Flemish only overrides keys that exist', () => {
    for (const key of Object.keys(vl)) expect(nl).toHaveProperty(key);
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

  it('leaves unknown placeholders visible rather than dropping them', () => {
    expect(fill('Hoi {name} {other}', { name: 'Noah' })).toBe('Hoi Noah {other}');
  });

  it('gives the document language tag per language and wording', () => {
    expect(languageTag('nl', 'nl')).toBe('nl-NL');
    expect(languageTag('nl', 'vl')).toBe('nl-BE');
    expect(languageTag('en', 'vl')).toBe('en');
  });
});
