/**
 * Per sentence that starts inside a quotation opened in an earlier sentence of its paragraph
 * (`inQuote`, `opensInQuote`), that earlier sentence, which names the speaker (`جاء ذلك في تغريدة …،
 * حيث قال: "… بدسائسها.` before `وقد فعل ذلك … قيل لهما إذهبا!"`); null for every other sentence.
 * A highlight made of the rest of a quotation reads as nobody's words.
 */
export function quoteHeads(
  inQuote: readonly boolean[],
  paragraphs: ArrayLike<number>,
): (readonly number[] | null)[] {
  return inQuote.map((inside, i) => {
    if (!inside) return null;
    let j = i - 1;
    while (j >= 0 && inQuote[j] === true && paragraphs[j] === paragraphs[i]) j--;
    return j >= 0 && paragraphs[j] === paragraphs[i] ? [j] : null;
  });
}
