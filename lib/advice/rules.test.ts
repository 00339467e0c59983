import { describe, expect, it } from "vitest";
import { ACTIVE_DAYS } from "./checks";
import { adviceFor, findingsOf, hasRedFlag, type Advice, type AdviceId } from "./rules";
import { check, daysAgo, inputFor, measured, noted, profile, TODAY } from "./testing/journal";
import { translatorFor } from "../i18n/translator";
import { wordsFor } from "./wording";

const diabetes = profile({ conditions: ["DIABETES"] });
const words = (advice: Advice | undefined) => (advice ? wordsFor(advice, { locale: "en-GB", today: TODAY }) : undefined);
const find = (advice: Advice[], id: AdviceId) => advice.find((item) => item.id === id);
const ids = (advice: Advice[]) => advice.map((item) => item.id);

/** Guidance for a journal whose last check is the one the page is about. */
function forLast(checks: Parameters<typeof inputFor>[0], more: Parameters<typeof inputFor>[2] = {}) {
  return adviceFor(inputFor(checks, checks.at(-1)!, more));
}

describe("each rule where it applies and where it does not", () => {
  it("redness: can be a sign of inflammation, naming each place once", () => {
    const today = check(0, { observations: [noted("LEFT", "HEEL", "REDNESS"), noted("RIGHT", "BETWEEN_TOES", "REDNESS"), noted("LEFT", "HEEL", "REDNESS", { pain: 2 })] });
    const advice = forLast([today]);
    expect(advice.filter((item) => item.id === "redness")).toHaveLength(1);
    expect(words(find(advice, "redness"))).toMatchObject({
      title: "Redness: keep an eye on it",
      reason: "You noted redness on the left heel and between the right toes today.",
    });
    expect(words(find(advice, "redness"))?.text).toContain("Redness can be a sign of inflammation");
    expect(find(forLast([check(0, { observations: [noted("LEFT", "HEEL", "SWELLING")] })]), "redness")).toBeUndefined();
  });

  it("yellowish toenail: worth showing a professional; a thickened nail is not", () => {
    const advice = forLast([check(0, { observations: [noted("RIGHT", "TOENAILS", "YELLOWISH_TOENAIL")] })]);
    expect(find(advice, "yellowish-toenail")).toMatchObject({ level: "see-professional" });
    expect(words(find(advice, "yellowish-toenail"))?.reason).toBe("You noted yellowing on the right toenails today.");
    expect(find(forLast([check(0, { observations: [noted("RIGHT", "TOENAILS", "THICKENED_NAIL")] })]), "yellowish-toenail")).toBeUndefined();
  });

  it("athlete's foot: dry or flaky skin with burning on the same foot, not on different feet", () => {
    const same = forLast([check(0, { observations: [noted("LEFT", "BETWEEN_TOES", "FLAKY_SKIN"), noted("LEFT", "BALL", "BURNING")] })]);
    expect(find(same, "athletes-foot")).toMatchObject({ level: "see-professional" });
    const apart = forLast([check(0, { observations: [noted("LEFT", "BETWEEN_TOES", "DRY_SKIN"), noted("RIGHT", "BALL", "BURNING")] })]);
    expect(find(apart, "athletes-foot")).toBeUndefined();
  });

  it("dry skin: moisturise early, not 'and bunions'", () => {
    const advice = forLast([check(0, { observations: [noted("LEFT", "HEEL", "DRY_SKIN")] })]);
    expect(words(find(advice, "dry-skin"))?.text).toContain("calluses and cracks");
    expect(words(find(advice, "dry-skin"))?.text).not.toContain("bunion");
  });

  it("strong pain (7 or more, overall or at a place) and pain on 14 of the last 30 days", () => {
    const strong = forLast([check(0, { pain: 7, observations: [noted("LEFT", "HEEL", "CALLUS", { pain: 8 })] })]);
    expect(words(find(strong, "strong-or-chronic-pain"))?.reason).toBe("You rated your overall pain 7 out of 10. You noted pain of 8 out of 10 with a callus on the left heel.");
    expect(find(forLast([check(0, { pain: 6 })]), "strong-or-chronic-pain")).toBeUndefined();
    const painful = Array.from({ length: 14 }, (_, index) => check(index * 2, { pain: 2 })).reverse();
    expect(words(find(forLast(painful), "strong-or-chronic-pain"))?.reason).toBe("You noted pain on 14 of the last 30 days.");
    expect(find(forLast(painful.slice(1)), "strong-or-chronic-pain")).toBeUndefined();
  });

  it("after surgery: hold off massage for 84 days unless cleared; not before a planned surgery", () => {
    const holdOff = forLast([check(0, { careKind: "SELF" })], { profile: profile({ surgeryDate: daysAgo(84) }) });
    expect(words(find(holdOff, "no-massage-after-surgery"))?.reason).toBe(
      "This is 84 days after your foot surgery, and your profile does not say your doctor has cleared massage yet. This check records that you massaged your own feet.",
    );
    expect(find(forLast([check(0)], { profile: profile({ surgeryDate: daysAgo(85) }) }), "no-massage-after-surgery")).toBeUndefined();
    expect(find(forLast([check(0)], { profile: profile({ surgeryDate: daysAgo(10), massageCleared: true }) }), "no-massage-after-surgery")).toBeUndefined();
    expect(find(forLast([check(0)], { profile: profile({ surgeryDate: daysAgo(-3) }) }), "no-massage-after-surgery")).toBeUndefined();
  });

  it("puts red flags first, then what to show a professional, then care", () => {
    const advice = forLast(
      [
        check(1, { temperatures: measured("HEEL", 33.0, 35.5) }),
        check(0, {
          pain: 7,
          temperatures: measured("HEEL", 33.0, 35.5),
          observations: [noted("LEFT", "HEEL", "DRY_SKIN"), noted("LEFT", "HEEL", "REDNESS"), noted("RIGHT", "TOENAILS", "YELLOWISH_TOENAIL"), noted("LEFT", "TOES", "BLISTER")],
        }),
      ],
      { profile: diabetes },
    );
    expect(ids(advice)).toEqual(["urgent-foot-problem", "temperature-difference", "yellowish-toenail", "strong-or-chronic-pain", "redness", "dry-skin"]);
  });

  it("says it is not medical advice", () => {
    expect(translatorFor("en-GB", "guidance")("notMedicalAdvice")).toBe("General foot-care information, not medical advice.");
  });
});

describe("red flags with diabetes or circulation concerns (IWGDF / ADA patient guidance)", () => {
  it("a blister, cut, sore or warmth: contact the clinic promptly; keep it clean and covered, do not pop or treat it yourself", () => {
    for (const kind of ["BLISTER", "CUT_OR_WOUND", "OPEN_SORE", "WARMTH"] as const) {
      const advice = forLast([check(0, { observations: [noted("LEFT", "HEEL", kind)] })], { profile: profile({ conditions: ["CIRCULATION"] }) });
      expect(find(advice, "urgent-foot-problem"), kind).toMatchObject({ level: "urgent", untilSeen: true, places: [{ foot: "LEFT", region: "HEEL" }] });
    }
    const text = words(find(forLast([check(0, { observations: [noted("LEFT", "HEEL", "BLISTER")] })], { profile: diabetes }), "urgent-foot-problem"))!;
    expect(text.text).toContain("keep it clean and covered, and do not pop, cut or treat it yourself");
    expect(text.text).toContain("do not wait for your next visit");
    expect(text.reason).toBe("You noted a blister on the left heel today. Your profile mentions diabetes.");
  });

  it("names both conditions and every place", () => {
    const advice = forLast([check(0, { observations: [noted("LEFT", "BALL", "OPEN_SORE"), noted("RIGHT", "TOP", "WARMTH")] })], {
      profile: profile({ conditions: ["ARTHRITIS", "CIRCULATION", "DIABETES"] }),
    });
    expect(words(find(advice, "urgent-foot-problem"))?.reason).toBe(
      "You noted an open sore on the ball of the left foot and warmth on the top of the right foot today. Your profile mentions diabetes and circulation concerns.",
    );
  });

  it("is not a red flag without diabetes or circulation concerns, nor for redness or swelling", () => {
    expect(hasRedFlag(forLast([check(0, { observations: [noted("LEFT", "BALL", "OPEN_SORE")] })], { profile: profile({ conditions: ["ARTHRITIS"] }) }))).toBe(false);
    expect(hasRedFlag(forLast([check(0, { observations: [noted("LEFT", "BALL", "REDNESS"), noted("LEFT", "BALL", "SWELLING")] })], { profile: diabetes }))).toBe(false);
  });

  it("a colour change is a red flag when none was noted in the 7 days before it was first noted", () => {
    const healed = (days: number) => check(days, { observations: [noted("RIGHT", "TOES", "COLOUR_CHANGE", { healedAt: new Date(`${daysAgo(days)}T20:00:00Z`) })] });
    const fresh = forLast([healed(8), check(0, { observations: [noted("LEFT", "TOES", "COLOUR_CHANGE")] })], { profile: diabetes });
    expect(words(find(fresh, "urgent-foot-problem"))?.reason).toBe(
      "You noted a colour change on the left toes today. You had not noted a colour change in the 7 days before. Your profile mentions diabetes.",
    );
    for (const days of [3, 7]) {
      const known = forLast([healed(days), check(0, { observations: [noted("LEFT", "TOES", "COLOUR_CHANGE")] })], { profile: diabetes });
      expect(find(known, "urgent-foot-problem"), `${days} days`).toBeUndefined();
    }
  });
});

// The combinations table of docs/decisions/0049, one test per row.
describe("guidance never contradicts itself", () => {
  it("row 1: diabetes + blister → red flag; no blister self-care (antibiotic ointment), no massage", () => {
    const advice = forLast([check(0, { observations: [noted("LEFT", "HEEL", "BLISTER")] })], { profile: diabetes });
    expect(ids(advice)).toEqual(["urgent-foot-problem"]);
  });

  it("row 2: no diabetes or circulation concerns + blister → blister care, no massage", () => {
    const advice = forLast([check(0, { observations: [noted("LEFT", "HEEL", "BLISTER")] })]);
    expect(ids(advice)).toEqual(["blister"]);
    expect(words(find(advice, "blister"))?.text).toContain("antibiotic ointment");
  });

  it("row 3: a second check the same day noting nothing still carries the blister: no massage minutes later", () => {
    const first = check(0, { observations: [noted("LEFT", "HEEL", "BLISTER")] });
    const second = check(0, { minutes: 20 });
    expect(ids(forLast([first, second], { profile: diabetes }))).toEqual(["urgent-foot-problem"]);
    expect(ids(forLast([first, second]))).toEqual(["blister"]);
    // The earlier check's page is about the earlier moment: the later check changes nothing there.
    expect(ids(adviceFor(inputFor([first, second], first, { profile: diabetes })))).toEqual(["urgent-foot-problem"]);
  });

  it("row 4: an observation stays active for 14 days (the day noted and 13 after), then stops", () => {
    expect(ACTIVE_DAYS).toBe(14);
    const blister = (days: number) => check(days, { observations: [noted("LEFT", "HEEL", "BLISTER")] });
    expect(ids(forLast([blister(13), check(0)], { profile: diabetes }))).toEqual(["urgent-foot-problem"]);
    expect(ids(forLast([blister(14), check(0)], { profile: diabetes }))).toEqual(["massage-routine"]);
    expect(words(find(forLast([blister(13), check(0)], { profile: diabetes }), "urgent-foot-problem"))?.reason).toBe(
      "You noted a blister on the left heel on Friday 28 March. Your profile mentions diabetes.",
    );
  });

  it("row 5: marked healed → no guidance from it on any page now; the massage tip is back", () => {
    const blister = check(2, { observations: [noted("LEFT", "HEEL", "BLISTER", { healedAt: new Date(`${TODAY}T08:00:00Z`) })] });
    const today = check(0);
    expect(ids(forLast([blister, today], { profile: diabetes }))).toEqual(["massage-routine"]);
    expect(ids(adviceFor(inputFor([blister, today], blister, { profile: diabetes })))).toEqual(["massage-routine"]);
    // The report's history counts a heal mark only from when it was made.
    const asItWas = adviceFor(inputFor([blister, today], blister, { profile: diabetes, asOf: { healedMarks: "made-by-then" } }));
    expect(ids(asItWas)).toEqual(["urgent-foot-problem"]);
  });

  it("row 6: while a red flag is active for a place, self-care for that place is left out; elsewhere it stays", () => {
    const advice = forLast(
      [check(0, { observations: [noted("LEFT", "HEEL", "CUT_OR_WOUND"), noted("LEFT", "HEEL", "DRY_SKIN"), noted("RIGHT", "HEEL", "DRY_SKIN"), noted("LEFT", "HEEL", "REDNESS")] })],
      { profile: diabetes },
    );
    expect(ids(advice)).toEqual(["urgent-foot-problem", "dry-skin"]);
    expect(find(advice, "dry-skin")?.places).toEqual([{ foot: "RIGHT", region: "HEEL" }]);
    expect(words(find(advice, "urgent-foot-problem"))?.text).toContain("Until you are seen");
  });

  it("row 7: a confirmed temperature flag holds self-care at that spot's place, and massage", () => {
    const advice = forLast(
      [check(1, { temperatures: measured("HEEL", 35.0, 32.5) }), check(0, { temperatures: measured("HEEL", 35.1, 32.6), observations: [noted("LEFT", "HEEL", "DRY_SKIN")] })],
    );
    expect(ids(advice)).toEqual(["temperature-difference"]);
    expect(find(advice, "temperature-difference")).toMatchObject({ untilSeen: true, places: [{ foot: "LEFT", region: "HEEL" }] });
  });

  it("row 8: redness (any profile) → redness care; no massage", () => {
    expect(ids(forLast([check(0, { observations: [noted("RIGHT", "TOP", "REDNESS")] })]))).toEqual(["redness"]);
  });

  it("row 9: a surgery not cleared, in its 12 weeks → hold off massage, and no massage tip", () => {
    expect(ids(forLast([check(0)], { profile: profile({ surgeryDate: daysAgo(30) }) }))).toEqual(["no-massage-after-surgery"]);
    expect(ids(forLast([check(0)], { profile: profile({ surgeryDate: daysAgo(30), massageCleared: true }) }))).toEqual(["massage-routine"]);
  });

  it("row 10: a cut without diabetes or circulation concerns → cut care; no massage", () => {
    expect(ids(forLast([check(0, { observations: [noted("LEFT", "TOES", "CUT_OR_WOUND")] })]))).toEqual(["cut-or-wound"]);
  });

  it("row 11: an open sore without diabetes or circulation concerns → worth showing a professional; no massage", () => {
    expect(ids(forLast([check(0, { observations: [noted("LEFT", "TOES", "OPEN_SORE")] })]))).toEqual(["open-sore"]);
  });

  it("row 12: nothing active → the massage tip, about this check's care", () => {
    expect(ids(forLast([check(0)]))).toEqual(["massage-routine"]);
    expect(words(find(forLast([check(0, { careKind: "PARTNER" })]), "massage-routine"))?.reason).toBe(
      "This check records that someone else massaged your feet; these tips can help you get the most from it.",
    );
  });

  it("row 13: guidance about now (Today) with no check today: findings still active, no tip about a check", () => {
    const advice = adviceFor(inputFor([check(3, { observations: [noted("LEFT", "HEEL", "DRY_SKIN")] })], null));
    expect(ids(advice)).toEqual(["dry-skin"]);
    expect(words(find(advice, "dry-skin"))?.reason).toBe("You noted dry skin on the left heel on Monday 7 April.");
  });

  it("the same spot noted in several checks is one finding that lists every observation, for 'healed'", () => {
    const first = noted("LEFT", "HEEL", "BLISTER");
    const again = noted("LEFT", "HEEL", "BLISTER");
    const advice = forLast([check(2, { observations: [first] }), check(0, { observations: [again] })], { profile: diabetes });
    expect(findingsOf(find(advice, "urgent-foot-problem")!)).toMatchObject([{ observationIds: [first.id, again.id], firstNotedOn: daysAgo(2), lastNotedOn: TODAY }]);
  });
});
