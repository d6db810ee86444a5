import { COMMENT_LIMITS, type CommentCounts, type CommentTargetRef } from "../../shared/comments";
import { postJson } from "./http";

const keyOf = (target: Pick<CommentTargetRef, "kind" | "id">) => `${target.kind}:${target.id}`;

type Waiting = { target: CommentTargetRef; resolve(count: number | null): void; reject(error: unknown): void };
let waiting: Waiting[] = [];

/** Sends every count asked for in this turn as one POST /api/comments/counts (in chunks of the server's limit). */
function flush(): void {
  const batch = waiting;
  waiting = [];
  const targets = [...new Map(batch.map((w) => [keyOf(w.target), w.target])).values()];
  for (let at = 0; at < targets.length; at += COMMENT_LIMITS.countTargets) {
    const chunk = targets.slice(at, at + COMMENT_LIMITS.countTargets);
    const keys = new Set(chunk.map(keyOf));
    const mine = batch.filter((w) => keys.has(keyOf(w.target)));
    postJson<CommentCounts>("/api/comments/counts", { targets: chunk }).then(
      ({ counts }) => {
        const found = new Map(counts.map((c) => [keyOf(c.target), c.count]));
        // Left out by the server: this person may not read that target's comments.
        for (const w of mine) w.resolve(found.get(keyOf(w.target)) ?? null);
      },
      (error) => mine.forEach((w) => w.reject(error)),
    );
  }
}

/**
 * The number of comments on one target, or null when the server does not let this person read
 * them. Rows of a list each ask for their own; the asks of one turn go to the server together.
 */
export function commentCount(target: CommentTargetRef): Promise<number | null> {
  return new Promise((resolve, reject) => {
    if (waiting.length === 0) setTimeout(flush, 0);
    waiting.push({ target, resolve, reject });
  });
}
