/**
 * The `exclude` patterns of `.tfmould.json`, for the engine and for file
 * discovery alike, so the two never disagree about which files a config
 * leaves out.
 *
 * Glob syntax is picomatch's (bash-like): `*` and `?` within a path segment,
 * `**` across segments, `{a,b}` alternatives, `[...]` classes (`[!...]`
 * negated) and extglobs `@(a|b)`, `?(a)`, `*(a)`, `+(a)`, `!(a)`; `*` also
 * matches names that start with a dot. On top of that, with the meaning
 * `.gitignore` gives: a pattern without `/` matches at any depth, and a
 * pattern that matches a directory excludes everything under it. A `/` or
 * `./` prefix ties a pattern to the config's directory; a trailing `/` is
 * accepted; backslashes are read as `/`.
 *
 * The patterns come from the scanned repository, so matching is bounded: a
 * pattern is refused (matches nothing) when it is very long, has more than
 * three `*` in one segment, or puts a `/` inside `( )` or `[ ]`.
 */
import picomatch from "picomatch";

/** Longer patterns are refused: no real path needs one, and picomatch's regex for a huge one can exhaust memory. */
export const MAX_EXCLUDE_PATTERN_LENGTH = 1000;

/**
 * Each `*` (or extglob group) in one segment multiplies the steps a failing
 * match can take by the segment's length: three keep a 255-character file
 * name to milliseconds, four already take seconds. Segments are matched one
 * at a time (see `matchSegments`), so these costs add up over a path instead
 * of multiplying.
 */
const MAX_WILDCARDS_PER_SEGMENT = 3;
/** How many patterns `{}` alternatives that contain `/` may expand to. */
const MAX_EXPANSIONS = 64;

const PICOMATCH_OPTIONS: picomatch.PicomatchOptions = {
  dot: true,
  // A leading `!` is not "everything but": in an exclude list that would exclude everything else.
  nonegate: true,
  // Makes `[!ab]` a negated class (as in bash), and allows `[[:alpha:]]`.
  posix: true,
};

/** A wildcard that can match text of any length: a run of `*`, or an extglob's opening. */
const VARIABLE_WIDTH = /\*+|[?+@!]\(/g;

/** A pattern split at its `/`: `**` stands for any number of segments, anything else for one. */
type SegmentPattern = "**" | ((segment: string) => boolean);

/**
 * Why an `exclude` pattern cannot be used, or undefined when it can. A
 * pattern with a problem matches nothing; the config layer can report the
 * problem instead.
 */
export function excludePatternProblem(pattern: string): string | undefined {
  const compiled = compile(pattern);
  return typeof compiled === "string" ? compiled : undefined;
}

/**
 * Compiles patterns into one predicate over `/`-separated paths relative to
 * the config's directory. Never throws: an unusable pattern matches nothing.
 */
export function globMatcher(patterns: readonly string[]): (relativePath: string) => boolean {
  const compiled = patterns.flatMap((pattern) => {
    const c = compile(pattern);
    return typeof c === "string" ? [] : c;
  });
  if (compiled.length === 0) return () => false;
  return (relativePath) => {
    const segments = relativePath.split("/").filter((s) => s !== "" && s !== ".");
    return segments.length > 0 && compiled.some((p) => matchSegments(p, segments));
  };
}

/**
 * Whether the pattern matches the path or a directory above it. Dynamic
 * programming over (pattern segment, path segment) pairs: each segment test
 * runs at most once, so `**` costs one pass per pattern segment instead of a
 * regex backtracking through every way of splitting the path.
 */
function matchSegments(pattern: readonly SegmentPattern[], path: readonly string[]): boolean {
  const memo = new Map<number, boolean>();
  const from = (i: number, j: number): boolean => {
    // The whole pattern matched `path[0..j)`: that is the path or a directory holding it.
    if (i === pattern.length) return j > 0;
    const key = i * (path.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const p = pattern[i];
    let result: boolean;
    if (p === "**") result = from(i + 1, j) || (j < path.length && from(i, j + 1));
    else result = j < path.length && p(path[j]) && from(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return from(0, 0);
}

/** The pattern's alternatives as segment lists, or why it cannot be used. */
function compile(pattern: string): SegmentPattern[][] | string {
  if (pattern.length > MAX_EXCLUDE_PATTERN_LENGTH) return `longer than ${MAX_EXCLUDE_PATTERN_LENGTH} characters`;
  const unified = pattern.replace(/\\/g, "/");
  // A `/` other than a trailing one ties the pattern to the config's directory; otherwise it matches at any depth.
  const anchored = unified.replace(/\/+$/, "").includes("/");
  const body = unified.replace(/^(?:\.\/)+/, "").replace(/^\/+/, "").replace(/\/+$/, "");
  if (body === "") return "empty";
  const alternatives = expandBracesWithSlash(body);
  if (alternatives === undefined) return `more than ${MAX_EXPANSIONS} alternatives in \`{}\` groups that contain \`/\``;
  const out: SegmentPattern[][] = [];
  for (const alternative of alternatives) {
    const texts = splitSegments(alternative);
    if (texts === undefined) return "a `/` inside `( )` or `[ ]`";
    const segments: SegmentPattern[] = anchored ? [] : ["**"];
    for (const text of texts) {
      if (text === "**") {
        // `**/**` is `**`, and collapsing keeps the table small.
        if (segments.at(-1) !== "**") segments.push("**");
        continue;
      }
      if ((text.match(VARIABLE_WIDTH)?.length ?? 0) > MAX_WILDCARDS_PER_SEGMENT) {
        return `more than ${MAX_WILDCARDS_PER_SEGMENT} wildcards (\`*\` or extglob groups) in one path segment`;
      }
      try {
        segments.push(picomatch(text, PICOMATCH_OPTIONS));
      } catch (error) {
        return (error as Error).message;
      }
    }
    out.push(segments);
  }
  return out;
}

/**
 * Splits at each `/` outside groups, dropping empty segments; undefined when
 * a `/` is inside `( )` or `[ ]` (a segment test never sees a `/`).
 */
function splitSegments(pattern: string): string[] | undefined {
  const segments: string[] = [];
  let depth = 0;
  let current = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "[") {
      const close = pattern.indexOf("]", i + 2);
      const slash = pattern.indexOf("/", i);
      // Without its `]` on the same segment a `[` is a plain character.
      if (close !== -1 && (slash === -1 || slash > close)) {
        current += pattern.slice(i, close + 1);
        i = close;
        continue;
      }
    } else if (c === "(") depth++;
    else if (c === ")" && depth > 0) depth--;
    else if (c === "/") {
      if (depth > 0) return undefined;
      if (current !== "") segments.push(current);
      current = "";
      continue;
    }
    current += c;
  }
  if (current !== "") segments.push(current);
  return segments;
}

/**
 * Expands each `{a,b}` group that contains a `/` into separate patterns, so
 * the pattern can be split into segments; groups within a segment are left
 * to picomatch. Undefined when that makes too many patterns.
 */
function expandBracesWithSlash(pattern: string): string[] | undefined {
  const pending = [pattern];
  const done: string[] = [];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const group = firstBraceGroupWithSlash(next);
    if (!group) done.push(next);
    else {
      for (const alt of group.alternatives) pending.push(next.slice(0, group.start) + alt + next.slice(group.end));
    }
    if (done.length + pending.length > MAX_EXPANSIONS) return undefined;
  }
  return done;
}

/** The first `{...}` group with a top-level `,` and a `/` inside: its span and alternatives. */
function firstBraceGroupWithSlash(pattern: string): { start: number; end: number; alternatives: string[] } | undefined {
  for (let start = pattern.indexOf("{"); start !== -1; start = pattern.indexOf("{", start + 1)) {
    let depth = 0;
    const commas: number[] = [];
    for (let i = start; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === "{") depth++;
      else if (c === "," && depth === 1) commas.push(i);
      else if (c === "}" && --depth === 0) {
        const inner = pattern.slice(start + 1, i);
        if (commas.length > 0 && inner.includes("/")) {
          const bounds = [start, ...commas, i];
          const alternatives = bounds.slice(1).map((end, k) => pattern.slice(bounds[k] + 1, end));
          return { start, end: i + 1, alternatives };
        }
        break;
      }
    }
  }
  return undefined;
}
