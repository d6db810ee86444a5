import type { Editor } from "@tiptap/core";
import { useCallback, useEffect, useId, useMemo, useState, type FormEvent } from "react";
import type { CommentTargetRef, CommentWriteResult, PresentedCommentList, PresentedCommentThread } from "../../../shared/comments";
import type { AnchorPlace } from "../../../shared/commentAnchors";
import type { PresentedFinding } from "../../../shared/types";
import { deleteComment, editComment, listComments, listMentionable, mentionedIn, replyToThread, setThreadResolved, startThread } from "../../api/comments";
import type { PersonRef } from "../../../shared/meetingTypes";
import { ApiError } from "../../api/http";
import { placeThreads, selectionAnchor, showCommentHighlights } from "../../editor/commentHighlights";
import { useI18n } from "../../i18n/I18nProvider";
import { useCommentChanges } from "./useCommentChanges";

/**
 * The comment threads of a document or meeting item: a new thread (on the selected text, in a
 * document), replies, edit and delete of one's own, resolve/reopen. Live: the target's room tells of every change and the
 * list reloads over HTTP, where the policy decides what this person sees.
 */
export function CommentsPanel({ target, editor, headingLevel = 2, onList }: { target: CommentTargetRef; editor?: Editor | null; headingLevel?: 2 | 3 | 4; onList?(list: PresentedCommentList): void }) {
  const Heading = `h${headingLevel}` as const;
  const { t } = useI18n();
  const titleId = useId();
  const [list, setList] = useState<PresentedCommentList | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [textVersion, setTextVersion] = useState(0);
  const [people, setPeople] = useState<PersonRef[]>([]);

  const reload = useCallback(() => listComments(target).then(setList, () => undefined), [target.kind, target.id, target.meetingId]);
  const mayComment = list?.policies.comment ?? false;
  // Whoever holds the panel (a "Comments (n)" toggle) hears of every reload, also where no room tells of changes.
  useEffect(() => {
    if (list) onList?.(list);
  }, [list]);
  useEffect(() => {
    if (mayComment) listMentionable(target).then(setPeople, () => undefined);
  }, [mayComment, target.kind, target.id, target.meetingId]);
  useCommentChanges(target, reload);

  // The highlights are placed again when the text changes (other people's edits too).
  useEffect(() => {
    if (!editor) return;
    const bump = () => setTextVersion((v) => v + 1);
    editor.on("update", bump);
    return () => void editor.off("update", bump);
  }, [editor]);
  const places = useMemo(() => (editor && list ? placeThreads(editor, list.threads) : new Map<string, AnchorPlace>()), [editor, list, textVersion]);
  useEffect(() => {
    if (!editor || editor.isDestroyed || !list) return;
    const open = new Set(list.threads.filter((thread) => !thread.resolved).map((thread) => thread.id));
    showCommentHighlights(editor, new Map([...places].filter(([id]) => open.has(id))), activeId);
  }, [editor, places, list, activeId]);

  const report = (result: CommentWriteResult) => {
    setNotice(result.unreachableMentions.length > 0 ? t("comments.unreachable", { names: result.unreachableMentions.map((p) => p.name).join(", ") }) : null);
    void reload();
  };

  const onStart = async (text: string, confirmPersonalData: boolean) => {
    const anchor = editor ? selectionAnchor(editor) : null;
    if (editor && !anchor) throw new Error(t("comments.selectFirst"));
    report(await startThread({ target, ...(anchor ? { anchor } : {}), text, mentionIds: mentionedIn(text, people), confirmPersonalData }));
  };

  if (!list) return null;
  return (
    <section className="comments-panel" aria-labelledby={titleId}>
      <Heading id={titleId}>{t("comments.title")}</Heading>
      {notice && (
        <p className="notice is-info" role="status">
          {notice}
        </p>
      )}
      {list.policies.comment ? (
        <CommentForm label={editor ? t("comments.newOnSelection") : t("comments.new")} submitLabel={t("comments.post")} people={people} onSubmit={onStart} />
      ) : (
        <p className="meta">{t("comments.readOnly")}</p>
      )}
      {list.threads.length === 0 && <p className="meta">{editor ? t("comments.empty") : t("comments.emptyHere")}</p>}
      <ol className="comment-threads">
        {list.threads.map((thread) => (
          <ThreadView key={thread.id} people={people} thread={thread} place={places.get(thread.id)} active={thread.id === activeId} onFocus={() => setActiveId(thread.id)} onChanged={report} reload={reload} />
        ))}
      </ol>
    </section>
  );
}

function ThreadView(props: { people: PersonRef[]; thread: PresentedCommentThread; place?: AnchorPlace; active: boolean; onFocus(): void; onChanged(result: CommentWriteResult): void; reload(): void }) {
  const { thread, place, reload } = props;
  const { t, formatDateTime } = useI18nDates();
  const [replying, setReplying] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  return (
    <li className={`comment-thread${props.active ? " is-active" : ""}${thread.resolved ? " is-resolved" : ""}`} data-thread={thread.id} onFocus={props.onFocus} onClick={props.onFocus}>
      {thread.anchor && place?.kind === "removed" && <p className="comment-place is-removed">{t("comments.onRemovedText")}</p>}
      {thread.anchor && place?.kind === "block" && <p className="comment-place">{t("comments.onBlock")}</p>}
      {thread.anchor?.quote && <p className="comment-quote">{t("comments.quote", { quote: thread.anchor.quote })}</p>}
      <ol className="comments">
        {thread.comments.map((comment) => (
          <li key={comment.id} className="comment">
            <p className="comment-meta">
              <strong>{comment.author?.name ?? "—"}</strong> <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
              {comment.editedAt && <> · {t("comments.edited")}</>}
            </p>
            {comment.deleted ? (
              <p className="meta">{t("comments.deleted")}</p>
            ) : editingId === comment.id ? (
              <CommentForm
                label={t("comments.editLabel")}
                submitLabel={t("comments.save")}
                initialText={comment.text ?? ""}
                people={props.people}
                onCancel={() => setEditingId(null)}
                onSubmit={async (text, confirm) => {
                  props.onChanged(await editComment(comment.id, text, mentionedIn(text, props.people), confirm));
                  setEditingId(null);
                }}
              />
            ) : (
              <p className="comment-text">{comment.text}</p>
            )}
            {comment.policies.edit && !comment.deleted && editingId !== comment.id && (
              <button type="button" className="button-link" onClick={() => setEditingId(comment.id)}>
                {t("comments.edit")}
              </button>
            )}{" "}
            {comment.policies.delete && (
              <button type="button" className="button-link" onClick={() => void deleteComment(comment.id).then(reload, () => undefined)}>
                {t("comments.delete")}
              </button>
            )}
          </li>
        ))}
      </ol>
      {thread.resolved && <p className="meta">{t("comments.resolvedBy", { name: thread.resolved.by?.name ?? "—" })}</p>}
      <div className="comment-actions">
        {thread.policies.reply && !thread.resolved && !replying && (
          <button type="button" className="button-secondary button-small" onClick={() => setReplying(true)}>
            {t("comments.reply")}
          </button>
        )}
        {thread.policies.resolve && (
          <button type="button" className="button-secondary button-small" onClick={() => void setThreadResolved(thread.id, !thread.resolved).then(reload, () => undefined)}>
            {thread.resolved ? t("comments.reopen") : t("comments.resolve")}
          </button>
        )}
      </div>
      {replying && (
        <CommentForm
          label={t("comments.replyLabel")}
          submitLabel={t("comments.send")}
          people={props.people}
          onCancel={() => setReplying(false)}
          onSubmit={async (text, confirm) => {
            props.onChanged(await replyToThread(thread.id, text, mentionedIn(text, props.people), confirm));
            setReplying(false);
          }}
        />
      )}
    </li>
  );
}

/** Dates in the user's language. */
function useI18nDates() {
  const i18n = useI18n();
  const formatDateTime = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Brussels" }).format(new Date(iso));
  return { t: i18n.t, formatDateTime };
}

/** One text field; after a personal-data warning the button sends the same text anyway. */
function CommentForm(props: { label: string; submitLabel: string; initialText?: string; people: PersonRef[]; onSubmit(text: string, confirm: boolean): Promise<void>; onCancel?(): void }) {
  const { label, submitLabel, people, onSubmit, onCancel } = props;
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(props.initialText ?? "");
  const [error, setError] = useState<string | null>(null);
  const [findings, setFindings] = useState<PresentedFinding[] | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    setBusy(true);
    try {
      await onSubmit(text, findings !== null);
      setText("");
      setFindings(null);
      setError(null);
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === "personal_data_in_comment") setFindings((failure.problem as { findings?: PresentedFinding[] }).findings ?? []);
      else setError(failure instanceof ApiError ? t("comments.failed") : (failure as Error).message);
    } finally {
      setBusy(false);
    }
  };
  // Typing "@an" offers the people whose name starts so; choosing one writes "@Anna Antwerpen ".
  const typed = /(?:^|\s)@([^\s@]{1,40})$/.exec(text)?.[1]?.toLowerCase() ?? null;
  const suggestions = typed ? people.filter((person) => person.name.toLowerCase().startsWith(typed)).slice(0, 5) : [];
  const mention = (person: PersonRef) => setText(text.replace(/@[^\s@]*$/, `@${person.name} `));
  const problem = findings ? t("comments.personalData", { kinds: [...new Set(findings.map((f) => f.masked))].join(", ") }) : error;
  return (
    <form className="comment-form" onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={text}
        maxLength={4000}
        rows={3}
        onChange={(event) => {
          setText(event.target.value);
          setFindings(null);
        }}
        aria-describedby={problem ? `${id}-error` : undefined}
      />
      {suggestions.length > 0 && (
        <ul className="mention-suggestions" aria-label={t("comments.mentionSuggestions")}>
          {suggestions.map((person) => (
            <li key={person.id}>
              <button type="button" className="button-link" onClick={() => mention(person)}>
                @{person.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="comment-actions">
        <button type="submit" className="button-primary button-small" disabled={busy}>
          {findings ? t("comments.keepAnyway") : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button-secondary button-small" onClick={onCancel}>
            {t("comments.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
