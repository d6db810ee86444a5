import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { TriangleAlert } from "lucide-react";
import { useLayoutEffect, useRef, useState, type ReactElement, type ReactNode } from "react";
import type { Problem } from "../../../shared/types";
import { toApiError } from "../../api/useResource";
import { useI18n } from "../../i18n/I18nProvider";
import { problemMessage } from "../problems";

export interface ConfirmDialogProps {
  /** The button that opens the dialog (rendered as it is); leave out when opened with `open` (from a menu). */
  trigger?: ReactElement;
  /** A question that names the action: "Close this meeting?" */
  title: string;
  /** What will happen, in plain words, including what cannot be undone. */
  consequence: ReactNode;
  /** Says the action again ("Close the meeting"), never just "OK" or "Yes". */
  confirmLabel: string;
  cancelLabel?: string;
  /** Done while the dialog shows it is working; a throw keeps the dialog open and says why. */
  onConfirm(): Promise<unknown> | unknown;
  /** Words for a failure (default: the shared problem messages). */
  describeError?: (problem: Problem) => string;
  /** The warning style for the confirm button (default), or the primary one for actions that are not destructive. */
  tone?: "warning" | "primary";
  /** Controlled opening, e.g. from a <Menu> item. */
  open?: boolean;
  onOpenChange?(open: boolean): void;
  /** Where focus goes after the action was done (it changes or removes the trigger); after Cancel it goes back to the trigger. */
  focusAfter?: () => HTMLElement | null;
}

/**
 * Asks before an irreversible action (GOV.UK "check before you act"), as an accessible alert
 * dialog (Radix): it names the consequence, the keyboard stays inside it, Escape and Cancel leave
 * without doing anything, and Cancel — not the action — has the focus when it opens. Afterwards
 * focus goes back to the button that opened it, or, once the action is done, to `focusAfter`.
 */
export function ConfirmDialog({ trigger, title, consequence, confirmLabel, cancelLabel, onConfirm, describeError, tone = "warning", open, onOpenChange, focusAfter }: ConfirmDialogProps) {
  const { t, language } = useI18n();
  const [ownOpen, setOwnOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const done = useRef(false);
  const isOpen = open ?? ownOpen;

  // Whatever had the focus when it opened (the trigger, or a menu item that is gone by the time it closes).
  useLayoutEffect(() => {
    if (!isOpen) return;
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    done.current = false;
    setError(null);
  }, [isOpen]);

  const setOpen = (next: boolean) => {
    if (busy && !next) return; // the request is under way: it finishes first
    setOwnOpen(next);
    onOpenChange?.(next);
  };

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      done.current = true;
      setBusy(false);
      setOwnOpen(false);
      onOpenChange?.(false);
    } catch (failure) {
      const problem = toApiError(failure).problem;
      setError(describeError ? describeError(problem) : problemMessage(problem, t, language));
      setBusy(false);
    }
  };

  return (
    <AlertDialog.Root open={isOpen} onOpenChange={setOpen}>
      {trigger && <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>}
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content
          className="dialog"
          data-testid="confirm-dialog"
          onCloseAutoFocus={(event) => {
            const back = opener.current;
            const after = done.current && focusAfter ? focusAfter() : null;
            if (!after && back?.isConnected && back !== document.body) return; // Radix returns focus to it
            event.preventDefault();
            (after ?? document.getElementById("main"))?.focus();
          }}
        >
          <AlertDialog.Title className="dialog-title">
            <TriangleAlert aria-hidden="true" focusable="false" className="dialog-icon" />
            {title}
          </AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="dialog-body">{typeof consequence === "string" ? <p>{consequence}</p> : consequence}</div>
          </AlertDialog.Description>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          <div className="button-group dialog-actions">
            <AlertDialog.Cancel className="button-secondary" disabled={busy}>
              {cancelLabel ?? t("confirm.cancel")}
            </AlertDialog.Cancel>
            <button type="button" className={`button-${tone}`} disabled={busy} aria-disabled={busy || undefined} onClick={() => void confirm()} data-testid="confirm-action">
              {busy ? t("confirm.working") : confirmLabel}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
