import type { Messages } from "@/lib/i18n/messages";

// Message keys are checked by the compiler: a key missing from messages/en.json does not build.
declare module "next-intl" {
  interface AppConfig {
    Messages: Messages;
  }
}
