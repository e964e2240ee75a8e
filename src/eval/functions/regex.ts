/**
 * Terraform's regex functions take Go RE2 patterns, so they run on re2js, a
 * port of RE2: the same syntax (what RE2 rejects is an error, as in
 * Terraform), and matching in time linear in the input whatever the
 * pattern, which JavaScript's backtracking engine cannot promise for a
 * pattern written by whoever controls the scanned repository. Go's rules
 * for successive and empty matches are applied here.
 */
import { createRequire } from "node:module";
import type * as Re2Module from "re2js";
import { EvalError } from "../internal.js";

type Re2 = typeof Re2Module;

let loaded: Re2 | undefined;

/** re2js, loaded on the first regex call: most runs never need it, and start-up time counts (every lint worker pays it). */
function re2(): Re2 {
  loaded ??= createRequire(import.meta.url)("re2js") as Re2;
  return loaded;
}

/** A compiled pattern. */
export interface Pattern {
  readonly re: Re2Module.RE2JS;
  /** Capture group names in order; "" for an unnamed group. */
  readonly names: readonly string[];
}

/** Compiled patterns by source: a regex call in a `for` compiles its pattern once, not per iteration. */
const compiled = new Map<string, Pattern>();
/** Patterns longer than this are compiled every time (their programs are large) ... */
const CACHED_LENGTH = 4096;
/** ... and the cache starts over past this many, which a real configuration does not reach. */
const CACHED_PATTERNS = 256;

/**
 * Compiles an RE2 pattern; invalid RE2 is an EvalError carrying RE2's
 * message. Compiling takes about a microsecond per character of the
 * pattern: callers charge it (`STEP_PATTERN_CHARS`) before calling.
 */
export function compilePattern(source: string): Pattern {
  const found = compiled.get(source);
  if (found) return found;
  const pattern = compile(source);
  if (source.length <= CACHED_LENGTH) {
    if (compiled.size >= CACHED_PATTERNS) compiled.clear();
    compiled.set(source, pattern);
  }
  return pattern;
}

function compile(source: string): Pattern {
  const { RE2JS, RE2JSException } = re2();
  let re: Re2Module.RE2JS;
  try {
    re = RE2JS.compile(source);
  } catch (e) {
    if (e instanceof RE2JSException) throw new EvalError(e.message);
    throw e;
  }
  const names: string[] = Array.from({ length: re.groupCount() }, () => "");
  for (const [name, index] of Object.entries(re.namedGroups())) names[index - 1] = name;
  return { re, names };
}

/** Whether `pattern` matches somewhere in `input` (linear in the input, as every search). */
export function hasMatch(pattern: Pattern, input: string): boolean {
  return pattern.re.test(input);
}

/** One match: its span in UTF-16 units and its capture groups (null where a group did not take part). */
export interface Match {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly groups: readonly (string | null)[];
}

/**
 * Matches (the first, or all, or at most `limit`) with Go's iteration
 * rules: after an empty match the search moves on one character, and an
 * empty match right after the previous match is skipped. Each search is
 * linear in the input; `limit` bounds how many there are.
 */
export function findMatches(pattern: Pattern, input: string, all: boolean, limit = Infinity): Match[] {
  const m = pattern.re.matcher(input);
  const groupCount = pattern.names.length;
  const out: Match[] = [];
  let pos = 0;
  let prevEnd = -1;
  while (pos <= input.length && out.length < limit) {
    if (!m.find(pos)) break;
    const start = m.start();
    const end = m.end();
    let accept = true;
    if (end === pos) {
      if (start === prevEnd) accept = false;
      const cp = input.codePointAt(pos);
      pos += cp !== undefined && cp > 0xffff ? 2 : 1;
    } else {
      pos = end;
    }
    prevEnd = end;
    if (!accept) continue;
    const groups: (string | null)[] = [];
    for (let g = 1; g <= groupCount; g++) groups.push(m.group(g));
    out.push({ start, end, text: input.slice(start, end), groups });
    if (!all) break;
  }
  return out;
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

/** Go's ReplaceAllString over `matches` (from `findMatches`): no replacement for an empty match right after another. */
export function replaceAll(pattern: Pattern, input: string, matches: readonly Match[], template: string, maxLength: number): string {
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
