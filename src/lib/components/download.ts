/** Save bytes made in the browser as a file; nothing is uploaded anywhere. */
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a turn to start the download before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
