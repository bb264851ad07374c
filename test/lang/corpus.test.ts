import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { segmentDocument } from "../../src/lang/ar/segment.js";
import { sharedPath, sharedSkip } from "../helpers/shared.js";

const EASC = sharedPath("data/easc-dev.jsonl");
const BBC = sharedPath("data/ant-bbc-dev.jsonl");

function articles(path: string): string[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { article: string }).article);
}

/** Non-blank lines of an article. */
const lineCount = (a: string): number => a.split("\n").filter((l) => l.trim()).length;

test(
  "corpus: EASC hard-wrapped articles are recognised, their lines joined",
  sharedSkip(EASC),
  () => {
    const docs = articles(EASC);
    let wrapped = 0;
    let lines = 0;
    let paragraphs = 0;
    for (const a of docs) {
      const doc = segmentDocument(a);
      if (!doc.wrapped) continue;
      wrapped++;
      lines += lineCount(a);
      paragraphs += doc.paragraphs.length;
    }
    // 26 of the 89 articles are wrapped at ~75 columns; the rest have one paragraph a line.
    assert.ok(wrapped >= 24 && wrapped <= 28, `${wrapped} wrapped`);
    assert.ok(paragraphs < lines / 2.5, `${paragraphs} paragraphs from ${lines} lines`);
  },
);

test(
  "corpus: BBC articles (one paragraph a line) are never taken as wrapped",
  sharedSkip(BBC),
  () => {
    for (const a of articles(BBC)) {
      const doc = segmentDocument(a);
      assert.equal(doc.wrapped, false);
      // Every line with letters is its own paragraph.
      const withLetters = a.split("\n").filter((l) => /[\p{L}\p{Nd}]/u.test(l)).length;
      assert.equal(doc.paragraphs.length, withLetters);
    }
  },
);

test(
  "corpus: spans are ordered, disjoint and trimmed on every article",
  sharedSkip(EASC, BBC),
  () => {
    for (const a of [...articles(EASC), ...articles(BBC)]) {
      let previous = 0;
      for (const s of segmentDocument(a).sentences) {
        assert.ok(s.span.start >= previous && s.span.end > s.span.start);
        const text = a.slice(s.span.start, s.span.end);
        assert.equal(text, text.trim());
        previous = s.span.end;
      }
    }
  },
);
