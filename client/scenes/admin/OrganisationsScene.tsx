import { useState } from "react";
import { organisationInputSchema } from "../../../shared/schemas/accounts";
import type { PresentedOrganisation } from "../../../shared/types";
import { createOrganisation, listOrganisations } from "../../api/admin";
import { useResource } from "../../api/useResource";
import { Form } from "../../components/form/Form";
import { OrganisationFields } from "../../components/form/OrganisationFields";
import { SubmitButton } from "../../components/form/SubmitButton";
import { useSchemaForm } from "../../components/form/useSchemaForm";
import { Notice } from "../../components/Notice";
import { ResourceView } from "../../components/ResourceView";
import { TableWrap } from "../../components/TableWrap";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";

const EMPTY = { name: "", discipline: "" as never, country: "" as never };

/** The organisations members belong to (police, inspection, shelters… in each country). */
export function OrganisationsScene() {
  const { t } = useI18n();
  const { resource, reload, update } = useResource(listOrganisations);
  const form = useSchemaForm(organisationInputSchema, EMPTY);
  const [added, setAdded] = useState<PresentedOrganisation | null>(null);
  usePageTitle(t("organisations.title"));

  return (
    <div className="page page-wide">
      <h1>{t("organisations.title")}</h1>
      <p className="lead">{t("organisations.intro")}</p>
      <ResourceView resource={resource} onRetry={reload} isEmpty={(list) => list.length === 0} empty={<p>{t("organisations.none")}</p>}>
        {(organisations) => (
          <TableWrap label={t("organisations.title")}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t("field.organisationName.label")}</th>
                  <th scope="col">{t("field.organisationType.label")}</th>
                  <th scope="col">{t("field.country.label")}</th>
                </tr>
              </thead>
              <tbody>
                {[...organisations]
                  .sort((a, b) => a.name.localeCompare(b.name))
                  .map((organisation) => (
                    <tr key={organisation.id}>
                      <td>{organisation.name}</td>
                      <td>{t(`organisationType.${organisation.discipline}`)}</td>
                      <td>{t(`country.${organisation.country}`)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </ResourceView>
      <section className="section">
        <h2 id="organisation-add-title">{t("organisations.addTitle")}</h2>
        {added && <Notice kind="success">{t("organisations.added", { name: added.name })}</Notice>}
        <Form
          form={form}
          idPrefix="new-organisation"
          onSubmit={async (values) => {
            setAdded(null);
            const organisation = await createOrganisation(values);
            update((all) => [...all, organisation]);
            setAdded(organisation);
            form.reset(EMPTY);
          }}
        >
          <OrganisationFields />
          <SubmitButton>{t("organisations.add")}</SubmitButton>
        </Form>
      </section>
    </div>
  );
}
