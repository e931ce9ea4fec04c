import { T } from "./t";

const CREATE_ADMIN = "pnpm marsad users add NAME --role admin";

/** Development with no users: everything is open, and every page says so. */
export function OpenModeBanner() {
  return (
    <p className="open-mode-banner" role="status" data-testid="open-mode-banner">
      <T
        ar={<>لا يوجد مستخدمون بعد: اللوحة مفتوحة لكل من يصل إليها (وضع التطوير). أنشئ مديرًا بالأمر </>}
        en={
          <>
            No users yet: this dashboard is open to anyone who reaches it (development mode). Create an admin
            with{" "}
          </>
        }
      />
      <code dir="ltr">{CREATE_ADMIN}</code>
    </p>
  );
}

/** Production with no users: nothing is shown until the first admin exists. */
export function NoUsersNotice() {
  return (
    <section className="panel" data-testid="no-users-notice">
      <h1>
        <T ar="لم يُنشأ أي مستخدم" en="No users configured" />
      </h1>
      <p>
        <T
          ar="هذا الخادم يعمل في وضع الإنتاج ولا يعرض شيئًا قبل إنشاء أول مدير. على الخادم نفّذ:"
          en="This server runs in production mode and shows nothing until the first admin exists. On the server, run:"
        />
      </p>
      <pre dir="ltr">{CREATE_ADMIN}</pre>
      <p>
        <T
          ar="أو اضبط MARSAD_ADMIN_PASSWORD قبل pnpm start، ثم أعد تحميل الصفحة."
          en="or set MARSAD_ADMIN_PASSWORD before pnpm start, then reload this page."
        />
      </p>
    </section>
  );
}
