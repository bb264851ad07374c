import type { FootnoteDefinition, ListItem, Root, RootContent } from "mdast";
import { gfmToMarkdown } from "mdast-util-gfm";
import { toMarkdown } from "mdast-util-to-markdown";
import { collapseWhitespace } from "../text/span.js";
import type { Summary } from "../text/types.js";

/**
 * Markdown: an optional `## title`, `- ` bullets with footnotes naming the source sentence.
 *
 * Written by mdast-util-to-markdown, which escapes what the article's own characters would
 * otherwise make into markup when the output is rendered (GitHub-flavoured Markdown):
 * `*رياضة بلا سياسة*` stays in asterisks rather than turning italic, a `<b>` or a `<script>` is
 * text rather than HTML, `&amp;` is not an entity, `~~` strikes nothing, a bullet that opens on
 * `2018. …` or `> …` is not a list or a quotation, and a web address ends before the footnote
 * mark after it (unescaped, `http://a.b[^1]` links `http://a.b[^1` and loses the note).
 */
export function formatMarkdown(summary: Summary, title: string | null): string {
  // On one line: a title's line breaks would start a heading or a bullet of their own.
  const heading = title === null ? "" : collapseWhitespace(title);
  const children: RootContent[] = [];
  if (heading) children.push({ type: "heading", depth: 2, children: [text(heading)] });
  if (summary.highlights.length > 0) {
    children.push({
      type: "list",
      ordered: false,
      spread: false,
      children: summary.highlights.map(
        (h, i): ListItem => ({
          type: "listItem",
          spread: false,
          children: [{ type: "paragraph", children: [text(h.text), footnoteReference(i)] }],
        }),
      ),
    });
  }
  for (const [i, h] of summary.highlights.entries()) {
    const where = h.sources.map((s) => `${s.start}-${s.end}`).join(", ");
    const note = `Sentence ${h.sentence + 1} of ${summary.sentences} (characters ${where}).`;
    children.push(footnoteDefinition(i, note));
  }
  const root: Root = { type: "root", children };
  return toMarkdown(root, {
    bullet: "-",
    extensions: [gfmToMarkdown()],
    unsafe: [
      // GitHub links `HTTPS://…` as it does `https://…`; the GFM extension escapes only the latter.
      { character: ":", before: "[PS]", after: "\\/" },
      // A link after `www.` runs on to the next white space whatever follows (`www.[x]`, `www./`,
      // `www.بيروت`), backslashes and all: a bullet ending `www.` links `www.[^1` and loses its
      // note, and `www.*x` shows `www.\*x`. The extension escapes the dot only before an ASCII
      // letter, digit, `-` or `.`, and an escape with a condition on the next character is
      // dropped when that one is escaped: so the dot after `www` always.
      { character: ".", before: "[Ww]{3}" },
    ],
    // The notes one under the other, as a footnote list reads (a blank line between the bullets
    // and the notes, as between every other block).
    join: [(left, right) => (isNote(left) && isNote(right) ? 0 : undefined)],
  });
}

function text(value: string) {
  return { type: "text", value } as const;
}

function footnoteReference(i: number) {
  return { type: "footnoteReference", identifier: `${i + 1}`, label: `${i + 1}` } as const;
}

function footnoteDefinition(i: number, note: string): FootnoteDefinition {
  return {
    type: "footnoteDefinition",
    identifier: `${i + 1}`,
    label: `${i + 1}`,
    children: [{ type: "paragraph", children: [text(note)] }],
  };
}

function isNote(node: { type: string }): boolean {
  return node.type === "footnoteDefinition";
}
