/** What the JSON-LD reader needs of a document (linkedom's has it). */
export interface ScriptDocument {
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
}

/** Most nested levels of a JSON-LD value walked for an article (real ones nest a few). */
const MAX_DEPTH = 20;

/**
 * The longest `articleBody` of a page's JSON-LD (`<script type="application/ld+json">`, an
 * object, an array, or a `@graph`), or null. Pages whose story is drawn by a script often give
 * it whole there, for search engines. A block that is not JSON is passed over.
 */
export function jsonLdArticleBody(doc: ScriptDocument): string | null {
  let best: string | null = null;
  const scripts = doc.querySelectorAll('script[type="application/ld+json" i]');
  for (let i = 0; i < scripts.length; i++) {
    let value: unknown;
    try {
      value = JSON.parse(scripts[i]?.textContent ?? "");
    } catch {
      continue;
    }
    for (const body of articleBodies(value)) {
      if (best === null || body.length > best.length) best = body;
    }
  }
  return best;
}

/** Every non-blank string `articleBody` in a JSON value, walked with an explicit stack. */
function articleBodies(value: unknown): string[] {
  const found: string[] = [];
  const stack: [unknown, number][] = [[value, 0]];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const [node, depth] = item;
    if (node === null || typeof node !== "object" || depth > MAX_DEPTH) continue;
    if (Array.isArray(node)) {
      for (const child of node) stack.push([child, depth + 1]);
      continue;
    }
    const record = node as Record<string, unknown>;
    const body = record.articleBody;
    if (typeof body === "string" && body.trim() !== "") found.push(body);
    for (const [key, child] of Object.entries(record)) {
      if (key !== "articleBody" && typeof child === "object") stack.push([child, depth + 1]);
    }
  }
  return found;
}
