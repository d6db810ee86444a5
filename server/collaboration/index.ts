import type { Logger } from "../logger";
import type { GreychairIo } from "../realtime/socketServer";
import { CollaborationHub } from "./collaborationHub";
import { authorizationExtension } from "./extensions/authorization";
import { historyExtension } from "./extensions/history";
import { invalidUpdatesExtension } from "./extensions/invalidUpdates";
import { persistenceExtension } from "./extensions/persistence";
import { searchTextExtension } from "./extensions/searchText";
import { textMentionsExtension } from "./extensions/textMentions";

export interface CollaborationOptions {
  idleUnloadMs?: number;
  compactEvery?: number;
  /** Longest wait for one storage operation (config STORE_TIMEOUT_MS). */
  storeTimeoutMs?: number;
  /** Updates of one document waiting for storage before new ones get `busy` (default DOCUMENT_LIMITS.unstoredUpdatesMax). */
  maxUnstoredUpdates?: number;
  autoVersionPauseMs?: number;
  autoVersionEveryMs?: number;
  /** Pause after an edit before the text is checked for new mentions (default TEXT_MENTION_CHECK_MS). */
  textMentionCheckMs?: number;
}

/** The hub with its extensions, in order: authorise, load/store, then what follows a change, and the audit of invalid updates. */
export function createCollaborationHub(io: GreychairIo, logger: Logger, options: CollaborationOptions = {}): CollaborationHub {
  return new CollaborationHub(
    io,
    [
      authorizationExtension(),
      persistenceExtension({ compactEvery: options.compactEvery, timeoutMs: options.storeTimeoutMs }),
      historyExtension({ pauseMs: options.autoVersionPauseMs, everyMs: options.autoVersionEveryMs }),
      searchTextExtension(),
      textMentionsExtension({ checkAfterMs: options.textMentionCheckMs }),
      invalidUpdatesExtension(),
    ],
    logger,
    { idleUnloadMs: options.idleUnloadMs ?? 30_000, maxUnstoredUpdates: options.maxUnstoredUpdates },
  );
}

export type { CollaborationHub };
