import { useState } from "react";
import { organisationInputSchema } from "../../../shared/schemas/accounts";
import type { PresentedOrganisation } from "../../../shared/types";
import { createOrganisation, listOrganisations } from "../../api/admin";
import { useResource } from "../../api/useResource";
import { ErrorSummary } from "../../components/form/ErrorSummary";
import { OrganisationFields, organisationIds, organisationRules, type OrganisationValues } from "../../components/form/OrganisationFields";
import { SubmitButton } from "../../components/form/SubmitButton";
import { useForm } from "../../components/form/useForm";
import { schemaErrors } from "../../components/form/validation";
import { LoadFailure } from "../../components/LoadFailure";
import { Loading } from "../../components/Loading";
import { Notice } from "../../components/Notice";
import { TableWrap } from "../../components/TableWrap";
import { usePageTitle } from "../../components/usePageTitle";
import { useI18n } from "../../i18n/I18nProvider";

const P = "new";
const EMPTY: OrganisationValues = { name: "", discipline: "", country: "" };

/** The organisations members belong to (police, inspection, shelters… in each country). */
export function OrganisationsScene() {
  const { t } = useI18n();
  const { resource, reload, update } = useResource(listOrganisations);
  const form = useForm();
  const [values, setValues] = useState<OrganisationValues>(EMPTY);
  const [added, setAdded] = useState<PresentedOrganisation | null>(null);
  usePageTitle(t("organisations.title"));
  const ids = organisationIds(P);

  const submit = () => {
    setAdded(null);
    return form.submit({
      validate: () => schemaErrors(organisationInputSchema, values, [...organisationRules(P, "")], t),
      action: async () => {
        const organisation = await createOrganisation(organisationInputSchema.parse(values));
        update((all) => [...all, organisation]);
        setAdded(organisation);
        setValues(EMPTY);
      },
      fields: { name: ids.name, discipline: ids.discipline, country: ids.country },
    });
  };

  return (
    <div className="page page-wide">
      <h1>{t("organisations.title")}</h1>
      <p className="lead">{t("organisations.intro")}</p>
      {resource.status === "loading" && <Loading />}
      {resource.status === "failed" && <LoadFailure error={resource.error} onRetry={reload} />}
      {resource.status === "ready" &&
        (resource.data.length === 0 ? (
          <p>{t("organisations.none")}</p>
        ) : (
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
                {[...resource.data]
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
        ))}
      <section className="section">
        <h2 id="organisation-add-title">{t("organisations.addTitle")}</h2>
        <ErrorSummary errors={form.errors} summaryRef={form.summaryRef} />
        {added && <Notice kind="success">{t("organisations.added", { name: added.name })}</Notice>}
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <OrganisationFields idPrefix={P} value={values} onChange={setValues} errors={form.errors.fields} />
          <SubmitButton busy={form.busy}>{t("organisations.add")}</SubmitButton>
        </form>
      </section>
    </div>
  );
}
