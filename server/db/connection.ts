import mongoose from "mongoose";

mongoose.set("strictQuery", true);

export async function connectDatabase(uri: string): Promise<typeof mongoose> {
  return mongoose.connect(uri, { serverSelectionTimeoutMS: 5_000, directConnection: isSingleHost(uri) });
}

export async function disconnectDatabase(): Promise<void> {
  await mongoose.disconnect();
}

/** True when the database answers a ping within the timeout (used by /readyz). */
export async function databaseAnswers(timeoutMs = 1_000): Promise<boolean> {
  const db = mongoose.connection.db;
  if (!db || mongoose.connection.readyState !== 1) return false;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    return await Promise.race([db.admin().ping().then(() => true as const), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** The embedded database and a single mongod are direct connections; replica sets are not. */
function isSingleHost(uri: string): boolean {
  return !uri.includes("replicaSet=") && !uri.startsWith("mongodb+srv://") && !/\/\/[^/]*,/.test(uri);
}
