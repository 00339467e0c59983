export const CURRENT_PATH_HEADER = "x-current-path";
export const DEFAULT_SIGNED_IN_PATH = "/today";

/** Only same-site paths: "/journal?x=1" passes; "https://evil.example" and "//evil.example" do not. */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return DEFAULT_SIGNED_IN_PATH;
  return value;
}
