import type { Logger } from "../logger";
import type { GreychairIo } from "../realtime/socketServer";
import { CollaborationHub } from "./collaborationHub";
import { authorizationExtension } from "./extensions/authorization";
import { historyExtension } from "./extensions/history";
import { persistenceExtension } from "./extensions/persistence";
import { searchTextExtension } from "./extensions/searchText";

export interface CollaborationOptions {
  idleUnloadMs?: number;
  compactEvery?: number;
  autoVersionPauseMs?: number;
  autoVersionEveryMs?: number;
}

/** The hub with its extensions, in order: authorise, load/store, then what follows a change. */
export function createCollaborationHub(io: GreychairIo, logger: Logger, options: CollaborationOptions = {}): CollaborationHub {
  return new CollaborationHub(
    io,
    [
      authorizationExtension(),
      persistenceExtension({ compactEvery: options.compactEvery }),
      historyExtension({ pauseMs: options.autoVersionPauseMs, everyMs: options.autoVersionEveryMs }),
      searchTextExtension(),
    ],
    logger,
    { idleUnloadMs: options.idleUnloadMs ?? 30_000 },
  );
}

export type { CollaborationHub };
