import type { Editor } from "@tiptap/react";
import { useEffect, useRef } from "react";
import { linkFormSchema } from "../../../shared/schemas/documents";
import { useI18n } from "../../i18n/I18nProvider";
import { Form } from "../form/Form";
import { TextInput } from "../form/TextInput";
import { useSchemaForm } from "../form/useSchemaForm";

/** Add, change or remove the link at the cursor: an inline form under the toolbar, never a browser prompt. */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose(): void }) {
  const { t } = useI18n();
  const existing = (editor.getAttributes("link").href as string | undefined) ?? "";
  const form = useSchemaForm(linkFormSchema, { href: existing });
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    container.current?.querySelector("input")?.focus();
  }, []);

  const close = () => {
    onClose();
    editor.commands.focus();
  };

  return (
    <div
      ref={container}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          close();
        }
      }}
    >
      <Form
        form={form}
        className="link-form"
        aria-label={t("linkForm.formLabel")}
        idPrefix="link"
        onSubmit={({ href }) => {
          const chain = editor.chain().focus();
          if (editor.state.selection.empty && !editor.isActive("link")) {
            chain.insertContent({ type: "text", text: form.getValues("href").trim(), marks: [{ type: "link", attrs: { href } }] }).run();
          } else {
            chain.extendMarkRange("link").setLink({ href }).run();
          }
          onClose();
        }}
      >
        <TextInput name="href" id="link-address" type="url" label={t("linkForm.address")} hint={t("linkForm.hint")} messages={{ missing: "linkForm.missing", link: "linkForm.invalid" }} autoComplete="url" spellCheck={false} />
        <div className="button-group">
          <button type="submit" className="button-primary button-small">
            {t("linkForm.apply")}
          </button>
          {existing && (
            <button
              type="button"
              className="button-secondary button-small"
              onClick={() => {
                editor.chain().focus().extendMarkRange("link").unsetLink().run();
                onClose();
              }}
            >
              {t("linkForm.remove")}
            </button>
          )}
          <button type="button" className="button-secondary button-small" onClick={close}>
            {t("linkForm.cancel")}
          </button>
        </div>
      </Form>
    </div>
  );
}
