/**
 * Turning a camera frame or a picked file into a small JPEG and a thumbnail, on the device.
 * DOM-bound (canvas); the geometry is in image-size.ts.
 */
import { centreSquare, fitWithin, type Size } from './image-size';
import type { StillImage } from './media-repo';

export const PORTRAIT_SIDE = 512;
export const PORTRAIT_THUMBNAIL_SIDE = 160;

function canvasOf(size: Size): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  return canvas;
}

function toJpeg(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('image encoding failed'))),
      'image/jpeg',
      quality,
    ),
  );
}

function drawSquare(source: CanvasImageSource, sourceSize: Size, side: number): HTMLCanvasElement {
  const crop = centreSquare(sourceSize);
  const target = fitWithin({ width: crop.side, height: crop.side }, side);
  const canvas = canvasOf(target);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.drawImage(
    source,
    crop.x,
    crop.y,
    crop.side,
    crop.side,
    0,
    0,
    target.width,
    target.height,
  );
  return canvas;
}

/** A square portrait from a video frame or an image, with its thumbnail. */
export async function squarePortrait(
  source: CanvasImageSource,
  sourceSize: Size,
): Promise<StillImage> {
  const large = drawSquare(source, sourceSize, PORTRAIT_SIDE);
  const small = drawSquare(
    large,
    { width: large.width, height: large.height },
    PORTRAIT_THUMBNAIL_SIDE,
  );
  return {
    blob: await toJpeg(large, 0.85),
    thumbnail: await toJpeg(small, 0.8),
    width: large.width,
    height: large.height,
  };
}

/** A portrait from a picked file; refuses what is not an image the browser can decode. */
export async function portraitFromFile(file: Blob): Promise<StillImage> {
  if (!file.type.startsWith('image/')) throw new TypeError('not an image');
  // Decode straight to a modest size so a huge photo never sits in memory at full resolution.
  const bitmap = await createImageBitmap(file, { resizeWidth: 1024, resizeQuality: 'high' });
  try {
    return await squarePortrait(bitmap, { width: bitmap.width, height: bitmap.height });
  } finally {
    bitmap.close();
  }
}
