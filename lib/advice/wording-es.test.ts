import { describe, expect, it } from "vitest";
import { adviceFor, findingsOf, type Advice, type AdviceId } from "./rules";
import { check, inputFor, measured, noted, profile, TODAY } from "./testing/journal";
import { findingWords, redFlagLine, wordsFor } from "./wording";

// The guidance in Spanish: written sentences (not the English word for word), with the foot's
// adjective agreeing with the place, dates and lists as Spanish writes them, and the same advice
// as in English for the same ids.

const diabetes = profile({ conditions: ["DIABETES"] });
const es = (advice: Advice | undefined, relative = true) => (advice ? wordsFor(advice, { locale: "es-ES", today: TODAY, relative }) : undefined);
const find = (advice: Advice[], id: AdviceId) => advice.find((item) => item.id === id);
const forLast = (checks: Parameters<typeof inputFor>[0], more: Parameters<typeof inputFor>[2] = {}) => adviceFor(inputFor(checks, checks.at(-1)!, more));

describe("guidance in Spanish", () => {
  it("a blister on the left heel: care words, and why, with the place in agreement", () => {
    const advice = forLast([check(0, { observations: [noted("LEFT", "HEEL", "BLISTER")] })]);
    expect(es(find(advice, "blister"))).toEqual({
      title: "Cómo cuidar una ampolla",
      text: "Límpiela con cuidado, póngase una pomada antibiótica y cúbrala con una venda. Vaya a su médico si se pone roja, caliente o hinchada, o si no se cura.",
      reason: "Anotó una ampolla en el talón izquierdo hoy.",
    });
  });

  it("redness at two places joins them with «y», and a red flag with diabetes says to call the clinic", () => {
    const redness = forLast([check(0, { observations: [noted("LEFT", "HEEL", "REDNESS"), noted("RIGHT", "BETWEEN_TOES", "REDNESS")] })]);
    expect(es(find(redness, "redness"))?.reason).toBe("Anotó enrojecimiento en el talón izquierdo y entre los dedos del pie derecho hoy.");

    const urgent = forLast([check(0, { observations: [noted("RIGHT", "BALL", "CUT_OR_WOUND")] })], { profile: diabetes });
    const words = es(find(urgent, "urgent-foot-problem"));
    expect(words?.title).toBe("Llame pronto a su médico o a su clínica del pie");
    expect(words?.text).toContain("no espere a la próxima cita");
    expect(words?.reason).toBe("Anotó un corte o herida en la planta, bajo los dedos, del pie derecho hoy. Su perfil indica diabetes.");
    expect(redFlagLine(find(urgent, "urgent-foot-problem")!, { locale: "es-ES", today: TODAY, relative: false })).toMatch(/^Llame pronto a su médico o a su clínica del pie\. Anotó un corte o herida .* el \w+, \d+ de \w+\./);
  });

  it("temperatures with the decimal comma, and the warmer foot named", () => {
    const advice = forLast([check(1, { temperatures: measured("HALLUX", 33.5, 31.1) }), check(0, { temperatures: measured("HALLUX", 33.4, 31.1) })]);
    const words = es(find(advice, "temperature-difference"));
    expect(words?.title).toBe("Llame a su clínica del pie: un pie está más caliente");
    expect(words?.text).toContain("más de 2,2 °C dos días seguidos");
    expect(words?.reason).toBe("El dedo gordo del pie izquierdo estaba 2,3 °C más caliente que en el pie derecho hoy; y ayer, 2,4 °C.");
  });

  it("names what a 'healed' button is about in Spanish", () => {
    const advice = forLast([check(0, { observations: [noted("LEFT", "TOES", "BLISTER")] })]);
    expect(findingWords(findingsOf(find(advice, "blister")!)[0]!, "es-ES")).toBe("una ampolla en los dedos del pie izquierdo");
  });
});
