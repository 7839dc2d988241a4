/** A still of the live camera, small, for lists and the printed sheet. */
export function stillFrame(video: HTMLVideoElement, maxSide = 320): Promise<Blob | undefined> {
  const { videoWidth: width, videoHeight: height } = video;
  if (!width || !height) return Promise.resolve(undefined);
  const scale = Math.min(1, maxSide / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  canvas.getContext('2d')?.drawImage(video, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve) =>
    canvas.toBlob((blob) => resolve(blob ?? undefined), 'image/jpeg', 0.8),
  );
}
