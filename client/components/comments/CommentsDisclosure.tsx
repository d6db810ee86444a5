import { useCallback, useId, useState } from "react";
import type { CommentTargetRef, PresentedCommentList } from "../../../shared/comments";
import { commentCount } from "../../api/commentCounts";
import { useI18n } from "../../i18n/I18nProvider";
import { useCommentChanges } from "./useCommentChanges";
import { CommentsPanel } from "./CommentsPanel";

/** Comments still to be read in a list: the ones not deleted. */
const countOf = (list: PresentedCommentList) => list.threads.reduce((sum, thread) => sum + thread.comments.filter((c) => !c.deleted).length, 0);

/**
 * A "Comments (n)" toggle for one agenda item, proposal or action item, keeping its row uncluttered;
 * it opens the full panel. The count follows the target's live changes. Renders nothing when the
 * server does not let this person read the comments.
 */
export function CommentsDisclosure({ target, context, headingLevel = 3 }: { target: CommentTargetRef; context: string; headingLevel?: 3 | 4 }) {
  const { t } = useI18n();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const [count, setCount] = useState<number | null>(null);
  const [hidden, setHidden] = useState(false);
  // One request for the counts of all rows on the page (api/commentCounts batches them).
  const reload = useCallback(
    () =>
      commentCount(target).then(
        (found) => (found === null ? setHidden(true) : setCount(found)),
        () => setHidden(true),
      ),
    [target.kind, target.id, target.meetingId],
  );
  useCommentChanges(target, reload);
  if (hidden) return null;
  return (
    <div className="comments-disclosure">
      <button type="button" className="button-link" aria-expanded={open} aria-controls={open ? panelId : undefined} onClick={() => setOpen(!open)} data-testid="comments-toggle">
        {count === null ? t("comments.title") : t("comments.toggle", { count })}
        <span className="visually-hidden">: {context}</span>
      </button>
      {open && (
        <div id={panelId}>
          <CommentsPanel target={target} headingLevel={headingLevel} onList={(list) => setCount(countOf(list))} />
        </div>
      )}
    </div>
  );
}
