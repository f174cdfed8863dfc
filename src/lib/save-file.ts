/** Hands a finished file to the browser's download: the file exists whole before the download starts. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
