import { describe, expect, it } from 'vitest';
import { pickVoice, speakerFor, waitForVoices } from '../../src/ui/speech';

const voice = (lang: string, localService: boolean, name = `${lang} ${localService}`) => ({
  lang,
  localService,
  name,
});

describe('pickVoice', () => {
  it('takes the exact tag before another voice of the same language', () => {
    const voices = [voice('nl-BE', true, 'Ellen'), voice('nl-NL', true, 'Xander')];
    expect(pickVoice(voices, 'nl-NL')?.name).toBe('Xander');
    expect(pickVoice(voices, 'nl-BE')?.name).toBe('Ellen');
  });

  it('compares tags case-insensitively, with _ as -', () => {
    expect(pickVoice([voice('NL_nl', true, 'Android')], 'nl-NL')?.name).toBe('Android');
  });

  it('lets Flemish fall back to a Netherlands voice, and the other way round', () => {
    expect(pickVoice([voice('nl-NL', true, 'Xander')], 'nl-BE')?.name).toBe('Xander');
    expect(pickVoice([voice('nl-BE', true, 'Ellen')], 'nl-NL')?.name).toBe('Ellen');
  });

  it('prefers a local voice among equal matches', () => {
    const voices = [voice('nl-NL', false, 'Cloud'), voice('nl-NL', true, 'Device')];
    expect(pickVoice(voices, 'nl-NL')?.name).toBe('Device');
  });

  it('takes a local voice of the language over a network voice of the exact tag', () => {
    const voices = [voice('nl-BE', false, 'Cloud Flemish'), voice('nl-NL', true, 'Device')];
    expect(pickVoice(voices, 'nl-BE')?.name).toBe('Device');
  });

  it('refuses network voices: the child’s words never go to a server', () => {
    const voices = [voice('nl-NL', false), voice('nl-BE', false), voice('en-GB', true)];
    expect(pickVoice(voices, 'nl-NL')).toBeUndefined();
    expect(pickVoice(voices, 'nl-BE')).toBeUndefined();
  });

  it('finds an English voice for a bare language tag', () => {
    const voices = [voice('nl-NL', true, 'Xander'), voice('en-GB', true, 'Daniel')];
    expect(pickVoice(voices, 'en')?.name).toBe('Daniel');
  });

  it('never mistakes another language for the wanted one', () => {
    expect(pickVoice([voice('de-DE', true)], 'nl-NL')).toBeUndefined();
    expect(pickVoice([voice('nl-NL', true)], 'en')).toBeUndefined();
  });

  it('returns nothing when there are no voices or no language', () => {
    expect(pickVoice([], 'nl-NL')).toBeUndefined();
    expect(pickVoice([voice('nl-NL', true)], '')).toBeUndefined();
  });
});

/** A speechSynthesis stand-in: voices arrive when the test says so, as in Chrome. */
function fakeSynth(initial: string[] = []) {
  let voices = initial.map((lang) => voice(lang, true) as unknown as SpeechSynthesisVoice);
  const listeners = new Set<() => void>();
  return {
    listeners,
    getVoices: () => voices,
    addEventListener: (_type: 'voiceschanged', listener: () => void) => listeners.add(listener),
    removeEventListener: (_type: 'voiceschanged', listener: () => void) =>
      listeners.delete(listener),
    arrive(langs: string[]) {
      voices = langs.map((lang) => voice(lang, true) as unknown as SpeechSynthesisVoice);
      for (const listener of [...listeners]) listener();
    },
  };
}

describe('waitForVoices', () => {
  it('returns at once when the voices are there', async () => {
    const synth = fakeSynth(['nl-NL']);
    const voices = await waitForVoices(synth);
    expect(voices.map((v) => v.lang)).toEqual(['nl-NL']);
    expect(synth.listeners.size).toBe(0);
  });

  it('waits for voiceschanged when the list is still empty', async () => {
    const synth = fakeSynth();
    const waiting = waitForVoices(synth, 60_000);
    expect(synth.listeners.size).toBe(1);
    synth.arrive(['nl-BE', 'en-GB']);
    expect((await waiting).map((v) => v.lang)).toEqual(['nl-BE', 'en-GB']);
    // The listener is gone: a later change does not call into a settled promise.
    expect(synth.listeners.size).toBe(0);
  });

  it('gives up after the timeout with whatever the browser has', async () => {
    const synth = fakeSynth();
    const started = Date.now();
    expect(await waitForVoices(synth, 20)).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
    expect(synth.listeners.size).toBe(0);
  });
});

describe('speakerFor: what a speaker button plays', () => {
  const dutch = voice('nl-NL', true, 'Xander');
  it('plays the teacher’s recording first, even where the device has a voice', () => {
    expect(speakerFor({ hasRecording: true, voice: dutch, nonReaders: false })).toBe('recording');
    expect(speakerFor({ hasRecording: true, voice: undefined, nonReaders: true })).toBe(
      'recording',
    );
  });

  it('else reads with the device’s own voice for the language and region', () => {
    const picked = pickVoice([voice('en-GB', true), voice('nl-BE', true, 'Ellen'), dutch], 'nl-BE');
    expect(picked?.name).toBe('Ellen');
    expect(speakerFor({ hasRecording: false, voice: picked, nonReaders: false })).toBe('device');
  });

  it('never reads with a network voice', () => {
    const picked = pickVoice([voice('nl-NL', false, 'Cloud')], 'nl-NL');
    expect(picked).toBeUndefined();
    expect(speakerFor({ hasRecording: false, voice: picked, nonReaders: false })).toBe('none');
  });

  it('with nothing to play, explains itself to children who cannot read, and is left out for others', () => {
    expect(speakerFor({ hasRecording: false, voice: undefined, nonReaders: true })).toBe('explain');
    expect(speakerFor({ hasRecording: false, voice: undefined, nonReaders: false })).toBe('none');
  });
});
