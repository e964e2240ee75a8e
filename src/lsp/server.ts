/**
 * The language server: speaks LSP over a pair of streams (the command's
 * stdin and stdout) and lints what the editor has open.
 *
 * Diagnostics are published when a document is opened or saved, and a short
 * while after it stops changing; closing a document clears them. A lint
 * covers the document's whole module directory as the editor holds it, so
 * every open document of that directory gets its diagnostics from it.
 *
 * The server never ends the process: the promise it returns settles with the
 * exit code LSP asks for (0 after `shutdown` then `exit`, else 1) and the
 * caller exits.
 */
import { basename, dirname, resolve } from "node:path";
import { Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import type {
  CodeAction,
  CodeActionParams,
  Connection,
  Diagnostic,
  DidChangeWatchedFilesParams,
  InitializeResult,
  Position,
  Range as LspRange,
  WatchDog,
} from "vscode-languageserver";
import { CodeActionKind, DidChangeWatchedFilesNotification, TextDocumentSyncKind, TextDocuments, createConnection } from "vscode-languageserver";
import { StreamMessageReader, StreamMessageWriter, createProtocolConnection } from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { rules as catalog } from "../../rules/index.js";
import { CONFIG_FILE_NAME } from "../config/index.js";
import { ConfigError } from "../config/types.js";
import { isWithin } from "../model/file-access.js";
import { ruleDocsLink, toolVersion, TOOL_NAME } from "../report/tool.js";
import type { Rule } from "../../rules/api/rule.js";
import type { EditContext, PublishedFinding } from "./code-actions.js";
import { codeActions } from "./code-actions.js";
import type { Locator } from "./diagnostics.js";
import { failureDiagnostic, findingDiagnostic, findingShownIn, noticeDiagnostic, sameDiagnostic } from "./diagnostics.js";
import type { LintTarget } from "./documents.js";
import { isLintedPath, lintKeyOf, lintTargetOf, pathOfUri } from "./documents.js";
import { hoverAt } from "./hover.js";
import type { ModuleLint } from "./lint-module.js";
import { directoryHost, lintDirectory, lintText } from "./lint-module.js";
import { PluginLoader } from "./plugins.js";
import type { PositionMap } from "./positions.js";
import { positionMapOf } from "./positions.js";

/** How long after a document is opened it is linted: long enough to lint a burst of opens together. */
const OPEN_DELAY_MS = 15;

export interface LanguageServerOptions {
  /** How long a document must stay unchanged before it is linted again (default 200 ms). */
  readonly debounceMs?: number;
  /** Load the plugins the configs of linted modules name (`--allow-plugins`): a plugin runs its own code. */
  readonly allowPlugins?: boolean;
}

/** What was last published for a document. */
interface DocumentState {
  readonly version: number;
  readonly published: readonly PublishedFinding[];
  readonly context: EditContext;
  /** The rules of the lint, for hovers. */
  readonly rules: readonly Rule[];
}

/**
 * Serves LSP on `input` and `output` until the client says `exit` or closes
 * the input. Resolves with the exit code.
 */
export function startLanguageServer(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, options: LanguageServerOptions = {}): Promise<number> {
  let shutdownReceived = false;
  let settle: (code: number) => void = () => undefined;
  const done = new Promise<number>((resolveDone) => {
    settle = resolveDone;
  });
  const watchDog: WatchDog = {
    get shutdownReceived() {
      return shutdownReceived;
    },
    set shutdownReceived(value: boolean) {
      shutdownReceived = value;
    },
    initialize(params) {
      // An editor that dies without saying `exit` must not leave the server behind.
      if (typeof params.processId === "number") watchParent(params.processId, () => settle(1));
    },
    exit(code) {
      settle(code);
    },
  };
  const connection = createConnection((logger) => createProtocolConnection(new StreamMessageReader(input), new StreamMessageWriter(output), logger), watchDog);
  const server = new Server(connection, options.debounceMs ?? 200, options.allowPlugins === true ? new PluginLoader() : undefined);
  const closed = (): void => settle(shutdownReceived ? 0 : 1);
  input.on("end", closed);
  input.on("close", closed);
  connection.listen();
  return done.then((code) => {
    server.dispose();
    input.off("end", closed);
    input.off("close", closed);
    connection.dispose();
    // Nothing more will be read: let the process end.
    if (input instanceof Readable) input.destroy();
    else input.pause();
    return code;
  });
}

function watchParent(pid: number, gone: () => void): void {
  const timer = setInterval(() => {
    try {
      process.kill(pid, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EPERM") gone();
    }
  }, 3000);
  timer.unref();
}

class Server {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly states = new Map<string, DocumentState>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** The version each document was opened at: the change event that comes with an open is not an edit. */
  private readonly openedAt = new Map<string, number>();
  private versionedEdits = false;
  private watchFiles = false;

  constructor(
    private readonly connection: Connection,
    private readonly debounceMs: number,
    /** Present when plugins may be loaded. */
    private readonly plugins: PluginLoader | undefined,
  ) {
    connection.onInitialize((params): InitializeResult => {
      this.versionedEdits = params.capabilities.workspace?.workspaceEdit?.documentChanges === true;
      this.watchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
      return {
        capabilities: {
          textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
          codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
          hoverProvider: true,
        },
        serverInfo: { name: TOOL_NAME, version: toolVersion() },
      };
    });
    this.documents.onDidOpen((e) => this.opened(e.document));
    this.documents.onDidChangeContent((e) => this.changed(e.document));
    this.documents.onDidSave((e) => this.saved(e.document));
    this.documents.onDidClose((e) => this.closed(e.document));
    connection.onInitialized(() => {
      if (!this.watchFiles) return;
      // Files the editor does not hold change too (a checkout, a generator): ask to hear of those a lint reads.
      const watchers = [{ globPattern: "**/*.{tf,tf.json,tfvars,tfvars.json}" }, { globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: "**/.terraform.lock.hcl" }];
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers }).catch((error: unknown) => {
        connection.console.warn(`tfmould: cannot watch files: ${error instanceof Error ? error.message : String(error)}`);
      });
    });
    connection.onDidChangeWatchedFiles((params) => this.filesChanged(params));
    connection.onCodeAction((params) => this.codeActions(params));
    connection.onHover((params) => {
      const state = this.settled(params.textDocument.uri);
      return state ? hoverAt(state.published, params.position, state.rules) : null;
    });
    this.documents.listen(connection);
  }

  /** Quick fixes for the findings the editor names (else those in the range it asks about). */
  private codeActions(params: CodeActionParams): CodeAction[] {
    const state = this.settled(params.textDocument.uri);
    if (!state) return [];
    // `only` names kinds or their parents ("" for all): quick fixes are all this server offers.
    const quickFix = CodeActionKind.QuickFix;
    if (params.context.only && !params.context.only.some((kind) => kind === CodeActionKind.Empty || kind === quickFix || quickFix.startsWith(`${kind}.`))) return [];
    const asked = params.context.diagnostics.filter((d) => d.source === TOOL_NAME);
    const chosen =
      asked.length > 0
        ? state.published.filter((p) => asked.some((d) => sameDiagnostic(d, p.diagnostic)))
        : state.published.filter((p) => overlaps(p.diagnostic.range, params.range));
    return codeActions(chosen, state.context);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  private changed(document: TextDocument): void {
    if (this.openedAt.get(document.uri) === document.version) return;
    for (const key of this.keysAffectedBy(document)) this.schedule(key);
  }

  private saved(document: TextDocument): void {
    for (const key of this.keysAffectedBy(document)) this.run(key);
  }

  private closed(document: TextDocument): void {
    this.states.delete(document.uri);
    this.openedAt.delete(document.uri);
    void this.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    // The others of its directory now read the file from disk, which may differ from the buffer.
    for (const key of this.keysAffectedBy(document)) if (this.documentsOf(key).length > 0) this.schedule(key);
  }

  /** The lints a change to this document can change: its own; for a config file, every open module below it. */
  private keysAffectedBy(document: TextDocument): string[] {
    const target = lintTargetOf(document.uri, document.languageId);
    if (target) return [lintKeyOf(document.uri, target)];
    const path = pathOfUri(document.uri);
    return path === undefined ? [] : this.keysAffectedByFile(path);
  }

  /**
   * The lints of open documents that a file on disk takes part in: those of
   * its directory; for a config file, of every directory below it.
   */
  private keysAffectedByFile(path: string): string[] {
    const isConfig = basename(path) === CONFIG_FILE_NAME;
    const dir = dirname(path);
    const keys = new Set<string>();
    for (const doc of this.documents.all()) {
      const t = lintTargetOf(doc.uri, doc.languageId);
      if (t?.kind !== "directory") continue;
      if (t.dir === dir || (isConfig && isWithin(dir, t.dir))) keys.add(lintKeyOf(doc.uri, t));
    }
    return [...keys];
  }

  /** Files changed on disk (a checkout, another tool): the open modules they belong to are linted again. */
  private filesChanged(params: DidChangeWatchedFilesParams): void {
    const keys = new Set<string>();
    for (const change of params.changes) {
      const path = pathOfUri(change.uri);
      if (path === undefined || this.documents.get(change.uri)) continue; // an open document's buffer wins over its file
      for (const key of this.keysAffectedByFile(path)) keys.add(key);
    }
    for (const key of keys) this.schedule(key);
  }

  /**
   * An editor restoring its tabs opens many files of one directory at once:
   * they are linted together, a moment after the last, rather than the
   * module once per file.
   */
  private opened(document: TextDocument): void {
    this.openedAt.set(document.uri, document.version);
    for (const key of this.keysAffectedBy(document)) this.schedule(key, OPEN_DELAY_MS);
  }

  private schedule(key: string, delay = this.debounceMs): void {
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => this.run(key), delay));
  }

  /** The state of a document once any lint waiting for it has run, so that actions and hovers match its text. */
  private settled(uri: string): DocumentState | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const target = lintTargetOf(document.uri, document.languageId);
    if (!target) return undefined;
    const key = lintKeyOf(uri, target);
    if (this.timers.has(key) || this.states.get(uri)?.version !== document.version) this.run(key);
    // Still another version's (its plugins are loading): its ranges would be wrong for this text.
    const state = this.states.get(uri);
    return state?.version === document.version ? state : undefined;
  }

  /** The open documents a lint key covers, with their targets. */
  private documentsOf(key: string): { document: TextDocument; target: LintTarget }[] {
    const out: { document: TextDocument; target: LintTarget }[] = [];
    for (const document of this.documents.all()) {
      const target = lintTargetOf(document.uri, document.languageId);
      if (target && lintKeyOf(document.uri, target) === key) out.push({ document, target });
    }
    return out;
  }

  /** Lints one module directory (or untitled buffer) and publishes for each of its open documents. */
  private run(key: string): void {
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const docs = this.documentsOf(key);
    if (docs.length === 0) return;
    const first = docs[0].target;
    let lint: ModuleLint;
    try {
      if (first.kind === "directory") {
        const open = this.openTexts();
        const plugins = this.plugins?.pluginsFor(first.dir, directoryHost(first.dir, open).host);
        if (plugins instanceof Promise) {
          // Linted once they are loaded, rather than without their rules.
          void plugins.then(() => this.schedule(key, 0));
          return;
        }
        lint = lintDirectory(first.dir, open, plugins);
      } else lint = lintText(first.name, docs[0].document.getText());
    } catch (error) {
      // A config that cannot be used is the user's to fix; anything else is ours, but must not end the session.
      const message = error instanceof ConfigError ? `tfmould cannot lint this module: ${error.message}` : `tfmould internal error: ${error instanceof Error ? error.message : String(error)}`;
      if (!(error instanceof ConfigError)) this.connection.console.error(error instanceof Error && error.stack ? error.stack : message);
      for (const { document } of docs) this.publish(document, [], [failureDiagnostic(message)], undefined, catalog);
      return;
    }
    const context = this.editContext(lint, docs);
    const docsOf = (ruleId: string): string | undefined => ruleDocsLink(lint.rules.find((r) => r.id === ruleId) ?? { id: ruleId });
    // What the run says of the config (its plugins not loaded, say) concerns every file it lints.
    const aboutConfig = lint.notices.filter((n) => n.file !== undefined && basename(n.file) === CONFIG_FILE_NAME).map((n) => noticeDiagnostic({ ...n, range: undefined }, undefined));
    for (const { document, target } of docs) {
      const file = target.kind === "directory" ? target.path : target.name;
      const published = lint.findings.flatMap((f) => {
        const finding = findingShownIn(f, file, isLintedPath);
        return finding ? [{ finding, diagnostic: findingDiagnostic(finding, context, docsOf) }] : [];
      });
      const notices = lint.notices.filter((n) => n.file === file).map((n) => noticeDiagnostic(n, context.mapOf(file)));
      this.publish(document, published, [...notices, ...aboutConfig], context, lint.rules);
    }
  }

  private publish(document: TextDocument, published: readonly PublishedFinding[], others: readonly Diagnostic[], context: EditContext | undefined, rules: readonly Rule[]): void {
    if (context) this.states.set(document.uri, { version: document.version, published, context, rules });
    else this.states.delete(document.uri);
    void this.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [...published.map((p) => p.diagnostic), ...others] });
  }

  /** Every open file, by absolute path: the buffers the lint reads instead of the disk. */
  private openTexts(): Map<string, string> {
    const out = new Map<string, string>();
    for (const document of this.documents.all()) {
      const path = pathOfUri(document.uri);
      if (path !== undefined) out.set(resolve(path), document.getText());
    }
    return out;
  }

  /** Names and positions for one lint: open documents by their own URI and text, other files from what the lint read. */
  private editContext(lint: ModuleLint, docs: readonly { document: TextDocument; target: LintTarget }[]): EditContext {
    const byFile = new Map<string, TextDocument>();
    for (const { document, target } of docs) byFile.set(target.kind === "directory" ? target.path : target.name, document);
    const uriByPath = new Map<string, string>();
    for (const document of this.documents.all()) {
      const path = pathOfUri(document.uri);
      if (path !== undefined) uriByPath.set(resolve(path), document.uri);
    }
    const maps = new Map<string, PositionMap | undefined>();
    const locator: Locator = {
      uriOf: (file) => byFile.get(file)?.uri ?? uriByPath.get(file) ?? pathToFileURL(file).href,
      mapOf: (file) => {
        const open = byFile.get(file);
        if (open) return open;
        if (!maps.has(file)) {
          const text = lint.textOf(file);
          maps.set(file, text === undefined ? undefined : positionMapOf(text));
        }
        return maps.get(file);
      },
    };
    const versionOf = (uri: string): number | null => this.documents.get(uri)?.version ?? null;
    return { ...locator, textOf: (file) => byFile.get(file)?.getText() ?? lint.textOf(file), ...(this.versionedEdits ? { versionOf } : {}) };
  }
}

function overlaps(a: LspRange, b: LspRange): boolean {
  const before = (x: Position, y: Position): boolean => x.line < y.line || (x.line === y.line && x.character < y.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}
