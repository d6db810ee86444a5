import type { PresentedTrainingSummary } from "../../../shared/trainingTypes";
import { useI18n } from "../../i18n/I18nProvider";

/** Dates, place, seats and whether one can still register. */
export function TrainingStatusLine({ training }: { training: PresentedTrainingSummary }) {
  const { t, language } = useI18n();
  const day = (date: string) => new Date(`${date}T12:00:00Z`).toLocaleDateString(language, { day: "numeric", month: "long", year: "numeric" });
  const state =
    training.status === "draft"
      ? t("trainings.draft")
      : training.status === "cancelled"
        ? t("trainings.cancelled")
        : training.registrationOpen
          ? t("trainings.open", { date: new Date(training.registrationDeadline).toLocaleDateString(language, { day: "numeric", month: "long" }) })
          : t("trainings.closed");
  return (
    <p className="meta">
      {training.days.map((d) => day(d.date)).join(", ")}
      {training.place ? ` · ${training.place}` : ""}
      {" · "}
      {t("trainings.seats", { confirmed: training.confirmed, capacity: training.capacity })}
      {training.waiting > 0 ? ` · ${t("trainings.waitingCount", { count: training.waiting })}` : ""}
      {" · "}
      <strong>{state}</strong>
    </p>
  );
}
