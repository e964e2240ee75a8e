/**
 * Language server benchmark: the real server (`node bin/tfmould.js lsp`, a
 * child process) driven over stdio by a JSON-RPC client, on a generated
 * module of 20 files, all open in the "editor". After warm-up edits, each
 * timed edit replaces one service file's text (alternately with and without
 * a line that changes its findings) and saves it; the time is from sending
 * the change to receiving the diagnostics for that version: the protocol,
 * the whole module's re-lint (every file read through the open buffers) and
 * the conversion to diagnostics. A save lints at once, so the 200 ms that
 * typing waits for is not in the figure.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { PublishDiagnosticsParams } from "vscode-languageserver-protocol/node";
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from "vscode-languageserver-protocol/node";
import { generateModule, writeCorpus } from "./corpus.js";
import type { BenchContext, BenchRow, BenchSection } from "./section.js";

const TARGET_MS = 100;
const FILES = 20;

const envNumber = (name: string, fallback: number): number => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * CPU time the server process has used, in ms, from /proc (Linux); undefined
 * elsewhere. On a shared machine this is the steadier figure: wall time
 * includes waiting for a core.
 */
function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields after the command name (which is in parentheses and may hold spaces): utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks();
  } catch {
    return undefined;
  }
}

let ticks: number | undefined;
function clockTicks(): number {
  if (ticks === undefined) {
    try {
      ticks = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
    } catch {
      ticks = 100;
    }
  }
  return ticks;
}

export const lspSection: BenchSection = {
  name: "lsp",
  title: "Language server: re-lint of a 20-file module after an edit",
  async run(ctx: BenchContext): Promise<BenchRow[]> {
    const edits = envNumber("BENCH_LSP_EDITS", 40);
    const warmup = envNumber("BENCH_LSP_WARMUP", 15);
    const dir = join(ctx.root, ".bench-lsp");
    mkdirSync(dir, { recursive: true });
    const files = generateModule(FILES);
    const bytes = writeCorpus(dir, files);
    const bin = fileURLToPath(new URL("../../bin/tfmould.js", import.meta.url));
    const child = spawn(process.execPath, [bin, "lsp"], { cwd: dir, stdio: ["pipe", "pipe", "inherit"] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const waiting = new Map<string, { version: number; resolve: (p: PublishDiagnosticsParams) => void }>();
    const published = new Map<string, PublishDiagnosticsParams>();
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      published.set(p.uri, p);
      const w = waiting.get(p.uri);
      if (w && p.version === w.version) {
        waiting.delete(p.uri);
        w.resolve(p);
      }
    });
    connection.listen();
    const diagnosticsFor = (uri: string, version: number): Promise<PublishDiagnosticsParams> => {
      const now = published.get(uri);
      if (now?.version === version) return Promise.resolve(now);
      return new Promise((resolve) => waiting.set(uri, { version, resolve }));
    };

    try {
      await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, workspaceFolders: null });
      await connection.sendNotification(InitializedNotification.type, {});
      const uris = files.map((f) => pathToFileURL(join(dir, f.path)).href);
      const openStart = performance.now();
      for (const [i, f] of files.entries()) {
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uris[i], languageId: "terraform", version: 1, text: f.text } });
      }
      await Promise.all(uris.map((uri) => diagnosticsFor(uri, 1)));
      const openMs = performance.now() - openStart;

      // The file edited: a service file; the edit adds or removes a line that changes its findings.
      const index = files.findIndex((f) => /resource "aws_instance"/.test(f.text));
      const uri = uris[index];
      const base = files[index].text;
      const edited = base.replace(/(resource "aws_instance" "[^"]+" \{\n)/, `$1  user_data_replace_on_change = true\n`);
      const counts = new Set<number>();
      const times: number[] = [];
      let version = 1;
      let cpuBefore: number | undefined;
      for (let i = 0; i < warmup + edits; i++) {
        if (i === warmup) cpuBefore = processCpuMs(child.pid);
        version++;
        const text = version % 2 === 0 ? edited : base;
        const start = performance.now();
        await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
        await connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
        const p = await diagnosticsFor(uri, version);
        if (i >= warmup) {
          times.push(performance.now() - start);
          counts.add(p.diagnostics.length);
        }
      }
      const cpuAfter = processCpuMs(child.pid);
      const cpuPerEdit = cpuBefore !== undefined && cpuAfter !== undefined ? (cpuAfter - cpuBefore) / edits : undefined;
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      const code = await new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.on("exit", resolve)));

      const med = median(times);
      return [
        {
          metric: "edit → diagnostics, warm, median",
          value: `${med.toFixed(1)} ms`,
          target: `< ${TARGET_MS} ms`,
          pass: med < TARGET_MS,
          note: `${edits} edits after ${warmup} to warm up; ${FILES} files, ${(bytes / 1000).toFixed(0)} kB, all open; the whole module re-linted each time`,
        },
        {
          metric: "edit → diagnostics, warm, 90th percentile / best",
          value: `${quantile(times, 0.9).toFixed(1)} / ${Math.min(...times).toFixed(1)} ms`,
          note: `the edit changes the file's findings (${[...counts].sort((a, b) => a - b).join(" or ")} diagnostics); debounce excluded (each edit is saved, which lints at once)`,
        },
        ...(cpuPerEdit !== undefined
          ? [
              {
                metric: "server CPU time per edit, mean",
                value: `${cpuPerEdit.toFixed(1)} ms`,
                target: `< ${TARGET_MS} ms`,
                pass: cpuPerEdit < TARGET_MS,
                note: "from /proc: all the server's threads (garbage collection included), over the timed edits; unlike wall time, not inflated by waiting for a busy core",
              },
            ]
          : []),
        {
          metric: "open 20 files → first diagnostics (cold)",
          value: `${openMs.toFixed(0)} ms`,
          note: `server start-up excluded; exit code after shutdown ${code}`,
        },
      ];
    } finally {
      connection.dispose();
      if (child.exitCode === null) child.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
