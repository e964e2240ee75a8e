/**
 * Registry module sources that name the repository being scanned. The
 * Terraform registry publishes `<namespace>/<name>/<provider>` from a
 * repository named `terraform-<provider>-<name>`, and a module's examples
 * and tests usually call it through that address (so that users can copy
 * them). What such a call brings into the configuration is the code in this
 * checkout: its provider constraints, for one, apply to the example.
 */
import * as path from "node:path";

/** The parts of a registry source that identify the repository, and the sub-directory it names. */
export interface RegistrySource {
  readonly name: string;
  readonly provider: string;
  /** After `//`: a directory inside the repository ("" for its top). */
  readonly subdir: string;
}

/** Hosts whose registry addresses may be written out in full; any other host is a private registry. */
const PUBLIC_REGISTRIES = new Set(["registry.terraform.io", "registry.opentofu.org"]);

const REGISTRY_SOURCE = /^(?:([a-z0-9.-]+\.[a-z]+)\/)?([a-z0-9][a-z0-9_-]*)\/([a-z0-9][a-z0-9_-]*)\/([a-z0-9]+)(?:\/\/(.*))?$/i;

/** `terraform-google-modules/kubernetes-engine/google//modules/private-cluster` → its parts; undefined for any other kind of source. */
export function parseRegistrySource(source: string): RegistrySource | undefined {
  const m = REGISTRY_SOURCE.exec(source);
  if (!m) return undefined;
  const [, host, , name, provider, subdir] = m;
  if (host !== undefined && !PUBLIC_REGISTRIES.has(host.toLowerCase())) return undefined;
  const inside = (subdir ?? "").replace(/\?.*$/, "").replace(/^\/+|\/+$/g, "");
  if (inside.split("/").some((s) => s === "..")) return undefined;
  return { name: name.toLowerCase(), provider: provider.toLowerCase(), subdir: inside };
}

/**
 * The directory a registry source names when the module calling it sits in
 * the checkout of that module's repository: the nearest folder from `dir` up
 * to `top` whose name is the repository's (`terraform-<provider>-<name>`,
 * possibly after an owner prefix such as `owner__`), joined with the
 * source's sub-directory. Undefined when no such folder holds `dir`.
 */
export function checkoutDirOf(source: RegistrySource, dir: string, top: string): string | undefined {
  const repository = `terraform-${source.provider}-${source.name}`;
  const stop = path.resolve(top);
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    const base = path.basename(at).toLowerCase();
    const i = base.length - repository.length;
    if (i >= 0 && base.endsWith(repository) && (i === 0 || !/[a-z0-9]/.test(base[i - 1]))) {
      return source.subdir === "" ? at : path.join(at, source.subdir);
    }
    if (at === stop || path.dirname(at) === at) return undefined;
  }
}
