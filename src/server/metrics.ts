/**
 * A small Prometheus registry: counters, gauges and histograms with labels, rendered in the
 * text exposition format 0.0.4 (https://prometheus.io/docs/instrumenting/exposition_formats/).
 */

/** The content type of the exposition. */
export const METRICS_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

/** Latency buckets in seconds: 0.5 ms to 10 s. */
export const DEFAULT_LATENCY_BUCKETS: readonly number[] = Object.freeze([
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
]);

type Labels = Readonly<Record<string, string>>;

interface Metric {
  render(): string;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** Escape a label value: backslash, double quote and line feed. */
export function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n");
}

function escapeHelp(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
}

/** A number as Prometheus writes it (`+Inf`, `-Inf`, `NaN`). */
export function formatValue(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (value === Number.POSITIVE_INFINITY) return "+Inf";
  if (value === Number.NEGATIVE_INFINITY) return "-Inf";
  return String(value);
}

function renderLabels(names: readonly string[], values: readonly string[], extra = ""): string {
  const parts = names.map((n, i) => `${n}="${escapeLabelValue(values[i] ?? "")}"`);
  if (extra) parts.push(extra);
  return parts.length ? `{${parts.join(",")}}` : "";
}

function header(name: string, help: string, type: string): string {
  return `# HELP ${name} ${escapeHelp(help)}\n# TYPE ${name} ${type}\n`;
}

abstract class Family<T> implements Metric {
  protected readonly series = new Map<string, { values: string[]; data: T }>();

  constructor(
    readonly name: string,
    readonly help: string,
    readonly labelNames: readonly string[],
  ) {
    if (!NAME.test(name)) throw new Error(`bad metric name ${name}`);
    for (const l of labelNames) if (!LABEL.test(l) || l === "le") throw new Error(`bad label ${l}`);
  }

  protected get(labels: Labels): T {
    const values = this.labelNames.map((n) => labels[n] ?? "");
    const key = values.join("\u0000");
    let entry = this.series.get(key);
    if (!entry) {
      entry = { values, data: this.create() };
      this.series.set(key, entry);
    }
    return entry.data;
  }

  protected abstract create(): T;
  abstract render(): string;
}

/** A monotonically increasing count. */
export class Counter extends Family<{ value: number }> {
  protected create(): { value: number } {
    return { value: 0 };
  }

  /** Add `by` (default 1) to the series of `labels`. */
  inc(labels: Labels = {}, by = 1): void {
    if (by < 0) throw new Error("a counter only goes up");
    this.get(labels).value += by;
  }

  render(): string {
    let out = header(this.name, this.help, "counter");
    for (const { values, data } of this.series.values()) {
      out += `${this.name}${renderLabels(this.labelNames, values)} ${formatValue(data.value)}\n`;
    }
    return out;
  }
}

/** A value read when scraped. */
export class Gauge implements Metric {
  constructor(
    readonly name: string,
    readonly help: string,
    private readonly read: () => number,
  ) {
    if (!NAME.test(name)) throw new Error(`bad metric name ${name}`);
  }

  render(): string {
    return `${header(this.name, this.help, "gauge")}${this.name} ${formatValue(this.read())}\n`;
  }
}

interface HistogramData {
  counts: number[];
  sum: number;
  count: number;
}

/** Observations counted in cumulative buckets, with their sum and count. */
export class Histogram extends Family<HistogramData> {
  readonly buckets: readonly number[];

  constructor(
    name: string,
    help: string,
    labelNames: readonly string[],
    buckets: readonly number[],
  ) {
    super(name, help, labelNames);
    this.buckets = [...buckets].sort((a, b) => a - b);
  }

  protected create(): HistogramData {
    return { counts: this.buckets.map(() => 0), sum: 0, count: 0 };
  }

  /** Record one observation. */
  observe(labels: Labels, value: number): void {
    const d = this.get(labels);
    for (let i = 0; i < this.buckets.length; i++) {
      if (value <= (this.buckets[i] as number)) d.counts[i] = (d.counts[i] ?? 0) + 1;
    }
    d.sum += value;
    d.count += 1;
  }

  render(): string {
    let out = header(this.name, this.help, "histogram");
    for (const { values, data } of this.series.values()) {
      this.buckets.forEach((b, i) => {
        const le = `le="${formatValue(b)}"`;
        out += `${this.name}_bucket${renderLabels(this.labelNames, values, le)} ${data.counts[i] ?? 0}\n`;
      });
      out += `${this.name}_bucket${renderLabels(this.labelNames, values, 'le="+Inf"')} ${data.count}\n`;
      out += `${this.name}_sum${renderLabels(this.labelNames, values)} ${formatValue(data.sum)}\n`;
      out += `${this.name}_count${renderLabels(this.labelNames, values)} ${data.count}\n`;
    }
    return out;
  }
}

/** A set of metrics rendered together. */
export class Registry {
  private readonly metrics: Metric[] = [];

  /** Register and return `metric`. */
  add<M extends Metric>(metric: M): M {
    this.metrics.push(metric);
    return metric;
  }

  /** The exposition text of every metric. */
  render(): string {
    return this.metrics.map((m) => m.render()).join("");
  }
}

/** The metrics of the khulasa HTTP service. */
export interface ServiceMetrics {
  registry: Registry;
  requests: Counter;
  latency: Histogram;
  errors: Counter;
  batchRecords: Counter;
}

/** Create the service's registry; `inflight` is read at scrape time. */
export function createServiceMetrics(inflight: () => number): ServiceMetrics {
  const registry = new Registry();
  const requests = registry.add(
    new Counter("khulasa_http_requests_total", "HTTP requests by route, method and status.", [
      "route",
      "method",
      "status",
    ]),
  );
  const latency = registry.add(
    new Histogram(
      "khulasa_http_request_duration_seconds",
      "Time from request to response, by route.",
      ["route"],
      DEFAULT_LATENCY_BUCKETS,
    ),
  );
  const errors = registry.add(
    new Counter("khulasa_errors_total", "Errors answered, by code (batch records included).", [
      "code",
    ]),
  );
  const batchRecords = registry.add(
    new Counter("khulasa_batch_records_total", "Batch records by outcome (ok or error).", [
      "outcome",
    ]),
  );
  registry.add(
    new Gauge("khulasa_inflight_requests", "Requests on /v1/* being handled.", inflight),
  );
  return { registry, requests, latency, errors, batchRecords };
}
