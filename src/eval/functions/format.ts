/**
 * Terraform's `format` and `formatlist`: the verbs of cty's formatter
 * (%v %#v %t %b %d %o %x %X %e %E %f %g %G %s %q %%), flags `+ - # 0` and
 * space, width, precision and `%[n]` argument indexes. An unknown argument
 * leaves a hole in a partially known string.
 */
import { EvalError, MAX_STRING } from "../internal.js";
import type { StringPiece, Value } from "../value.js";
import { asBool, asNumber, asString, isKnown, normalizePieces, sizeExceeds, stringValue, tupleValue, unknownValue } from "../values.js";
import { jsonEncode, jsonQuote } from "./json.js";
import { formatFloat, formatInteger } from "./numfmt.js";
import type { FunctionTable } from "./registry.js";
import { checkSize, graphemes, list, str } from "./registry.js";

interface Verb {
  readonly flags: string;
  readonly width: number | undefined;
  readonly precision: number | undefined;
  readonly verb: string;
}

type FormatToken = { readonly text: string } | { readonly verb: Verb; readonly argIndex: number };

/** Widths and precisions beyond this would only build giant strings. */
const MAX_WIDTH = 100_000;

/** Splits a format string into text and verbs, assigning each verb its argument. */
function parseFormat(spec: string, argCount: number): FormatToken[] {
  const tokens: FormatToken[] = [];
  let text = "";
  let next = 0;
  let i = 0;
  let used = 0;
  while (i < spec.length) {
    const c = spec[i];
    if (c !== "%") {
      text += c;
      i++;
      continue;
    }
    i++;
    if (spec[i] === "%") {
      text += "%";
      i++;
      continue;
    }
    let flags = "";
    while (i < spec.length && "+-# 0".includes(spec[i])) flags += spec[i++];
    if (spec[i] === "[") {
      const close = spec.indexOf("]", i);
      const n = close < 0 ? NaN : Number(spec.slice(i + 1, close));
      if (!Number.isInteger(n) || n < 1) throw new EvalError("invalid argument index in format string");
      next = n - 1;
      i = close + 1;
    }
    let width: number | undefined;
    let digits = "";
    while (i < spec.length && spec[i] >= "0" && spec[i] <= "9") digits += spec[i++];
    if (digits) width = Number(digits);
    let precision: number | undefined;
    if (spec[i] === ".") {
      i++;
      digits = "";
      while (i < spec.length && spec[i] >= "0" && spec[i] <= "9") digits += spec[i++];
      precision = digits ? Number(digits) : 0;
    }
    if ((width ?? 0) > MAX_WIDTH || (precision ?? 0) > MAX_WIDTH) throw new EvalError("width or precision too large");
    if (i >= spec.length) throw new EvalError("format string ends in the middle of a verb");
    const verb = String.fromCodePoint(spec.codePointAt(i) ?? 0);
    i += verb.length;
    if (!"vtbdoxXeEfgGsq".includes(verb)) throw new EvalError(`unsupported format verb %${verb}`);
    if (text) tokens.push({ text });
    text = "";
    if (next >= argCount) throw new EvalError(`not enough arguments for format string (verb %${verb} wants argument ${next + 1})`);
    tokens.push({ verb: { flags, width, precision, verb }, argIndex: next });
    used = Math.max(used, next + 1);
    next++;
  }
  if (text) tokens.push({ text });
  if (used < argCount) throw new EvalError(`too many arguments; only ${used} used by format string`);
  return tokens;
}

function pad(s: string, v: Verb, zeroAllowed: boolean): string {
  if (v.width === undefined) return s;
  const len = graphemes(s).length;
  if (len >= v.width) return s;
  const fill = v.width - len;
  if (v.flags.includes("-")) return s + " ".repeat(fill);
  if (zeroAllowed && v.flags.includes("0")) return "0".repeat(fill) + s;
  return " ".repeat(fill) + s;
}

/** Sign and padding as Go's big.Float/big.Int Format apply them. */
function padNumber(negative: boolean, body: string, v: Verb, zeroPad: boolean): string {
  let sign = "";
  if (negative) sign = "-";
  else if (v.flags.includes("+")) sign = "+";
  else if (v.flags.includes(" ")) sign = " ";
  const width = v.width ?? 0;
  const fill = Math.max(0, width - sign.length - body.length);
  if (zeroPad && v.flags.includes("0")) return sign + "0".repeat(fill) + body;
  if (v.flags.includes("-")) return sign + body + " ".repeat(fill);
  return " ".repeat(fill) + sign + body;
}

function formatNumber(n: number, v: Verb): string {
  switch (v.verb) {
    case "b":
    case "d":
    case "o":
    case "x":
    case "X": {
      if (!Number.isInteger(n)) throw new EvalError(`%${v.verb} needs a whole number`);
      const base = v.verb === "b" ? 2 : v.verb === "o" ? 8 : v.verb === "d" ? 10 : 16;
      let digits = formatInteger(n, base, v.verb === "X");
      if (v.precision !== undefined) {
        if (v.precision === 0 && n === 0) digits = "";
        digits = digits.padStart(v.precision, "0");
      }
      let prefix = "";
      if (v.flags.includes("#")) {
        if (v.verb === "b") prefix = "0b";
        else if (v.verb === "o") prefix = digits.startsWith("0") ? "" : "0";
        else if (v.verb === "x") prefix = "0x";
        else if (v.verb === "X") prefix = "0X";
      }
      // Go's big.Int pads with zeros only when no precision is given.
      return padNumber(n < 0, prefix + digits, v, v.precision === undefined && !v.flags.includes("-"));
    }
    default: {
      const body = formatFloat(n, v.verb, v.precision, v.flags.includes("#"));
      return padNumber(n < 0, body, v, Number.isFinite(n));
    }
  }
}

/** Formats one argument for one verb; undefined when the argument is not known. */
function formatArg(arg: Value, v: Verb): string | undefined {
  if (sizeExceeds(arg, MAX_STRING)) throw new EvalError("argument too large to format");
  if (v.verb === "v" && v.flags.includes("#")) {
    const json = jsonEncode(arg);
    return json === undefined ? undefined : pad(json, v, false);
  }
  if (arg.kind === "unknown") return undefined;
  if (arg.kind === "null") {
    if (v.verb === "v") return pad("null", v, false);
    throw new EvalError(`null value cannot be formatted with %${v.verb}`);
  }
  let verb = v.verb;
  if (verb === "v") {
    if (arg.kind === "string") verb = "s";
    else if (arg.kind === "number") verb = "g";
    else if (arg.kind === "bool") verb = "t";
    else {
      if (!isKnown(arg)) return undefined;
      return pad(jsonEncode(arg) ?? "", v, false);
    }
  }
  const vv: Verb = { ...v, verb };
  switch (verb) {
    case "t": {
      const b = asBool(arg);
      if (b === undefined) throw new EvalError("%t needs a bool");
      return pad(b ? "true" : "false", vv, false);
    }
    case "s":
    case "q": {
      let s = asString(arg);
      if (s === undefined) throw new EvalError(`%${verb} needs a string`);
      if (vv.precision !== undefined) s = graphemes(s).slice(0, vv.precision).join("");
      if (verb === "q") s = jsonQuote(s);
      return pad(s, vv, true);
    }
    case "x":
    case "X":
      if (arg.kind === "string") {
        let hex = Buffer.from(arg.value, "utf8").toString("hex");
        if (verb === "X") hex = hex.toUpperCase();
        return pad(hex, vv, true);
      }
      break;
    default:
      break;
  }
  const n = asNumber(arg);
  if (n === undefined) throw new EvalError(`%${verb} needs a number`);
  return formatNumber(n, vv);
}

/** Formats with known or unknown arguments; unknown ones leave holes. */
export function formatValue(spec: string, args: readonly Value[]): Value {
  const tokens = parseFormat(spec, args.length);
  const pieces: StringPiece[] = [];
  let length = 0;
  let known = true;
  for (const t of tokens) {
    if ("text" in t) {
      pieces.push({ known: true, text: t.text });
      length += t.text.length;
      continue;
    }
    const s = formatArg(args[t.argIndex], t.verb);
    if (s === undefined) {
      known = false;
      pieces.push({ known: false });
    } else {
      pieces.push({ known: true, text: s });
      length += s.length;
    }
    if (length > MAX_STRING) throw new EvalError("result too large");
  }
  if (known) return stringValue(pieces.map((p) => (p.known ? p.text : "")).join(""));
  return unknownValue("string", "format argument not known", [], normalizePieces(pieces));
}

export const formatFunctions: FunctionTable = {
  format: {
    deep: true,
    params: 1,
    variadic: true,
    returns: "string",
    partial: true,
    nullable: true,
    impl: (args) => {
      const spec = args[0];
      if (spec.kind === "null") throw new EvalError("format string is null");
      if (spec.kind === "unknown") return unknownValue("string", "format string not known");
      return formatValue(str(spec, "format string"), args.slice(1));
    },
  },
  formatlist: {
    deep: true,
    params: 1,
    variadic: true,
    returns: "tuple",
    nullable: true,
    impl: (args, call) => {
      const spec = str(args[0], "format string");
      const rest = args.slice(1);
      let n: number | undefined;
      for (const a of rest) {
        if (a.kind !== "tuple") continue;
        if (n !== undefined && n !== a.items.length) throw new EvalError("all list arguments must have the same length");
        n = a.items.length;
      }
      if (n === undefined) n = 1;
      checkSize(n, call);
      const out: Value[] = [];
      for (let i = 0; i < n; i++) {
        const row = rest.map((a) => (a.kind === "tuple" ? list(a).items[i] : a));
        out.push(formatValue(spec, row));
      }
      return tupleValue(out);
    },
  },
};
