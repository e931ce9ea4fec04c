import { may } from "@marsad/api";
import { pageAccess } from "../../trpc/server";
import { FileUpload } from "./file-upload";
import { SubmitForm } from "./submit-form";
import { T } from "../_components/t";
import { pageMetadata } from "../../i18n/page-metadata";

export const generateMetadata = () => pageMetadata("titles.submit");

export default async function SubmitPage() {
  const access = await pageAccess();
  return (
    <section>
      <h1>
        <T k="submit.page.submitAnArticle" />
      </h1>
      <p className="lead">
        <T k="submit.page.lead" />
      </p>
      {may(access, "submit") ? (
        <>
          <SubmitForm />
          <FileUpload />
        </>
      ) : (
        <p className="panel muted" data-testid="submit-not-allowed">
          <T
            k="submit.page.yourRoleViewerCannotSubmit"
          />
        </p>
      )}
    </section>
  );
}
