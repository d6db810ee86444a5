import { useState } from "react";
import { LANGUAGES, type Language } from "../../shared/languages";
import type { PresentedPrompt } from "../../shared/meetingTypes";
import { MEETING_LIMITS, type AgendaTag } from "../../shared/meetings";
import { createPrompt, listPrompts, updatePrompt } from "../api/meetings";
import { toApiError, useResource } from "../api/useResource";
import { ErrorSummary } from "../components/form/ErrorSummary";
import { SubmitButton } from "../components/form/SubmitButton";
import { useForm } from "../components/form/useForm";
import { EmptyChairPanel } from "../components/meetings/EmptyChairPanel";
import { TagFieldset, TextAreaField } from "../components/meetings/fields";
import { LoadFailure } from "../components/LoadFailure";
import { Loading } from "../components/Loading";
import { Notice } from "../components/Notice";
import { problemMessage } from "../components/problems";
import { usePageTitle } from "../components/usePageTitle";
import { useI18n } from "../i18n/I18nProvider";
import { useSession } from "../session/SessionProvider";
import "../styles/meetings.css";

/** The secretariat curates the empty chair's prompts: texts in three languages, tags, active or not. */
export function PromptsScene() {
  const { t, language } = useI18n();
  const { session } = useSession();
  const manager = session?.account?.role === "secretariat";
  const { resource, reload, update } = useResource(listPrompts);
  const [error, setError] = useState<string | null>(null);
  usePageTitle(t("prompts.title"));

  const toggle = async (prompt: PresentedPrompt) => {
    try {
      const next = await updatePrompt(prompt.id, { active: !prompt.active });
      update((list) => list.map((p) => (p.id === next.id ? next : p)));
      setError(null);
    } catch (failure) {
      setError(problemMessage(toApiError(failure).problem, t, language));
    }
  };

  return (
    <div className="meeting-page page-full">
      <div className="meeting-main">
        <h1>{t("prompts.title")}</h1>
        <p className="lead">{t("prompts.intro")}</p>
        {error && <Notice kind="error">{error}</Notice>}
        {resource.status === "loading" && <Loading />}
        {resource.status === "failed" && <LoadFailure error={resource.error} onRetry={reload} />}
        {resource.status === "ready" && (
          <ol className="prompt-list">
            {resource.data.map((prompt) => (
              <li key={prompt.id} className={prompt.active ? "" : "is-inactive"}>
                {LANGUAGES.map((code) => (
                  <p key={code} lang={code}><span className="tag">{code.toUpperCase()}</span> {prompt.text[code]}</p>
                ))}
                <p className="meta">
                  {prompt.tags.length ? prompt.tags.map((tag) => t(`meetings.tag.${tag}`)).join(", ") : t("prompts.general")} · {prompt.active ? t("prompts.active") : t("prompts.inactive")}
                </p>
                {manager && (
                  <button type="button" className="button-secondary button-small" onClick={() => void toggle(prompt)}>
                    {prompt.active ? t("prompts.deactivate") : t("prompts.activate")}
                  </button>
                )}
              </li>
            ))}
          </ol>
        )}
        {manager && <PromptForm onCreated={(p) => update((list) => [...list, p])} />}
      </div>
      <EmptyChairPanel item={null} />
    </div>
  );
}

function PromptForm({ onCreated }: { onCreated(prompt: PresentedPrompt): void }) {
  const { t } = useI18n();
  const [texts, setTexts] = useState<Record<Language, string>>({ nl: "", fr: "", en: "" });
  const [tags, setTags] = useState<AgendaTag[]>([]);
  const form = useForm();
  const id = (code: Language) => `prompt-${code}`;
  const submit = async () => {
    const ok = await form.submit({
      validate: () => Object.fromEntries(LANGUAGES.filter((code) => !texts[code].trim()).map((code) => [id(code), t("prompts.textMissing", { language: t(`language.${code}`) })])),
      action: async () => onCreated(await createPrompt({ text: { nl: texts.nl.trim(), fr: texts.fr.trim(), en: texts.en.trim() }, tags })),
      fields: Object.fromEntries(LANGUAGES.map((code) => [`text.${code}`, id(code)])),
    });
    if (ok) {
      setTexts({ nl: "", fr: "", en: "" });
      setTags([]);
    }
  };
  return (
    <section className="section" aria-labelledby="prompt-form-title">
      <h2 id="prompt-form-title">{t("prompts.addTitle")}</h2>
      <form noValidate onSubmit={(e) => (e.preventDefault(), void submit())}>
        <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
        {LANGUAGES.map((code) => (
          <TextAreaField key={code} id={id(code)} label={t("prompts.textIn", { language: t(`language.${code}`) })} value={texts[code]} onChange={(v) => setTexts({ ...texts, [code]: v })} error={form.fieldError(id(code))} maxLength={MEETING_LIMITS.promptTextMax} rows={2} />
        ))}
        <TagFieldset idPrefix="prompt" value={tags} onChange={setTags} />
        <SubmitButton busy={form.busy}>{t("prompts.add")}</SubmitButton>
      </form>
    </section>
  );
}
