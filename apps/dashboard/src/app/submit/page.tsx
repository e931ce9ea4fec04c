import type { Metadata } from "next";
import { SubmitForm } from "./submit-form";

export const metadata: Metadata = { title: "إرسال مقال · Submit" };

export default function SubmitPage() {
  return (
    <section>
      <h1>إرسال مقال · Submit an article</h1>
      <p className="lead">
        الصق نص مقال بالعربية أو الإنجليزية. <span lang="en" dir="ltr">Paste an Arabic or English article.</span>
      </p>
      <SubmitForm />
    </section>
  );
}
