/**
 * Orders shared by every layer. Code-unit order, not `localeCompare`: the
 * report must come out the same on every machine, whatever its locale.
 */

/** Orders two strings by UTF-16 code units. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
