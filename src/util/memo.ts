/**
 * A function of two strings, worked out once per pair. The table is emptied
 * when it holds `limit` pairs, so that a long-lived process (the language
 * server) does not keep every pair it met.
 */
export function memoOfPairs(compute: (a: string, b: string) => string, limit = 10_000): (a: string, b: string) => string {
  const table = new Map<string, Map<string, string>>();
  let size = 0;
  return (a, b) => {
    let value = table.get(a)?.get(b);
    if (value !== undefined) return value;
    if (size >= limit) {
      table.clear();
      size = 0;
    }
    let byB = table.get(a);
    if (!byB) table.set(a, (byB = new Map()));
    value = compute(a, b);
    byB.set(b, value);
    size++;
    return value;
  };
}
