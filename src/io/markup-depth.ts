import { Parser } from "htmlparser2";

/** How a page's elements nest, as the HTML parser builds them. */
export interface MarkupShape {
  /** The deepest nesting of elements (past the limit: the scan stopped there). */
  depth: number;
  /** How many elements the page has (up to where the scan stopped). */
  elements: number;
  /**
   * The depths of all its elements added up: what Readability's time grows with (it walks each
   * paragraph's ancestors, pass after pass). 300,000 took it 4 to 6 s on this machine.
   */
  work: number;
}

/** Thrown from the parser's callbacks to stop the scan once the page is too deep. */
const STOP = Symbol("deeper than the limit");

/**
 * How deep the elements of an HTML page nest, how many there are and their depths added up,
 * read with htmlparser2, the parser that linkedom builds its DOM with: the same rules of implied
 * end tags, void elements, comments and raw text, in one linear pass and without building a
 * tree. The scan stops once the depth passes `limit`. (A hand-written scan of the tags had read
 * `<li><p>` as flat where the parser nests each item in the one before: 100,000 of them took a
 * minute.)
 */
export function measureMarkup(html: string, limit: number): MarkupShape {
  let depth = 0;
  const shape: MarkupShape = { depth: 0, elements: 0, work: 0 };
  const parser = new Parser(
    {
      onopentag() {
        depth++;
        shape.elements++;
        shape.work += depth;
        if (depth > shape.depth) {
          shape.depth = depth;
          if (depth > limit) throw STOP;
        }
      },
      onclosetag() {
        depth--;
      },
    },
    { decodeEntities: false, lowerCaseAttributeNames: false },
  );
  try {
    parser.end(html);
  } catch (error) {
    if (error !== STOP) throw error;
  }
  return shape;
}
