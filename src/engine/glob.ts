/**
 * The `exclude` patterns of `.tfmould.json`: `*` and `?` within a path
 * segment, `**` across segments, `{a,b}` alternatives and `[...]` classes.
 * A pattern without `/` matches at any depth, and a pattern that matches a
 * directory excludes everything under it (as in `.gitignore`).
 */

/** Compiles patterns into one predicate over `/`-separated relative paths. */
export function globMatcher(patterns: readonly string[]): (relativePath: string) => boolean {
  const regexes = patterns.map(globToRegExp);
  return (relativePath) => {
    const segments = relativePath.split("/").filter((s) => s !== "" && s !== ".");
    for (let n = segments.length; n >= 1; n--) {
      const candidate = segments.slice(0, n).join("/");
      if (regexes.some((r) => r.test(candidate))) return true;
    }
    return false;
  };
}

function globToRegExp(pattern: string): RegExp {
  let p = pattern.replace(/\\/g, "/").replace(/^\.\//, "");
  const anchored = p.startsWith("/") || p.replace(/\/$/, "").includes("/");
  p = p.replace(/^\//, "").replace(/\/$/, "");
  let out = "";
  let braceDepth = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "*") {
      if (p[i + 1] === "*") {
        const atSegmentStart = i === 0 || p[i - 1] === "/";
        const atSegmentEnd = i + 2 >= p.length || p[i + 2] === "/";
        if (atSegmentStart && atSegmentEnd) {
          if (p[i + 2] === "/") {
            out += "(?:[^/]+/)*";
            i += 2;
          } else {
            out += ".*";
            i += 1;
          }
          continue;
        }
        i += 1;
      }
      out += "[^/]*";
    } else if (c === "?") out += "[^/]";
    else if (c === "{") {
      braceDepth++;
      out += "(?:";
    } else if (c === "}" && braceDepth > 0) {
      braceDepth--;
      out += ")";
    } else if (c === "," && braceDepth > 0) out += "|";
    else if (c === "[") {
      const close = p.indexOf("]", i + 1);
      if (close === -1) out += "\\[";
      else {
        const body = p.slice(i + 1, close).replace(/^!/, "^").replace(/\\/g, "\\\\");
        out += `[${body}]`;
        i = close;
      }
    } else out += c.replace(/[.+^$()|\\]/g, "\\$&");
  }
  while (braceDepth-- > 0) out += ")";
  return new RegExp(anchored ? `^${out}$` : `^(?:[^/]+/)*${out}$`);
}
