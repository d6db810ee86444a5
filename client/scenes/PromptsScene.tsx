import { useState } from "react";
import { LANGUAGES } from "../../shared/languages";
import type { PresentedPrompt } from "../../shared/meetingTypes";
import { MEETING_LIMITS } from "../../shared/meetings";
import { promptInputSchema } from "../../shared/schemas/decisions";
import { createPrompt, listPrompts, updatePrompt } from "../api/meetings";
import { toApiError, useResource } from "../api/useResource";
import { Form } from "../components/form/Form";
import { SubmitButton } from "../components/form/SubmitButton";
import { TextArea } from "../components/form/TextInput";
import { useSchemaForm } from "../components/form/useSchemaForm";
import { EmptyChairPanel } from "../components/meetings/EmptyChairPanel";
import { TagFieldset } from "../components/meetings/fields";
import { Notice } from "../components/Notice";
import { ResourceView } from "../components/ResourceView";
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
        <ResourceView resource={resource} onRetry={reload}>
          {(prompts) => (
            <ol className="prompt-list">
              {prompts.map((prompt) => (
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
        </ResourceView>
        {manager && <PromptForm onCreated={(p) => update((list) => [...list, p])} />}
      </div>
      <EmptyChairPanel item={null} />
    </div>
  );
}

const EMPTY_PROMPT = { text: { nl: "", fr: "", en: "" }, tags: [] };

function PromptForm({ onCreated }: { onCreated(prompt: PresentedPrompt): void }) {
  const { t } = useI18n();
  const form = useSchemaForm(promptInputSchema, EMPTY_PROMPT);
  return (
    <section className="section" aria-labelledby="prompt-form-title">
      <h2 id="prompt-form-title">{t("prompts.addTitle")}</h2>
      <Form
        form={form}
        idPrefix="prompt"
        onSubmit={async (input) => {
          onCreated(await createPrompt(input));
          form.reset(EMPTY_PROMPT);
        }}
      >
        {LANGUAGES.map((code) => (
          <TextArea key={code} name={`text.${code}`} label={t("prompts.textIn", { language: t(`language.${code}`) })} maxLength={MEETING_LIMITS.promptTextMax} rows={2} />
        ))}
        <TagFieldset />
        <SubmitButton>{t("prompts.add")}</SubmitButton>
      </Form>
    </section>
  );
}
