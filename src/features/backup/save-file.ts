/**
 * Hands a finished backup to the teacher. In the installed app on an iPad a download goes
 * nowhere useful, so the share sheet is offered (save to Files, AirDrop); elsewhere the browser
 * downloads it.
 */
export function canShareFile(file: File): boolean {
  return typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
}

export async function shareFile(file: File): Promise<void> {
  await navigator.share({ files: [file], title: file.name });
}

export function downloadFile(file: File): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy by the next task; the URL must not keep the bytes alive.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
