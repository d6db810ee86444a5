import { itemNumbers } from "../../../shared/agenda";
import { ItemTimer } from "../../components/meetings/ItemTimer";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";
import { useMeetingContext } from "./MeetingScene";

/** For the room's screen: the current item large, its timer, and what comes next. */
export function MeetingPresentationPage() {
  const { t } = useI18n();
  const { meeting, entries, live, current, room } = useMeetingContext();
  usePageTitle(`${t("meetings.page.present")}: ${meeting.title}`);
  const numbers = itemNumbers(entries);
  const items = entries.filter((e) => e.kind === "item");
  const next = current ? items.slice(items.findIndex((e) => e.id === current.id) + 1, items.findIndex((e) => e.id === current.id) + 4) : items.slice(0, 3);
  return (
    <section className="presentation" aria-labelledby="presentation-title" aria-live="polite">
      <h2 id="presentation-title" className="visually-hidden">{t("meetings.page.present")}</h2>
      {current ? (
        <>
          <p className="presentation-label">{t("meetings.present.now")}</p>
          <p className="presentation-current" data-testid="presentation-current">
            {numbers.get(current.id)}. {current.title}
          </p>
          {current.presenter && <p className="presentation-presenter">{current.presenter}</p>}
          <ItemTimer live={live} itemId={current.id} plannedMinutes={current.plannedMinutes} clockOffset={room.clockOffset} large />
        </>
      ) : (
        <p className="presentation-current">{t(`meetings.status.${live.status}`)}</p>
      )}
      {next.length > 0 && (
        <>
          <p className="presentation-label">{t("meetings.present.next")}</p>
          <ol className="presentation-next">
            {next.map((e) => <li key={e.id}>{numbers.get(e.id)}. {e.title}</li>)}
          </ol>
        </>
      )}
    </section>
  );
}
