/**
 * Choosing a voice for read-aloud. Only a voice on the device will do: a network voice would send
 * the child's words to a server, and the app sends nothing anywhere.
 */
export interface VoiceLike {
  lang: string;
  localService: boolean;
  name: string;
  default?: boolean;
}

const normal = (tag: string) => tag.toLowerCase().replace(/_/g, '-');
const languageOf = (tag: string) => normal(tag).split('-')[0]!;

/** The best local voice for a BCP-47 tag ('nl-NL', 'nl-BE', 'en'), or undefined. */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], tag: string): V | undefined {
  const wanted = normal(tag);
  const local = voices.filter((voice) => voice.localService);
  const exact = local.filter((voice) => normal(voice.lang) === wanted);
  // Flemish accepts a Netherlands voice and the other way round: Dutch read aloud beats silence.
  const sameLanguage = local.filter((voice) => languageOf(voice.lang) === languageOf(wanted));
  const pool = exact.length > 0 ? exact : sameLanguage;
  return pool.find((voice) => voice.default) ?? pool[0];
}

export interface SynthLike {
  getVoices(): SpeechSynthesisVoice[];
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

/** The voices, once the browser has them: some browsers fill the list a moment after start. */
export function waitForVoices(synth: SynthLike, timeoutMs = 1500): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, timeoutMs);
    synth.addEventListener('voiceschanged', done);
  });
}

/**
 * What a speaker button does: the teacher's recording first (their own voice, on every device),
 * else a voice on the device for the language, else, where children cannot read yet, it says
 * that the teacher can record it; an older child's button is left out rather than silent.
 * Never a network voice: pickVoice only takes local ones.
 */
export type Speaker = 'recording' | 'device' | 'explain' | 'none';

export function speakerFor(options: {
  hasRecording: boolean;
  voice: VoiceLike | undefined;
  /** The round is for kleuters or onderbouw: every text needs a voice. */
  nonReaders: boolean;
}): Speaker {
  if (options.hasRecording) return 'recording';
  if (options.voice) return 'device';
  return options.nonReaders ? 'explain' : 'none';
}
