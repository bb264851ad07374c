// The page's behaviour. Article text is only ever inserted with textContent / createTextNode.
import { articleParagraphs, bulletsMarkdown, errorDetail } from "./model.js";

const PALETTE = 5;

const MESSAGES = {
  EMPTY_INPUT: "النص فارغ: ألصق خبرًا فيه جملة واحدة على الأقل.",
  NOT_ARABIC: "لا يبدو أن النص عربي؛ خلاصة يلخّص الأخبار العربية.",
  NO_ARTICLE: "لم نجد نص خبر في صفحة HTML هذه؛ ألصق نص الخبر نفسه.",
  NOT_TEXT: "النص يحتوي على بيانات ليست نصًا.",
  TOO_LARGE: "النص أطول من الحد الذي يقبله الخادم.",
  BUSY: "الخادم مشغول الآن؛ أعد المحاولة بعد لحظات.",
  TIMEOUT: "استغرق التلخيص وقتًا أطول من المسموح؛ جرّب نصًا أقصر.",
  BAD_OPTION: "أحد الخيارات غير صالح.",
  NO_ANSWER: "لم يصل رد من الخادم في الوقت المحدد؛ أعد المحاولة.",
  STALE: "تغيّر النص أو الخيارات بعد التلخيص؛ أعد التلخيص لتحديث النقاط.",
};

/** Forms of "point" for `counted`. */
const POINTS = ["نقطة واحدة", "نقطتان", "نقاط", "نقطة"];

const el = (id) => {
  const node = document.getElementById(id);
  if (!node) throw new Error(`missing #${id}`);
  return node;
};

const form = el("form");
const titleInput = el("title");
const input = el("article");
const countSelect = el("count");
const formatSelect = el("format");
const compressBox = el("compress");
const submit = el("submit");
const status = el("status");
const results = el("results");
const bulletList = el("bullets");
const meta = el("meta");
const articleTitle = el("article-title");
const articleBody = el("article-body");
const copyButton = el("copy");

const arabicNumber = new Intl.NumberFormat("ar-EG");
let current = [];
/** The request out now: its body (as sent) and the controller that cancels it; or null. */
let pending = null;
/** The body whose results are on screen, or null: an edit since then makes them stale. */
let shownBody = null;

/**
 * How long the page waits for an answer. The server stops an article at its own `--timeout`
 * (TIMEOUT); this only ends a request that nothing answers (a stuck proxy), so the page is
 * never left busy for good.
 */
const ANSWER_WAIT_MS = 60_000;

/** Codes for a refusal that came without khulasa's JSON (a proxy's own error page). */
const STATUS_CODES = { 413: "TOO_LARGE", 503: "BUSY", 504: "TIMEOUT" };

/** Show `text`; `detail` (the server's message and hint, in English) goes on a line below. */
function setStatus(text, isError = false, detail = "") {
  status.replaceChildren(text);
  if (detail !== "") {
    const line = document.createElement("span");
    line.className = "detail";
    line.lang = "en";
    line.dir = "ltr";
    line.textContent = detail;
    status.append(line);
  }
  status.classList.toggle("error", isError);
}

function requestBody() {
  const raw = input.value;
  const format = formatSelect.value;
  // "auto" lets the server tell a page from text, as `khulasa summarize` does.
  const field = format === "html" ? "html" : format === "text" ? "text" : "article";
  const body = { [field]: raw };
  body.includeText = true;
  if (countSelect.value !== "") body.count = Number(countSelect.value);
  const title = titleInput.value.trim();
  if (title !== "") body.title = title;
  if (!compressBox.checked) body.compress = false;
  return JSON.stringify(body);
}

/**
 * Send the form. A second submit of the same form while its answer is out does nothing (a
 * double click); a submit after an edit cancels the request out and sends the new one, so an
 * answer is only ever shown for what is in the form.
 */
async function onSubmit(event) {
  event.preventDefault();
  const body = requestBody();
  if (pending !== null) {
    if (pending.body === body) return;
    pending.controller.abort();
  }
  if (input.value.trim() === "") {
    setBusy(null);
    clearResults();
    setStatus(MESSAGES.EMPTY_INPUT, true);
    input.focus();
    return;
  }
  const request = { body, controller: new AbortController() };
  setBusy(request);
  setStatus("جارٍ التلخيص…");
  const waited = AbortSignal.timeout(ANSWER_WAIT_MS);
  try {
    const response = await fetch("v1/summarize", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      signal: AbortSignal.any([request.controller.signal, waited]),
    });
    const data = await response.json().catch(() => null);
    if (pending !== request) return; // a later submit took over
    if (!response.ok || !data) {
      const code = data?.error?.code ?? STATUS_CODES[response.status];
      clearResults();
      const text = MESSAGES[code] ?? `تعذّر التلخيص (${code ?? response.status}).`;
      setStatus(text, true, errorDetail(data));
      return;
    }
    show(data, body);
  } catch {
    if (pending !== request) return;
    clearResults();
    setStatus(waited.aborted ? MESSAGES.NO_ANSWER : "تعذّر الاتصال بالخادم.", true);
  } finally {
    if (pending === request) {
      setBusy(null);
      onEdit(); // the form may have been edited while the answer was out
    }
  }
}

/**
 * Busy while a request is out. The button is marked aria-disabled, not disabled: a disabled
 * button loses keyboard focus, which then falls back to the start of the page.
 */
function setBusy(request) {
  pending = request;
  const on = String(request !== null);
  submit.setAttribute("aria-disabled", on);
  form.setAttribute("aria-busy", on);
}

function show(summary, body) {
  current = summary.highlights;
  shownBody = body;
  markStale(false);
  bulletList.replaceChildren(...current.map(bulletItem));
  const points = counted(current.length, POINTS);
  const sentences = counted(summary.sentences, ["جملة واحدة", "جملتين", "جمل", "جملة"]);
  const ms = arabicNumber.format(Math.max(1, Math.round(summary.ms)));
  meta.textContent = `${points} من ${sentences} · ${ms} ملّي ثانية`;
  setStatus(doneStatus()); // the live region tells screen readers what came
  articleTitle.textContent = summary.title ? summary.title : "نص الخبر";
  articleBody.replaceChildren(...articleParagraphs(summary.text ?? "", current).map(paragraph));
  results.hidden = false;
  results.scrollIntoView({ behavior: smooth(), block: "start" });
}

/** Hide the previous article's results, so they are never taken for this one's. */
function clearResults() {
  current = [];
  shownBody = null;
  markStale(false);
  results.hidden = true;
  bulletList.replaceChildren();
  meta.textContent = "";
  articleTitle.textContent = "نص الخبر";
  articleBody.replaceChildren();
}

/**
 * Mark the results as those of an earlier form (or not): dimmed, said so, and not copied as if
 * they were this article's.
 */
function markStale(stale) {
  results.classList.toggle("stale", stale);
  copyButton.setAttribute("aria-disabled", String(stale));
}

/** After an edit: the results on screen are stale unless the form is back as it was sent. */
function onEdit() {
  if (shownBody === null || pending !== null) return;
  const stale = requestBody() !== shownBody;
  if (stale === results.classList.contains("stale")) return;
  markStale(stale);
  setStatus(stale ? MESSAGES.STALE : doneStatus());
}

/** The status line of the results on screen: how many points came. */
function doneStatus() {
  return `تم التلخيص: ${counted(current.length, POINTS)}.`;
}

/** "n things" in Arabic: [one, two, 3-10, 11 and more] forms. */
function counted(n, [one, two, few, many]) {
  if (n === 1) return one;
  if (n === 2) return two;
  const mod = n % 100;
  return `${arabicNumber.format(n)} ${mod >= 3 && mod <= 10 ? few : many}`;
}

function bulletItem(highlight, index) {
  const item = document.createElement("li");
  const button = document.createElement("button");
  button.type = "button";
  button.className = `bullet hl-${index % PALETTE}`;
  button.dataset.bullet = String(index);
  button.textContent = highlight.text;
  button.addEventListener("click", () => reveal(index));
  button.addEventListener("mouseenter", () => setActive(index, true));
  button.addEventListener("mouseleave", () => setActive(index, false));
  item.append(button);
  return item;
}

function paragraph(p) {
  const node = document.createElement("p");
  if (!p.keepLines) node.className = "wrapped";
  for (const run of p.runs) {
    if (run.bullet === null) {
      node.append(document.createTextNode(run.text));
      continue;
    }
    const mark = document.createElement("mark");
    mark.className = `hl-${run.bullet % PALETTE}`;
    mark.dataset.bullet = String(run.bullet);
    mark.dataset.n = arabicNumber.format(run.bullet + 1); // shown after the mark (style.css)
    // A span of punctuation alone (the full stop after a cut tail) takes no number of its own.
    if (!/[\p{L}\p{N}]/u.test(run.text)) mark.classList.add("bare");
    mark.title = `النقطة ${mark.dataset.n}`;
    mark.textContent = run.text;
    node.append(mark);
  }
  return node;
}

function marksOf(index) {
  return [...articleBody.querySelectorAll(`mark[data-bullet="${index}"]`)];
}

function setActive(index, on) {
  for (const mark of marksOf(index)) mark.classList.toggle("active", on);
}

/** Scroll to bullet `index`'s source and flash it. */
function reveal(index) {
  const marks = marksOf(index);
  for (const b of bulletList.querySelectorAll(".bullet")) {
    b.classList.toggle("active", b.dataset.bullet === String(index));
  }
  if (marks.length === 0) return;
  marks[0].scrollIntoView({ behavior: smooth(), block: "center" });
  for (const mark of marks) {
    mark.classList.remove("flash");
    void mark.offsetWidth; // restart the animation
    mark.classList.add("flash");
  }
}

function smooth() {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
}

async function copyBullets() {
  if (results.classList.contains("stale")) {
    setStatus(MESSAGES.STALE, true);
    return;
  }
  const text = bulletsMarkdown(current);
  let copied = false;
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      copied = true;
    }
  } catch {
    copied = false;
  }
  if (!copied) copied = copyWithSelection(text);
  setStatus(copied ? "نُسخت النقاط بصيغة Markdown." : "تعذّر النسخ؛ حدّد النقاط وانسخها يدويًا.");
}

/** Fallback for pages without the Clipboard API (plain http on another host). */
function copyWithSelection(text) {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  area.style.top = "0";
  // Selecting the text area takes the focus: it goes back where it was (the copy button).
  const focused = document.activeElement;
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } catch {
    ok = false;
  }
  area.remove();
  if (focused instanceof HTMLElement) focused.focus({ preventScroll: true });
  return ok;
}

form.addEventListener("submit", onSubmit);
form.addEventListener("input", onEdit);
form.addEventListener("change", onEdit);
copyButton.addEventListener("click", copyBullets);
input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) form.requestSubmit();
});
