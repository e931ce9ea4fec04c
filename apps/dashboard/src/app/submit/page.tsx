import { may } from "@marsad/api";
import type { Metadata } from "next";
import { pageAccess } from "../../trpc/server";
import { FileUpload } from "./file-upload";
import { SubmitForm } from "./submit-form";
import { T } from "../_components/t";

export const metadata: Metadata = { title: "إرسال مقال · Submit" };

export default async function SubmitPage() {
  const access = await pageAccess();
  return (
    <section>
      <h1>
        <T ar="إرسال مقال" en="Submit an article" />
      </h1>
      <p className="lead">
        الصق نص مقال بالعربية أو الإنجليزية، أو ارفع ملفات نصية وصفحات HTML محفوظة.{" "}
        <span lang="en" dir="ltr">
          Paste an Arabic or English article, or upload text files and saved HTML pages.
        </span>
      </p>
      {may(access, "submit") ? (
        <>
          <SubmitForm />
          <FileUpload />
        </>
      ) : (
        <p className="panel muted" data-testid="submit-not-allowed">
          <T
            ar="دورك (قارئ) لا يسمح بإرسال المقالات؛ اطلب دور محرّر من أحد المديرين."
            en="Your role (viewer) cannot submit articles; ask an admin for the editor role."
          />
        </p>
      )}
    </section>
  );
}
