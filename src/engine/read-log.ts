/**
 * What a lint run learned from its host, so that its result can be reused
 * (the command's `--cache`). The engine is a function of its options and of
 * the host's answers; a `RecordingHost` writes down each distinct question
 * a run asked (a file's text, a directory's listing, whether a file exists,
 * where a path leads, which files are one) with a digest of the answer, and
 * `readLogHolds` asks them again. When every answer is the same, the run
 * would give the same result, whatever the questions were: `.tf` files,
 * tfvars, configs, templates and `file()` reads, `fileset()` listings.
 */
import * as crypto from "node:crypto";
import type { SourceHost } from "../model/host.js";

/** One question: its kind, the path asked about, a digest of the answer. */
export type ReadLogEntry = readonly [kind: ReadKind, path: string, answer: string];

/** `t` text, `l` listing, `e` exists, `p` real path, `i` file identity, `w` why unreadable. */
export type ReadKind = "t" | "l" | "e" | "p" | "i" | "w";

type OneShotHash = (algorithm: string, data: string, encoding: "base64url") => string;
// `crypto.hash` (Node >= 20.12) hashes in one call; faster than createHash for the many short texts.
const oneShot = (crypto as unknown as { hash?: OneShotHash }).hash;
/** A digest of a text: SHA-256, so that no edit can keep a file's digest. */
export const digestOf = (text: string): string =>
  oneShot ? oneShot("sha256", text, "base64url") : crypto.createHash("sha256").update(text).digest("base64url");

/** What a log records for no answer (no text, no real path, no reason): never a digest or a path, which is absolute. */
export const NO_ANSWER = "-";

/**
 * File identities (device and inode) differ between checkouts of the same
 * tree, so only which files share one is written down: each identity as
 * the order in which it was first seen.
 */
class Identities {
  /** Made when first needed: thousands of logs are checked, and few ask for identities. */
  private seen: Map<string, number> | undefined;

  answer(identity: string | undefined): string {
    if (identity === undefined) return NO_ANSWER;
    this.seen ??= new Map();
    let n = this.seen.get(identity);
    if (n === undefined) this.seen.set(identity, (n = this.seen.size));
    return `#${n}`;
  }
}

/** The answer to one question, as the log writes it down. */
function answerOf(kind: ReadKind, path: string, host: SourceHost, identities: Identities): string {
  switch (kind) {
    case "t": {
      const text = host.readFile(path);
      return text === undefined ? NO_ANSWER : digestOf(text);
    }
    case "l":
      return digestOf(host.listFiles(path).join("\n"));
    case "e":
      return host.fileExists(path) ? "1" : "0";
    case "p":
      return host.realPath(path) ?? NO_ANSWER;
    case "i":
      return identities.answer(host.fileIdentity?.(path));
    case "w":
      return host.whyUnreadable?.(path) ?? NO_ANSWER;
  }
}

/**
 * A host that answers as `inner` does and writes each distinct question
 * down. The answers of one host do not change within a run, so a question
 * is written down once.
 */
export class RecordingHost implements SourceHost {
  private readonly entries: ReadLogEntry[] = [];
  private readonly asked = new Set<string>();
  private readonly identities = new Identities();

  constructor(private readonly inner: SourceHost) {}

  /** The questions asked so far, in order. */
  log(): ReadLogEntry[] {
    return [...this.entries];
  }

  private note(kind: ReadKind, path: string, answer: string): void {
    const key = `${kind}${path}`;
    if (this.asked.has(key)) return;
    this.asked.add(key);
    this.entries.push([kind, path, answer]);
  }

  readonly readFile = (path: string): string | undefined => {
    const text = this.inner.readFile(path);
    if (!this.asked.has(`t${path}`)) this.note("t", path, text === undefined ? NO_ANSWER : digestOf(text));
    return text;
  };

  readonly listFiles = (dir: string): string[] => {
    const names = this.inner.listFiles(dir);
    if (!this.asked.has(`l${dir}`)) this.note("l", dir, digestOf(names.join("\n")));
    return names;
  };

  readonly fileExists = (path: string): boolean => {
    const exists = this.inner.fileExists(path);
    this.note("e", path, exists ? "1" : "0");
    return exists;
  };

  readonly realPath = (path: string): string | undefined => {
    const real = this.inner.realPath(path);
    this.note("p", path, real ?? NO_ANSWER);
    return real;
  };

  readonly fileIdentity = (path: string): string | undefined => {
    const identity = this.inner.fileIdentity?.(path);
    if (!this.asked.has(`i${path}`)) this.note("i", path, this.identities.answer(identity));
    return identity;
  };

  readonly whyUnreadable = (path: string): string | undefined => {
    const why = this.inner.whyUnreadable?.(path);
    this.note("w", path, why ?? NO_ANSWER);
    return why;
  };
}

/**
 * What checking logs against one host (whose answers do not change) has
 * found so far, shared by the logs checked: whether each logged question
 * still has its answer, by the entry. Logs read from one cache file share
 * their entries (each distinct question and answer is one object), so each
 * is asked once.
 */
export type LogMemo = Map<ReadLogEntry, boolean>;

/**
 * Whether `host` gives every answer in `log` again (the questions are asked
 * in the log's order). `knownDigest` may vouch for a text's digest without
 * reading it (the command knows files that have not been touched since).
 */
export function readLogHolds(
  log: readonly ReadLogEntry[],
  host: SourceHost,
  knownDigest?: (path: string) => string | undefined,
  memo: LogMemo = new Map(),
): boolean {
  const identities = new Identities();
  // Indexed, without destructuring: tens of thousands of entries are checked by a process that has just started.
  for (let i = 0; i < log.length; i++) {
    const entry = log[i];
    const kind = entry[0];
    const path = entry[1];
    const answer = entry[2];
    if (kind === "i") {
      // Identities are numbered in the order a log first met them: one log's answers are not another's.
      if (answerOf(kind, path, host, identities) !== answer) return false;
      continue;
    }
    let held = memo.get(entry);
    if (held === undefined) {
      held = (kind === "t" && answer !== NO_ANSWER && knownDigest?.(path) === answer) || answerOf(kind, path, host, identities) === answer;
      memo.set(entry, held);
    }
    if (!held) return false;
  }
  return true;
}

/** The paths of the texts `log` read successfully, with their digests. */
export function textsRead(log: readonly ReadLogEntry[]): [path: string, digest: string][] {
  const out: [string, string][] = [];
  for (const [kind, path, answer] of log) if (kind === "t" && answer !== NO_ANSWER) out.push([path, answer]);
  return out;
}
