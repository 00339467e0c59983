import { afterAll, describe, expect, it, vi } from "vitest";
import { startSmtpCapture } from "../testing/smtp-capture";

// The ceremonies end to end against a software authenticator: registration and sign-in, and every
// way an answer must be refused. The browser's cookie is the challenge id handed to each call.
const smtp = await startSmtpCapture();
vi.stubEnv("SMTP_URL", smtp.url);
const { db } = await import("../db/client");
const { AppError } = await import("../app-error");
const { createTestUser } = await import("../testing/factories");
const { softAuthenticator } = await import("../testing/soft-authenticator");
const { relyingParty } = await import("./relying-party");
const { addPasskey, CEREMONY_ENDED, passkeyRegistrationOptions } = await import("./register-passkey");
const { passkeyRequestOptions, verifyPasskey } = await import("./verify-passkey");
const { listPasskeys, removePasskey } = await import("./passkeys");
const { confirmIdentity, PASSKEY_NOT_CONFIRMED } = await import("../auth/account-settings");

afterAll(async () => {
  await smtp.close();
  vi.unstubAllEnvs();
});

const here = () => ({ origin: relyingParty().origin, rpId: relyingParty().id });

/** A person with one passkey on a software authenticator. */
async function personWithPasskey(name = "My phone") {
  const user = await createTestUser();
  const device = softAuthenticator();
  const { options, challengeId } = await passkeyRegistrationOptions(user);
  await addPasskey(user, challengeId, { name, response: JSON.stringify(device.create(options, here())) });
  return { user, device };
}

async function signInAnswer(device: ReturnType<typeof softAuthenticator>, where: { origin: string; rpId: string; userVerified?: boolean } = here()) {
  const { options, challengeId } = await passkeyRequestOptions(null);
  return { challengeId, response: JSON.stringify(device.get(options, where)) };
}

describe("passkey ceremonies", () => {
  it("adds a named passkey, mails the person, and signs them in with it (no email typed), recording the use", async () => {
    const before = smtp.messages.length;
    const { user, device } = await personWithPasskey("Kitchen laptop");
    const [stored] = await listPasskeys(user.id);
    expect(stored).toMatchObject({ name: "Kitchen laptop", lastUsedAt: null });
    await smtp.waitForMessages(before + 1);
    expect(smtp.messages.at(-1)?.subject).toBe("A passkey was added to your Footnote account");

    const { challengeId, response } = await signInAnswer(device);
    expect(await verifyPasskey(challengeId, response)).toEqual({ userId: user.id, passkeyId: stored?.id });
    const used = await db().passkey.findUniqueOrThrow({ where: { id: stored?.id } });
    expect(used.lastUsedAt).not.toBeNull();
    expect(used.counter).toBe(1n);
  });

  it("a challenge works once: the same answer sent again is refused", async () => {
    const { device } = await personWithPasskey();
    const { challengeId, response } = await signInAnswer(device);
    expect(await verifyPasskey(challengeId, response)).not.toBeNull();
    expect(await verifyPasskey(challengeId, response)).toBeNull();
  });

  it("refuses an expired challenge", async () => {
    const { device } = await personWithPasskey();
    const { challengeId, response } = await signInAnswer(device);
    await db().webAuthnChallenge.update({ where: { id: challengeId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await verifyPasskey(challengeId, response)).toBeNull();
  });

  it("refuses a challenge another browser asked for, and an answer with no challenge cookie", async () => {
    const { device } = await personWithPasskey();
    const theirs = await signInAnswer(device);
    const mine = await passkeyRequestOptions(null);
    expect(await verifyPasskey(mine.challengeId, theirs.response)).toBeNull();
    expect(await verifyPasskey(undefined, theirs.response)).toBeNull();
  });

  it("refuses an answer made for another origin or another relying party", async () => {
    const { device } = await personWithPasskey();
    const wrongOrigin = await signInAnswer(device, { ...here(), origin: "https://footnote.example.net" });
    expect(await verifyPasskey(wrongOrigin.challengeId, wrongOrigin.response)).toBeNull();
    const wrongRp = await signInAnswer(device, { ...here(), rpId: "example.net" });
    expect(await verifyPasskey(wrongRp.challengeId, wrongRp.response)).toBeNull();
  });

  it("refuses a passkey used without the device's PIN, face or fingerprint", async () => {
    const { device } = await personWithPasskey();
    const answer = await signInAnswer(device, { ...here(), userVerified: false });
    expect(await verifyPasskey(answer.challengeId, answer.response)).toBeNull();
  });

  it("refuses a registration from another origin or relying party, and a registration challenge used to sign in", async () => {
    const user = await createTestUser();
    for (const where of [{ ...here(), origin: "https://evil.example" }, { ...here(), rpId: "evil.example" }]) {
      const { options, challengeId } = await passkeyRegistrationOptions(user);
      await expect(addPasskey(user, challengeId, { name: "Phone", response: JSON.stringify(softAuthenticator().create(options, where)) })).rejects.toThrow(AppError);
    }
    expect(await listPasskeys(user.id)).toEqual([]);

    const device = softAuthenticator();
    const registration = await passkeyRegistrationOptions(user);
    await addPasskey(user, registration.challengeId, { name: "Phone", response: JSON.stringify(device.create(registration.options, here())) });
    const signIn = await passkeyRequestOptions(null);
    const other = await passkeyRegistrationOptions(user);
    expect(await verifyPasskey(other.challengeId, JSON.stringify(device.get(signIn.options, here())))).toBeNull();
  });

  it("a registration answer for someone else's challenge is refused as an ended ceremony", async () => {
    const ann = await createTestUser();
    const bob = await createTestUser();
    const { options, challengeId } = await passkeyRegistrationOptions(ann);
    const response = JSON.stringify(softAuthenticator().create(options, here()));
    await expect(addPasskey(bob, challengeId, { name: "Phone", response })).rejects.toThrow(CEREMONY_ENDED);
  });

  it("confirms it is you only with your own passkey, and a removed passkey signs no one in", async () => {
    const ann = await personWithPasskey();
    const bob = await personWithPasskey();

    const confirm = await passkeyRequestOptions(ann.user.id);
    await confirmIdentity(ann.user.id, { currentPassword: "", passkey: JSON.stringify(ann.device.get(confirm.options, here())) }, "currentPassword", confirm.challengeId);

    const bobs = await passkeyRequestOptions(ann.user.id);
    const bobAnswer = JSON.stringify(bob.device.get(bobs.options, here()));
    await expect(confirmIdentity(ann.user.id, { currentPassword: "", passkey: bobAnswer }, "currentPassword", bobs.challengeId)).rejects.toThrow(PASSKEY_NOT_CONFIRMED);

    const [passkey] = await listPasskeys(ann.user.id);
    await expect(removePasskey(bob.user.id, passkey?.id ?? "")).rejects.toThrow(AppError);
    await removePasskey(ann.user.id, passkey?.id ?? "");
    const answer = await signInAnswer(ann.device);
    expect(await verifyPasskey(answer.challengeId, answer.response)).toBeNull();
  });

  it("refuses answers that are not a passkey's JSON", async () => {
    for (const junk of ["", "{}", "not json", JSON.stringify({ id: "../../", type: "public-key" }), "x".repeat(50_000)]) {
      const { challengeId } = await passkeyRequestOptions(null);
      expect(await verifyPasskey(challengeId, junk)).toBeNull();
    }
  });
});
