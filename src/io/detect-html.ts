import { whitespaceWords } from "../text/words.js";
import { MIN_SENTENCE_TAGS, tagsAroundSentences } from "./sentence-markup.js";

/** HTML element names counted as tags when detecting an HTML page (anything else is prose). */
export const HTML_TAG_NAMES: ReadonlySet<string> = new Set(
  (
    "html head body title meta link base script style noscript template div span p a br hr " +
    "h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table thead tbody tfoot tr td th caption article " +
    "section main nav aside header footer figure figcaption img picture source video audio " +
    "iframe form input button label select option textarea blockquote pre code em strong b i " +
    "u s small sub sup time abbr cite q mark svg path center font"
  ).split(" "),
);

/** Fewest words per tag in prose: text with at least one tag per this many words is markup. */
export const MAX_WORDS_PER_TAG = 40;

/** Fewest tags for the density rule (a few tags in prose are quotations of code). */
export const MIN_TAGS_FOR_DENSITY = 4;

/** Smallest share of non-blank lines that start with a tag for the density rule (prose lines start with words). */
export const MIN_TAG_LINE_SHARE = 1 / 3;

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)(\s[^<>]*)?\/?>/g;
/** A named or numeric character reference (`&nbsp;`, `&#1548;`, `&#x60C;`). */
const CHARACTER_REFERENCE = /&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});/;
/** Elements with no end tag: a complete element as they stand. */
const VOID_TAGS: ReadonlySet<string> = new Set([
  "br",
  "hr",
  "img",
  "source",
  "input",
  "meta",
  "link",
]);
/** An attribute in a start tag: `name="…"`, `name='…'` or `name=value`. */
const ATTRIBUTE = /\s[a-zA-Z-:]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+)/;
const LEADING_NOISE = /^(?:\uFEFF|\s+|<!--[\s\S]*?-->|<\?xml[^>]*>)+/;
const PAGE_START = /^<(?:!doctype\s+html|html[\s>])/i;
const TAG_LINE = /^\s*<\/?[a-zA-Z]/;
const BLOCK_START = /^<(?:p|div|article|section|main|body|h[1-6])[\s>]/i;

/**
 * True when `raw` is an HTML page or fragment rather than text: it starts with a doctype or
 * `<html`, or has `<body>`/`<head>` with other tags, or starts with a block tag, or has tags
 * around or between sentences (`tagsAroundSentences`: `<p>…</p>` or `<br>` after a dateline, on
 * one line), or is text broken into lines by `<br>` (a CMS's text field), or has a high density
 * of real tags and signs of markup: many lines that start with a tag, a tag with an attribute (`<a href="…">`), or a
 * character reference (`&nbsp;`). A literal `<`, or tags quoted inside prose sentences, is not
 * enough.
 */
export function looksLikeHtml(raw: string): boolean {
  const head = raw.replace(LEADING_NOISE, "");
  if (PAGE_START.test(head)) return true;
  let tags = 0;
  let complete = 0;
  let breaks = 0;
  let attributes = 0;
  let structural = false;
  for (const m of raw.matchAll(TAG)) {
    const name = (m[2] ?? "").toLowerCase();
    if (!HTML_TAG_NAMES.has(name)) continue;
    tags++;
    if (m[1] === "/" || VOID_TAGS.has(name)) complete++;
    if (name === "br") breaks++;
    if (m[1] !== "/" && ATTRIBUTE.test(m[3] ?? "")) attributes++;
    if (name === "body" || name === "head") structural = true;
  }
  if (structural && tags >= 3) return true;
  if (BLOCK_START.test(head) && tags >= 2 && complete >= 1) return true;
  if (complete >= MIN_SENTENCE_TAGS && tagsAroundSentences(raw)) return true;
  // Counted only when a rule needs it: plain text, most inputs, has no tags to weigh.
  const words = breaks >= 2 || tags >= MIN_TAGS_FOR_DENSITY ? countWords(raw) : 0;
  if (breaks >= 2 && breaks * MAX_WORDS_PER_TAG >= words) return true;
  if (tags < MIN_TAGS_FOR_DENSITY || complete < 2) return false;
  if (tags * MAX_WORDS_PER_TAG < words) return false;
  if (attributes > 0 || CHARACTER_REFERENCE.test(raw)) return true;
  const lines = raw.split("\n").filter((line) => line.trim() !== "");
  const tagLines = lines.filter((line) => TAG_LINE.test(line)).length;
  return tagLines >= lines.length * MIN_TAG_LINE_SHARE;
}

/** Whitespace-separated words outside tags. */
function countWords(raw: string): number {
  return whitespaceWords(raw.replace(TAG, " ")).length;
}
