/**
 * The directory's notion of "now": freshness, the verification cycle and observers' grants read it.
 * Tests set a clock instead of waiting six months; nothing else should call setDirectoryClock.
 */
let clock: () => Date = () => new Date();

export const directoryNow = (): Date => clock();

/** Replaces the clock; returns the function that puts the real one back. */
export function setDirectoryClock(next: () => Date): () => void {
  clock = next;
  return () => {
    clock = () => new Date();
  };
}
