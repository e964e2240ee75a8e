/**
 * A real LSP client for the end-to-end tests: spawns the built command
 * (`node bin/tfmould.js lsp`) and talks JSON-RPC to it over its stdin and
 * stdout with vscode-languageserver-protocol's client side.
 */
import { spawn } from "node:child_process";
import type { ChildProcessByStdio } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import type {
  CodeAction,
  Diagnostic,
  Hover,
  InitializeResult,
  ProtocolConnection,
  PublishDiagnosticsParams,
  Range,
  Registration,
  TextDocumentContentChangeEvent,
  TextEdit,
  WorkspaceEdit,
} from "vscode-languageserver-protocol/node";
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from "vscode-languageserver-protocol/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { BIN } from "./build.js";

type Waiter = { readonly uri: string; readonly accept: (p: PublishDiagnosticsParams) => boolean; readonly resolve: (p: PublishDiagnosticsParams) => void };

export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcessByStdio<Writable, Readable, Readable>;
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  /** Every publication, in order of arrival. */
  readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: Waiter[] = [];
  private readonly texts = new Map<string, TextDocument>();
  stderr = "";
  /** What the server asked to register (`client/registerCapability`). */
  readonly registrations: Registration[] = [];
  readonly exited: Promise<number | null>;

  constructor(cwd: string, args: readonly string[] = ["lsp"]) {
    this.child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    this.child.stderr.on("data", (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on("exit", (code) => resolve(code)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.latest.set(params.uri, params);
      for (const w of [...this.waiters]) {
        if (w.uri === params.uri && w.accept(params)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(params);
        }
      }
    });
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
    });
    this.connection.listen();
  }

  async initialize(rootUri: string | null = null, capabilities: Record<string, unknown> = {}): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri, capabilities, workspaceFolders: null });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /** The next publication for `uri` that `accept` takes (the latest one already received counts). */
  diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 20_000): Promise<PublishDiagnosticsParams> {
    const now = this.latest.get(uri);
    if (now && accept(now)) return Promise.resolve(now);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri}; last: ${JSON.stringify(this.latest.get(uri))}; stderr: ${this.stderr}`)), timeoutMs);
      this.waiters.push({ uri, accept, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  /** Diagnostics published for the document's current version. */
  current(uri: string): Promise<Diagnostic[]> {
    const version = this.texts.get(uri)?.version;
    return this.diagnostics(uri, (p) => p.version === version).then((p) => p.diagnostics);
  }

  async open(uri: string, text: string, languageId = "terraform"): Promise<void> {
    this.texts.set(uri, TextDocument.create(uri, languageId, 1, text));
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  text(uri: string): string {
    const doc = this.texts.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    return doc.getText();
  }

  /** Sends changes (incremental or whole) as the next version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const doc = this.texts.get(uri);
    if (!doc) throw new Error(`${uri} is not open`);
    const version = doc.version + 1;
    this.texts.set(uri, TextDocument.update(doc, changes, version));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  /** Applies a workspace edit the server returned to the open documents, as an editor would, and sends the change. */
  async apply(edit: WorkspaceEdit): Promise<void> {
    const byUri = new Map<string, TextEdit[]>();
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) byUri.set(uri, [...edits]);
    for (const change of edit.documentChanges ?? []) {
      if (!("edits" in change)) throw new Error("only text edits are expected");
      const doc = this.texts.get(change.textDocument.uri);
      if (change.textDocument.version !== null && change.textDocument.version !== doc?.version) throw new Error("the edit names another version");
      byUri.set(change.textDocument.uri, change.edits.filter((e): e is TextEdit => "range" in e));
    }
    for (const [uri, edits] of byUri) {
      const doc = this.texts.get(uri);
      if (!doc) throw new Error(`the edit touches ${uri}, which is not open`);
      const text = TextDocument.applyEdits(doc, edits);
      await this.change(uri, [{ text }]);
    }
  }

  async save(uri: string): Promise<void> {
    await this.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
  }

  async close(uri: string): Promise<void> {
    this.texts.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
    return this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } }).then((r) => (r ?? []).filter((a): a is CodeAction => "title" in a && !("command" in a && typeof a.command === "string")));
  }

  hover(uri: string, position: { line: number; character: number }): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  /** `shutdown`, then `exit`: resolves with the server's exit code. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await this.exited;
    this.connection.dispose();
    return code;
  }

  /** Ends the server however it is (for cleanup after a failed test). */
  kill(): void {
    this.connection.dispose();
    this.child.kill();
  }
}
