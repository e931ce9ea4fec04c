import type { Locale } from "./locales";
import type { Messages } from "./messages";

// Types every next-intl key and locale from the English catalogue (the Arabic one must have the
// same keys: src/i18n/catalogues.test.ts).
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
