/**
 * Container image references, parsed the way Docker's reference grammar
 * reads them: `[registry[:port]/]path[:tag][@algorithm:hex]`.
 *
 * The registry is the first `/`-separated component when it contains a `.`
 * or a `:`, or is `localhost`; otherwise the whole name is a repository path
 * on the default registry. So `registry:5000/app` is the image `app` on
 * `registry:5000` with no tag, and `app:5000` is `app` tagged `5000`.
 */
import type { StringPiece } from "../../src/eval/value.js";

/** A parsed image reference. */
export interface ImageRef {
  /** `registry.example.com:5000`, or undefined for the default registry. */
  readonly registry: string | undefined;
  /** `library/nginx`, `team/app`, `app`. */
  readonly repository: string;
  /** The tag, when written. */
  readonly tag: string | undefined;
  /** `sha256:…` when a digest is written. */
  readonly digest: string | undefined;
}

/** Whether the first path component of a reference names a registry host. */
function isRegistryComponent(component: string): boolean {
  return component.includes(".") || component.includes(":") || component === "localhost";
}

/**
 * Parses an image reference. Returns undefined for strings that are not a
 * reference at all (empty, whitespace inside, empty path components).
 */
export function parseImageRef(text: string): ImageRef | undefined {
  const ref = text.trim();
  if (ref === "" || /\s/.test(ref)) return undefined;
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (digest === "") return undefined;
  }
  let registry: string | undefined;
  const slash = rest.indexOf("/");
  if (slash >= 0 && isRegistryComponent(rest.slice(0, slash))) {
    registry = rest.slice(0, slash);
    rest = rest.slice(slash + 1);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.indexOf(":", lastSlash + 1);
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (tag === "") return undefined;
  }
  if (rest === "" || rest.split("/").some((c) => c === "")) return undefined;
  return { registry, repository: rest, tag, digest };
}

/** Whether a digest is an `sha256:` digest of 64 hex digits (the only kind registries hand out). */
export function isSha256Digest(digest: string | undefined): boolean {
  return digest !== undefined && /^sha256:[0-9a-f]{64}$/i.test(digest);
}

/** Tags that always float: `latest` plus whatever the user configures. */
export const DEFAULT_MUTABLE_TAGS: readonly string[] = ["latest"];

/** What is wrong with an image reference, if anything. */
export type ImageProblem =
  | { readonly kind: "no-tag" }
  | { readonly kind: "mutable-tag"; readonly tag: string }
  | { readonly kind: "no-digest"; readonly tag: string | undefined };

/**
 * Judges a fully known reference: no tag and no digest, or a mutable tag,
 * is a problem; in strict mode, anything without an sha256 digest is.
 * A digest always pins the image, whatever tag stands beside it.
 */
export function judgeImageRef(
  ref: ImageRef,
  options: { readonly strict: boolean; readonly mutableTags: readonly string[] },
): ImageProblem | undefined {
  if (ref.digest !== undefined) {
    return options.strict && !isSha256Digest(ref.digest) ? { kind: "no-digest", tag: ref.tag } : undefined;
  }
  if (ref.tag === undefined) return { kind: "no-tag" };
  if (options.mutableTags.some((t) => t.toLowerCase() === ref.tag?.toLowerCase())) return { kind: "mutable-tag", tag: ref.tag };
  if (options.strict) return { kind: "no-digest", tag: ref.tag };
  return undefined;
}

/**
 * Judges a partially known reference (a template with unknown holes). Only
 * the known text after the last hole can prove anything, since the tag and
 * digest sit at the end of a reference:
 * - a known `@` there: the digest is written, so the image is pinned;
 * - a known `/` there: the last path component is fully known, so its tag
 *   (or lack of one) is known, and no digest can follow;
 * - a known `:tag` with neither: that is the tag (a port is always followed
 *   by `/`), and no digest follows.
 * Anything else stays unproven and is not a problem.
 */
export function judgePartialImageRef(
  pieces: readonly StringPiece[],
  options: { readonly strict: boolean; readonly mutableTags: readonly string[] },
): ImageProblem | undefined {
  let lastHole = -1;
  pieces.forEach((p, i) => {
    if (!p.known) lastHole = i;
  });
  if (lastHole < 0) {
    const ref = parseImageRef(pieces.map((p) => (p.known ? p.text : "")).join(""));
    return ref ? judgeImageRef(ref, options) : undefined;
  }
  const suffix = pieces
    .slice(lastHole + 1)
    .map((p) => (p.known ? p.text : ""))
    .join("");
  if (suffix.includes("@")) {
    const digest = suffix.slice(suffix.indexOf("@") + 1);
    return options.strict && !isSha256Digest(digest) && !digest.includes("/") ? { kind: "no-digest", tag: undefined } : undefined;
  }
  const slash = suffix.lastIndexOf("/");
  const last = slash >= 0 ? suffix.slice(slash + 1) : undefined;
  let tag: string | undefined;
  if (last !== undefined) {
    if (last === "") return undefined;
    const colon = last.indexOf(":");
    tag = colon >= 0 ? last.slice(colon + 1) : undefined;
    if (tag === "") return undefined;
  } else {
    const colon = suffix.lastIndexOf(":");
    if (colon < 0) return undefined;
    tag = suffix.slice(colon + 1);
    if (tag === "") return undefined;
  }
  if (tag === undefined) return { kind: "no-tag" };
  if (options.mutableTags.some((t) => t.toLowerCase() === tag?.toLowerCase())) return { kind: "mutable-tag", tag };
  return options.strict ? { kind: "no-digest", tag } : undefined;
}

/** A sentence for a problem, naming the image as written. */
export function describeImageProblem(image: string, problem: ImageProblem): string {
  switch (problem.kind) {
    case "no-tag":
      return `Image "${image}" has no tag, so it means "latest" and changes whenever a new image is pushed; pin a version tag or an @sha256 digest.`;
    case "mutable-tag":
      return `Image "${image}" uses the floating tag "${problem.tag}"; pin a version tag or an @sha256 digest.`;
    case "no-digest":
      return `Image "${image}" is not pinned by digest${problem.tag ? ` (tag "${problem.tag}" can be re-pushed)` : ""}; strict mode requires an @sha256 digest.`;
  }
}
