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
  /** The extensions with per-update hooks, found once: these run for every keystroke. */
  private readonly beforeUpdate: CollaborationExtension[];
  private readonly onChange: CollaborationExtension[];

  constructor(
    private extensions: CollaborationExtension[],
    private logger: Logger,
  ) {
    this.beforeUpdate = extensions.filter((extension) => extension.onBeforeUpdate);
    this.onChange = extensions.filter((extension) => extension.onChange);
  }

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

  /** Synchronous while every extension answers at once (the usual case: no promise per keystroke). */
  allowed(doc: ServedDocument, connection: Connection | null, from = 0): boolean | Promise<boolean> {
    for (let i = from; i < this.beforeUpdate.length; i++) {
      const verdict = this.beforeUpdate[i]!.onBeforeUpdate!(doc, connection);
      if (verdict === false) return false;
      if (verdict !== true) return verdict.then((allowed) => allowed && this.allowed(doc, connection, i + 1));
    }
    return true;
  }

  async storeUpdates(doc: ServedDocument, entries: StoredEntry[]): Promise<void> {
    for (const extension of this.extensions) await extension.onStoreUpdates?.(doc, entries);
  }

  /** Runs every onChange without waiting for any: what follows a change never delays the next one. */
  changed(doc: ServedDocument, entries: StoredEntry[]): void {
    const failed = (error: unknown) => this.logger.error({ err: error, documentId: doc.id }, "collaboration onChange failed");
    for (const extension of this.onChange) {
      try {
        extension.onChange!(doc, entries)?.catch(failed);
      } catch (error) {
        failed(error);
      }
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
