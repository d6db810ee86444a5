import type { Logger } from "../logger";
import type { ServedDocument } from "./servedDocument";
import type { UpdateProblem } from "./trialReplica";
import type { CollaborationExtension, Connection, JoinGrant, StoredEntry } from "./types";

/**
 * Runs the extensions' hooks in order, as Hocuspocus does. Hooks on the way in (authenticate,
 * load, before update, store updates) stop the chain by throwing or returning false; hooks after
 * the fact (change, invalid update, store document) are logged when they fail and do not stop the
 * others.
 */
export class ExtensionChain {
  constructor(
    private extensions: CollaborationExtension[],
    private logger: Logger,
  ) {}

  /** Throws to refuse; read-only if any extension says so, served the published version if one hands it. */
  async authenticate(ctx: { documentId: string; userId: string; role: string }): Promise<JoinGrant> {
    const grant: JoinGrant = { readOnly: false };
    for (const extension of this.extensions) {
      const result = await extension.onAuthenticate?.(ctx);
      if (result?.readOnly) grant.readOnly = true;
      if (result?.publishedState) grant.publishedState = result.publishedState;
    }
    return grant;
  }

  async load(doc: ServedDocument): Promise<void> {
    for (const extension of this.extensions) await extension.onLoadDocument?.(doc);
  }

  async allowed(doc: ServedDocument, connection: Connection | null): Promise<boolean> {
    for (const extension of this.extensions) {
      if ((await extension.onBeforeUpdate?.(doc, connection)) === false) return false;
    }
    return true;
  }

  async storeUpdates(doc: ServedDocument, entries: StoredEntry[]): Promise<void> {
    for (const extension of this.extensions) await extension.onStoreUpdates?.(doc, entries);
  }

  async changed(doc: ServedDocument, entry: StoredEntry): Promise<void> {
    for (const extension of this.extensions) {
      await extension.onChange?.(doc, [entry]).catch((error) => this.logger.error({ err: error, documentId: doc.id }, "collaboration onChange failed"));
    }
  }

  async invalidUpdate(doc: ServedDocument, connection: Connection, refusal: { problem: UpdateProblem; bytes: number }): Promise<void> {
    for (const extension of this.extensions) {
      await extension.onInvalidUpdate?.(doc, connection, refusal).catch((error) => this.logger.error({ err: error, documentId: doc.id }, "collaboration onInvalidUpdate failed"));
    }
  }

  /** Store hooks run one after another per document: a later run (e.g. at shutdown) waits for the running one. */
  storeDocument(doc: ServedDocument): Promise<void> {
    const run = doc.storing.then(async () => {
      for (const extension of this.extensions) {
        await extension.onStoreDocument?.(doc).catch((error) => this.logger.error({ err: error, documentId: doc.id }, "storing the document failed"));
      }
    });
    doc.storing = run;
    return run;
  }
}
