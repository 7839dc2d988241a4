/**
 * Turning a camera frame or a picked file into a small JPEG and a thumbnail, on the device.
 * DOM-bound (canvas); the geometry is in image-size.ts.
 */
import { centreSquare, fitWithin, type Size } from './image-size';
import type { StillImage } from './media-repo';

export const PORTRAIT_SIDE = 512;
export const PORTRAIT_THUMBNAIL_SIDE = 160;
/** Portfolio photos: sharp enough to print and to look at together, small enough for a class. */
export const PHOTO_SIDE = 1600;
export const PHOTO_THUMBNAIL_SIDE = 320;

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

/** A photo at most PHOTO_SIDE on its long side, with a thumbnail for lists. */
async function photoFrom(source: CanvasImageSource, sourceSize: Size): Promise<StillImage> {
  const size = fitWithin(sourceSize, PHOTO_SIDE);
  const large = canvasOf(size);
  large.getContext('2d')!.drawImage(source, 0, 0, size.width, size.height);
  const thumbSize = fitWithin(size, PHOTO_THUMBNAIL_SIDE);
  const small = canvasOf(thumbSize);
  small.getContext('2d')!.drawImage(large, 0, 0, thumbSize.width, thumbSize.height);
  const result = {
    blob: await toJpeg(large, 0.85),
    thumbnail: await toJpeg(small, 0.8),
    width: size.width,
    height: size.height,
  };
  // Give the pixels back at once: a cheap tablet has little memory to spare.
  large.width = large.height = small.width = small.height = 0;
  return result;
}

/** A photo from the camera preview. */
export function photoFromVideo(video: HTMLVideoElement): Promise<StillImage> {
  return photoFrom(video, { width: video.videoWidth, height: video.videoHeight });
}

/** The natural size of an image file, read without decoding its pixels. */
function naturalSize(file: Blob): Promise<Size> {
  const url = URL.createObjectURL(file);
  const image = new Image();
  return new Promise<Size>((resolve, reject) => {
    image.onload = () => resolve({ width: image.naturalWidth, height: image.naturalHeight });
    image.onerror = () => reject(new TypeError('not an image'));
    image.src = url;
  }).finally(() => URL.revokeObjectURL(url));
}

/**
 * Decodes straight to about the target size where the browser can (WebCodecs' ImageDecoder: a
 * JPEG is decoded at 1/2, 1/4 or 1/8 scale), so a 50-megapixel photo never becomes 200 MB of
 * pixels on a cheap tablet. Returns null where the browser has no ImageDecoder for this type.
 */
async function decodeSmall(file: Blob, target: Size): Promise<VideoFrame | null> {
  const Decoder = (globalThis as { ImageDecoder?: typeof ImageDecoder }).ImageDecoder;
  if (!Decoder || !(await Decoder.isTypeSupported(file.type))) return null;
  // A JPEG decodes at a scale of n/8, rounded down: ask a third more, so it is not below target.
  const decoder = new Decoder({
    data: file.stream(),
    type: file.type,
    desiredWidth: Math.ceil(target.width * 1.34),
    desiredHeight: Math.ceil(target.height * 1.34),
  });
  try {
    const frame = (await decoder.decode()).image;
    // The <img> size follows the photo's EXIF orientation; a frame turned a quarter the other
    // way was not rotated by the decoder: leave that photo to createImageBitmap, which does.
    const landscape = frame.displayWidth >= frame.displayHeight;
    if (landscape !== target.width >= target.height) {
      frame.close();
      return null;
    }
    return frame;
  } finally {
    decoder.close();
  }
}

/**
 * A photo from a picked file, decoded straight to (about) the target size, so even a
 * 50-megapixel photo never sits in memory at full resolution. Refuses what is not an image.
 */
export async function photoFromFile(file: Blob): Promise<StillImage> {
  if (!file.type.startsWith('image/')) throw new TypeError('not an image');
  const target = fitWithin(await naturalSize(file), PHOTO_SIDE);
  const frame = await decodeSmall(file, target).catch(() => null);
  if (frame) {
    try {
      return await photoFrom(frame, target);
    } finally {
      frame.close();
    }
  }
  const bitmap = await createImageBitmap(file, {
    resizeWidth: target.width,
    resizeHeight: target.height,
    resizeQuality: 'high',
  });
  try {
    return await photoFrom(bitmap, target);
  } finally {
    bitmap.close();
  }
}
