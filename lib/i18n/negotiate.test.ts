import { describe, expect, it } from "vitest";
import { formatCelsius, formatDecimal, formatLocalDay, weekdayNames } from "./format";
import { acceptedTags, formatsFor, languageFromAcceptLanguage, languageOf, negotiateLocale, storedLocaleFor } from "./negotiate";

describe("which language a request is answered in", () => {
  it("reads Accept-Language best first, honouring q-values and ignoring what it cannot use", () => {
    expect(acceptedTags("fr-CA, es;q=0.8, en;q=0.9, de;q=0, *")).toEqual(["fr-CA", "en", "es"]);
    expect(languageFromAcceptLanguage("fr-CA, es-MX;q=0.9, en;q=0.8")).toBe("es");
    expect(languageFromAcceptLanguage("fr, de")).toBeUndefined();
    expect(languageFromAcceptLanguage("es;q=abc, en")).toBe("en");
    expect(languageFromAcceptLanguage(undefined)).toBeUndefined();
  });

  it("prefers the account, then the visitor's cookie, then the browser, then English", () => {
    expect(negotiateLocale({ userLocale: "es-ES", cookie: "en", acceptLanguage: "en" })).toBe("es");
    expect(negotiateLocale({ userLocale: null, cookie: "es", acceptLanguage: "en" })).toBe("es");
    expect(negotiateLocale({ cookie: "xx", acceptLanguage: "es-AR,en;q=0.5" })).toBe("es");
    expect(negotiateLocale({ cookie: "<script>", acceptLanguage: "" })).toBe("en");
  });

  it("offers the pseudo-language only when the setting allows it", () => {
    expect(negotiateLocale({ cookie: "en-XA", acceptLanguage: "es", pseudo: true })).toBe("en-XA");
    expect(negotiateLocale({ cookie: "en-XA", acceptLanguage: "es", pseudo: false })).toBe("en");
    expect(negotiateLocale({ userLocale: "es-ES", cookie: "en-XA", pseudo: true })).toBe("en-XA");
  });

  it("keeps an account's regional formats for its language, and gives a new language its own", () => {
    expect(languageOf("es_MX")).toBe("es");
    expect(languageOf("pt-BR")).toBeUndefined();
    expect(formatsFor("en", "en-US")).toBe("en-US");
    expect(formatsFor("es", "en-GB")).toBe("es-ES");
    expect(storedLocaleFor("en", "es-ES")).toBe("en-GB");
    expect(storedLocaleFor("es", "es-MX")).toBe("es-MX");
  });
});

describe("formats", () => {
  it("writes decimals and °C with the language's separator", () => {
    expect(formatCelsius(2.4, "en-GB")).toBe("2.4 °C");
    expect(formatCelsius(2.4, "es-ES")).toBe("2,4 °C");
    expect(formatDecimal(36, "es-ES")).toBe("36,0");
  });

  it("writes days and weekday names in the language", () => {
    expect(formatLocalDay("2026-03-03", "en-GB", "day-month")).toBe("Tuesday 3 March");
    expect(formatLocalDay("2026-03-03", "es-ES", "day-month")).toBe("martes, 3 de marzo");
    expect(weekdayNames("es-ES", "long")[0]).toBe("lunes");
    expect(weekdayNames("en-GB", "short")).toEqual(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
  });
});
