import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "chai";
import mongoose from "mongoose";
import { startEmbeddedDatabase } from "../../../server/db/embeddedDatabase";
import { startTestServer } from "../../support/testServer";

const Note = mongoose.models.PersistenceNote ?? mongoose.model("PersistenceNote", new mongoose.Schema({ text: String, at: Date }));

describe("persistence", () => {
  it("keeps data written through mongoose across a restart of app and database", async function () {
    this.timeout(60_000);
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "greychair-persist-"));
    try {
      const db1 = await startEmbeddedDatabase({ dataDir });
      const app1 = await startTestServer({ databaseUri: db1.uri });
      await Note.create({ text: "De lege stoel blijft leeg", at: new Date("2026-11-22T10:00:00Z") });
      await app1.stop();
      await db1.stop();

      const db2 = await startEmbeddedDatabase({ dataDir });
      const app2 = await startTestServer({ databaseUri: db2.uri });
      try {
        expect(db2.uri).to.not.equal(db1.uri, "a new process on a new port");
        const notes = await Note.find().lean();
        expect(notes).to.have.length(1);
        expect(notes[0]!.text).to.equal("De lege stoel blijft leeg");
        expect(notes[0]!.at!.toISOString()).to.equal("2026-11-22T10:00:00.000Z");
      } finally {
        await app2.stop();
        await db2.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
