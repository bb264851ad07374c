import assert from "node:assert/strict";
import fc from "fast-check";
import type { FootnoteDefinition, List, Nodes, Paragraph } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { toString as plainText } from "mdast-util-to-string";
import { gfm } from "micromark-extension-gfm";

/**
 * Nodes a bullet may hold when rendered: text, and a link (GitHub links a web address in text,
 * escaped or not; its text is unchanged). Never emphasis, HTML, code or a strikethrough.
 */
const PLAIN = new Set(["text", "link"]);

/** A bullet as a GitHub-flavoured renderer reads it: its text and its footnote, if any. */
export interface ReadBullet {
  text: string;
  note: string | null;
}

/**
 * What a GitHub-flavoured Markdown renderer reads in `markdown`: the heading's text, each
 * bullet's text (asserting that it renders as plain text, one paragraph a bullet), the footnote
 * definitions, and how many blocks the document has.
 */
export function readMarkdown(markdown: string) {
  const tree = fromMarkdown(markdown, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  const heading = tree.children.find((node) => node.type === "heading");
  if (heading) {
    for (const node of heading.children)
      assert.ok(PLAIN.has(node.type), `${node.type} in ${markdown}`);
  }
  const list = tree.children.find((node): node is List => node.type === "list");
  const notes = tree.children.filter(
    (node): node is FootnoteDefinition => node.type === "footnoteDefinition",
  );
  const bullets = (list?.children ?? []).map((item): ReadBullet => {
    assert.equal(item.children.length, 1, markdown);
    const paragraph = item.children[0] as Paragraph;
    assert.equal(paragraph.type, "paragraph", markdown);
    const last = paragraph.children.at(-1);
    const note = last?.type === "footnoteReference" ? last.identifier : null;
    const body = (note === null ? paragraph.children : paragraph.children.slice(0, -1)) as Nodes[];
    for (const node of body) assert.ok(PLAIN.has(node.type), `${node.type} in ${markdown}`);
    return { text: body.map((node) => plainText(node)).join(""), note };
  });
  return {
    heading: heading ? plainText(heading) : null,
    bullets,
    notes: notes.map((n) => ({ id: n.identifier, text: plainText(n) })),
    blocks: tree.children.length,
  };
}

/** Text made of Markdown's markup characters, Arabic words and web addresses, on one line. */
export const markupLine = fc
  .array(
    fc.constantFrom(
      ..."خبر|عاجل| |*|**|_|__|~|~~|`|<|>|<b>|</b>|&|&amp;|&#1575;|[|]|(|)|[^1]|!|#|-|+|=|1.|2)|\\|:|http://a.b|HTTPS://A.B|www.x.com|WWW.X.COM|www.|WwW.|a@b.co|٫|«|»".split(
        "|",
      ),
      "|",
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((parts) => parts.join("").replace(/\s+/gu, " ").trim())
  .filter((s) => s !== "");
