// The anchor: Hocuspocus 3 in its own process on a loopback port, in memory or with its SQLite
// extension (BENCH_HOCUSPOCUS_SQLITE=<file>). Started by bench/collab/hocuspocusSystem.ts; it prints
// "listening <port>" when ready. Default settings (store debounce 2 s, at most every 10 s), plus a
// token check on connect so it authenticates each connection as Greychair does (more cheaply).
import { SQLite } from "@hocuspocus/extension-sqlite";
import { Server } from "@hocuspocus/server";

const token = process.env.BENCH_HOCUSPOCUS_TOKEN ?? "";
const sqliteFile = process.env.BENCH_HOCUSPOCUS_SQLITE;

const server = new Server({
  port: Number(process.env.PORT),
  address: "127.0.0.1",
  quiet: true,
  stopOnSignals: true,
  extensions: sqliteFile ? [new SQLite({ database: sqliteFile })] : [],
  async onAuthenticate(data) {
    if (data.token !== token) throw new Error("unauthorized");
  },
});

await server.listen();
process.stdout.write(`listening ${server.address.port}\n`);
