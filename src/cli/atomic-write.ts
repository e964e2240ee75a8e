/**
 * Writing an output file (`-o`, `--write-baseline`).
 *
 * A regular file is written so that readers never see half of it: the text
 * goes to a temporary file in the same directory, which is then renamed over
 * the target (a rename within one file system is atomic).
 *
 * Everything else is decided by what the target is, because the path may
 * come from a hostile repository's layout as much as from the user:
 * - a device, FIFO or socket (`/dev/null`, `/dev/full`, a named pipe) is
 *   opened and written to, as a shell's `>` would; renaming a file over it
 *   would replace the device node (as root) instead of writing to it;
 * - a descriptor alias (`/dev/stdout`, `/dev/fd/N`, `/proc/self/fd/N`) is
 *   written through, whatever it points at;
 * - any other symbolic link is refused: following it would let a link
 *   committed in the scanned repository aim the report at any file the user
 *   can write (a shell profile), and replacing it would lose the link;
 * - a directory is refused;
 * - a path on a pseudo file system (`/proc`, `/sys`, …) is refused before
 *   anything is created there: such writes are kernel interfaces, not files,
 *   and Node's recursive mkdir loops forever under `/proc/self`.
 */
import {
  chmodSync,
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  statfsSync,
  writeFileSync,
} from "node:fs";
import type { Stats } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { randomBytes } from "node:crypto";

/** A target tfmould will not write to; the message is the reason, for one line of output. */
export class OutputRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputRefusedError";
  }
}

/** Linux `statfs` magic numbers of file systems whose files are kernel interfaces. */
const PSEUDO_FILE_SYSTEMS: ReadonlyMap<number, string> = new Map([
  [0x9fa0, "proc"],
  [0x62656572, "sysfs"],
  [0x27e0eb, "cgroup"],
  [0x63677270, "cgroup2"],
  [0x64626720, "debugfs"],
  [0x74726163, "tracefs"],
  [0x73636673, "securityfs"],
  [0xcafe4a11, "bpf"],
  [0x62656570, "configfs"],
  [0x6165676c, "pstore"],
  [0xde5e81e4, "efivarfs"],
  [0x65735543, "fusectl"],
  [0x42494e4d, "binfmt_misc"],
  [0xf97cff8c, "selinuxfs"],
  [0x43415d53, "smackfs"],
  [0x1cd1, "devpts"],
  [0x6e736673, "nsfs"],
  [0x19800202, "mqueue"],
]);

/** Enough for any real chain of links; more is a loop. */
const MAX_LINK_HOPS = 40;

function statOf(path: string, follow: boolean): Stats | undefined {
  try {
    return follow ? statSync(path) : lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw error;
  }
}

/** The pseudo file system `path` (which exists) is on, if any. */
function pseudoFileSystem(path: string): string | undefined {
  if (process.platform !== "linux") return undefined;
  try {
    return PSEUDO_FILE_SYSTEMS.get(Number(statfsSync(path).type));
  } catch {
    return undefined;
  }
}

function refusePseudo(existing: string): void {
  const kind = pseudoFileSystem(existing);
  if (kind !== undefined) throw new OutputRefusedError(`${existing} is on the ${kind} pseudo file system, which holds no ordinary files`);
}

/** Whether a link chain starting at `path` goes through a process's `fd` directory (a descriptor alias). */
function isDescriptorAlias(path: string): boolean {
  if (process.platform !== "linux") return false;
  let at = path;
  for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
    const link = statOf(at, false);
    if (!link?.isSymbolicLink()) return false;
    let dir: string;
    try {
      dir = realpathSync(dirname(at));
    } catch {
      return false;
    }
    if (/^\/proc\/(?:self|thread-self|\d+)(?:\/task\/\d+)?\/fd$/.test(dir)) return true;
    at = resolve(dir, readlinkSync(at));
  }
  return false;
}

/** Opens an existing non-regular file (or descriptor alias) and writes to it; never creates anything. */
function writeInPlace(path: string, text: string | Uint8Array, regularAllowed: boolean): void {
  // No O_CREAT: if the target vanished since it was looked at, nothing is created in its place.
  const fd = openSync(path, constants.O_WRONLY | constants.O_TRUNC | (constants.O_NOCTTY ?? 0));
  try {
    if (!regularAllowed && fstatSync(fd).isFile()) throw new OutputRefusedError("it changed into a regular file while being opened");
    writeFileSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

/**
 * Creates the missing parents of `dir` one by one (never `recursive`, which
 * spins on `/proc/self/x`), after checking that the nearest existing one is
 * a directory on an ordinary file system.
 */
function ensureDirectory(dir: string): void {
  const missing: string[] = [];
  let at = dir;
  for (;;) {
    const st = statOf(at, true);
    if (st) {
      if (!st.isDirectory()) throw new OutputRefusedError(`${at} is not a directory`);
      break;
    }
    missing.push(at);
    const parent = dirname(at);
    if (parent === at) break;
    at = parent;
  }
  refusePseudo(at);
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}

/**
 * Writes `text` to `file` atomically, creating parent directories. On any
 * failure the temporary file is removed and the target is left as it was.
 * `mode` gives the new file those permission bits (a fixed source file keeps its own).
 * The target is replaced whatever it is: callers decide (`writeOutputFile`).
 */
export function writeFileAtomic(file: string, text: string | Uint8Array, mode?: number): void {
  const target = resolve(file);
  const dir = dirname(target);
  ensureDirectory(dir);
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    writeFileSync(temp, text, { flag: "wx", ...(mode !== undefined ? { mode } : {}) });
    // The umask narrowed the mode given at creation: a rewritten file keeps the permissions it had.
    if (mode !== undefined) chmodSync(temp, mode);
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Writes a report or baseline to `file` by the rules at the top of this
 * module. @throws OutputRefusedError for targets refused, or the file
 * system's error (ENOSPC from `/dev/full`, EACCES, …).
 */
export function writeOutputFile(file: string, text: string | Uint8Array): void {
  const target = resolve(file);
  const entry = statOf(target, false);
  if (entry?.isSymbolicLink()) {
    const real = statOf(target, true);
    if (real && !real.isFile() && !real.isDirectory()) return writeInPlace(target, text, false);
    if (real?.isFile() && isDescriptorAlias(target)) return writeInPlace(target, text, true);
    throw new OutputRefusedError(
      real
        ? "it is a symbolic link; tfmould does not write through links (name the file it points to)"
        : "it is a symbolic link to nothing; tfmould does not write through links",
    );
  }
  if (entry?.isDirectory()) throw new OutputRefusedError("it is a directory");
  if (entry && !entry.isFile()) return writeInPlace(target, text, false);
  // A regular file too is refused on a pseudo file system (`/proc/self/comm`): `ensureDirectory` checks.
  writeFileAtomic(target, text);
}
