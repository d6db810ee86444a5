import { useEffect, useId, useRef, useState } from "react";
import type { CreatedLink } from "../../shared/types";
import { useI18n } from "../i18n/I18nProvider";

/**
 * A link the server shows exactly once (invitation, password reset). When the secretariat asked
 * for it to be e-mailed (`emailTo`), it says whether that is on its way; the link stays here as the
 * fallback, to copy and pass on through a channel the recipient trusts.
 */
export function CreatedLinkPanel({ title, link, validity, testId, emailTo }: { title: string; link: CreatedLink; validity: string; testId: string; emailTo?: string }) {
  const { t, formatDateTime } = useI18n();
  const linkRef = useRef<HTMLElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "select">("idle");
  const panelRef = useRef<HTMLDivElement>(null);
  const titleId = useId();

  // A new link appears above the form that made it: bring it into view and announce it by moving focus there.
  useEffect(() => {
    setCopy("idle");
    panelRef.current?.focus();
    panelRef.current?.scrollIntoView({ block: "start" });
  }, [link.link]);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link.link);
      setCopy("copied");
    } catch {
      // No clipboard access (insecure origin, policy): select the text so Ctrl+C or Cmd+C copies it.
      const element = linkRef.current;
      if (element) window.getSelection()?.selectAllChildren(element);
      setCopy("select");
    }
  };

  return (
    <div className="created-link" ref={panelRef} tabIndex={-1} role="region" aria-labelledby={titleId}>
      <h2 className="notice-title" id={titleId}>
        {title}
      </h2>
      {emailTo !== undefined && <p data-testid={`${testId}-email`}>{link.emailQueued ? t("mail.sentTo", { email: emailTo }) : t("mail.notSent")}</p>}
      <p>
        <code className="created-link-text" ref={linkRef} data-testid={testId}>
          {link.link}
        </code>
      </p>
      <p>
        <button type="button" className="button-secondary" onClick={() => void copyLink()}>
          {t("link.copy")}
        </button>{" "}
        <span className="copy-status" aria-live="polite">
          {copy === "copied" ? t("link.copied") : copy === "select" ? t("link.selectToCopy") : ""}
        </span>
      </p>
      <p className="created-link-note">
        <strong>{t("link.shownOnce")}</strong> {validity} {t("link.expiresAt", { time: formatDateTime(link.expiresAt) })}
      </p>
    </div>
  );
}
