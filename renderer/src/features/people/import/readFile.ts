/**
 * Reading the chosen spreadsheet in the page: the renderer is sandboxed (no file paths), so the
 * bytes travel to main as base64 in `people.importParse`.
 */

/** The service's limit (electron/services/peopleImport.ts MAX_IMPORT_BYTES), checked first here. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export { readAsBase64 } from '../../../platform/files';
