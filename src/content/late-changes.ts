// Pages keep changing after load: zjol's ad slots write themselves in late, floats appear, some
// pages add nodes forever. We look again at late additions, in batches, and stop after a bounded
// time, number of batches and amount of our own work, so a busy page never keeps us busy.
export interface WatchLimits {
  /** Stop watching this long after we started. */
  maxMs: number;
  maxBatches: number;
  /** Stop when our own handling of batches has cost this much in total. */
  maxWorkMs: number;
  /** Mutations are gathered this long before we look. */
  batchDelayMs: number;
}

export const DEFAULT_WATCH_LIMITS: WatchLimits = { maxMs: 30_000, maxBatches: 60, maxWorkMs: 400, batchDelayMs: 120 };

/** Calls `onBatch` after bursts of added nodes; calls `onStop` once with the reason it stopped. Returns a stop function. */
export function watchLateChanges(
  target: Node,
  onBatch: () => void,
  onStop: (reason: string) => void,
  limits: WatchLimits = DEFAULT_WATCH_LIMITS,
): () => void {
  let batches = 0;
  let workMs = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const stop = (reason: string): void => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(deadline);
    onStop(reason);
  };

  const runBatch = (): void => {
    timer = undefined;
    const started = performance.now();
    onBatch();
    workMs += performance.now() - started;
    batches += 1;
    if (batches >= limits.maxBatches) stop(`watch stopped after ${batches} batches of late changes`);
    else if (workMs >= limits.maxWorkMs) stop(`watch stopped after ${Math.round(workMs)} ms of work on late changes`);
  };

  const observer = new MutationObserver((records) => {
    if (stopped || timer !== undefined) return;
    if (records.some((r) => r.addedNodes.length > 0)) timer = setTimeout(runBatch, limits.batchDelayMs);
  });
  observer.observe(target, { childList: true, subtree: true });
  const deadline = setTimeout(() => stop(`watch ended after ${Math.round(limits.maxMs / 1000)} s`), limits.maxMs);
  return () => stop('stopped');
}

/**
 * Whether the page changed since the last `reset()`: the one question an on-demand read
 * asks ("is the scan still the page as it is now?"). Costs one callback for the first change after a
 * reset and nothing after it (the observer disconnects until the next reset), so it may stay on for
 * the page's life, unlike the bounded watch above. Added nodes and rewritten text count; what we
 * add ourselves (`ignore`) does not.
 */
export class PageChanges {
  dirty = false;
  private readonly observer: MutationObserver;

  constructor(
    private readonly doc: Document,
    private readonly ignore: (node: Node) => boolean = () => false,
  ) {
    this.observer = new MutationObserver((records) => {
      const changed = (r: MutationRecord): boolean =>
        r.type === 'characterData' ? !this.ignore(r.target) : Array.from(r.addedNodes).some((n) => !this.ignore(n));
      if (!records.some(changed)) return;
      this.dirty = true;
      this.observer.disconnect();
    });
  }

  reset(): void {
    this.dirty = false;
    this.observer.disconnect();
    this.observer.observe(this.doc, { childList: true, subtree: true, characterData: true });
  }
}
