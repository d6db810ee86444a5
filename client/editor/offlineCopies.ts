/**
 * The copies of documents this browser keeps in IndexedDB (y-indexeddb, one database per document,
 * named `greychair-document-<id>`), so documents open and can be edited offline. On a shared
 * computer they must not outlive the session: they are deleted when the person signs out or the
 * session ends (idle timeout, revoked elsewhere), unless they chose "keep offline copies on this
 * device" when signing in. That choice is remembered per device, and is off until someone turns it on.
 *
 * No dependency on the editor: the shell calls this, and the editor chunk registers its open
 * documents so they are closed before their databases are deleted.
 */

export const OFFLINE_COPY_PREFIX = "greychair-document-";
const KEEP_KEY = "greychair.keepOfflineCopies";
/** Names of the databases made here, for browsers without indexedDB.databases(). */
const KNOWN_KEY = "greychair.offlineCopies";

export const offlineCopyName = (documentId: string) => `${OFFLINE_COPY_PREFIX}${documentId}`;

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // storage can be disabled by policy
  }
}

export function keepsOfflineCopies(): boolean {
  return storage()?.getItem(KEEP_KEY) === "yes";
}

export function setKeepOfflineCopies(keep: boolean): void {
  if (keep) storage()?.setItem(KEEP_KEY, "yes");
  else storage()?.removeItem(KEEP_KEY);
}

function known(): string[] {
  try {
    const list: unknown = JSON.parse(storage()?.getItem(KNOWN_KEY) ?? "[]");
    return Array.isArray(list) ? list.filter((name): name is string => typeof name === "string" && name.startsWith(OFFLINE_COPY_PREFIX)) : [];
  } catch {
    return [];
  }
}

/** Called when a document's database is opened. */
export function rememberOfflineCopy(name: string): void {
  const names = known();
  if (!names.includes(name)) storage()?.setItem(KNOWN_KEY, JSON.stringify([...names, name]));
}

export function forgetOfflineCopy(name: string): void {
  storage()?.setItem(KNOWN_KEY, JSON.stringify(known().filter((other) => other !== name)));
}

/* Open documents close themselves first, or the deletion would wait for their connections. */
const closers = new Set<() => Promise<void>>();

export function onDeleteOfflineCopies(close: () => Promise<void>): () => void {
  closers.add(close);
  return () => closers.delete(close);
}

async function databaseNames(): Promise<string[]> {
  const listed = typeof indexedDB.databases === "function" ? await indexedDB.databases().catch(() => []) : [];
  const names = listed.map((database) => database.name ?? "").filter((name) => name.startsWith(OFFLINE_COPY_PREFIX));
  return [...new Set([...names, ...known()])];
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    // Another tab still has it open: it is deleted as soon as that tab lets go.
    request.onblocked = () => resolve();
  });
}

let running: Promise<void> | null = null;

/** Deletes every document copy in this browser (all calls share one run). */
export function deleteOfflineCopies(): Promise<void> {
  running ??= (async () => {
    if (typeof indexedDB === "undefined") return;
    await Promise.all([...closers].map((close) => close().catch(() => undefined)));
    const names = await databaseNames();
    await Promise.all(names.map(deleteDatabase));
    for (const name of names) forgetOfflineCopy(name);
  })().finally(() => {
    running = null;
  });
  return running;
}

/** The session ended (or there is none): delete the copies unless this device keeps them. */
export function sessionEnded(): Promise<void> {
  return keepsOfflineCopies() ? Promise.resolve() : deleteOfflineCopies();
}
