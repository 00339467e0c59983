// At most `concurrency` renders at once per instance (each holds a Chromium tab and its memory);
// up to `waiting` more wait their turn, each for at most `maxWaitMs`, instead of being turned away
// at once. Beyond that the caller is told to try again. Per process by design: it guards this
// machine's memory, not a shared resource.

export class RendererBusyError extends Error {
  constructor() {
    super("Several reports are being prepared right now. Please try again in a minute.");
  }
}

export type RenderQueueLimits = { concurrency: number; waiting: number; maxWaitMs: number };

export function createRenderQueue(limits: () => RenderQueueLimits) {
  let running = 0;
  const queue: (() => void)[] = [];

  function turn(): Promise<void> {
    const { concurrency, waiting, maxWaitMs } = limits();
    if (running < concurrency) {
      running++;
      return Promise.resolve();
    }
    if (queue.length >= waiting) return Promise.reject(new RendererBusyError());
    return new Promise((resolve, reject) => {
      const start = () => {
        clearTimeout(timer);
        running++;
        resolve();
      };
      const timer = setTimeout(() => {
        queue.splice(queue.indexOf(start), 1);
        reject(new RendererBusyError());
      }, maxWaitMs);
      queue.push(start);
    });
  }

  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      await turn();
      try {
        return await task();
      } finally {
        running--;
        queue.shift()?.();
      }
    },
  };
}
