/**
 * RE2 patterns (what Terraform's regex functions take) translated to
 * JavaScript regular expressions, and matching with Go's rules for
 * successive and empty matches. Constructs RE2 has and JavaScript cannot
 * express give `undefined` (the caller's value becomes unknown); constructs
 * RE2 rejects give an error. Patterns that could backtrack badly run under
 * a time limit in a separate VM context.
 */
import vm from "node:vm";
import { EvalError } from "../internal.js";

/** A translated pattern. */
export interface Pattern {
  readonly source: string;
  readonly flags: string;
  /** Capture group names in order; "" for an unnamed group. */
  readonly names: readonly string[];
  /** Whether a quantified group contains a quantifier or alternation (possible exponential backtracking). */
  readonly risky: boolean;
}

/** Thrown for RE2 constructs JavaScript has no equivalent for. */
export class UnsupportedPattern extends Error {}

const SYNTAX_CHARS = "^$\\.*+?()[]{}|/";

const POSIX_CLASSES: Readonly<Record<string, string>> = {
  alnum: "0-9A-Za-z",
  alpha: "A-Za-z",
  ascii: "\\x00-\\x7F",
  blank: "\\t ",
  cntrl: "\\x00-\\x1F\\x7F",
  digit: "0-9",
  graph: "!-~",
  lower: "a-z",
  print: " -~",
  punct: "!-\\/:-@\\[-`{-~",
  space: "\\t\\n\\v\\f\\r ",
  upper: "A-Z",
  word: "0-9A-Za-z_",
  xdigit: "0-9A-Fa-f",
};

function isAsciiPunct(c: string): boolean {
  return /^[!-/:-@[-`{-~]$/.test(c);
}

function literalChar(c: string, inClass: boolean): string {
  if (inClass) return "]\\^-[".includes(c) ? "\\" + c : c;
  return SYNTAX_CHARS.includes(c) ? "\\" + c : c;
}

function codePointEscape(cp: number): string {
  return `\\u{${cp.toString(16)}}`;
}

function unicodeClass(name: string, negated: boolean): string {
  let n = name;
  let neg = negated;
  if (n.startsWith("^")) {
    n = n.slice(1);
    neg = !neg;
  }
  if (n === "Any") return neg ? "[^\\s\\S]" : "[\\s\\S]";
  const prop = /^[A-Z][a-z]?$/.test(n) ? n : `Script=${n}`;
  return `\\${neg ? "P" : "p"}{${prop}}`;
}

/** Translates an RE2 pattern. Throws EvalError for invalid RE2, UnsupportedPattern for what JS cannot do. */
export function translatePattern(re2: string): Pattern {
  let i = 0;
  let out = "";
  let flags = "u";
  const names: string[] = [];
  // Per open group: whether it contains a quantifier or alternation.
  const groupStack: boolean[] = [];
  let lastGroupComplex = false;
  let lastWasGroup = false;
  let risky = false;

  // Leading flag groups such as (?i) or (?is) become JS flags.
  for (;;) {
    const m = /^\(\?([imsU]+)\)/.exec(re2.slice(i));
    if (!m) break;
    for (const f of m[1]) {
      if (f === "U") throw new UnsupportedPattern("ungreedy flag");
      if (!flags.includes(f)) flags += f;
    }
    i += m[0].length;
  }

  const markQuantifier = (): void => {
    if (groupStack.length > 0) groupStack[groupStack.length - 1] = true;
  };

  while (i < re2.length) {
    const c = re2[i];
    const wasGroup = lastWasGroup;
    lastWasGroup = false;
    switch (c) {
      case "\\": {
        const [text, len] = translateEscape(re2, i, false);
        out += text;
        i += len;
        break;
      }
      case "[": {
        const [text, len] = translateClass(re2, i);
        out += text;
        i += len;
        break;
      }
      case "(": {
        const rest = re2.slice(i);
        let m: RegExpExecArray | null;
        if ((m = /^\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest))) {
          if (names.includes(m[1])) throw new EvalError(`duplicate capture group name ${m[1]}`);
          names.push(m[1]);
          out += `(?<${m[1]}>`;
          i += m[0].length;
        } else if (rest.startsWith("(?:")) {
          out += "(?:";
          i += 3;
        } else if (rest.startsWith("(?")) {
          if (/^\(\?[imsU-]*[:)]/.test(rest)) throw new UnsupportedPattern("flags inside the pattern");
          throw new EvalError("invalid or unsupported Perl syntax in pattern");
        } else {
          names.push("");
          out += "(";
          i += 1;
        }
        groupStack.push(false);
        break;
      }
      case ")": {
        if (groupStack.length === 0) throw new EvalError("unexpected ) in pattern");
        lastGroupComplex = groupStack.pop() as boolean;
        if (lastGroupComplex) markQuantifier();
        lastWasGroup = true;
        out += ")";
        i++;
        break;
      }
      case "|":
        markQuantifier();
        out += "|";
        i++;
        break;
      case "*":
      case "+":
      case "?": {
        if (wasGroup && lastGroupComplex && c !== "?") risky = true;
        if (c !== "?") markQuantifier();
        out += c;
        i++;
        if (re2[i] === "?") {
          out += "?";
          i++;
        }
        if (re2[i] === "*" || re2[i] === "+" || re2[i] === "?") throw new EvalError("invalid nested repetition operator");
        break;
      }
      case "{": {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(re2.slice(i));
        if (!m) {
          out += "\\{";
          i++;
          break;
        }
        const min = Number(m[1]);
        const max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
        if (min > 1000 || (max !== Infinity && max > 1000) || max < min) throw new EvalError("invalid repeat count");
        if (max > 1) {
          if (wasGroup && lastGroupComplex) risky = true;
          markQuantifier();
        }
        out += m[0];
        i += m[0].length;
        if (re2[i] === "?") {
          out += "?";
          i++;
        }
        break;
      }
      case "}":
        out += "\\}";
        i++;
        break;
      default: {
        const cp = re2.codePointAt(i) ?? 0;
        const ch = String.fromCodePoint(cp);
        out += ch === "/" ? "\\/" : ch;
        i += ch.length;
        break;
      }
    }
  }
  if (groupStack.length > 0) throw new EvalError("missing ) in pattern");
  return { source: out, flags, names, risky };
}

/** Translates the escape at `re2[i]` (a backslash); returns the JS text and the length consumed. */
function translateEscape(re2: string, i: number, inClass: boolean): [string, number] {
  const c = re2[i + 1];
  if (c === undefined) throw new EvalError("trailing backslash in pattern");
  switch (c) {
    case "d":
    case "D":
    case "w":
    case "W":
      return ["\\" + c, 2];
    case "s":
      return [inClass ? "\\t\\n\\f\\r " : "[\\t\\n\\f\\r ]", 2];
    case "S":
      if (inClass) throw new UnsupportedPattern("\\S inside a class");
      return ["[^\\t\\n\\f\\r ]", 2];
    case "b":
    case "B":
      if (inClass) throw new EvalError("invalid escape in class");
      return ["\\" + c, 2];
    case "A":
      return ["(?<![\\s\\S])", 2];
    case "z":
      return ["(?![\\s\\S])", 2];
    case "a":
      return ["\\x07", 2];
    case "f":
    case "t":
    case "n":
    case "r":
    case "v":
      return ["\\" + c, 2];
    case "x": {
      const braced = /^\\x\{([0-9A-Fa-f]+)\}/.exec(re2.slice(i));
      if (braced) return [codePointEscape(parseInt(braced[1], 16)), braced[0].length];
      const two = /^\\x([0-9A-Fa-f]{2})/.exec(re2.slice(i));
      if (two) return [codePointEscape(parseInt(two[1], 16)), 4];
      throw new EvalError("invalid \\x escape");
    }
    case "p":
    case "P": {
      const braced = /^\\[pP]\{(\^?[A-Za-z_]+)\}/.exec(re2.slice(i));
      if (braced) return [unicodeClass(braced[1], c === "P"), braced[0].length];
      const one = /^\\[pP]([A-Za-z])/.exec(re2.slice(i));
      if (one) return [unicodeClass(one[1], c === "P"), 3];
      throw new EvalError("invalid character class escape");
    }
    case "Q": {
      const end = re2.indexOf("\\E", i + 2);
      const lit = end < 0 ? re2.slice(i + 2) : re2.slice(i + 2, end);
      const text = Array.from(lit, (ch) => literalChar(ch, inClass)).join("");
      return [inClass ? text : `(?:${text})`, (end < 0 ? re2.length : end + 2) - i];
    }
    case "0": {
      const m = /^\\([0-7]{1,3})/.exec(re2.slice(i));
      const digits = m ? m[1] : "0";
      return [codePointEscape(parseInt(digits, 8)), digits.length + 1];
    }
    case "C":
      throw new UnsupportedPattern("\\C matches single bytes");
    default:
      if (c >= "1" && c <= "9") throw new UnsupportedPattern("octal or backreference escape");
      if (isAsciiPunct(c)) return [literalChar(c, inClass), 2];
      throw new EvalError(`invalid escape \\${c} in pattern`);
  }
}

/** Translates the bracket class starting at `re2[i]`; returns the JS text and the length consumed. */
function translateClass(re2: string, i: number): [string, number] {
  let j = i + 1;
  let out = "[";
  if (re2[j] === "^") {
    out += "^";
    j++;
  }
  let first = true;
  while (j < re2.length) {
    const c = re2[j];
    if (c === "]" && !first) return [out + "]", j + 1 - i];
    first = false;
    if (c === "[" && re2[j + 1] === ":") {
      const m = /^\[:(\^?)([a-z]+):\]/.exec(re2.slice(j));
      if (m) {
        const cls = POSIX_CLASSES[m[2]];
        if (cls === undefined) throw new EvalError(`invalid character class [:${m[2]}:]`);
        if (m[1]) throw new UnsupportedPattern("negated POSIX class");
        out += cls;
        j += m[0].length;
        continue;
      }
    }
    if (c === "\\") {
      const [text, len] = translateEscape(re2, j, true);
      out += text;
      j += len;
      continue;
    }
    if (c === "-") {
      // A dash is a range only between two characters.
      const next = re2[j + 1];
      const prevIsStart = out.endsWith("[") || out.endsWith("[^");
      out += prevIsStart || next === "]" ? "\\-" : "-";
      j++;
      continue;
    }
    const cp = re2.codePointAt(j) ?? 0;
    const ch = String.fromCodePoint(cp);
    out += literalChar(ch, true);
    j += ch.length;
  }
  throw new EvalError("missing ] in character class");
}

/** One match: its span in UTF-16 units and its capture groups (null where a group did not take part). */
export interface Match {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly groups: readonly (string | null)[];
}

/**
 * All matches (or the first) with Go's iteration rules: after an empty
 * match the search moves on one character, and an empty match right after
 * the previous match is skipped. Written without outside references so it
 * can also run inside a VM context.
 */
function findMatchesImpl(source: string, flags: string, input: string, all: boolean): Match[] {
  const re = new RegExp(source, flags + "g");
  const out: Match[] = [];
  let pos = 0;
  let prevEnd = -1;
  while (pos <= input.length) {
    re.lastIndex = pos;
    const m = re.exec(input);
    if (!m) break;
    const start = m.index;
    const end = start + m[0].length;
    let accept = true;
    if (end === pos) {
      // An empty match where the search started.
      if (start === prevEnd) accept = false;
      const cp = input.codePointAt(pos);
      pos += cp === undefined ? 1 : cp > 0xffff ? 2 : 1;
    } else {
      pos = end;
    }
    prevEnd = end;
    if (accept) {
      const groups: (string | null)[] = [];
      for (let g = 1; g < m.length; g++) groups.push(m[g] === undefined ? null : m[g]);
      out.push({ start, end, text: m[0], groups });
      if (!all) break;
    }
  }
  return out;
}

let guardedContext: vm.Context | undefined;

/** How long a pattern flagged as risky may run, in milliseconds. */
const RISKY_TIMEOUT_MS = 250;

/** Thrown when a risky pattern ran out of time. */
export class PatternTimeout extends Error {}

/** Matches `pattern` against `input` (first match, or all). */
export function findMatches(pattern: Pattern, input: string, all: boolean): Match[] {
  if (!pattern.risky) return findMatchesImpl(pattern.source, pattern.flags, input, all);
  if (!guardedContext) {
    guardedContext = vm.createContext({});
    vm.runInContext(`var findMatchesImpl = ${findMatchesImpl.toString()};`, guardedContext);
  }
  guardedContext.args = [pattern.source, pattern.flags, input, all];
  try {
    const result = vm.runInContext("findMatchesImpl(...args)", guardedContext, { timeout: RISKY_TIMEOUT_MS }) as Match[];
    return Array.from(result, (m) => ({ start: m.start, end: m.end, text: m.text, groups: Array.from(m.groups) }));
  } catch (e) {
    // The timeout error comes from another realm: not `instanceof Error` here.
    if (typeof e === "object" && e !== null && (e as { code?: unknown }).code === "ERR_SCRIPT_EXECUTION_TIMEOUT") {
      throw new PatternTimeout("pattern too slow");
    }
    throw e;
  }
}

/** Go's regexp Expand for a replacement template: `$1`, `${1}`, `$name`, `${name}`, `$$`. */
export function expandReplacement(template: string, match: Match, names: readonly string[]): string {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const c = template[i];
    if (c !== "$") {
      out += c;
      i++;
      continue;
    }
    if (template[i + 1] === "$") {
      out += "$";
      i += 2;
      continue;
    }
    let name: string | undefined;
    let len = 0;
    const braced = /^\$\{([A-Za-z0-9_]+)\}/.exec(template.slice(i));
    if (braced) {
      name = braced[1];
      len = braced[0].length;
    } else {
      const bare = /^\$([A-Za-z0-9_]+)/.exec(template.slice(i));
      if (bare) {
        name = bare[1];
        len = bare[0].length;
      }
    }
    if (name === undefined) {
      out += "$";
      i++;
      continue;
    }
    i += len;
    if (/^\d+$/.test(name)) {
      const n = Number(name);
      if (n === 0) out += match.text;
      else out += match.groups[n - 1] ?? "";
    } else {
      const idx = names.indexOf(name);
      if (idx >= 0) out += match.groups[idx] ?? "";
    }
  }
  return out;
}

/** Go's ReplaceAllString: every match replaced, no replacement for an empty match right after another. */
export function replaceAll(pattern: Pattern, input: string, template: string, maxLength: number): string {
  const matches = findMatches(pattern, input, true);
  let out = "";
  let last = 0;
  for (const m of matches) {
    out += input.slice(last, m.start);
    out += expandReplacement(template, m, pattern.names);
    last = m.end;
    if (out.length > maxLength) throw new EvalError("result too large");
  }
  return out + input.slice(last);
}
