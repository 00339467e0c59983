import { isoCBOR } from "@simplewebauthn/server/helpers";
import type { AuthenticationResponseJSON, PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";

// A passkey authenticator in software, for unit tests of the ceremonies: it makes ES256 key pairs,
// "none" attestations and signed assertions exactly as a phone would, and can be told to answer for
// another origin or relying party, or without the PIN or fingerprint.

type Where = { origin: string; rpId: string; userVerified?: boolean };
type Stored = { id: string; privateKey: KeyObject; userHandle: string; rpId: string; counter: number };

const FLAG_USER_PRESENT = 0x01;
const FLAG_USER_VERIFIED = 0x04;
const FLAG_ATTESTED = 0x40;

const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest();
const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");

function counterBytes(counter: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32BE(counter);
  return bytes;
}

function clientData(type: "webauthn.create" | "webauthn.get", challenge: string, origin: string): Buffer {
  return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
}

export function softAuthenticator() {
  const credentials = new Map<string, Stored>();

  return {
    credentials,
    /** The browser's answer to "create a passkey" for these options. */
    create(options: PublicKeyCredentialCreationOptionsJSON, where: Where): RegistrationResponseJSON {
      const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
      const jwk = publicKey.export({ format: "jwk" });
      const cose = isoCBOR.encode(
        new Map<number, number | Uint8Array>([
          [1, 2],
          [3, -7],
          [-1, 1],
          [-2, Buffer.from(jwk.x ?? "", "base64url")],
          [-3, Buffer.from(jwk.y ?? "", "base64url")],
        ]),
      );
      const credentialId = randomBytes(32);
      const flags = FLAG_USER_PRESENT | FLAG_ATTESTED | (where.userVerified === false ? 0 : FLAG_USER_VERIFIED);
      const lengthBytes = Buffer.alloc(2);
      lengthBytes.writeUInt16BE(credentialId.length);
      const authData = Buffer.concat([sha256(where.rpId), Buffer.from([flags]), counterBytes(0), Buffer.alloc(16), lengthBytes, credentialId, Buffer.from(cose)]);
      const attestationObject = isoCBOR.encode(
        new Map<string, string | Uint8Array | Map<string, string>>([
          ["fmt", "none"],
          ["attStmt", new Map<string, string>()],
          ["authData", authData],
        ]),
      );
      const id = base64url(credentialId);
      credentials.set(id, { id, privateKey, userHandle: options.user.id, rpId: where.rpId, counter: 0 });
      return {
        id,
        rawId: id,
        type: "public-key",
        response: {
          clientDataJSON: base64url(clientData("webauthn.create", options.challenge, where.origin)),
          attestationObject: base64url(attestationObject),
          transports: ["internal"],
        },
        clientExtensionResults: {},
        authenticatorAttachment: "platform",
      };
    },
    /** The browser's answer to "use a passkey": signed with the given passkey, or the only one. */
    get(options: PublicKeyCredentialRequestOptionsJSON, where: Where, credentialId?: string): AuthenticationResponseJSON {
      const stored = credentialId ? credentials.get(credentialId) : [...credentials.values()][0];
      if (!stored) throw new Error("the soft authenticator holds no such passkey");
      stored.counter += 1;
      const flags = FLAG_USER_PRESENT | (where.userVerified === false ? 0 : FLAG_USER_VERIFIED);
      const authData = Buffer.concat([sha256(where.rpId), Buffer.from([flags]), counterBytes(stored.counter)]);
      const data = clientData("webauthn.get", options.challenge, where.origin);
      const signature = sign("sha256", Buffer.concat([authData, sha256(data)]), stored.privateKey);
      return {
        id: stored.id,
        rawId: stored.id,
        type: "public-key",
        response: { clientDataJSON: base64url(data), authenticatorData: base64url(authData), signature: base64url(signature), userHandle: stored.userHandle },
        clientExtensionResults: {},
        authenticatorAttachment: "platform",
      };
    },
  };
}
