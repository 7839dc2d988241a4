/** Made-up pictures and bytes for the dev seed: real JPEGs and recordings that do not compress. */

/** A canvas filled with a gradient from `hue` to `hue + shift`. */
function gradientCanvas(width: number, height: number, hue: number, shift: number) {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d')!;
  const gradient = context.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, `hsl(${hue} 70% 70%)`);
  gradient.addColorStop(1, `hsl(${(hue + shift) % 360} 60% ${shift > 60 ? 35 : 40}%)`);
  context.fillStyle = gradient;
  context.fillRect(0, 0, width, height);
  return { canvas, context };
}

const asJpeg = (canvas: OffscreenCanvas) =>
  canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });

/** A portrait: a gradient with circles and the pupil's number, a real JPEG. */
export function portraitJpeg(side: number, hue: number, label: string): Promise<Blob> {
  const { canvas, context } = gradientCanvas(side, side, hue, 60);
  for (let i = 0; i < 30; i++) {
    context.fillStyle = `hsl(${(hue + i * 37) % 360} 60% ${30 + (i % 5) * 10}%)`;
    context.beginPath();
    context.arc((i * 53) % side, (i * 97) % side, side / (6 + (i % 7)), 0, Math.PI * 2);
    context.fill();
  }
  context.fillStyle = '#fff';
  context.font = `${side / 4}px sans-serif`;
  context.fillText(label, side / 8, side / 2);
  return asJpeg(canvas);
}

/** A photo of work: a gradient with blocks, a real JPEG. */
export function photoJpeg(width: number, height: number, hue: number): Promise<Blob> {
  const { canvas, context } = gradientCanvas(width, height, hue, 90);
  for (let i = 0; i < 40; i++) {
    context.fillStyle = `hsl(${(hue + i * 41) % 360} 60% ${30 + (i % 5) * 10}%)`;
    context.fillRect((i * 137) % width, (i * 91) % height, width / 9, height / 11);
  }
  return asJpeg(canvas);
}

/** Bytes that do not compress, as a recording's are. */
export function noise(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let at = 0; at < size; at += 65536)
    crypto.getRandomValues(bytes.subarray(at, Math.min(size, at + 65536)));
  return bytes;
}

/** Waits for the clock to tick, so rows made one after another never share a `createdAt`. */
export async function nextMillisecond(): Promise<void> {
  const start = Date.now();
  while (Date.now() === start) await new Promise((resolve) => setTimeout(resolve, 0));
}
