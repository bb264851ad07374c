/** One batch output line, parsed. */
export type BatchLine = Record<string, unknown>;

/**
 * What each batch output line says, in order: `[id, line, code]`, with `null` for a missing id
 * or line number and `"ok"` for a summarized record.
 */
export function outcomes(lines: readonly BatchLine[]): [unknown, unknown, string][] {
  return lines.map((l) => [
    l.id ?? null,
    l.line ?? null,
    (l.error as { code?: string } | undefined)?.code ?? "ok",
  ]);
}
