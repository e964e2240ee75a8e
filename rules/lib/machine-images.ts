/**
 * Machine image references that float: Google image strings that name a
 * family rather than one image, SSM parameter paths that always point at the
 * newest AMI, and AMI name filters with wildcards.
 */

/** How a Google Compute image string resolves. */
export type GoogleImageRef =
  | { readonly kind: "family"; readonly family: string; readonly project: string | undefined; readonly explicit: boolean }
  | { readonly kind: "image"; readonly name: string }
  | { readonly kind: "ambiguous"; readonly name: string };

/**
 * Whether an image name carries a version or build date, the way Google's
 * public images do (`debian-12-bookworm-v20240110`, `cos-stable-109-17800-66-43`)
 * and families do not (`debian-12`, `ubuntu-2204-lts`, `cos-stable`).
 */
export function hasVersionSuffix(name: string): boolean {
  return (
    /-v\d{6,}(?:-|$)/.test(name) ||
    /-\d{8}(?:-|$)/.test(name) ||
    /-\d{10,}$/.test(name) ||
    /-v\d+(?:[.-]\d+)*$/.test(name) ||
    /(?:-\d+){3,}$/.test(name)
  );
}

/**
 * Classifies a Google image as the provider resolves it: `family/x`,
 * `global/images/family/x` and `projects/p/global/images/family/x` (also as
 * full URLs) are families; `projects/p/global/images/x` and `global/images/x`
 * are single images; `project/name` is a family unless the name has a
 * version or date suffix; a bare name is ambiguous.
 */
export function classifyGoogleImage(text: string): GoogleImageRef | undefined {
  const s = text.trim().replace(/^https?:\/\/(?:www|compute)\.googleapis\.com\/compute\/(?:v1|beta|alpha)\//, "");
  if (s === "") return undefined;
  let m = /^(?:projects\/([^/]+)\/)?(?:global\/images\/)?family\/([^/]+)$/.exec(s);
  if (m && (s.startsWith("family/") || s.includes("global/images/family/"))) {
    return { kind: "family", family: m[2], project: m[1], explicit: true };
  }
  m = /^(?:projects\/[^/]+\/)?global\/images\/([^/]+)$/.exec(s);
  if (m) return { kind: "image", name: m[1] };
  m = /^([^/]+)\/([^/]+)$/.exec(s);
  if (m) {
    return hasVersionSuffix(m[2]) ? { kind: "image", name: m[2] } : { kind: "family", family: m[2], project: m[1], explicit: false };
  }
  if (!s.includes("/")) return { kind: "ambiguous", name: s };
  return undefined;
}

/** Path segments that mean "whatever is newest" in an SSM parameter path. */
const FLOATING_SEGMENT = /(?:^|[/_-])(latest|recommended|current)(?:$|[/_-])/i;

/**
 * The floating word in an SSM parameter path that names an image
 * (`/aws/service/ami-amazon-linux-latest/…`, `/aws/service/eks/optimized-ami/1.29/amazon-linux-2/recommended/image_id`),
 * or undefined. A parameter pinned to a version (`name:3`) does not float.
 */
export function floatingSsmWord(path: string): string | undefined {
  // A version, or an unknown part after the last colon (which is most likely one), pins the parameter.
  if (/:(?:\d+|\$\{…\})$/.test(path)) return undefined;
  const m = FLOATING_SEGMENT.exec(path);
  return m ? m[1].toLowerCase() : undefined;
}

/** Whether an SSM path is one of AWS's public image parameters. */
export function isPublicImageParameter(path: string): boolean {
  return /^\/aws\/service\//.test(path) && /ami|image/i.test(path);
}

/** Whether an AMI name filter value matches many names. */
export function hasWildcard(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

/**
 * Whether an AMI `name_regex` matches many names: after escaped characters
 * are taken out, it has a quantifier (`*`, `+`, `?`, `{n,m}`), a character
 * class (`[…]`, `\d`, `\w`, `\s`) or an alternation. An unescaped `.` alone
 * does not count: in `^ubuntu-22.04-base$` it stands for the dot.
 */
export function regexMatchesMany(regex: string): boolean {
  if (/\\[dDwWsS]/.test(regex)) return true;
  const unescaped = regex.replace(/\\./g, "");
  return /[*+?{[|]/.test(unescaped);
}
