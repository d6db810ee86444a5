import { useState } from "react";
import type { PresentedContactPoint } from "../../../shared/directoryTypes";
import { contactPointLinkSchema } from "../../../shared/schemas/directory";
import type { PresentedUser } from "../../../shared/types";
import { updateContactPoint } from "../../api/directory";
import { listPeople } from "../../api/documents";
import { toApiError, useResource } from "../../api/useResource";
import { Form } from "../../components/form/Form";
import { Select } from "../../components/form/Select";
import { SubmitButton } from "../../components/form/SubmitButton";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { Notice } from "../../components/Notice";
import { problemMessage } from "../../components/problems";
import { ResourceView } from "../../components/ResourceView";
import { useI18n } from "../../i18n/I18nProvider";
import { useAccount } from "../../session/SessionProvider";

type Saved = (next: PresentedContactPoint) => void;

/**
 * The Greychair account a contact point is linked to (it is asked to confirm the entry, and may
 * change it). The secretariat chooses any active account that may edit (the account list is
 * theirs); whoever else may change the entry can link it to their own account or remove the link.
 * Linking is a change like any other, so it also counts as verified and is audited.
 */
export function ContactPointAccountLink({ entry, onSaved }: { entry: PresentedContactPoint; onSaved: Saved }) {
  const { t } = useI18n();
  const account = useAccount();
  const [saved, setSaved] = useState(false);
  const done: Saved = (next) => {
    onSaved(next);
    setSaved(true);
  };
  return (
    <section className="section" aria-labelledby="contact-point-account">
      <h2 id="contact-point-account">{t("account.link.title")}</h2>
      <p className="meta">{t("account.link.intro")}</p>
      <p data-testid="contact-point-linked">{entry.linkedUser ? t("account.link.linkedTo", { name: entry.linkedUser.name }) : t("account.link.none")}</p>
      {saved && <Notice kind="success">{t("account.link.saved")}</Notice>}
      {entry.policies.update &&
        (account.role === "secretariat" ? <AccountChooser entry={entry} onSaved={done} /> : <OwnAccountButtons entry={entry} onSaved={done} />)}
    </section>
  );
}

const offered = (users: PresentedUser[], current: string | null) => users.filter((user) => user.id === current || (user.active && user.role !== "observer"));

function AccountChooser({ entry, onSaved }: { entry: PresentedContactPoint; onSaved: Saved }) {
  const { t } = useI18n();
  const { resource, reload } = useResource(listPeople);
  const form = useSchemaForm(contactPointLinkSchema, { linkedUserId: entry.linkedUser?.id ?? null });
  return (
    <ResourceView resource={resource} onRetry={reload}>
      {(users) => (
        <Form form={form} idPrefix="contact-point-link" aria-labelledby="contact-point-account" onSubmit={async (body) => onSaved(await updateContactPoint(entry.id, body))}>
          <Select
            name="linkedUserId"
            label={t("account.link.choose")}
            placeholder={t("account.link.nobody")}
            emptyAs={null}
            options={offered(users, entry.linkedUser?.id ?? null).map((user) => ({ value: user.id, label: user.organisation ? `${user.name} (${user.organisation.name})` : user.name }))}
          />
          <SubmitButton variant="secondary">{t("account.link.save")}</SubmitButton>
        </Form>
      )}
    </ResourceView>
  );
}

function OwnAccountButtons({ entry, onSaved }: { entry: PresentedContactPoint; onSaved: Saved }) {
  const { t, language } = useI18n();
  const account = useAccount();
  const [error, setError] = useState<string | null>(null);
  const link = (linkedUserId: string | null) =>
    updateContactPoint(entry.id, { linkedUserId }).then(onSaved, (failure: unknown) => setError(problemMessage(toApiError(failure).problem, t, language)));
  return (
    <>
      {error && <Notice kind="error">{error}</Notice>}
      <div className="button-group">
        {entry.linkedUser?.id !== account.id && (
          <button type="button" className="button-secondary" onClick={() => void link(account.id)}>
            {t("account.link.linkMine")}
          </button>
        )}
        {entry.linkedUser && (
          <button type="button" className="button-secondary" onClick={() => void link(null)}>
            {t("account.link.unlink")}
          </button>
        )}
      </div>
    </>
  );
}
