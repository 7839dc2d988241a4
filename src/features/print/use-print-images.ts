import { useEffect, useMemo, useState } from 'preact/hooks';
import { radarImages, type RadarData, type SeriesNames } from '../radar';
import type { PrintData } from './load-print';

/**
 * The printed spinnenweb, 10 cm wide at 200 dpi, and wider than high: its longest labels sit
 * left and right of the web, and the legend below it.
 */
const RADAR_SIZE = { width: 800, height: 640 };

/**
 * The images of the sheets as object URLs, made all at once so every <img> has its source on the
 * first render, and revoked when printing is done. Spinnenwebben are drawn one after the other
 * on one chart (radarImages): a cheap tablet's memory stays flat for a class of thirty.
 */
export function usePrintImages(data: PrintData | undefined, names: SeriesNames) {
  const [radars, setRadars] = useState<Map<string, Blob>>();
  useEffect(() => {
    if (!data) return;
    let gone = false;
    void (async () => {
      const webs = new Map<string, RadarData>();
      for (const sheet of data.sheets)
        if (sheet.radar) webs.set(`radar:${sheet.pupil.id}`, sheet.radar);
      const made = await radarImages(webs, names, RADAR_SIZE, () => gone);
      if (!gone) setRadars(made);
    })();
    return () => {
      gone = true;
    };
  }, [data]);

  const urls = useMemo(() => {
    if (!data || !radars) return undefined;
    const blobs = new Map<string, Blob>(radars);
    for (const [id, row] of data.media)
      if (row.thumbnail && row.kind !== 'video') blobs.set(id, row.thumbnail);
    return new Map([...blobs].map(([id, blob]) => [id, URL.createObjectURL(blob)]));
  }, [data, radars]);
  useEffect(() => () => urls?.forEach((url) => URL.revokeObjectURL(url)), [urls]);
  return urls;
}

/** Resolves when every image in `root` is decoded: printing before that leaves empty boxes. */
export async function imagesDecoded(root: HTMLElement): Promise<void> {
  const images = [...root.querySelectorAll('img')];
  // A broken image must not hold printing back for ever: it prints as its alt text.
  await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
}
