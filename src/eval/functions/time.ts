/**
 * Terraform's pure date functions: `timeadd`, `timecmp` and `formatdate`
 * over RFC 3339 timestamps (the clock-reading `timestamp()` stays unknown).
 */
import { EvalError } from "../internal.js";
import { numberValue, stringValue } from "../values.js";
import type { FunctionTable } from "./registry.js";
import { str } from "./registry.js";

/** A parsed RFC 3339 timestamp: the instant, and the UTC offset it was written with. */
interface Timestamp {
  /** Milliseconds since the epoch (fractions of a millisecond are dropped). */
  readonly ms: number;
  /** Nanoseconds within the second, as written. */
  readonly nanos: number;
  /** Offset from UTC in minutes. */
  readonly offset: number;
  /** Whether it was written with `Z`. */
  readonly utc: boolean;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

function parseTimestamp(s: string): Timestamp {
  const m = RFC3339.exec(s);
  if (!m) throw new EvalError(`"${s}" is not a valid RFC 3339 timestamp`);
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
    throw new EvalError(`"${s}" is not a valid RFC 3339 timestamp`);
  }
  const offset = m[8] ? 0 : (m[9] === "-" ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  const local = Date.UTC(year, month - 1, day, hour, minute, second);
  if (new Date(local).getUTCDate() !== day) throw new EvalError(`"${s}" is not a valid date`);
  const nanos = m[7] ? Number(m[7].padEnd(9, "0")) : 0;
  return { ms: local - offset * 60_000 + Math.floor(nanos / 1e6), nanos, offset, utc: m[8] !== undefined || offset === 0 };
}

const DURATION_UNITS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  "µs": 1e-3,
  "μs": 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Go's time.ParseDuration, in milliseconds. */
function parseDuration(s: string): number {
  let rest = s;
  let sign = 1;
  if (rest.startsWith("-") || rest.startsWith("+")) {
    sign = rest.startsWith("-") ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === "0") return 0;
  if (rest === "") throw new EvalError(`invalid duration "${s}"`);
  let total = 0;
  while (rest !== "") {
    const m = /^(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/.exec(rest);
    if (!m) throw new EvalError(`invalid duration "${s}"`);
    total += Number(m[1]) * DURATION_UNITS[m[2]];
    rest = rest.slice(m[0].length);
  }
  return sign * total;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

/** The wall-clock fields of a timestamp in its own offset. */
function fields(t: Timestamp): Date {
  return new Date(t.ms + t.offset * 60_000);
}

function offsetText(offset: number, colon: boolean): string {
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return sign + pad(Math.floor(abs / 60)) + (colon ? ":" : "") + pad(abs % 60);
}

/** Go's time.RFC3339 layout (no fractional seconds). */
function formatRfc3339(t: Timestamp): string {
  const d = fields(t);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${date}T${time}${t.offset === 0 ? "Z" : offsetText(t.offset, true)}`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Terraform's `formatdate` specification language. */
function formatDate(spec: string, t: Timestamp): string {
  const d = fields(t);
  const hour12 = d.getUTCHours() % 12 === 0 ? 12 : d.getUTCHours() % 12;
  const tokens: Readonly<Record<string, () => string>> = {
    YYYY: () => pad(d.getUTCFullYear(), 4),
    YY: () => pad(d.getUTCFullYear() % 100),
    MMMM: () => MONTHS[d.getUTCMonth()],
    MMM: () => MONTHS[d.getUTCMonth()].slice(0, 3),
    MM: () => pad(d.getUTCMonth() + 1),
    M: () => String(d.getUTCMonth() + 1),
    DD: () => pad(d.getUTCDate()),
    D: () => String(d.getUTCDate()),
    EEEE: () => DAYS[d.getUTCDay()],
    EEE: () => DAYS[d.getUTCDay()].slice(0, 3),
    hh: () => pad(d.getUTCHours()),
    h: () => String(d.getUTCHours()),
    HH: () => pad(hour12),
    H: () => String(hour12),
    AA: () => (d.getUTCHours() < 12 ? "AM" : "PM"),
    aa: () => (d.getUTCHours() < 12 ? "am" : "pm"),
    mm: () => pad(d.getUTCMinutes()),
    m: () => String(d.getUTCMinutes()),
    ss: () => pad(d.getUTCSeconds()),
    s: () => String(d.getUTCSeconds()),
    ZZZZZ: () => (t.offset === 0 ? "Z" : offsetText(t.offset, true)),
    ZZZZ: () => offsetText(t.offset, false),
    ZZZ: () => (t.utc ? "UTC" : offsetText(t.offset, false)),
    Z: () => (t.offset === 0 ? "Z" : offsetText(t.offset, true)),
  };
  let out = "";
  let i = 0;
  while (i < spec.length) {
    const c = spec[i];
    if (c === "'") {
      if (spec[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      // A quoted literal; '' inside it is a quote.
      let j = i + 1;
      for (;;) {
        if (j >= spec.length) throw new EvalError("unterminated literal in date format");
        if (spec[j] === "'") {
          if (spec[j + 1] === "'") {
            out += "'";
            j += 2;
            continue;
          }
          break;
        }
        out += spec[j];
        j++;
      }
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (j < spec.length && spec[j] === c) j++;
      const run = spec.slice(i, j);
      const format = tokens[run];
      if (!format) throw new EvalError(`invalid date format sequence "${run}"`);
      out += format();
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

export const timeFunctions: FunctionTable = {
  timeadd: {
    params: 2,
    returns: "string",
    impl: ([ts, dur]) => {
      const t = parseTimestamp(str(ts, "timestamp"));
      const ms = parseDuration(str(dur, "duration"));
      return stringValue(formatRfc3339({ ...t, ms: t.ms + Math.trunc(ms) }));
    },
  },
  timecmp: {
    params: 2,
    returns: "number",
    impl: ([a, b]) => {
      const x = parseTimestamp(str(a, "timestamp"));
      const y = parseTimestamp(str(b, "timestamp"));
      const diff = x.ms - y.ms || x.nanos % 1_000_000 - (y.nanos % 1_000_000);
      return numberValue(Math.sign(diff));
    },
  },
  formatdate: {
    params: 2,
    returns: "string",
    impl: ([spec, ts]) => stringValue(formatDate(str(spec, "format"), parseTimestamp(str(ts, "timestamp")))),
  },
};
