/** The whitespace-separated words of `text` (no empty ones at its ends). */
export function whitespaceWords(text: string): string[] {
  return text.split(/\s+/u).filter((w) => w !== "");
}
