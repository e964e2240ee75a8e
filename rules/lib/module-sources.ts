/**
 * Module `source` addresses, classified the way Terraform's module installer
 * reads them: local paths, registry addresses, and remote sources fetched by
 * go-getter (git, GitHub and Bitbucket shorthands, Mercurial, archives,
 * buckets).
 */

/** What kind of source a module call uses. */
export type ModuleSource =
  | { readonly kind: "local"; readonly path: string }
  | {
      readonly kind: "registry";
      /** `registry.terraform.io` when no host is written. */
      readonly host: string;
      readonly namespace: string;
      readonly name: string;
      readonly provider: string;
      readonly subdir: string | undefined;
    }
  | {
      readonly kind: "git" | "hg";
      /** The repository address without `git::`, `//subdir` and query. */
      readonly url: string;
      /** `?ref=` (git) or `?rev=` (hg), when given. */
      readonly ref: string | undefined;
      readonly subdir: string | undefined;
    }
  | { readonly kind: "other"; readonly scheme: string };

const REGISTRY_PART = /^[0-9A-Za-z](?:[0-9A-Za-z_-]{0,62}[0-9A-Za-z])?$/;

/** Splits `addr//subdir?query` into its parts; `//` after a scheme's `://` does not count. */
function splitSubdirAndQuery(address: string): { base: string; subdir: string | undefined; query: URLSearchParams } {
  let rest = address;
  let queryText = "";
  const q = rest.indexOf("?");
  if (q >= 0) {
    queryText = rest.slice(q + 1);
    rest = rest.slice(0, q);
  }
  const schemeEnd = rest.indexOf("://");
  const searchFrom = schemeEnd >= 0 ? schemeEnd + 3 : 0;
  const dbl = rest.indexOf("//", searchFrom);
  let subdir: string | undefined;
  if (dbl >= 0) {
    subdir = rest.slice(dbl + 2);
    rest = rest.slice(0, dbl);
  }
  return { base: rest, subdir, query: new URLSearchParams(queryText) };
}

function parseRegistry(address: string): ModuleSource | undefined {
  const { base, subdir, query } = splitSubdirAndQuery(address);
  if ([...query.keys()].length > 0) return undefined;
  const parts = base.split("/");
  let host = "registry.terraform.io";
  if (parts.length === 4) {
    const h = parts.shift() ?? "";
    if (!/^[A-Za-z0-9.-]+(:\d+)?$/.test(h) || !(h.includes(".") || h.startsWith("localhost"))) return undefined;
    host = h.toLowerCase();
  }
  if (parts.length !== 3 || !parts.every((p) => REGISTRY_PART.test(p))) return undefined;
  return { kind: "registry", host, namespace: parts[0], name: parts[1], provider: parts[2], subdir };
}

/** Classifies a module source string. */
export function parseModuleSource(source: string): ModuleSource {
  const s = source.trim();
  if (s.startsWith("./") || s.startsWith("../") || s === "." || s === "..") return { kind: "local", path: s };
  // An absolute local path is not a valid module source, but it does not move either.
  if (s.startsWith("/") || /^[A-Za-z]:[\\/]/.test(s)) return { kind: "local", path: s };

  const forced = /^([A-Za-z0-9]+)::(.*)$/.exec(s);
  if (forced) {
    const getter = forced[1].toLowerCase();
    if (getter === "git" || getter === "hg") return vcsSource(getter, forced[2]);
    return { kind: "other", scheme: getter };
  }
  // `git@github.com:org/repo.git` scp-like SSH syntax.
  if (/^[A-Za-z0-9_.-]+@[A-Za-z0-9.-]+:/.test(s)) return vcsSource("git", s);
  if (/^(github\.com|bitbucket\.org)\//i.test(s)) return vcsSource("git", s);
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(s);
  if (scheme) {
    const name = scheme[1].toLowerCase();
    if (name === "git" || name === "ssh" || /\.git($|\/\/|\?)/.test(s)) return vcsSource("git", s);
    return { kind: "other", scheme: name };
  }
  const registry = parseRegistry(s);
  if (registry) return registry;
  return { kind: "other", scheme: "unknown" };
}

function vcsSource(kind: "git" | "hg", address: string): ModuleSource {
  const { base, subdir, query } = splitSubdirAndQuery(address);
  const ref = kind === "git" ? query.get("ref") : (query.get("rev") ?? query.get("ref"));
  return { kind, url: base, ref: ref === null || ref === "" ? undefined : ref, subdir };
}

/** Ref names that are branches everyone uses; pinning to them pins nothing. */
export const BRANCH_REFS: readonly string[] = ["main", "master", "develop", "development", "dev", "trunk", "head", "default"];

/** Whether a ref is one of the well-known branch names (case-insensitive; `HEAD` included). */
export function isBranchRef(ref: string): boolean {
  const r = ref.replace(/^refs\/heads\//, "").toLowerCase();
  return ref.startsWith("refs/heads/") || BRANCH_REFS.includes(r);
}

/** Whether a ref is a full commit id (40 hex for SHA-1 repositories, 64 for SHA-256). */
export function isCommitRef(ref: string): boolean {
  return /^[0-9a-f]{40}$/i.test(ref) || /^[0-9a-f]{64}$/i.test(ref);
}
