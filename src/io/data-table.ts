import type { DomNode } from "./html-text.js";

/** Longest text of a cell in a table of data: a cell that holds a story's text is layout. */
export const MAX_DATA_CELL_CHARS = 200;

/** Elements that hold prose: a cell with one lays out a page, not data. */
const PROSE_BLOCKS: ReadonlySet<string> = new Set(
  "p div section article ul ol dl blockquote pre table h1 h2 h3 h4 h5 h6".split(" "),
);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Whether `table` is a table of data (rates, results, a schedule): at least two rows, one with
 * two cells or more, and no cell holding a block of prose (`PROSE_BLOCKS`) or more than
 * `MAX_DATA_CELL_CHARS` of text. Such a table is not the article's prose: read as paragraphs,
 * its cells had become bullets (a note under the rates, `ملاحظة: …`). A table that lays out a
 * page (old sites put the story in one) has paragraphs or long text in its cells.
 */
export function isDataTable(table: DomNode): boolean {
  let rows = 0;
  let wide = false;
  const stack: DomNode[] = [];
  const push = (node: DomNode): void => {
    for (let i = node.childNodes.length - 1; i >= 0; i--) {
      const child = node.childNodes[i];
      if (child) stack.push(child);
    }
  };
  push(table);
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = node.nodeName.toLowerCase();
    if (name === "tr") {
      rows++;
      let cells = 0;
      for (let i = 0; i < node.childNodes.length; i++) {
        const cell = node.childNodes[i];
        if (cell === undefined || cell.nodeType !== ELEMENT_NODE) continue;
        const cellName = cell.nodeName.toLowerCase();
        if (cellName !== "td" && cellName !== "th") continue;
        cells++;
        if (!isDataCell(cell)) return false;
      }
      if (cells >= 2) wide = true;
    } else if (PROSE_BLOCKS.has(name)) {
      return false;
    } else {
      push(node);
    }
  }
  return rows >= 2 && wide;
}

/** A cell of short text with no block of prose in it. */
function isDataCell(cell: DomNode): boolean {
  let chars = 0;
  const stack: DomNode[] = [cell];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.nodeType === TEXT_NODE) {
      chars += (node.nodeValue ?? "").trim().length;
      if (chars > MAX_DATA_CELL_CHARS) return false;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    if (node !== cell && PROSE_BLOCKS.has(node.nodeName.toLowerCase())) return false;
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child) stack.push(child);
    }
  }
  return true;
}
