/**
 * Reading a file the admin chose in the page: the renderer is sandboxed (no file paths), so the
 * bytes travel to main as base64 in a channel (a people file, a snapshot in browser mode).
 */

/** The file's bytes as base64 (no `data:` prefix). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}
