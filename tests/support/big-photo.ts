import type { Page } from 'playwright-core';

/**
 * A JPEG of `megapixels` (4:3), made in the page: there is no image library on the Node side,
 * and the browser's own encoder makes a real, decodable photo.
 */
export async function makeJpeg(page: Page, megapixels: number): Promise<Buffer> {
  const base64 = await page.evaluate(async (mp) => {
    const width = Math.round(Math.sqrt((mp * 1e6 * 4) / 3));
    const height = Math.round((width * 3) / 4);
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d')!;
    const gradient = context.createLinearGradient(0, 0, width, height);
    gradient.addColorStop(0, '#1d4ed8');
    gradient.addColorStop(1, '#facc15');
    context.fillStyle = gradient;
    context.fillRect(0, 0, width, height);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.6 });
    canvas.width = canvas.height = 1;
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000)
      binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }, megapixels);
  return Buffer.from(base64, 'base64');
}
