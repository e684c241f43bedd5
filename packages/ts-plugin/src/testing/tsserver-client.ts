// Drives a real tsserver over its protocol (stdio: JSON requests in, Content-Length framed
// messages out), for the plugin's tests and benchmark.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** The TypeScript versions the plugin is tested against: 5.x, and 6.0 (the one ts-morph bundles, as the compiler uses). */
export const TYPESCRIPTS = ["typescript-5", "typescript-6"] as const;

/** The folder of an installed TypeScript (the workspace's aliases). */
export function typescriptDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

interface Message { type: "response" | "event"; command?: string; event?: string; request_seq?: number; success?: boolean; message?: string; body?: unknown }

/** A protocol diagnostic (1-based line and offset). */
export interface ProtocolDiagnostic {
  readonly start: { line: number; offset: number };
  readonly end: { line: number; offset: number };
  readonly text: string;
  readonly code: number;
  readonly category: string;
  readonly source?: string;
}

export class TsServer {
  private seq = 0;
  private buffer = Buffer.alloc(0);
  private readonly pending = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  private readonly waiters: { test: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  private exited = false;

  private constructor(private readonly child: ChildProcess, readonly logFile: string) {
    child.stdout!.on("data", (chunk: Buffer) => this.receive(chunk));
    child.on("exit", () => {
      this.exited = true;
      for (const p of this.pending.values()) p.reject(new Error(`tsserver exited; log: ${this.log()}`));
    });
  }

  /** Starts `<typescript>/lib/tsserver.js` in `cwd`, looking for plugins in `probe`'s node_modules too. */
  static start(typescript: string, cwd: string, probe: string): TsServer {
    const logFile = join(cwd, "tsserver.log");
    const child = spawn(process.execPath, [join(typescriptDir(typescript), "lib", "tsserver.js"), "--disableAutomaticTypingAcquisition", "--pluginProbeLocations", probe, "--logVerbosity", "verbose", "--logFile", logFile], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    child.stderr!.resume();
    return new TsServer(child, logFile);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf("\r\n\r\n");
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()) as Message;
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      if (message.type === "response" && message.request_seq !== undefined) {
        this.pending.get(message.request_seq)?.resolve(message);
        this.pending.delete(message.request_seq);
      }
      for (const w of [...this.waiters]) {
        if (w.test(message)) {
          this.waiters.splice(this.waiters.indexOf(w), 1);
          w.resolve(message);
        }
      }
    }
  }

  /** Sends a request and resolves with its response body (rejects on an unsuccessful response). */
  async request<T = unknown>(command: string, args?: unknown): Promise<T> {
    const seq = ++this.seq;
    if (this.exited) throw new Error(`tsserver exited; log: ${this.log()}`);
    const response = new Promise<Message>((resolve, reject) => this.pending.set(seq, { resolve, reject }));
    this.child.stdin!.write(JSON.stringify({ seq, type: "request", command, arguments: args }) + "\n");
    const m = await response;
    if (!m.success) throw new Error(`tsserver ${command} failed: ${m.message}`);
    return m.body as T;
  }

  /** Sends a request that has no response (open, change, geterr). */
  notify(command: string, args?: unknown): void {
    this.child.stdin!.write(JSON.stringify({ seq: ++this.seq, type: "request", command, arguments: args }) + "\n");
  }

  private next(test: (m: Message) => boolean): Promise<Message> {
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  open(file: string, fileContent?: string): void {
    this.notify("open", { file, ...(fileContent !== undefined ? { fileContent } : {}) });
  }

  /** Replaces the whole text of an open file, as an editor's change request would. */
  replaceText(file: string, oldText: string, newText: string): void {
    const lines = oldText.split("\n");
    this.notify("change", { file, line: 1, offset: 1, endLine: lines.length, endOffset: lines[lines.length - 1]!.length + 1, insertString: newText });
  }

  /** The semantic diagnostics the editor would show, asked as editors ask: `geterr`, then its `semanticDiag` event. */
  async diagnostics(file: string): Promise<ProtocolDiagnostic[]> {
    const event = this.next((m) => m.type === "event" && m.event === "semanticDiag" && (m.body as { file: string }).file === file);
    this.notify("geterr", { files: [file], delay: 0 });
    return ((await event).body as { diagnostics: ProtocolDiagnostic[] }).diagnostics;
  }

  /** The log tsserver wrote (plugin loading, and anything the plugin logged). */
  log(): string {
    try {
      return readFileSync(this.logFile, "utf8");
    } catch {
      return "";
    }
  }

  async close(): Promise<void> {
    if (this.exited) return;
    const exit = new Promise((resolve) => this.child.once("exit", resolve));
    this.notify("exit");
    setTimeout(() => this.child.kill(), 2000).unref();
    await exit;
  }
}
