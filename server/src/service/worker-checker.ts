// The server's side of the check worker (check-worker.ts): sends checks to it, cancels a check
// that a newer edit made stale, and replaces the worker when a check hangs past a generous bound.
import { Worker } from 'node:worker_threads';
import type { WorkerAnswer, WorkerCheckRequest, WorkerRequest } from './check-worker';
import type { Disposable } from './host';
import type { CheckSummary } from './types';

/** A check that has not answered in this long is taken as hung: the worker is replaced. */
export const WORKER_HANG_MS = 60_000;
const CANCEL_SLOTS = 1024;

interface Pending {
  resolve: (summary: CheckSummary | undefined) => void;
  slot: number;
}

export type WorkerCheck = Omit<WorkerCheckRequest, 'kind' | 'id' | 'slot'>;

export class WorkerChecker implements Disposable {
  private worker: Worker | undefined;
  private readonly cancel = new SharedArrayBuffer(4 * CANCEL_SLOTS);
  private readonly flags = new Int32Array(this.cancel);
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private hangTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly script: string,
    private readonly log: (message: string) => void,
  ) {}

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script, { workerData: { cancel: this.cancel } });
    worker.on('message', (answer: WorkerAnswer) => this.answered(answer));
    worker.on('error', (e) => this.log(`check worker failed: ${e.stack ?? e.message}`));
    worker.on('exit', () => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.settleAll();
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** Checks in the worker: the summary, or undefined when cancelled, failed or hung. */
  check(request: WorkerCheck): { id: number; done: Promise<CheckSummary | undefined> } {
    const id = this.nextId++;
    const slot = id % CANCEL_SLOTS;
    Atomics.store(this.flags, slot, 0);
    const done = new Promise<CheckSummary | undefined>((resolve) => this.pending.set(id, { resolve, slot }));
    this.post({ kind: 'check', id, slot, ...request });
    this.armHangTimer();
    return { id, done };
  }

  /** Asks the worker to stop a check between quotations; its promise resolves to undefined. */
  cancelCheck(id: number): void {
    const p = this.pending.get(id);
    if (p) Atomics.store(this.flags, p.slot, 1);
  }

  /** The worker forgets a corpus (its sources changed), or every corpus. */
  forget(key?: string): void {
    if (this.worker) this.post({ kind: 'forget', key });
  }

  private post(request: WorkerRequest): void {
    this.start().postMessage(request);
  }

  private answered(answer: WorkerAnswer): void {
    const p = this.pending.get(answer.id);
    if (!p) return;
    this.pending.delete(answer.id);
    if (answer.error) this.log(`check failed in the worker: ${answer.error}`);
    p.resolve(answer.summary);
    this.armHangTimer();
  }

  /** While checks are outstanding, the oldest must answer within WORKER_HANG_MS of the last answer. */
  private armHangTimer(): void {
    clearTimeout(this.hangTimer);
    if (!this.pending.size) return;
    this.hangTimer = setTimeout(() => {
      this.log(`a check ran over ${WORKER_HANG_MS / 1000} s; restarting the check worker`);
      const worker = this.worker;
      this.worker = undefined;
      void worker?.terminate();
      this.settleAll();
    }, WORKER_HANG_MS);
    this.hangTimer.unref();
  }

  private settleAll(): void {
    for (const p of this.pending.values()) p.resolve(undefined);
    this.pending.clear();
    clearTimeout(this.hangTimer);
  }

  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.settleAll();
    void worker?.terminate();
  }
}
