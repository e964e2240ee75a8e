/**
 * The local module calls between scanned directories, found before any of
 * them is linted. With them the run lints callers before the modules they
 * call and lets go of each parsed module once nothing left needs it:
 * holding every tree of a large repository at once costs more in garbage
 * collection than the parsing itself.
 */
import { buildModule } from "../model/build.js";
import { parse } from "../hcl/index.js";
import type { SourceHost } from "../model/host.js";
import { moduleFileNames } from "../model/load.js";
import { isConfigFile } from "../model/files.js";
import { localCallTargets } from "./roots.js";

/**
 * A line that may start a `module` block: top-level blocks begin a line
 * (after spaces, a byte order mark, a comment or, in a file with errors, a
 * closing brace). Errs towards yes: it rules out only `module.x`
 * references, longer names and a `module = …` argument.
 */
const MAY_START_MODULE_BLOCK = /(?:^|\*\/|\})[ \t\uFEFF]*module(?![\w.-])(?!\s*=)/m;

/** A `"module"` key of Terraform's JSON syntax. */
const MAY_HOLD_MODULE_KEY = /"module"\s*:/;

/** Whether a configuration file may hold a module block (a JSON file can also spell the key with `\u` escapes). */
export function mayHoldModuleBlock(filename: string, text: string): boolean {
  if (filename.endsWith(".json")) return MAY_HOLD_MODULE_KEY.test(text) || text.includes("\\u");
  return MAY_START_MODULE_BLOCK.test(text);
}

/** What the scan found in one directory. */
export interface DirectoryCalls {
  /** Host paths of the readable configuration files, in the order the model reads them. */
  readonly configFiles: readonly string[];
  /** Directories (host paths) that the module's local calls point at, as `localCallTargets` gives them. */
  readonly calls: readonly string[];
}

/** The texts of a directory's files that may hold a `module` block, by path, in reading order, and the calls found in them. */
interface ScannedTexts {
  readonly paths: readonly string[];
  readonly texts: readonly string[];
  readonly calls: readonly string[];
}

/**
 * The calls `scanDirectoryCalls` found in each directory, with the texts it
 * found them in. Runs over the same tree in one process (the command's
 * `--cache` groups the paths, then lints each group on its own) read every
 * file again, as their read logs must, but need not parse again a text
 * already scanned: the calls depend on nothing else.
 */
export class CallScanMemo {
  private readonly byDir = new Map<string, ScannedTexts>();

  /** The calls found in `dir` when it was scanned with exactly these files and texts. */
  callsFor(dir: string, paths: readonly string[], texts: readonly string[]): readonly string[] | undefined {
    const known = this.byDir.get(dir);
    if (known === undefined || known.paths.length !== paths.length) return undefined;
    for (let i = 0; i < paths.length; i++) {
      if (known.paths[i] !== paths[i] || known.texts[i] !== texts[i]) return undefined;
    }
    return known.calls;
  }

  remember(dir: string, scanned: ScannedTexts): void {
    this.byDir.set(dir, scanned);
  }
}

/**
 * The module calls of `dir` with a local source, exactly as the full model
 * would give them, but parsing only the files that can hold a `module` block
 * (and none whose text `memo` has seen in this directory).
 */
export function scanDirectoryCalls(dir: string, host: SourceHost, memo?: CallScanMemo): DirectoryCalls {
  const configFiles: string[] = [];
  const paths: string[] = [];
  const texts: string[] = [];
  for (const path of moduleFileNames(dir, host)) {
    if (!isConfigFile(path)) continue;
    const text = host.readFile(path);
    if (text === undefined) continue;
    configFiles.push(path);
    if (mayHoldModuleBlock(path, text)) {
      paths.push(path);
      texts.push(text);
    }
  }
  if (paths.length === 0) return { configFiles, calls: [] };
  const known = memo?.callsFor(dir, paths, texts);
  if (known !== undefined) return { configFiles, calls: known };
  const calls = localCallTargets(buildModule(paths.map((path, i) => parse(texts[i], path)), { dir }), dir);
  memo?.remember(dir, { paths, texts, calls });
  return { configFiles, calls };
}

/**
 * Directories in the order to lint them: a directory comes after every
 * directory that calls it (cycles are broken at the first name), and
 * otherwise in name order, so a caller is followed closely by its modules.
 */
export function callersFirst(dirs: readonly string[], calls: ReadonlyMap<string, readonly string[]>): string[] {
  const known = new Set(dirs);
  const callers = new Map<string, number>();
  for (const d of dirs) callers.set(d, 0);
  for (const d of dirs) for (const c of new Set(calls.get(d) ?? [])) if (known.has(c) && c !== d) callers.set(c, (callers.get(c) ?? 0) + 1);

  const ready = new MinHeap();
  for (const d of dirs) if (callers.get(d) === 0) ready.push(d);
  const done = new Set<string>();
  const order: string[] = [];
  const remaining = [...dirs].sort();
  let next = 0;
  while (order.length < dirs.length) {
    let d = ready.pop();
    if (d === undefined) {
      // Only cycles are left: take the first name not yet done.
      while (done.has(remaining[next])) next++;
      d = remaining[next];
    }
    if (done.has(d)) continue;
    done.add(d);
    order.push(d);
    for (const c of new Set(calls.get(d) ?? [])) {
      if (!known.has(c) || done.has(c) || c === d) continue;
      const left = (callers.get(c) ?? 0) - 1;
      callers.set(c, left);
      if (left === 0) ready.push(c);
    }
  }
  return order;
}

/**
 * For each directory that linting `order` will load, the index in `order`
 * of the last directory whose lint needs it (its own, or one whose module
 * calls it directly or through others). Directories whose own calls are not
 * known map to Infinity: they are kept to the end.
 */
export function lastUses(order: readonly string[], calls: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const last = new Map<string, number>();
  order.forEach((dir, i) => {
    const seen = new Set<string>();
    const stack = [dir];
    while (stack.length > 0) {
      const d = stack.pop() as string;
      if (seen.has(d)) continue;
      seen.add(d);
      const next = calls.get(d);
      if (next === undefined) {
        last.set(d, d === dir ? i : Infinity);
        continue;
      }
      if (last.get(d) !== Infinity) last.set(d, i);
      stack.push(...next);
    }
  });
  return last;
}

/** A binary heap of strings, smallest first. */
class MinHeap {
  private readonly items: string[] = [];

  push(item: string): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent] <= a[i]) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }

  pop(): string | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0];
    const end = a.pop() as string;
    if (a.length > 0) {
      a[0] = end;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l] < a[m]) m = l;
        if (r < a.length && a[r] < a[m]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}
