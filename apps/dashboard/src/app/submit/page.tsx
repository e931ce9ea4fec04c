import type { Metadata } from "next";
import { FileUpload } from "./file-upload";
import { SubmitForm } from "./submit-form";
import { T } from "../_components/t";

export const metadata: Metadata = { title: "إرسال مقال · Submit" };

export default function SubmitPage() {
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
      <SubmitForm />
      <FileUpload />
    </section>
  );
}
