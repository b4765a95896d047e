/** A name fit for a file on every system: no path separators or characters Windows refuses, no spaces. */
export function safeFileStem(text: string): string {
  return (
    text
      .replace(/[\\/:*?"<>|\s]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 100) || 'export'
  );
}
