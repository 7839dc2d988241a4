import { useEffect, useRef, useState, type MutableRef } from 'preact/hooks';
import { openDevices } from './recorder';

type Opened = Awaited<ReturnType<typeof openDevices>>;

interface Live {
  opening: Promise<Opened | undefined>;
  taken: boolean;
}

const stopAll = (opened: Opened | undefined) =>
  opened?.stream.getTracks().forEach((track) => track.stop());

/**
 * The camera, live in `video`, while `on` (the recorder waits for "Opnemen"): a child sees
 * themselves and settles in before they start. `take()` hands the open devices to the recording,
 * so the camera is asked for once; whatever is not taken is stopped when `on` ends or the screen
 * goes away. A refused camera shows nothing here: the start button asks again and says why.
 */
export function useLivePreview(
  on: boolean,
  video: MutableRef<HTMLVideoElement | null>,
): { showing: boolean; take: () => Promise<Opened | undefined> | undefined } {
  const live = useRef<Live>();
  const [showing, setShowing] = useState(false);
  useEffect(() => {
    if (!on) return;
    const entry: Live = { taken: false, opening: openDevices('video').catch(() => undefined) };
    live.current = entry;
    let ended = false;
    void entry.opening.then((opened) => {
      if (!opened || ended || entry.taken || !video.current) return;
      video.current.srcObject = opened.stream;
      void video.current.play().catch(() => undefined);
      setShowing(true);
    });
    return () => {
      ended = true;
      if (live.current === entry) live.current = undefined;
      if (!entry.taken) void entry.opening.then(stopAll);
    };
  }, [on]);

  return {
    showing,
    take() {
      const entry = live.current;
      if (!entry) return undefined;
      entry.taken = true;
      live.current = undefined;
      setShowing(false);
      return entry.opening;
    },
  };
}
