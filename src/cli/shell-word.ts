/**
 * `path` as one shell word, for a command a hint gives to copy: as it is when it holds only
 * letters, digits and `_./+,:=@%-`, else in single quotes.
 */
export function shellWord(path: string): string {
  return /^[\w./+,:=@%-]+$/u.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`;
}
