import { EditorContent } from "@tiptap/react";
import { useEffect, useMemo, useRef, useState } from "react";
import type { PresentedDocument, PresentedFinding } from "../../../shared/types";
import { listFindings } from "../../api/documents";
import type { CollaborationSession } from "../../editor/collaborationSession";
import { setAcknowledgedKeys } from "../../editor/personalDataHighlight";
import { personColour } from "../../editor/personColours";
import { useCollaborationState } from "../../editor/useCollaboration";
import { DOCUMENT_TEXT_ID, useDocumentEditor } from "../../editor/useDocumentEditor";
import { useI18n } from "../../i18n/I18nProvider";
import { useAccount } from "../../session/SessionProvider";
import { Loading } from "../Loading";
import { ACCESS_LOST_CODES, ClosedNotice, DISCARD_LOCAL_COPY_CODES } from "./ClosedNotice";
import { DocumentBar } from "./DocumentBar";
import { DocumentHeader } from "./DocumentHeader";
import { EditorToolbar } from "./EditorToolbar";
import { LinkForm } from "./LinkForm";
import { PersonalDataPanel } from "./PersonalDataPanel";
import { PublicationStatus } from "./PublicationStatus";
import { PublishControl } from "./PublishControl";
import { useChangedSincePublication } from "./useChangedSincePublication";
import { CommentsPanel } from "../comments/CommentsPanel";
import { UnreachableMentionsNotice } from "./UnreachableMentionsNotice";

/** The document page once the document and its collaboration session are there. */
export function DocumentWorkspace({ document, session, onChange }: { document: PresentedDocument; session: CollaborationSession; onChange(document: PresentedDocument): void }) {
  const { t } = useI18n();
  const account = useAccount();
  const state = useCollaborationState(session);
  // The same identity the server writes into every awareness state it relays (shared/personColours.ts).
  const user = useMemo(() => ({ id: account.id, name: account.name, color: personColour(account.id) }), [account.name, account.id]);
  const editable = document.policies.update && account.role !== "observer" && !state.readOnly && !state.closedCode;
  const [linkOpen, setLinkOpen] = useState(false);
  const [serverFindings, setServerFindings] = useState<PresentedFinding[]>([]);
  const toolbarRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLElement>(null);

  const editor = useDocumentEditor({
    session,
    user,
    editable,
    label: t("document.text"),
    onLink: () => setLinkOpen(true),
    onToolbar: () => toolbarRef.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus(),
  });

  const changedSincePublication = useChangedSincePublication(document, session.doc, state.synced);

  // The server's findings carry the acknowledgements; fetched again once the text is in sync (drafts only).
  useEffect(() => {
    if (!state.synced || !document.policies.readDraft) return;
    let current = true;
    listFindings(document.id).then((findings) => current && setServerFindings(findings), () => undefined);
    return () => {
      current = false;
    };
  }, [document.id, document.policies.readDraft, state.synced]);

  useEffect(() => {
    if (editor) setAcknowledgedKeys(editor, new Set(serverFindings.filter((finding) => finding.acknowledged || finding.exempt).map((finding) => finding.key)));
  }, [editor, serverFindings]);

  // Someone who lost access must not keep the text, on this device or on screen; a copy the server
  // refused as damaged is not kept either (reloading then starts from the server's version).
  const accessLost = state.closedCode !== null && ACCESS_LOST_CODES.has(state.closedCode);
  const discardCopy = state.closedCode !== null && DISCARD_LOCAL_COPY_CODES.has(state.closedCode);
  useEffect(() => {
    if (discardCopy) void session.forget();
  }, [discardCopy, session]);

  const commentTarget = useMemo(() => ({ kind: "document" as const, id: document.id }), [document.id]);

  if (!editor) return <Loading />;

  // Scrolled to just under the sticky bar (which would cover it otherwise), then focused.
  const showFindings = () => {
    const panel = panelRef.current;
    if (!panel) return;
    const covered = window.document.querySelector(".document-sticky")?.getBoundingClientRect().height ?? 0;
    window.scrollTo({ top: panel.getBoundingClientRect().top + window.scrollY - covered - 8 });
    panel.focus({ preventScroll: true });
  };

  return (
    <div className="document-page">
      <DocumentHeader
        document={document}
        publish={<PublishControl document={document} changedSincePublication={changedSincePublication} onChange={onChange} onBlocked={setServerFindings} onShowFindings={showFindings} />}
        openFindings={serverFindings.filter((finding) => !finding.acknowledged && !finding.exempt)}
      />
      <PublicationStatus document={document} changedSincePublication={changedSincePublication} />
      {state.closedCode && <ClosedNotice code={state.closedCode} />}
      <UnreachableMentionsNotice documentId={document.id} />
      {state.saveFailed && !state.closedCode && <p className="notice is-error" role="alert">{t("collab.saveFailed")}</p>}
      {!editable && !state.closedCode && <p className="notice is-info">{document.status === "archived" ? t("document.archivedReadOnly") : t("document.readOnly")}</p>}
      {/* The status bar and the toolbar stay on screen together while the text scrolls. */}
      <div className="document-sticky">
        <DocumentBar document={document} state={state} awareness={session.awareness} />
        {/* Where the check is under the text (narrow screens), a way to it without scrolling past the whole text. */}
        {!accessLost && (
          <a className="personal-data-jump" href="#personal-data" onClick={(event) => (event.preventDefault(), showFindings())}>
            {t("document.toPersonalData")}
          </a>
        )}
        {editable && (
          <div className="document-tools">
            <EditorToolbar editor={editor} editorId={DOCUMENT_TEXT_ID} onLink={() => setLinkOpen(true)} toolbarRef={toolbarRef} />
            {linkOpen && <LinkForm editor={editor} onClose={() => setLinkOpen(false)} />}
          </div>
        )}
      </div>
      {!accessLost && (
        <div className="document-layout">
          <div className="document-main">
            {!state.loadedLocally && !state.synced && <Loading />}
            <EditorContent editor={editor} className="document-editor" />
            {editable && <p className="meta editor-help">{t("document.keyboardHelp")}</p>}
          </div>
          <aside className="document-aside" aria-label={t("document.asideLabel")}>
            <PersonalDataPanel
              editor={editor}
              documentId={document.id}
              serverFindings={serverFindings}
              onServerFindings={setServerFindings}
              canAcknowledge={editable}
              panelRef={panelRef}
            />
            <CommentsPanel target={commentTarget} editor={editor} />
          </aside>
        </div>
      )}
    </div>
  );
}
