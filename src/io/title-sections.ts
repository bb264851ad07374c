import { whitespaceWords } from "../text/words.js";
import { SEPARATOR } from "./page-title.js";

/**
 * Most words of a name that a page's `<title>` adds after the headline: a section (`اقتصاد`),
 * the site (`الجزيرة نت`, `BBC News عربي`).
 */
export const MAX_NAME_WORDS = 3;

/**
 * A page's `<title>` without the names added after its headline (`خبر | اقتصاد | الجزيرة نت`,
 * `خبر :: مصراوي`): the part before the first separator, when every part after it is a name (at
 * most `MAX_NAME_WORDS` words) no longer than it. Otherwise the title as it is: a headline may
 * hold a separator of its own (`غزة - مراسلنا يروي ما جرى`).
 */
export function withoutTrailingNames(title: string): string {
  const first = title.matchAll(SEPARATOR).next().value;
  if (first === undefined) return title;
  const head = title.slice(0, first.index).trim();
  const words = whitespaceWords(head).length;
  const names = title.slice(first.index + first[0].length).split(SEPARATOR);
  const named = names.every((name) => {
    const n = whitespaceWords(name).length;
    return n <= MAX_NAME_WORDS && n <= words;
  });
  return named && head !== "" ? head : title;
}
