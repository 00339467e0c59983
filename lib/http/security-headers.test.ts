import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { env, setForThisProcess } from "../env";

const original = env().NEXTAUTH_URL ?? "";
afterEach(() => setForThisProcess({ NEXTAUTH_URL: original }));

describe("proxy.ts's headers", () => {
  it("sends HSTS only when the public URL is https, and a fresh nonce policy on every response", async () => {
    setForThisProcess({ NEXTAUTH_URL: "https://footnote.example.org" });
    const secure = await proxy(new NextRequest("https://footnote.example.org/sign-in"));
    expect(secure.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(secure.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");

    setForThisProcess({ NEXTAUTH_URL: "http://localhost:3000" });
    const [first, second] = await Promise.all([proxy(new NextRequest("http://localhost:3000/sign-in")), proxy(new NextRequest("http://localhost:3000/sign-in"))]);
    expect(first.headers.get("strict-transport-security")).toBeNull();
    const nonceOf = (response: Response) => /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];
    expect(nonceOf(first)).toMatch(/^[A-Za-z0-9+/=]{40,}$/);
    expect(nonceOf(first)).not.toBe(nonceOf(second));
  });

  it("also protects the sign-in redirect and never takes a request id from the client", async () => {
    const redirect = await proxy(new NextRequest("http://localhost:3000/journal?from=2026-01-01", { headers: { "x-request-id": "chosen-by-the-client" } }));
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(redirect.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});
