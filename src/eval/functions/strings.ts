/**
 * Terraform's string functions. Lengths and offsets count grapheme
 * clusters, as Terraform does.
 */
import type { CallContext } from "../internal.js";
import { EvalError, MAX_COLLECTION, MAX_STRING, STEP_CHARS, STEP_PATTERN_CHARS, chargeSteps, remainingSteps } from "../internal.js";
import type { StringPiece, Value } from "../value.js";
import {
  asString,
  boolValue,
  normalizePieces,
  nullValue,
  objectValue,
  stringValue,
  tupleValue,
  unknownValue,
} from "../values.js";
import { formatFunctions } from "./format.js";
import type { Match, Pattern } from "./regex.js";
import { compilePattern, findMatches, replaceAll } from "./regex.js";
import type { FunctionTable } from "./registry.js";
import { checkSize, graphemes, int, list, str } from "./registry.js";

/**
 * Runs a regex search charged to the step budget: the characters it scans
 * (each search is linear in them) and each match. Undefined once the
 * budget ran out (the evaluation is then unknown and says so), so that
 * many searches of a long string add up to a bounded time.
 */
function search(call: CallContext, pattern: Pattern, text: string, all: boolean, limit = Infinity): Match[] | undefined {
  if (!chargeSteps(call.ctx, Math.ceil(text.length / STEP_CHARS), call.origin)) return undefined;
  const matches = findMatches(pattern, text, all, Math.min(limit, remainingSteps(call.ctx.budget) + 1));
  return chargeSteps(call.ctx, matches.length, call.origin) ? matches : undefined;
}

/** Compiles a pattern, charged to the step budget first; undefined once the budget ran out. */
function compileCharged(call: CallContext, source: string): Pattern | undefined {
  return chargeSteps(call.ctx, Math.ceil(source.length / STEP_PATTERN_CHARS), call.origin) ? compilePattern(source) : undefined;
}

const OUT_OF_STEPS = "evaluation budget exceeded";

/** What `regex` returns for one match: the match, a list of captures, or an object of named captures. */
function matchResult(p: Pattern, m: { text: string; groups: readonly (string | null)[] }): Value {
  if (p.names.length === 0) return stringValue(m.text);
  const named = p.names.filter((n) => n !== "").length;
  if (named > 0 && named !== p.names.length) throw new EvalError("pattern cannot mix named and unnamed capture groups");
  const vals = m.groups.map((g) => (g === null ? nullValue() : stringValue(g)));
  if (named === 0) return tupleValue(vals);
  return objectValue(new Map(p.names.map((n, i) => [n, vals[i]])));
}

function isSpaceSeparator(ch: string): boolean {
  // Go's strings.Title: ASCII letters, digits and underscore join words; other ASCII separates.
  if (/^[A-Za-z0-9_]$/.test(ch)) return false;
  if (/^[\x20-\x7e\t\n\r\f\v]$/.test(ch)) return true;
  if (/^[\p{L}\p{N}]$/u.test(ch)) return false;
  return /^\s$/u.test(ch);
}

/** Go's strings.Trim cutset semantics, by code point. */
function trimCutset(s: string, cutset: string, left: boolean, right: boolean): string {
  const cut = new Set(Array.from(cutset));
  const cps = Array.from(s);
  let a = 0;
  let b = cps.length;
  if (left) while (a < b && cut.has(cps[a])) a++;
  if (right) while (b > a && cut.has(cps[b - 1])) b--;
  return cps.slice(a, b).join("");
}

function joinPieces(sep: string, items: readonly Value[]): Value {
  const pieces: StringPiece[] = [];
  let length = 0;
  let known = true;
  items.forEach((item, i) => {
    if (i > 0) pieces.push({ known: true, text: sep });
    if (item.kind === "unknown") {
      known = false;
      if (item.pieces) pieces.push(...item.pieces);
      else pieces.push({ known: false });
      return;
    }
    const s = asString(item);
    if (s === undefined) throw new EvalError("join: elements must be strings");
    length += s.length + sep.length;
    if (length > MAX_STRING) throw new EvalError("result too large");
    pieces.push({ known: true, text: s });
  });
  if (known) return stringValue(pieces.map((p) => (p.known ? p.text : "")).join(""));
  return unknownValue("string", "element not known", [], normalizePieces(pieces));
}

const GO_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g;

export const stringFunctions: FunctionTable = {
  ...formatFunctions,
  chomp: { params: 1, returns: "string", impl: ([s]) => stringValue(str(s).replace(/[\r\n]+$/, "")) },
  endswith: { params: 2, returns: "bool", impl: ([s, suffix]) => boolValue(str(s).endsWith(str(suffix))) },
  startswith: { params: 2, returns: "bool", impl: ([s, prefix]) => boolValue(str(s).startsWith(str(prefix))) },
  strcontains: { params: 2, returns: "bool", impl: ([s, sub]) => boolValue(str(s).includes(str(sub))) },
  indent: {
    params: 2,
    returns: "string",
    impl: ([n, s]) => {
      const spaces = int(n, "indent width");
      if (spaces > MAX_STRING) throw new EvalError("indent too large");
      const text = str(s);
      const lines = text.split("\n").length;
      if (spaces * lines + text.length > MAX_STRING) throw new EvalError("result too large");
      return stringValue(text.replaceAll("\n", "\n" + " ".repeat(Math.max(0, spaces))));
    },
  },
  join: {
    params: 1,
    variadic: true,
    returns: "string",
    partial: true,
    impl: (args) => {
      const [sep, ...lists] = args;
      if (sep.kind === "unknown" || lists.some((l) => l.kind === "unknown")) return unknownValue("string", "argument not known");
      if (lists.length === 0) throw new EvalError("join needs at least one list");
      const items: Value[] = [];
      for (const l of lists) {
        for (const item of list(l, "join list").items) {
          if (item.kind === "null") throw new EvalError("join: element is null");
          items.push(item);
        }
      }
      return joinPieces(str(sep, "separator"), items);
    },
  },
  lower: { params: 1, returns: "string", impl: ([s]) => stringValue(str(s).toLowerCase()) },
  upper: { params: 1, returns: "string", impl: ([s]) => stringValue(str(s).toUpperCase()) },
  title: {
    params: 1,
    returns: "string",
    impl: ([s]) => {
      let prev = " ";
      let out = "";
      for (const ch of str(s)) {
        out += isSpaceSeparator(prev) ? ch.toUpperCase() : ch;
        prev = ch;
      }
      return stringValue(out);
    },
  },
  split: {
    params: 2,
    returns: "tuple",
    impl: ([sep, s], call) => {
      const sp = str(sep, "separator");
      const text = str(s);
      const parts = sp === "" ? Array.from(text) : text.split(sp);
      checkSize(parts.length, call);
      return tupleValue(parts.map((p) => stringValue(p)));
    },
  },
  strrev: { params: 1, returns: "string", impl: ([s]) => stringValue(graphemes(str(s)).reverse().join("")) },
  substr: {
    params: 3,
    returns: "string",
    impl: ([s, o, l]) => {
      const g = graphemes(str(s));
      let offset = int(o, "offset");
      const length = int(l, "length");
      if (offset < 0) offset = Math.max(0, offset + g.length);
      if (offset >= g.length) return stringValue("");
      return stringValue((length < 0 ? g.slice(offset) : g.slice(offset, offset + length)).join(""));
    },
  },
  trim: { params: 2, returns: "string", impl: ([s, cut]) => stringValue(trimCutset(str(s), str(cut), true, true)) },
  trimprefix: {
    params: 2,
    returns: "string",
    impl: ([s, p]) => {
      const text = str(s);
      const prefix = str(p);
      return stringValue(text.startsWith(prefix) ? text.slice(prefix.length) : text);
    },
  },
  trimsuffix: {
    params: 2,
    returns: "string",
    impl: ([s, p]) => {
      const text = str(s);
      const suffix = str(p);
      return stringValue(suffix !== "" && text.endsWith(suffix) ? text.slice(0, text.length - suffix.length) : text);
    },
  },
  trimspace: { params: 1, returns: "string", impl: ([s]) => stringValue(str(s).replace(GO_SPACE, "")) },
  replace: {
    params: 3,
    returns: "string",
    impl: ([s, sub, rep], call) => {
      const text = str(s);
      const needle = str(sub, "substring");
      const replacement = str(rep, "replacement");
      if (needle.length > 1 && needle.startsWith("/") && needle.endsWith("/")) {
        const p = compileCharged(call, needle.slice(1, -1));
        const matches = p && search(call, p, text, true);
        return p && matches ? stringValue(replaceAll(p, text, matches, replacement, MAX_STRING)) : unknownValue("string", OUT_OF_STEPS);
      }
      if (needle === "") {
        const cps = Array.from(text);
        if ((cps.length + 1) * replacement.length + text.length > MAX_STRING) throw new EvalError("result too large");
        return stringValue(replacement + cps.map((c) => c + replacement).join(""));
      }
      const count = text.split(needle).length - 1;
      if (text.length + count * (replacement.length - needle.length) > MAX_STRING) throw new EvalError("result too large");
      return stringValue(text.replaceAll(needle, () => replacement));
    },
  },
  regex: {
    params: 2,
    returns: "any",
    impl: ([pat, s], call) => {
      const p = compileCharged(call, str(pat, "pattern"));
      const matches = p && search(call, p, str(s), false);
      if (!p || !matches) return unknownValue("any", OUT_OF_STEPS);
      const [m] = matches;
      if (!m) throw new EvalError("pattern did not match any part of the given string");
      return matchResult(p, m);
    },
  },
  regexall: {
    params: 2,
    returns: "tuple",
    impl: ([pat, s], call) => {
      const p = compileCharged(call, str(pat, "pattern"));
      // One match past the limit is enough for checkSize to refuse the result.
      const matches = p && search(call, p, str(s), true, MAX_COLLECTION + 1);
      if (!p || !matches) return unknownValue("tuple", OUT_OF_STEPS);
      checkSize(matches.length, call);
      return tupleValue(matches.map((m) => matchResult(p, m)));
    },
  },
};

