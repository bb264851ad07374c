// The page's behaviour. Article text is only ever inserted with textContent / createTextNode.
import {
  anySignal,
  articleParagraphs,
  bulletsMarkdown,
  errorDetail,
  isSummary,
  timeoutSignal,
} from "./model.js";

const PALETTE = 5;

const MESSAGES = {
  EMPTY_INPUT: "النص فارغ: ألصق خبرًا فيه جملة واحدة على الأقل.",
  NOT_ARABIC: "لا يبدو أن النص عربي؛ خلاصة يلخّص الأخبار العربية.",
  NO_ARTICLE: "لم نجد نص خبر في صفحة HTML هذه؛ ألصق نص الخبر نفسه.",
  NOT_TEXT: "النص يحتوي على بيانات ليست نصًا.",
  TOO_LARGE: "النص أطول من الحد الذي يقبله الخادم؛ ألصق نص الخبر وحده دون بقية الصفحة.",
  BUSY: "الخادم مشغول الآن؛ أعد المحاولة بعد لحظات.",
  TIMEOUT: "استغرق التلخيص وقتًا أطول من المسموح؛ جرّب نصًا أقصر.",
  BAD_OPTION: "أحد الخيارات غير صالح.",
  NO_ANSWER: "لم يصل رد من الخادم في الوقت المحدد؛ أعد المحاولة.",
  STALE: "تغيّر النص أو الخيارات بعد التلخيص؛ أعد التلخيص لتحديث النقاط.",
  NO_SERVER: "تعذّر الاتصال بالخادم.",
  BAD_ANSWER: "وصل من الخادم ردّ لا يحمل نقاطًا.",
  NOT_SHOWN: "وصلت النقاط لكن تعذّر عرضها.",
};

/** The detail line of a failure the server did not describe (in English, as the server's). */
const DETAILS = {
  EMPTY_INPUT: "EMPTY_INPUT: the text is empty.",
  NO_ANSWER: "NO_ANSWER: no answer came in time. Try again.",
  NO_SERVER:
    "NO_SERVER: the request did not reach the server. Check that `khulasa serve` is still " +
    "running, then reload the page.",
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
/** The request out now: the form values it sent and the controller that cancels it; or null. */
let pending = null;
/** The form's values whose results are on screen, or null: an edit makes them stale. */
let shownForm = null;

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

/** What the form holds now (compared field by field: no copy of the article is made). */
function formValues() {
  return [
    input.value,
    formatSelect.value,
    countSelect.value,
    titleInput.value.trim(),
    compressBox.checked,
  ];
}

function sameForm(a, b) {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function requestBody([raw, format, count, title, compress]) {
  // "auto" lets the server tell a page from text, as `khulasa summarize` does.
  const field = format === "html" ? "html" : format === "text" ? "text" : "article";
  const body = { [field]: raw };
  body.includeText = true;
  if (count !== "") body.count = Number(count);
  if (title !== "") body.title = title;
  if (!compress) body.compress = false;
  return JSON.stringify(body);
}

/**
 * Send the form. A second submit of the same form while its answer is out does nothing (a
 * double click); a submit after an edit cancels the request out and sends the new one, so an
 * answer is only ever shown for what is in the form.
 */
async function onSubmit(event) {
  event.preventDefault();
  const values = formValues();
  if (pending !== null) {
    if (sameForm(pending.values, values)) return;
    pending.controller.abort();
  }
  if (input.value.trim() === "") {
    setBusy(null);
    clearResults();
    setStatus(MESSAGES.EMPTY_INPUT, true, DETAILS.EMPTY_INPUT);
    input.focus();
    return;
  }
  const request = { values, controller: new AbortController() };
  setBusy(request);
  setStatus("جارٍ التلخيص…");
  try {
    const answer = await post(requestBody(values), request.controller.signal);
    if (pending !== request) return; // a later submit took over
    present(answer, values);
  } finally {
    if (pending === request) {
      setBusy(null);
      onEdit(); // the form may have been edited while the answer was out
    }
  }
}

/**
 * POST `body`: `{ status, ok, data }` (data: the JSON body, or null), or `{ failure }` when no
 * answer came (`NO_ANSWER` after ANSWER_WAIT_MS, else `NO_SERVER`). Never throws; only the
 * network is in its `try`, so a fault of the page is never reported as the server's.
 */
async function post(body, cancel) {
  const waited = timeoutSignal(ANSWER_WAIT_MS);
  try {
    const response = await fetch("v1/summarize", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      signal: anySignal([cancel, waited]),
    });
    const data = await response.json().catch(() => null);
    if (data === null && waited.aborted) return { failure: "NO_ANSWER" };
    return { status: response.status, ok: response.ok, data };
  } catch {
    return { failure: waited.aborted ? "NO_ANSWER" : "NO_SERVER" };
  }
}

/** Show what `post` brought: the summary, or what went wrong, with its code. */
function present(answer, values) {
  if (answer.failure) {
    clearResults();
    setStatus(MESSAGES[answer.failure], true, DETAILS[answer.failure]);
    return;
  }
  const { status: httpStatus, ok, data } = answer;
  if (!ok) {
    const code = data?.error?.code ?? STATUS_CODES[httpStatus];
    clearResults();
    const text = MESSAGES[code] ?? `تعذّر التلخيص (${code ?? httpStatus}).`;
    setStatus(text, true, errorDetail(data) || `HTTP ${httpStatus}`);
    return;
  }
  if (!isSummary(data)) {
    clearResults();
    setStatus(MESSAGES.BAD_ANSWER, true, `BAD_ANSWER: HTTP ${httpStatus} with no highlights.`);
    return;
  }
  try {
    show(data, values);
  } catch (error) {
    clearResults();
    setStatus(MESSAGES.NOT_SHOWN, true, `NOT_SHOWN: ${String(error)}`);
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

function show(summary, values) {
  current = summary.highlights;
  shownForm = values;
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
  shownForm = null;
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
  if (shownForm === null || pending !== null) return;
  const stale = !sameForm(formValues(), shownForm);
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
  for (const run of p.runs) {
    if (run.bullet === null) {
      node.append(...withBreaks(run, p.breaks));
      continue;
    }
    const mark = document.createElement("mark");
    mark.className = `hl-${run.bullet % PALETTE}`;
    mark.dataset.bullet = String(run.bullet);
    mark.dataset.n = arabicNumber.format(run.bullet + 1); // shown after the mark (style.css)
    // A span of punctuation alone (the full stop after a cut tail) takes no number of its own.
    if (!/[\p{L}\p{N}]/u.test(run.text)) mark.classList.add("bare");
    mark.title = `النقطة ${mark.dataset.n}`;
    mark.tabIndex = -1; // a bullet's click or Enter moves the focus here (reveal)
    mark.append(...withBreaks(run, p.breaks));
    node.append(mark);
  }
  return node;
}

/** A run's text as text nodes, with a `<br>` for each of its line breaks that is shown. */
function withBreaks(run, breaks) {
  const nodes = [];
  let from = 0;
  for (const at of breaks) {
    const i = at - run.start;
    if (i < from || i >= run.text.length) continue;
    nodes.push(document.createTextNode(run.text.slice(from, i)), document.createElement("br"));
    from = i + 1;
  }
  nodes.push(document.createTextNode(run.text.slice(from)));
  return nodes;
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
  // The focus follows, so that a screen reader reads the source (its title names the point).
  marks[0].focus({ preventScroll: true });
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
articleBody.addEventListener("keydown", backFromSource);

/**
 * From a source that a bullet revealed (the focus is on its mark), the keyboard goes back to the
 * bullets, not on through the page: Shift+Tab or Escape to the bullet itself, Tab to the next one
 * (past the last, on as the page goes).
 */
function backFromSource(event) {
  const mark = event.target;
  if (!(mark instanceof HTMLElement) || mark.dataset.bullet === undefined) return;
  const index = Number(mark.dataset.bullet);
  const back = event.key === "Escape" || (event.key === "Tab" && event.shiftKey);
  const next = event.key === "Tab" && !event.shiftKey;
  if (!back && !next) return;
  const target = bulletList.querySelector(`.bullet[data-bullet="${back ? index : index + 1}"]`);
  if (!target) return;
  event.preventDefault();
  target.focus();
}
