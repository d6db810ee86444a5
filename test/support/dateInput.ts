import type { Locator, Page } from "playwright-core";

const PART_LABELS = {
  en: { day: "Day", month: "Month", year: "Year" },
  nl: { day: "Dag", month: "Maand", year: "Jaar" },
  fr: { day: "Jour", month: "Mois", year: "Année" },
} as const;

/** The day, month and year boxes of a <DateInput>, found by its legend. */
export function dateGroup(scope: Page | Locator, legend: string | RegExp): Locator {
  return scope.getByRole("group", { name: legend, exact: typeof legend === "string" });
}

/** Types an ISO date ("2026-12-03") into a <DateInput>'s boxes, as a person would: 3, 12, 2026. */
export async function fillDate(scope: Page | Locator, legend: string | RegExp, iso: string, language: keyof typeof PART_LABELS = "en"): Promise<void> {
  const group = dateGroup(scope, legend);
  const labels = PART_LABELS[language];
  const [year = "", month = "", day = ""] = iso.split("-");
  await group.getByLabel(labels.day, { exact: true }).fill(day ? String(Number(day)) : "");
  await group.getByLabel(labels.month, { exact: true }).fill(month ? String(Number(month)) : "");
  await group.getByLabel(labels.year, { exact: true }).fill(year);
}

/** What a <DateInput> shows, as an ISO date (or "" when its boxes are empty). */
export async function readDate(scope: Page | Locator, legend: string | RegExp, language: keyof typeof PART_LABELS = "en"): Promise<string> {
  const group = dateGroup(scope, legend);
  const labels = PART_LABELS[language];
  const [day, month, year] = await Promise.all([labels.day, labels.month, labels.year].map((label) => group.getByLabel(label, { exact: true }).inputValue()));
  return day || month || year ? `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}` : "";
}
