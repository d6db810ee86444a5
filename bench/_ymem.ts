import * as Y from "yjs";
import { TrialReplica } from "../server/collaboration/trialReplica";
import { Awareness } from "y-protocols/awareness";
const N = 200;
const gc = () => (global as any).gc();
gc(); const before = process.memoryUsage().heapUsed;
const docs: any[] = [];
for (let d = 0; d < N; d++) {
  const authors = [0,1,2].map(() => new Y.Doc());
  const server = new Y.Doc();
  authors.forEach((a, i) => { a.getXmlFragment("default"); });
  for (let c = 0; c < 60; c++) for (const a of authors) {
    const t = a.getText("t"); 
    let u: Uint8Array | null = null; a.once("update", (x: Uint8Array) => (u = x));
    t.insert(t.length, "x"); Y.applyUpdate(server, u!);
  }
  docs.push({ server, aw: new Awareness(server) });
  authors.forEach(a=>a.destroy());
}
gc(); const mid = process.memoryUsage().heapUsed;
for (const d of docs) d.trial = new TrialReplica(d.server);
gc(); const after = process.memoryUsage().heapUsed;
console.log("doc+awareness KB/doc", ((mid-before)/N/1024).toFixed(1), "trial KB/doc", ((after-mid)/N/1024).toFixed(1));
