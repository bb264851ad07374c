// The rules of a batch record's fields, which `khulasa batch` and `POST /v1/summarize/batch`
// share (src/io/batch-record.ts): input lines and what each face must answer, for a test in
// each face's file. Only fields both faces take; a record without `id` is the one difference
// (the CLI refuses it; over HTTP every result line has `line`).

const ARTICLE =
  "أعلنت وزارة الصحة افتتاح مستشفى جديد في مدينة السلط. ويضم المستشفى مئتي سرير وقسما للطوارئ. " +
  "وقال الوزير إن العمل بدأ قبل ثلاث سنوات.";

/** One input line and its outcome: the id echoed (null: none), "ok" or the error. */
export interface RecordRule {
  line: string;
  id: string | number | null;
  code: string;
  message?: string;
  /** The field `khulasa batch` names in its error line. */
  field?: string;
}

const record = (fields: Record<string, unknown>): string =>
  JSON.stringify({ ...fields, article: fields.article === undefined ? ARTICLE : fields.article });

const badId = (got: string) => `\`id\` must be a non-empty string or a number, got ${got}`;

export const RECORD_RULES: readonly RecordRule[] = [
  {
    line: record({ id: "" }),
    id: null,
    code: "BAD_RECORD",
    field: "id",
    message: badId("an empty string"),
  },
  // Refused, not remembered: a second "" is refused the same way, not DUPLICATE_ID.
  {
    line: record({ id: "" }),
    id: null,
    code: "BAD_RECORD",
    field: "id",
    message: badId("an empty string"),
  },
  { line: record({ id: " " }), id: " ", code: "ok" },
  { line: record({ id: 0 }), id: 0, code: "ok" },
  { line: record({ id: -1.5 }), id: -1.5, code: "ok" },
  {
    line: record({ id: true }),
    id: null,
    code: "BAD_RECORD",
    field: "id",
    message: badId("true"),
  },
  { line: record({ id: null }), id: null, code: "BAD_RECORD", field: "id", message: badId("null") },
  {
    line: record({ id: ["x"] }),
    id: null,
    code: "BAD_RECORD",
    field: "id",
    message: badId("an array"),
  },
  {
    line: `{"id": 1e400, "article": ${JSON.stringify(ARTICLE)}}`,
    id: null,
    code: "BAD_RECORD",
    field: "id",
    message: badId("a number out of range"),
  },
  { line: record({ id: "t1", title: null }), id: "t1", code: "ok" },
  { line: record({ id: "t2", title: "" }), id: "t2", code: "ok" },
  {
    line: record({ id: "t3", title: 5 }),
    id: "t3",
    code: "BAD_RECORD",
    field: "title",
    message: "`title` must be a string or null, got 5",
  },
  {
    line: record({ id: "t4", title: ["عنوان"] }),
    id: "t4",
    code: "BAD_RECORD",
    field: "title",
    message: "`title` must be a string or null, got an array",
  },
  {
    line: record({ id: "a1", article: 5 }),
    id: "a1",
    code: "BAD_RECORD",
    field: "article",
    message: "`article` must be a string, got 5",
  },
  {
    line: record({ id: "a2", article: null }),
    id: "a2",
    code: "BAD_RECORD",
    field: "article",
    message: "`article` must be a string, got null",
  },
  {
    line: record({ id: "a3", article: { text: ARTICLE } }),
    id: "a3",
    code: "BAD_RECORD",
    field: "article",
    message: "`article` must be a string, got an object",
  },
  {
    line: JSON.stringify(["an array"]),
    id: null,
    code: "BAD_RECORD",
    field: "record",
    message: "expected a JSON object, got an array",
  },
  {
    line: JSON.stringify(ARTICLE),
    id: null,
    code: "BAD_RECORD",
    field: "record",
    message: "expected a JSON object, got a string",
  },
];
