import { useState } from "react";
import { calendarFeed, createCalendarFeed, revokeCalendarFeed } from "../../api/meetings";
import { toApiError, useResource } from "../../api/useResource";
import { useI18n } from "../../i18n/I18nProvider";
import { LoadFailure } from "../LoadFailure";
import { Notice } from "../Notice";
import { problemMessage } from "../problems";

/** A personal calendar feed: a secret address shown once, which can be revoked (and replaced) at any time. */
export function CalendarFeedSection() {
  const { t, language } = useI18n();
  const { resource, reload, update } = useResource(calendarFeed);
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const act = async (work: () => Promise<void>) => {
    try {
      await work();
      setError(null);
    } catch (failure) {
      setError(problemMessage(toApiError(failure).problem, t, language));
    }
  };
  return (
    <section className="section" aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t("meetings.calendar.title")}</h2>
      <p>{t("meetings.calendar.intro")}</p>
      {error && <Notice kind="error">{error}</Notice>}
      {created && (
        <div className="created-link" tabIndex={-1} role="status">
          <h3>{t("meetings.calendar.created")}</h3>
          <code className="created-link-text" data-testid="calendar-feed-link">{created}</code>
          <p className="created-link-note">{t("meetings.calendar.validity")}</p>
        </div>
      )}
      {resource.status === "failed" && <LoadFailure error={resource.error} onRetry={reload} />}
      {resource.status === "ready" && (
        <div className="button-group">
          <button type="button" className="button-secondary" onClick={() => void act(async () => {
            setCreated((await createCalendarFeed()).url);
            update(() => ({ active: true, createdAt: new Date().toISOString() }));
          })}>
            {resource.data.active ? t("meetings.calendar.replace") : t("meetings.calendar.create")}
          </button>
          {resource.data.active && (
            <button type="button" className="button-warning" onClick={() => void act(async () => {
              await revokeCalendarFeed();
              setCreated(null);
              update(() => ({ active: false, createdAt: null }));
            })}>
              {t("meetings.calendar.revoke")}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
