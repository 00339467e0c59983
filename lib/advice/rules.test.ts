import { format, parseISO, subDays } from "date-fns";
import { describe, expect, it } from "vitest";
import type { Foot, FootRegion, ObservationKind } from "../generated/prisma/enums";
import {
  type Advice,
  type AdviceEntry,
  type AdviceId,
  type AdviceInput,
  type AdviceObservation,
  type AdviceProfile,
  type PastEntry,
  NOT_MEDICAL_ADVICE,
  adviceFor,
  hasRedFlag,
} from "./rules";

// In European zones the switch to summer time (30 March) falls inside the look-back windows: the rules count calendar days, not hours.
const TODAY = "2025-04-10";

function daysAgo(days: number): string {
  return format(subDays(parseISO(TODAY), days), "yyyy-MM-dd");
}

function advise(given: { profile?: Partial<AdviceProfile>; entry?: Partial<AdviceEntry>; history?: PastEntry[] } = {}): Advice[] {
  const input: AdviceInput = {
    profile: { conditions: [], surgeryDate: null, massageCleared: false, ...given.profile },
    entry: { localDate: TODAY, pain: 0, careKind: "NONE", leftTempC: null, rightTempC: null, observations: [], ...given.entry },
    history: given.history ?? [],
  };
  return adviceFor(input);
}

function noted(foot: Foot, region: FootRegion, kind: ObservationKind, more: Partial<AdviceObservation> = {}): AdviceObservation {
  return { foot, region, kind, pain: null, ...more };
}

function past(days: number, more: Partial<PastEntry> = {}): PastEntry {
  return { localDate: daysAgo(days), pain: 0, leftTempC: null, rightTempC: null, observationKinds: [], ...more };
}

function find(advice: Advice[], id: AdviceId): Advice | undefined {
  return advice.find((item) => item.id === id);
}

function ids(advice: Advice[]): AdviceId[] {
  return advice.map((item) => item.id);
}

describe("redness", () => {
  it("says redness can be a sign of inflammation, naming the foot and region", () => {
    const redness = find(advise({ entry: { observations: [noted("LEFT", "HEEL", "REDNESS")] } }), "redness");
    expect(redness).toMatchObject({ level: "care", title: "Redness: keep an eye on it", reason: "You noted redness on the left heel." });
    expect(redness?.text).toContain("Redness can be a sign of inflammation");
    expect(redness?.text).toContain("if it stays or spreads");
  });

  it("merges every place into one item, each place named once", () => {
    const observations = [noted("LEFT", "HEEL", "REDNESS"), noted("RIGHT", "BETWEEN_TOES", "REDNESS"), noted("LEFT", "HEEL", "REDNESS", { pain: 2 })];
    const advice = advise({ entry: { observations } });
    expect(advice.filter((item) => item.id === "redness")).toHaveLength(1);
    expect(find(advice, "redness")?.reason).toBe("You noted redness on the left heel and between the right toes.");
  });

  it("is not shown for swelling", () => {
    expect(find(advise({ entry: { observations: [noted("LEFT", "HEEL", "SWELLING")] } }), "redness")).toBeUndefined();
  });
});

describe("yellowish toenail", () => {
  it("says it can be a sign of a fungal infection, worth showing a professional", () => {
    const nail = find(advise({ entry: { observations: [noted("RIGHT", "TOENAILS", "YELLOWISH_TOENAIL")] } }), "yellowish-toenail");
    expect(nail).toMatchObject({ level: "see-professional", title: "Yellowish toenail", reason: "You noted yellowing on the right toenails." });
    expect(nail?.text).toBe("A yellowish toenail can be a sign of a fungal infection. It is worth showing to your doctor or a podiatrist.");
  });

  it("is not shown for a thickened nail", () => {
    expect(find(advise({ entry: { observations: [noted("RIGHT", "TOENAILS", "THICKENED_NAIL")] } }), "yellowish-toenail")).toBeUndefined();
  });
});

describe("dry or flaky skin with burning", () => {
  it("says it can be athlete's foot when both are on the same foot", () => {
    const observations = [noted("LEFT", "BETWEEN_TOES", "DRY_SKIN"), noted("LEFT", "BALL", "BURNING")];
    const athletesFoot = find(advise({ entry: { observations } }), "athletes-foot");
    expect(athletesFoot).toMatchObject({
      level: "see-professional",
      title: "Dry or flaky skin with burning",
      reason: "You noted dry skin between the left toes and burning on the ball of the left foot.",
    });
    expect(athletesFoot?.text).toContain("can be a sign of athlete's foot");
  });

  it("counts flaky skin too, and names only the feet that have both", () => {
    const observations = [noted("RIGHT", "HEEL", "FLAKY_SKIN"), noted("RIGHT", "ARCH", "BURNING"), noted("LEFT", "HEEL", "FLAKY_SKIN")];
    expect(find(advise({ entry: { observations } }), "athletes-foot")?.reason).toBe(
      "You noted flaky skin on the right heel and burning on the right arch.",
    );
  });

  it("is not shown when the dry skin and the burning are on different feet", () => {
    const observations = [noted("LEFT", "BETWEEN_TOES", "DRY_SKIN"), noted("RIGHT", "BALL", "BURNING")];
    expect(find(advise({ entry: { observations } }), "athletes-foot")).toBeUndefined();
  });

  it("is not shown for burning alone", () => {
    expect(find(advise({ entry: { observations: [noted("LEFT", "BALL", "BURNING")] } }), "athletes-foot")).toBeUndefined();
  });
});

describe("blister", () => {
  it("says how to care for it", () => {
    const blister = find(advise({ entry: { observations: [noted("RIGHT", "TOES", "BLISTER")] } }), "blister");
    expect(blister).toMatchObject({
      level: "care",
      title: "Caring for a blister",
      text: "Clean it gently, apply an antibiotic ointment and cover it with a bandage.",
      reason: "You noted a blister on the right toes.",
    });
  });

  it("is not shown for a callus", () => {
    expect(find(advise({ entry: { observations: [noted("RIGHT", "TOES", "CALLUS")] } }), "blister")).toBeUndefined();
  });
});

describe("dry skin", () => {
  it("says to moisturise early", () => {
    const drySkin = find(advise({ entry: { observations: [noted("LEFT", "HEEL", "DRY_SKIN")] } }), "dry-skin");
    expect(drySkin).toMatchObject({ level: "care", title: "Moisturise dry skin early", reason: "You noted dry skin on the left heel." });
    expect(drySkin?.text).toContain("dry skin can lead to calluses");
  });

  it("is not shown for flaky skin alone", () => {
    expect(find(advise({ entry: { observations: [noted("LEFT", "HEEL", "FLAKY_SKIN")] } }), "dry-skin")).toBeUndefined();
  });
});

describe("strong or chronic pain", () => {
  const painOnDays = (days: number[]) => days.map((day) => past(day, { pain: 3 }));
  const oneToThirteen = Array.from({ length: 13 }, (_, index) => index + 1);

  it("is shown for overall pain of 7", () => {
    expect(find(advise({ entry: { pain: 7 } }), "strong-or-chronic-pain")).toMatchObject({
      level: "see-professional",
      title: "Strong or lasting pain",
      reason: "You rated your overall pain 7 out of 10.",
    });
  });

  it("is not shown for overall pain of 6", () => {
    expect(find(advise({ entry: { pain: 6 } }), "strong-or-chronic-pain")).toBeUndefined();
  });

  it("is shown for one place rated 7, naming it, and in the person's own words for something else", () => {
    const observations = [
      noted("LEFT", "HEEL", "BURNING", { pain: 7 }),
      noted("RIGHT", "ARCH", "OTHER", { customKind: "sharp twinge", pain: 9 }),
      noted("RIGHT", "TOES", "CORN", { pain: 6 }),
    ];
    expect(find(advise({ entry: { pain: 3, observations } }), "strong-or-chronic-pain")?.reason).toBe(
      "You noted pain of 7 out of 10 with burning on the left heel and 9 out of 10 with “sharp twinge” on the right arch.",
    );
  });

  it("is not shown when no place is rated above 6", () => {
    expect(find(advise({ entry: { observations: [noted("LEFT", "HEEL", "BURNING", { pain: 6 })] } }), "strong-or-chronic-pain")).toBeUndefined();
  });

  it("is shown for pain on 14 distinct days of the last 30, counting this entry's day", () => {
    expect(find(advise({ entry: { pain: 2 }, history: painOnDays(oneToThirteen) }), "strong-or-chronic-pain")?.reason).toBe(
      "You noted pain on 14 of the last 30 days.",
    );
  });

  it("counts the 30th day back (29 days before) but not the 31st", () => {
    const twelve = oneToThirteen.slice(0, 12);
    expect(find(advise({ entry: { pain: 2 }, history: painOnDays([...twelve, 29]) }), "strong-or-chronic-pain")).toBeDefined();
    expect(find(advise({ entry: { pain: 2 }, history: painOnDays([...twelve, 30]) }), "strong-or-chronic-pain")).toBeUndefined();
  });

  it("is not shown for 13 days, however many entries those days hold", () => {
    const history = [...painOnDays(oneToThirteen), past(1, { pain: 5 }), past(13, { pain: 4 })];
    expect(find(advise({ entry: { pain: 0 }, history }), "strong-or-chronic-pain")).toBeUndefined();
  });

  it("counts this entry's day when another entry of that day had pain", () => {
    const history = [...painOnDays(oneToThirteen), past(0, { pain: 4 })];
    expect(find(advise({ entry: { pain: 0 }, history }), "strong-or-chronic-pain")?.reason).toBe("You noted pain on 14 of the last 30 days.");
  });

  it("does not count days without pain", () => {
    const history = [...painOnDays(oneToThirteen.slice(0, 12)), past(20, { pain: 0 })];
    expect(find(advise({ entry: { pain: 2 }, history }), "strong-or-chronic-pain")).toBeUndefined();
  });

  it("names every reason that applies", () => {
    expect(find(advise({ entry: { pain: 8 }, history: painOnDays(oneToThirteen) }), "strong-or-chronic-pain")?.reason).toBe(
      "You rated your overall pain 8 out of 10. You noted pain on 14 of the last 30 days.",
    );
  });
});

describe("red flag with diabetes or circulation concerns", () => {
  const diabetes: Partial<AdviceProfile> = { conditions: ["DIABETES"] };

  it("is urgent for a cut with diabetes", () => {
    const urgent = find(advise({ profile: diabetes, entry: { observations: [noted("RIGHT", "HEEL", "CUT_OR_WOUND")] } }), "urgent-foot-problem");
    expect(urgent).toMatchObject({
      level: "urgent",
      title: "Contact your doctor or foot clinic promptly",
      reason: "You noted a cut or wound on the right heel. Your profile mentions diabetes.",
    });
    expect(urgent?.text).toContain("do not wait for your next visit");
  });

  it("names every concerning place and both conditions", () => {
    const observations = [noted("LEFT", "BALL", "OPEN_SORE"), noted("RIGHT", "TOP", "WARMTH"), noted("LEFT", "TOES", "BLISTER")];
    const advice = advise({ profile: { conditions: ["ARTHRITIS", "CIRCULATION", "DIABETES"] }, entry: { observations } });
    expect(find(advice, "urgent-foot-problem")?.reason).toBe(
      "You noted an open sore on the ball of the left foot, warmth on the top of the right foot and a blister on the left toes. " +
        "Your profile mentions circulation concerns and diabetes.",
    );
    expect(find(advice, "blister")?.reason).toBe("You noted a blister on the left toes.");
  });

  it("is not shown without diabetes or circulation concerns", () => {
    const advice = advise({ profile: { conditions: ["ARTHRITIS", "NEUROPATHY"] }, entry: { observations: [noted("LEFT", "BALL", "OPEN_SORE")] } });
    expect(hasRedFlag(advice)).toBe(false);
  });

  it("is not shown for redness or swelling", () => {
    const observations = [noted("LEFT", "BALL", "REDNESS"), noted("LEFT", "BALL", "SWELLING")];
    expect(find(advise({ profile: diabetes, entry: { observations } }), "urgent-foot-problem")).toBeUndefined();
  });

  it("is urgent for a colour change not noted in the 7 days before", () => {
    const history = [past(8, { observationKinds: ["COLOUR_CHANGE"] }), past(2, { observationKinds: ["REDNESS"] })];
    const urgent = find(advise({ profile: diabetes, entry: { observations: [noted("LEFT", "TOES", "COLOUR_CHANGE")] }, history }), "urgent-foot-problem");
    expect(urgent?.reason).toBe(
      "You noted a colour change on the left toes. You had not noted a colour change in the 7 days before. Your profile mentions diabetes.",
    );
  });

  it("is not shown for a colour change already noted 3 days ago, nor 7", () => {
    const entry = { observations: [noted("LEFT", "TOES", "COLOUR_CHANGE")] };
    for (const days of [3, 7]) {
      const history = [past(days, { observationKinds: ["DRY_SKIN", "COLOUR_CHANGE"] })];
      expect(find(advise({ profile: diabetes, entry, history }), "urgent-foot-problem")).toBeUndefined();
    }
  });
});

describe("skin temperature difference", () => {
  const today = { leftTempC: 35.0, rightTempC: 32.7 }; // left 2.3 °C warmer

  it("is urgent when above 2.2 °C today and the day before", () => {
    const history = [past(1, { leftTempC: 31.0, rightTempC: 33.5 })];
    const urgent = find(advise({ entry: today, history }), "temperature-difference");
    expect(urgent).toMatchObject({
      level: "urgent",
      title: "Contact your foot clinic: one foot is warmer",
      reason: "In this entry your left foot was 2.3 °C warmer than your right; the day before, your right foot was 2.5 °C warmer than your left.",
    });
    expect(urgent?.text).toContain("can be a sign of inflammation");
  });

  it("does not fire at exactly 2.2 °C", () => {
    const history = [past(1, { leftTempC: 35.0, rightTempC: 32.5 })];
    expect(find(advise({ entry: { leftTempC: 35.0, rightTempC: 32.8 }, history }), "temperature-difference")).toBeUndefined();
    expect(find(advise({ entry: today, history: [past(1, { leftTempC: 35.0, rightTempC: 32.8 })] }), "temperature-difference")).toBeUndefined();
  });

  it("does not fire on a single day", () => {
    expect(find(advise({ entry: today }), "temperature-difference")).toBeUndefined();
  });

  it("does not fire when a day without a difference lies between", () => {
    const history = [past(2, { leftTempC: 35.0, rightTempC: 32.0 }), past(1, { leftTempC: 33.0, rightTempC: 33.1 })];
    expect(find(advise({ entry: today, history }), "temperature-difference")).toBeUndefined();
  });

  it("does not fire when this entry has no temperatures", () => {
    const history = [past(1, { leftTempC: 35.0, rightTempC: 32.0 })];
    expect(find(advise({ entry: { leftTempC: 35.0, rightTempC: null }, history }), "temperature-difference")).toBeUndefined();
  });
});

describe("massage after foot surgery", () => {
  it("says to hold off massage 84 days after surgery when not cleared", () => {
    const holdOff = find(advise({ profile: { surgeryDate: daysAgo(84) } }), "no-massage-after-surgery");
    expect(holdOff).toMatchObject({
      level: "see-professional",
      title: "Hold off massage for now",
      reason: "This entry is 84 days after your foot surgery, and your profile does not say your doctor has cleared massage yet.",
    });
    expect(holdOff?.text).toContain("hold off foot massage until your doctor says it is fine");
  });

  it("says so when this entry records a massage", () => {
    expect(find(advise({ profile: { surgeryDate: TODAY }, entry: { careKind: "SELF" } }), "no-massage-after-surgery")?.reason).toBe(
      "This entry is on the day of your foot surgery, and your profile does not say your doctor has cleared massage yet. " +
        "It records that you massaged your own feet.",
    );
  });

  it("is not shown 85 days after surgery, once cleared, or before a planned surgery", () => {
    expect(find(advise({ profile: { surgeryDate: daysAgo(85) } }), "no-massage-after-surgery")).toBeUndefined();
    expect(find(advise({ profile: { surgeryDate: daysAgo(10), massageCleared: true } }), "no-massage-after-surgery")).toBeUndefined();
    expect(find(advise({ profile: { surgeryDate: daysAgo(-3) } }), "no-massage-after-surgery")).toBeUndefined();
  });
});

describe("massage routine tip", () => {
  it("is shown when nothing urgent and no surgery window", () => {
    const tip = find(advise(), "massage-routine");
    expect(tip).toMatchObject({
      level: "care",
      title: "A gentle foot massage",
      reason: "Nothing in this entry suggests holding off a gentle foot massage.",
    });
    expect(tip?.text).toContain("knead gently from the toes towards the heel, and gently pull each toe");
  });

  it("refers to the massage this entry records, and still shows beside advice that is not urgent", () => {
    const advice = advise({ entry: { careKind: "PARTNER", observations: [noted("RIGHT", "TOENAILS", "YELLOWISH_TOENAIL")] } });
    expect(find(advice, "massage-routine")?.reason).toBe(
      "This entry records that someone else massaged your feet; these tips can help you get the most from it.",
    );
  });

  it("is hidden when there is a red flag", () => {
    const advice = advise({ profile: { conditions: ["DIABETES"] }, entry: { observations: [noted("LEFT", "HEEL", "BLISTER")] } });
    expect(hasRedFlag(advice)).toBe(true);
    expect(find(advice, "massage-routine")).toBeUndefined();
  });

  it("is hidden in the post-surgery window, and back once massage is cleared", () => {
    expect(find(advise({ profile: { surgeryDate: daysAgo(30) } }), "massage-routine")).toBeUndefined();
    expect(find(advise({ profile: { surgeryDate: daysAgo(30), massageCleared: true } }), "massage-routine")).toBeDefined();
  });
});

describe("adviceFor as a whole", () => {
  it("puts red flags first, then what to show a professional, then care, one item per rule", () => {
    const advice = advise({
      profile: { conditions: ["DIABETES"] },
      entry: {
        pain: 7,
        leftTempC: 33.0,
        rightTempC: 35.5,
        observations: [
          noted("LEFT", "HEEL", "DRY_SKIN"),
          noted("LEFT", "HEEL", "REDNESS"),
          noted("RIGHT", "TOENAILS", "YELLOWISH_TOENAIL"),
          noted("LEFT", "TOES", "BLISTER"),
          noted("RIGHT", "TOES", "BLISTER"),
        ],
      },
      history: [past(1, { leftTempC: 33.0, rightTempC: 35.5 })],
    });
    expect(ids(advice)).toEqual([
      "urgent-foot-problem",
      "temperature-difference",
      "yellowish-toenail",
      "strong-or-chronic-pain",
      "redness",
      "blister",
      "dry-skin",
    ]);
    expect(find(advice, "blister")?.reason).toBe("You noted a blister on the left toes and on the right toes.");
  });

  it("shows only the massage tip for a calm entry", () => {
    expect(ids(advise({ entry: { pain: 2 } }))).toEqual(["massage-routine"]);
  });

  it("ignores history after the entry's day", () => {
    const history = [past(-1, { leftTempC: 35.0, rightTempC: 32.0 }), ...Array.from({ length: 20 }, (_, index) => past(-index - 1, { pain: 5 }))];
    expect(ids(advise({ entry: { pain: 2, leftTempC: 35.0, rightTempC: 32.0 }, history }))).toEqual(["massage-routine"]);
  });
});

describe("hasRedFlag and the note", () => {
  it("is true only when some advice is urgent", () => {
    expect(hasRedFlag(advise({ entry: { observations: [noted("LEFT", "HEEL", "REDNESS")] } }))).toBe(false);
    expect(hasRedFlag(advise({ profile: { conditions: ["CIRCULATION"] }, entry: { observations: [noted("LEFT", "HEEL", "WARMTH")] } }))).toBe(true);
  });

  it("says it is not medical advice", () => {
    expect(NOT_MEDICAL_ADVICE).toBe("General foot-care information, not medical advice.");
  });
});
