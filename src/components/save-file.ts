/**
 * Saves text as a file through the browser's download, the only way the elements let
 * anything leave the page, and only when a person asks. A blob URL is local: nothing is
 * sent over the network.
 */
export function saveFile(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoked a moment later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
