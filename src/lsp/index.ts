/**
 * The language server: editor documents (unsaved text included) → the same
 * engine → diagnostics, code actions and hovers, over LSP.
 *
 * @packageDocumentation
 */
export { startLanguageServer } from "./server.js";
export type { LanguageServerOptions } from "./server.js";
