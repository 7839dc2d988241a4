// A real-looking camera for Chromium's fake capture device: a Y4M file (640×480, 24 fps, 4 s,
// looped by Chromium) of a textured scene that moves, so the encoder works as it would on a
// child's face in a classroom, not on the fake device's flat test pattern.
import { openSync, writeSync, closeSync } from 'node:fs';

export function writeY4m(path, { width = 640, height = 480, fps = 24, seconds = 4 } = {}) {
  const fd = openSync(path, 'w');
  writeSync(fd, `YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`);
  const ySize = width * height;
  const cSize = (width / 2) * (height / 2);
  const frame = Buffer.alloc(ySize + 2 * cSize);
  let seed = 1;
  const noise = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 24) - 12;
  for (let f = 0; f < fps * seconds; f++) {
    const shift = f * 3;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        // Soft shapes sliding past, with sensor grain.
        const wave = Math.sin((x + shift) / 37) * Math.cos((y - shift / 2) / 23);
        const blob = Math.hypot(x - 320 - 80 * Math.sin(f / 20), y - 240) < 110 ? 60 : 0;
        frame[y * width + x] = Math.max(16, Math.min(235, 120 + wave * 60 + blob + noise()));
      }
    }
    for (let i = 0; i < cSize; i++) {
      frame[ySize + i] = 128 + Math.round(20 * Math.sin((i + shift) / 90));
      frame[ySize + cSize + i] = 128 + Math.round(20 * Math.cos((i - shift) / 70));
    }
    writeSync(fd, 'FRAME\n');
    writeSync(fd, frame);
  }
  closeSync(fd);
  return path;
}
