import type { routing } from "./routing";
import type messages from "../../messages/en.json";

// Every `t("key")` is checked against the English catalog at type-check time.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
