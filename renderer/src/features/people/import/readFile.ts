/**
 * Reading the chosen spreadsheet in the page: the renderer is sandboxed (no file paths), so the
 * bytes travel to main as base64 in `people.importParse`.
 */

/** The service's limit (electron/services/peopleImport.ts MAX_IMPORT_BYTES), checked first here. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

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
