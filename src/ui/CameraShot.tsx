import { useEffect, useRef, useState } from 'preact/hooks';

interface CameraShotProps {
  /** 'user' for portraits, 'environment' for photos of work. */
  facing: 'user' | 'environment';
  /** The preview's name and the shutter button's name. */
  previewLabel: string;
  shootLabel: string;
  onShot: (video: HTMLVideoElement) => void;
  /** No camera, refused, or in use by another app. */
  onUnavailable: () => void;
}

/** A live camera preview with a shutter button; the camera stops when it goes away. */
export function CameraShot({
  facing,
  previewLabel,
  shootLabel,
  onShot,
  onUnavailable,
}: CameraShotProps) {
  const video = useRef<HTMLVideoElement>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let stream: MediaStream | undefined;
    let stopped = false;
    if (!navigator.mediaDevices?.getUserMedia) {
      onUnavailable();
      return;
    }
    navigator.mediaDevices
      .getUserMedia({
        // A portrait becomes 512 px; a photo of work up to 1600 px.
        video:
          facing === 'user'
            ? { facingMode: facing, width: { ideal: 640 }, height: { ideal: 640 } }
            : { facingMode: facing, width: { ideal: 1600 }, height: { ideal: 1200 } },
      })
      .then(async (opened) => {
        stream = opened;
        if (stopped) return opened.getTracks().forEach((track) => track.stop());
        video.current!.srcObject = opened;
        await video.current!.play();
        setReady(true);
      })
      .catch(onUnavailable);
    return () => {
      stopped = true;
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  return (
    <div class="camera-shot">
      <video ref={video} muted playsInline class="camera-preview" aria-label={previewLabel} />
      <button
        type="button"
        class="button button--primary"
        disabled={!ready}
        onClick={() => video.current && onShot(video.current)}
      >
        {shootLabel}
      </button>
    </div>
  );
}
