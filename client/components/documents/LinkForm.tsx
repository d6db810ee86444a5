import type { Editor } from "@tiptap/react";
import { useEffect, useRef, useState } from "react";
import { useI18n } from "../../i18n/I18nProvider";
import { TextField } from "../form/TextField";

/** http(s) and mailto only, as the link extension allows; "www.example.org" gets https://. */
export function normaliseLink(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : value.includes("@") && !value.includes("/") ? `mailto:${value}` : `https://${value}`;
  try {
    const url = new URL(withScheme);
    if (!["http:", "https:", "mailto:"].includes(url.protocol)) return null;
    if (url.protocol !== "mailto:" && !url.hostname.includes(".") && url.hostname !== "localhost") return null;
    return url.href;
  } catch {
    return null;
  }
}

/** Add, change or remove the link at the cursor: an inline form under the toolbar, never a browser prompt. */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose(): void }) {
  const { t } = useI18n();
  const existing = (editor.getAttributes("link").href as string | undefined) ?? "";
  const [value, setValue] = useState(existing);
  const [error, setError] = useState<string | undefined>();
  const container = useRef<HTMLFormElement>(null);

  useEffect(() => {
    container.current?.querySelector("input")?.focus();
  }, []);

  const close = () => {
    onClose();
    editor.commands.focus();
  };

  const apply = () => {
    const href = normaliseLink(value);
    if (!href) return setError(value.trim() ? t("linkForm.invalid") : t("linkForm.missing"));
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive("link")) {
      chain.insertContent({ type: "text", text: value.trim(), marks: [{ type: "link", attrs: { href } }] }).run();
    } else {
      chain.extendMarkRange("link").setLink({ href }).run();
    }
    onClose();
  };

  return (
    <form
      ref={container}
      className="link-form"
      aria-label={t("linkForm.formLabel")}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          close();
        }
      }}
    >
      <TextField id="link-address" type="url" label={t("linkForm.address")} hint={t("linkForm.hint")} value={value} onChange={setValue} error={error} autoComplete="url" spellCheck={false} />
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
    </form>
  );
}
