import { useState } from "react";
import type { PresentedDocumentContactPoints } from "../../../shared/directoryTypes";
import { documentContactPointsSchema } from "../../../shared/schemas/directory";
import { documentContactPoints, setDocumentContactPoints } from "../../api/directory";
import { useResource } from "../../api/useResource";
import { useI18n } from "../../i18n/I18nProvider";
import { Form } from "../form/Form";
import { SubmitButton } from "../form/SubmitButton";
import { useSchemaForm } from "../form/useSchemaForm";
import { Notice } from "../Notice";
import { ContactPointPicker, ReferencedContactPoints } from "./ContactPointPicker";

/**
 * The good-practice template's "contact point" section, tied to the directory: the entries the
 * document refers to, as cards (each reader sees what the directory lets them see), and for its
 * editors a picker. Nothing shows for documents of other templates.
 */
export function DocumentContactPoints({ documentId }: { documentId: string }) {
  const { resource, update } = useResource(() => documentContactPoints(documentId), documentId);
  if (resource.status !== "ready" || resource.data.template !== "good_practice") return null;
  return <ContactPointSection section={resource.data} onSaved={(next) => update(() => next)} />;
}

function ContactPointSection({ section, onSaved }: { section: PresentedDocumentContactPoints; onSaved(next: PresentedDocumentContactPoints): void }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <section className="section document-contact-points" aria-labelledby="document-contact-points" data-testid="document-contact-points">
      <h2 id="document-contact-points">{t("docContactPoints.title")}</h2>
      <p className="meta">{t("docContactPoints.intro")}</p>
      {saved && <Notice kind="success">{t("docContactPoints.saved")}</Notice>}
      {editing ? (
        <ChooseContactPoints
          section={section}
          onCancel={() => setEditing(false)}
          onSaved={(next) => {
            onSaved(next);
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : (
        <>
          {section.contactPointIds.length === 0 ? <p>{t("docContactPoints.none")}</p> : <ReferencedContactPoints ids={section.contactPointIds} />}
          {section.policies.update && (
            <button type="button" className="button-secondary" onClick={() => (setEditing(true), setSaved(false))}>
              {t("docContactPoints.edit")}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function ChooseContactPoints({ section, onSaved, onCancel }: { section: PresentedDocumentContactPoints; onSaved(next: PresentedDocumentContactPoints): void; onCancel(): void }) {
  const { t } = useI18n();
  const form = useSchemaForm(documentContactPointsSchema, { contactPointIds: section.contactPointIds });
  return (
    <Form form={form} idPrefix="document-contact-points" aria-labelledby="document-contact-points" onSubmit={async (body) => onSaved(await setDocumentContactPoints(section.documentId, body.contactPointIds))}>
      <ContactPointPicker name="contactPointIds" />
      <div className="button-group">
        <SubmitButton>{t("docContactPoints.save")}</SubmitButton>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t("contactPoint.cancel")}
        </button>
      </div>
    </Form>
  );
}
