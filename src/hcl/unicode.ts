/**
 * Whitespace as Go's `unicode.IsSpace` defines it, which is what HCL uses for
 * template strip markers, heredoc indentation and heredoc end markers.
 * (JavaScript's `\s` differs: it includes U+FEFF and excludes U+0085.)
 */

/** Go's `unicode.IsSpace` for one UTF-16 code unit (all such spaces are in the BMP). */
export function isSpace(c: number): boolean {
  if (c <= 0xff) {
    return c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0xa0;
  }
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

export function trimLeftSpace(s: string): string {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i === 0 ? s : s.slice(i);
}

export function trimRightSpace(s: string): string {
  let j = s.length;
  while (j > 0 && isSpace(s.charCodeAt(j - 1))) j--;
  return j === s.length ? s : s.slice(0, j);
}

export function trimSpace(s: string): string {
  return trimRightSpace(trimLeftSpace(s));
}
