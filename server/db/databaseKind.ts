import mongoose from "mongoose";

/**
 * True when the connected database is FerretDB (its `buildInfo` names its version), for the few
 * places where what serves MongoDB costs FerretDB v1 without serving it (see README "FerretDB gaps").
 */
export async function connectedToFerretDB(): Promise<boolean> {
  const db = mongoose.connection.db;
  if (!db) throw new Error("not connected to a database");
  const info = await db.admin().command({ buildInfo: 1 });
  return typeof info.ferretdbVersion === "string";
}
