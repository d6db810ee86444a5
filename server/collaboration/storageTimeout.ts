/** A storage operation that did not finish in time. The operation itself may still complete later. */
export class StorageTimeout extends Error {
  constructor(what: string, ms: number) {
    super(`${what} did not finish within ${ms} ms`);
    this.name = "StorageTimeout";
  }
}

/**
 * Waits for a database operation at most `ms`. A stalled database does not fail the driver's
 * connection (it just never answers), so without this an acknowledgement would wait as long as
 * the stall lasts. The driver's own client-side timeout (timeoutMS) is still experimental, so the
 * wait is bounded here and the caller decides what a timeout means.
 */
export function withTimeout<T>(operation: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageTimeout(what, ms)), ms);
    timer.unref();
  });
  return Promise.race([operation, timeout]).finally(() => clearTimeout(timer));
}
