import { countLetters } from "./html-text.js";
import { clean, MAX_HEADINGS, UNSEEN } from "./page-title.js";

/** An element of a page, as far as telling its stories apart needs (linkedom's elements). */
interface StoryElement {
  textContent: string | null;
  parentElement: StoryElement | null;
  closest(selector: string): StoryElement | null;
  contains(other: StoryElement): boolean;
  querySelectorAll(selector: string): ArrayLike<StoryElement>;
  matches(selector: string): boolean;
  remove(): void;
}

/** A page whose stories can be told apart (linkedom's document can). */
export interface StoryDocument {
  querySelectorAll(selector: string): ArrayLike<StoryElement>;
}

/** Headings below h1 that may be the headline when they repeat the page's title. */
const SUBHEADINGS = "h2, h3";

/** What opens a story: a heading, or a paragraph. */
const OPENINGS = "h1, h2, h3, h4, h5, h6, p";
const HEADING = "h1, h2, h3, h4, h5, h6";

/**
 * Fewest letters of a paragraph that opens a story before its heading would: a section's label
 * (`اقتصاد`) or a date line above another story's heading is shorter, and does not open it.
 */
const MIN_OPENING_LETTERS = 40;

/**
 * Fewest letters outside its headings that the headline's `<article>` holds for the others to
 * be dropped: a sentence of news. An `<article>` that is the headline alone leaves the story in
 * the others, which are then kept.
 */
const MIN_STORY_LETTERS = 100;

/**
 * Keep, of the page's `<article>` elements, the one that holds its headline, when others stand
 * beside it: drop each `<article>` that is neither inside it nor around it (the outermost of
 * them, with what they hold) and opens with a heading of its own (`opensWithHeading`): the next
 * story, related stories, the stories a page adds as the reader scrolls. Readability took the
 * `<main>` that held them all for the article, and read the next story's heading and paragraphs
 * after the page's own.
 *
 * The headline's `<article>` is the one around the first `<h1>` whose text is the first of
 * `names` (the headline, og:title's when the page has one, then its `<title>`) that an `<h1>` has
 * (none when that `<h1>` is in no `<article>`); else the one around the page's first `<h1>` in an
 * `<article>`; else the one around an h2 or h3 named so. Only the first `MAX_HEADINGS` of each are
 * looked at, as for the headline (`findHeadline`). Nothing is dropped when it holds under `MIN_STORY_LETTERS` letters
 * outside its headings (the story is in the others), nor is an `<article>` that opens with a
 * paragraph (a story split over several, with no headline of its own), nor a `<section>`.
 */
export function keepHeadlineStory(doc: StoryDocument, names: readonly (string | null)[]): void {
  const articles = Array.from(doc.querySelectorAll("article"));
  if (articles.length < 2) return;
  const story = headlineArticle(doc, names);
  if (story === null || storyLetters(story) < MIN_STORY_LETTERS) return;
  const others = articles.filter((a) => !a.contains(story) && !story.contains(a));
  const otherSet = new Set(others);
  for (const other of others) {
    const around = other.parentElement?.closest("article") ?? null;
    // Only the outermost: one inside another of them goes with it.
    if (around !== null && otherSet.has(around)) continue;
    if (opensWithHeading(other)) other.remove();
  }
}

/** The `<article>` that holds the page's headline (see `keepHeadlineStory`), or null. */
function headlineArticle(
  doc: StoryDocument,
  names: readonly (string | null)[],
): StoryElement | null {
  const seen = (heading: StoryElement) => heading.closest(UNSEEN) === null;
  // Each heading looked at costs walks up the tree: the first few, as for the headline.
  const h1s = firstSeen(doc.querySelectorAll("h1"), seen);
  const byName = named(h1s, names);
  if (byName !== null) return byName.closest("article");
  const first = h1s.find((h1) => h1.closest("article") !== null);
  if (first !== undefined) return first.closest("article");
  const texts = new Set(names.filter((name) => name !== null));
  const subheadings = Array.from(doc.querySelectorAll(SUBHEADINGS)).filter((heading) => {
    const text = clean(heading.textContent);
    return text !== null && texts.has(text);
  });
  const inArticle = (heading: StoryElement) => seen(heading) && heading.closest("article") !== null;
  return named(firstSeen(subheadings, inArticle), names)?.closest("article") ?? null;
}

/** Those of the first `MAX_HEADINGS` of `headings` that `keep` is true for. */
function firstSeen(
  headings: ArrayLike<StoryElement>,
  keep: (heading: StoryElement) => boolean,
): StoryElement[] {
  const kept: StoryElement[] = [];
  for (let i = 0; i < Math.min(headings.length, MAX_HEADINGS); i++) {
    const heading = headings[i] as StoryElement;
    if (keep(heading)) kept.push(heading);
  }
  return kept;
}

/** The first of `headings` whose text is the first of `names` that one has, or null. */
function named(
  headings: readonly StoryElement[],
  names: readonly (string | null)[],
): StoryElement | null {
  const texts = headings.map((heading) => clean(heading.textContent));
  for (const name of names) {
    const at = name === null ? -1 : texts.indexOf(name);
    if (at >= 0) return headings[at] ?? null;
  }
  return null;
}

/** Letters of an element's text outside its headings. */
function storyLetters(article: StoryElement): number {
  let letters = countLetters(article.textContent ?? "");
  for (const heading of Array.from(article.querySelectorAll(HEADING))) {
    letters -= countLetters(heading.textContent ?? "");
  }
  return letters;
}

/**
 * Whether an `<article>`'s first heading comes before its first paragraph of
 * `MIN_OPENING_LETTERS` letters or more: the story has a headline of its own.
 */
function opensWithHeading(article: StoryElement): boolean {
  for (const node of Array.from(article.querySelectorAll(OPENINGS))) {
    if (node.matches(HEADING)) return true;
    if (countLetters(node.textContent ?? "") >= MIN_OPENING_LETTERS) return false;
  }
  return false;
}
