/**
 * Saves a blob as a file through a temporary object URL and a link with a
 * `download` attribute, which the browser treats as a download.
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    // Revoked after the click has been handled, so the download can start.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
