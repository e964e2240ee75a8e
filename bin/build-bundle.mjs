#!/usr/bin/env node
// Builds bin/bundle/: the command and its lint worker as plain ESM files,
// with the runtime dependencies (picomatch, the language server's
// vscode-languageserver and vscode-languageserver-textdocument) inlined and
// those loaded lazily (ajv, re2js, yaml, and the precompiled config
// validator) as CommonJS files beside them, so
// that the pre-commit hook and the GitHub Action run from a checkout of the
// repository with nothing installed and nothing built (`npm run bundle`).
//
// The output is committed and must be reproducible: paths in it are
// relative to the repository, there is no timestamp, and shared chunks are
// named by their content. The language server (`tfmould lsp`) is imported
// only when asked for, so it is a chunk of its own and its protocol
// libraries do not slow down the command's start. test/e2e/bundle.test.ts rebuilds it and fails when the
// committed files differ.
//
// Usage: node bin/build-bundle.mjs [outdir]   (default bin/bundle)
import { build } from "esbuild";
import { readFile, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = resolve(process.argv[2] ?? join(REPO, "bin/bundle"));

// The sources load some modules with `createRequire(import.meta.url)(…)`
// (lazily, or to read JSON without an import warning). esbuild cannot see
// through that, and in the bundle it would resolve next to the bundle, where
// no node_modules exists. These become plain `require(…)` calls, which
// esbuild inlines and still evaluates only when first called.
const LAZY_REQUIRE = /createRequire\(import\.meta\.url\)\(/g;
const REQUIRE_BINDING = /^const require = createRequire\(import\.meta\.url\);$/m;

// The libraries the sources require lazily (configs with ajv, yamldecode with
// yaml, regex functions with re2js) are each a CommonJS file of their own
// beside the chunks, `vendor-<name>.cjs`, which the require resolves next to
// the code calling it. Inlined, they were half of the shared chunk, which
// every run compiles at start whether it uses them or not.
const LAZY_PACKAGES = ["ajv", "re2js", "yaml"];
const vendorFile = (name) => `vendor-${name}.cjs`;

/** @type {import("esbuild").Plugin} */
const lazyPackages = {
  name: "lazy-packages",
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${LAZY_PACKAGES.join("|")})$`) }, (args) =>
      args.kind === "require-call" ? { path: `./${vendorFile(args.path)}`, external: true } : undefined,
    );
  },
};

// The precompiled config validator (src/config/config-validator.generated.ts)
// is a quarter of the sources' code, and only a run with a config file uses
// it: it is a CommonJS file of its own beside the chunks, and the chunk keeps
// its schema digest and a function that requires that file when first called.
const CONFIG_VALIDATOR = "src/config/config-validator.generated.ts";
const CONFIG_VALIDATOR_FILE = "config-validator.cjs";

/** @type {import("esbuild").Plugin} */
const lazyConfigValidator = {
  name: "lazy-config-validator",
  setup(b) {
    b.onLoad({ filter: /[\\/]config-validator\.generated\.ts$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      const digest = /^export const PRECOMPILED_SCHEMA_DIGEST = ("[\w-]+");$/m.exec(text);
      if (!digest) throw new Error(`${args.path}: no PRECOMPILED_SCHEMA_DIGEST`);
      const contents = [
        `export const PRECOMPILED_SCHEMA_DIGEST = ${digest[1]};`,
        "export function precompiledConfigValidator() {",
        `  return require("./${CONFIG_VALIDATOR_FILE}").precompiledConfigValidator();`,
        "}",
      ].join("\n");
      return { contents, loader: "js" };
    });
    b.onResolve({ filter: new RegExp(`^\\./${CONFIG_VALIDATOR_FILE.replace(".", "\\.")}$`) }, (args) => ({ path: args.path, external: true }));
  },
};

/** @type {import("esbuild").Plugin} */
const inlineRequires = {
  name: "inline-create-require",
  setup(b) {
    b.onLoad({ filter: /[\\/](src|rules)[\\/].*\.ts$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      if (!text.includes("createRequire(import.meta.url)")) return undefined;
      const contents = text.replace(REQUIRE_BINDING, "").replace(LAZY_REQUIRE, "require(");
      if (contents.includes("createRequire(import.meta.url)")) {
        throw new Error(`${args.path}: a createRequire(import.meta.url) the bundle cannot inline`);
      }
      return { contents, loader: "ts" };
    });
  },
};

await rm(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: REPO,
  entryPoints: { tfmould: "src/cli/index.ts", "lint-worker": "src/cli/lint-worker.ts" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // The worker is found as ./lint-worker.js beside the code of parallel.ts.
  entryNames: "[name]",
  chunkNames: "[name]-[hash]",
  // Inlined CommonJS modules call require() for Node's built-ins.
  banner: { js: 'import { createRequire as __tfmouldCreateRequire } from "node:module";\nconst require = __tfmouldCreateRequire(import.meta.url);' },
  // Paths in the output stay under node_modules/ even when it is a symlink.
  preserveSymlinks: true,
  legalComments: "eof",
  charset: "utf8",
  logLevel: "warning",
  plugins: [lazyConfigValidator, inlineRequires, lazyPackages],
  metafile: true,
});
/** Builds `entry` and what it requires into one CommonJS file of `outdir`; returns the files written. */
async function buildCommonJs(entry, file, plugins = []) {
  const built = await build({
    absWorkingDir: REPO,
    entryPoints: [entry],
    outfile: join(outdir, file),
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    preserveSymlinks: true,
    legalComments: "eof",
    charset: "utf8",
    logLevel: "warning",
    plugins,
    metafile: true,
  });
  return Object.keys(built.metafile.outputs);
}
const lazyFiles = await buildCommonJs(CONFIG_VALIDATOR, CONFIG_VALIDATOR_FILE, [inlineRequires]);
for (const name of LAZY_PACKAGES) lazyFiles.push(...(await buildCommonJs(name, vendorFile(name))));
const outputs = [...Object.keys(result.metafile.outputs), ...lazyFiles].sort();
console.log(`bundled ${outputs.length} files into ${outdir}:\n  ${outputs.join("\n  ")}`);
