/**
 * A unified diff of two texts of one file (`--fix-dry-run`), in the form
 * `git apply` and `patch -p1` read: `--- a/<file>`, `+++ b/<file>`, hunks
 * with three lines of context. Lines keep their own line breaks (a CRLF
 * file's patch has CRLF lines, so it applies to that file); a last line
 * without one is marked `\ No newline at end of file`.
 *
 * Fixes change a few lines of a file, so the lines both texts start and end
 * with are set aside first and Myers' O(ND) algorithm runs on what is left.
 */

const CONTEXT = 3;

type Op = { readonly kind: " " | "-" | "+"; readonly line: string };

/** A text's lines, each with its line break (the last may have none). */
function splitLines(text: string): string[] {
  const lines = text.match(/[^\n]*\n|[^\n]+$/g);
  return lines ?? [];
}

/** The shortest edit script from `a` to `b` (Myers 1986), as kept, removed and added lines in order. */
function editScript(a: readonly string[], b: readonly string[]): Op[] {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const x0 = a.slice(head, a.length - tail);
  const y0 = b.slice(head, b.length - tail);
  const middle = myers(x0, y0);
  return [
    ...a.slice(0, head).map((line): Op => ({ kind: " ", line })),
    ...middle,
    ...a.slice(a.length - tail).map((line): Op => ({ kind: " ", line })),
  ];
}

function myers(a: readonly string[], b: readonly string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
    v = next;
  }
  trace.push(v);
  // Walk back from the end through the saved frontiers.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 2; d >= 0 && (x > 0 || y > 0); d--) {
    const frontier = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && frontier[offset + k - 1] < frontier[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : frontier[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: " ", line: a[--x] });
      y--;
    }
    if (d === 0) break;
    if (down) ops.push({ kind: "+", line: b[--y] });
    else ops.push({ kind: "-", line: a[--x] });
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: " ", line: a[--x] });
    y--;
  }
  return ops.reverse();
}

function rangeText(start: number, count: number): string {
  // As GNU diff: an empty range names the line before it; a range of one line has no count.
  if (count === 0) return `${start},0`;
  return count === 1 ? `${start + 1}` : `${start + 1},${count}`;
}

function lineText(op: Op): string {
  return op.line.endsWith("\n") ? `${op.kind}${op.line}` : `${op.kind}${op.line}\n\\ No newline at end of file\n`;
}

/**
 * The unified diff that turns `before` into `after`, naming the file
 * `a/<file>` and `b/<file>`; "" when the texts are the same.
 */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return "";
  const ops = editScript(splitLines(before), splitLines(after));
  const out: string[] = [`--- a/${file}\n`, `+++ b/${file}\n`];
  let i = 0;
  // Old and new line numbers (0-based) at ops[i].
  let oldLine = 0;
  let newLine = 0;
  const positions = ops.map((op) => {
    const at = { old: oldLine, new: newLine };
    if (op.kind !== "+") oldLine++;
    if (op.kind !== "-") newLine++;
    return at;
  });
  while (i < ops.length) {
    if (ops[i].kind === " ") {
      i++;
      continue;
    }
    // A hunk: context before, changes joined while fewer than 2 × CONTEXT kept lines part them, context after.
    const start = Math.max(0, i - CONTEXT);
    let end = i;
    for (;;) {
      while (end < ops.length && ops[end].kind !== " ") end++;
      let kept = end;
      while (kept < ops.length && ops[kept].kind === " ") kept++;
      if (kept < ops.length && kept - end <= 2 * CONTEXT) {
        end = kept;
        continue;
      }
      end = Math.min(ops.length, end + CONTEXT);
      break;
    }
    const hunk = ops.slice(start, end);
    const oldCount = hunk.filter((op) => op.kind !== "+").length;
    const newCount = hunk.filter((op) => op.kind !== "-").length;
    out.push(`@@ -${rangeText(positions[start].old, oldCount)} +${rangeText(positions[start].new, newCount)} @@\n`);
    for (const op of hunk) out.push(lineText(op));
    i = end;
  }
  return out.join("");
}
