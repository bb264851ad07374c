/**
 * Where JSON.parse stopped on a line, as ` (at character C)` (1-based), or "" when its message
 * does not say. JSON.parse's own message is never passed on: it quotes the line, which is
 * article text, into error records, messages and logs.
 */
export function syntaxErrorAt(error: unknown): string {
  const message = error instanceof Error ? error.message : "";
  const position = /\bat position (\d+)/.exec(message)?.[1];
  return position === undefined ? "" : ` (at character ${Number(position) + 1})`;
}
