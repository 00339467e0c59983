import { afterAll, describe, expect, it, vi } from "vitest";
import { startSmtpCapture } from "../testing/smtp-capture";

// Two-step sign-in against the real database and mail: setting up, codes at sign-in (replay,
// recovery codes, the per-account limit) and the pending sign-in between the steps.
const smtp = await startSmtpCapture();
vi.stubEnv("SMTP_URL", smtp.url);
const { db } = await import("../db/client");
const { AppError } = await import("../app-error");
const { createTestUser } = await import("../testing/factories");
const { codeAt, TOTP_PERIOD_SECONDS } = await import("./totp");
const { seal, unseal } = await import("./secret-box");
const twoStep = await import("./two-step");
const { completePendingSignIn, findPendingSignIn, startPendingSignIn } = await import("./pending-sign-in");

afterAll(async () => {
  await smtp.close();
  vi.unstubAllEnvs();
});

const STEP_MS = TOTP_PERIOD_SECONDS * 1000;
const plainSecret = (grouped: string) => grouped.replace(/\s/g, "");

/** A person with the second step on; `secret` is what their app holds. */
async function personWithTwoStep(now = Date.now()) {
  const user = await createTestUser();
  await twoStep.startTwoStepSetup(user.id);
  const details = await twoStep.twoStepSetupDetails(user);
  if (!details) throw new Error("no setup details");
  const secret = plainSecret(details.secret);
  const recoveryCodes = await twoStep.confirmTwoStepSetup(user, codeAt(secret, now), now);
  return { user, secret, recoveryCodes };
}

describe("two-step sign-in", () => {
  it("is set up with a QR code and confirmed by a first code; the secret is stored encrypted and ten recovery codes are shown once", async () => {
    const user = await createTestUser();
    await twoStep.startTwoStepSetup(user.id);
    const details = await twoStep.twoStepSetupDetails(user);
    expect(details?.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    const secret = plainSecret(details?.secret ?? "");
    const stored = await db().twoStep.findUniqueOrThrow({ where: { userId: user.id } });
    expect(stored.secretEncrypted).not.toContain(secret);
    expect(unseal(stored.secretEncrypted)).toBe(secret);

    await expect(twoStep.confirmTwoStepSetup(user, "000000" === codeAt(secret, Date.now()) ? "111111" : "000000")).rejects.toMatchObject({ field: "code" });
    expect(await twoStep.isTwoStepOn(user.id)).toBe(false);

    const before = smtp.messages.length;
    const codes = await twoStep.confirmTwoStepSetup(user, codeAt(secret, Date.now()));
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(await twoStep.isTwoStepOn(user.id)).toBe(true);
    const hashes = await db().recoveryCode.findMany({ where: { userId: user.id } });
    expect(hashes.map((row) => row.codeHash).some((hash) => codes.some((code) => hash.includes(code.replace("-", ""))))).toBe(false);
    expect(await twoStep.twoStepSetupDetails(user)).toBeNull();
    await smtp.waitForMessages(before + 1);
    expect(smtp.messages.at(-1)?.subject).toBe("Two-step sign-in is on for your Footnote account");
  });

  it("accepts a code once: the same code again, or an older one after a newer, is refused", async () => {
    const start = Date.now();
    const { user, secret } = await personWithTwoStep(start - 3 * STEP_MS);
    const older = codeAt(secret, start - STEP_MS);
    const current = codeAt(secret, start);
    expect(await twoStep.checkSecondStep(user, current, start)).toBe("AUTHENTICATOR_CODE");
    expect(await twoStep.checkSecondStep(user, current, start)).toBeNull();
    expect(await twoStep.checkSecondStep(user, older, start)).toBeNull();
    expect(await twoStep.checkSecondStep(user, codeAt(secret, start + STEP_MS), start + STEP_MS)).toBe("AUTHENTICATOR_CODE");
  });

  it("refuses a code from far outside the time window", async () => {
    const { user, secret } = await personWithTwoStep(Date.now() - 10 * STEP_MS);
    expect(await twoStep.checkSecondStep(user, codeAt(secret, Date.now() - 5 * STEP_MS))).toBeNull();
  });

  it("accepts each recovery code once, however it is typed, and tells the person by email", async () => {
    const { user, recoveryCodes } = await personWithTwoStep();
    const [first = "", second = ""] = recoveryCodes;
    const before = smtp.messages.length;
    expect(await twoStep.checkSecondStep(user, ` ${first.toUpperCase()} `)).toBe("RECOVERY_CODE");
    await smtp.waitForMessages(before + 1);
    expect(smtp.messages.at(-1)?.text).toContain("You have 9 codes left");
    expect(await twoStep.checkSecondStep(user, first)).toBeNull();
    expect(await twoStep.checkSecondStep(user, second.replace("-", ""))).toBe("RECOVERY_CODE");
    expect((await twoStep.twoStepStatus(user.id)).recoveryCodesLeft).toBe(8);
  });

  it("new recovery codes replace the old ones; turning it off removes the secret and every code", async () => {
    const { user, recoveryCodes } = await personWithTwoStep();
    const fresh = await twoStep.renewRecoveryCodes(user);
    expect(await twoStep.checkSecondStep(user, recoveryCodes[0] ?? "")).toBeNull();
    expect(await twoStep.checkSecondStep(user, fresh[0] ?? "")).toBe("RECOVERY_CODE");
    await twoStep.turnOffTwoStep(user);
    expect(await twoStep.isTwoStepOn(user.id)).toBe(false);
    expect(await db().recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await twoStep.checkSecondStep(user, fresh[1] ?? "")).toBeNull();
  });

  it("after five wrong codes the account is refused for a while, even with the right code", async () => {
    const { user, secret } = await personWithTwoStep(Date.now() - 2 * STEP_MS);
    for (let attempt = 0; attempt < 5; attempt += 1) expect(await twoStep.checkSecondStep(user, "12345x")).toBeNull();
    const refused = await twoStep.checkSecondStep(user, codeAt(secret, Date.now())).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ status: 429 });
  });

  it("a secret sealed under another key, or altered, does not open", () => {
    const sealed = seal("JBSWY3DPEHPK3PXP");
    expect(unseal(sealed)).toBe("JBSWY3DPEHPK3PXP");
    const [version, payload = ""] = sealed.split(".");
    // The second-to-last character is all data bits (the last may be partly padding); it changes,
    // whatever it was (random IVs made it "A" one run in 64, and the secret opened).
    const altered = `${version}.${payload.slice(0, -2)}${payload.at(-2) === "A" ? "B" : "A"}${payload.slice(-1)}`;
    expect(unseal(altered)).toBeNull();
    expect(unseal("v0.abc")).toBeNull();
  });
});

describe("the pending sign-in between the two steps", () => {
  it("holds no session; a wrong code keeps it, the right code ends it once and says how the person signed in", async () => {
    const { user, secret } = await personWithTwoStep(Date.now() - 2 * STEP_MS);
    const token = await startPendingSignIn({ userId: user.id, method: "EMAIL_LINK", callbackUrl: "/journal" });
    expect(await db().session.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().pendingSignIn.count({ where: { userId: user.id, tokenHash: token } })).toBe(0);

    expect(await completePendingSignIn(token, "000000" === codeAt(secret, Date.now()) ? "111111" : "000000")).toBeNull();
    expect(await findPendingSignIn(token)).toMatchObject({ callbackUrl: "/journal" });
    expect(await completePendingSignIn("another browser's token", codeAt(secret, Date.now()))).toBeNull();

    const done = await completePendingSignIn(token, codeAt(secret, Date.now()));
    expect(done).toMatchObject({ user: { id: user.id }, method: "EMAIL_LINK", secondStep: "AUTHENTICATOR_CODE" });
    expect(await findPendingSignIn(token)).toBeNull();
  });

  it("ends after ten minutes", async () => {
    const { user } = await personWithTwoStep();
    const token = await startPendingSignIn({ userId: user.id, method: "PASSWORD", callbackUrl: "/today" }, new Date(Date.now() - 11 * 60 * 1000));
    expect(await findPendingSignIn(token)).toBeNull();
  });
});
