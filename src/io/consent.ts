import { CONSENT_LABEL_PHRASES } from "../lang/ar/data/consent.js";
import { normalize } from "../lang/ar/normalize.js";
import { holdsContent } from "./content-element.js";
import type { DomNode } from "./html-text.js";
import { hasWord, nameWords } from "./name-words.js";

/**
 * Words and pairs of words in a class, id or `data-component` that mark a cookie or privacy
 * consent notice (a banner, a dialog, an overlay): `cookie-consent`, `gdpr-banner`,
 * `cmp-container`, OneTrust's `onetrust-consent-sdk`, `CybotCookiebotDialog`, `didomi-popup`,
 * `privacy-banner`. Matched as whole words of the name (`nameWords`), so `cmpt` or `cookingTips`
 * are not.
 */
const CONSENT_WORDS: ReadonlySet<string> = new Set([
  "cookie",
  "cookies",
  "cookiebot",
  "consent",
  "gdpr",
  "ccpa",
  "cmp",
  "onetrust",
  "didomi",
  "usercentrics",
  "iubenda",
  "truste",
  "privacy banner",
  "privacy notice",
  "privacy bar",
  "privacy popup",
  "privacy overlay",
  "privacy modal",
  "privacy dialog",
]);

/** Words of a consent dialog's label in English (`Cookie settings`, `We value your privacy`). */
const CONSENT_LABEL_WORDS: ReadonlySet<string> = new Set([
  "cookie",
  "cookies",
  "consent",
  "gdpr",
  "privacy",
]);

/** What may be a consent notice: named so, or a dialog whose label says so. */
const CANDIDATES = '[class], [id], [data-component], dialog, [role="dialog"], [role="alertdialog"]';

/** A dialog: shown over the page on demand, never the article. */
const DIALOG_ROLES: ReadonlySet<string> = new Set(["dialog", "alertdialog"]);

/** What a consent notice never holds: the story's headline or container. */
const STORY = "h1, article, main";

/** The page itself: never a notice, whatever its classes say (a post's topics: `tag-cookies`). */
const PAGE_ELEMENTS: ReadonlySet<string> = new Set(["html", "body"]);

/** An element that can be searched and removed (linkedom's can). */
interface NoticeNode extends DomNode {
  textContent: string | null;
  querySelector(selector: string): NoticeNode | null;
  remove(): void;
}

/** A document whose consent notices can be found (linkedom's can). */
export interface NoticeDocument {
  querySelectorAll(selector: string): ArrayLike<NoticeNode>;
  getElementById(id: string): NoticeNode | null;
}

/**
 * Whether an element is a cookie or privacy consent notice by its class, id or
 * `data-component` (`CONSENT_WORDS`).
 */
export function consentByName(node: DomNode): boolean {
  return hasWord(nameWords(node), CONSENT_WORDS, true);
}

/**
 * Remove the page's cookie and privacy consent notices, before Readability reads it: elements
 * named so (`consentByName`), and dialogs (`<dialog>`, `role="dialog"` or `"alertdialog"`) whose
 * label (`aria-label`, `aria-labelledby`) speaks of cookies, consent or privacy
 * (`CONSENT_LABEL_WORDS`, `CONSENT_LABEL_PHRASES`). On a page that a script draws, such a banner
 * was all the text there was, and Readability took it for the article. By markup only: a
 * paragraph of the page that speaks of cookies stays. Never an `<article>`, a `<main>`, a post
 * marked `hentry` or the page itself, nor an element that holds an h1, an `<article>` or a
 * `<main>` (a wrapper of the story, whatever its name).
 */
export function removeConsentNotices(doc: NoticeDocument): void {
  for (const node of Array.from(doc.querySelectorAll(CANDIDATES))) {
    if (!(consentByName(node) || consentDialog(node, doc))) continue;
    if (PAGE_ELEMENTS.has(node.nodeName.toLowerCase()) || holdsContent(node)) continue;
    if (node.querySelector(STORY) === null) node.remove();
  }
}

/** Whether an element is a dialog whose label speaks of cookies, consent or privacy. */
function consentDialog(node: NoticeNode, doc: NoticeDocument): boolean {
  const get = node.getAttribute;
  if (!get) return false;
  const role = (get.call(node, "role") ?? "").trim().toLowerCase();
  if (node.nodeName.toLowerCase() !== "dialog" && !DIALOG_ROLES.has(role)) return false;
  const ids = (get.call(node, "aria-labelledby") ?? "").split(/\s+/).filter((id) => id !== "");
  const labels = [get.call(node, "aria-label") ?? ""];
  for (const id of ids) labels.push(doc.getElementById(id)?.textContent ?? "");
  const label = labels.join(" ");
  if (label.trim() === "") return false;
  const words = label.toLowerCase().split(/[^\p{L}]+/u);
  if (words.some((word) => CONSENT_LABEL_WORDS.has(word))) return true;
  const matching = normalize(label);
  return CONSENT_LABEL_PHRASES.some((phrase) => matching.includes(phrase));
}
