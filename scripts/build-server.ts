// `npm run build:server`: compiles the server into dist/server/ (scripts/serverBundle.ts).
import { buildServerBundle, serverBundleEntry } from "./serverBundle";

await buildServerBundle();
process.stdout.write(`built ${serverBundleEntry}\n`);
