import { describe, expect, it } from "vitest";
import { parseEnv } from "../env";
import { isLoopback, resolveClientAddress } from "./client-address";

const trusted = (value?: string) => parseEnv({ TRUSTED_PROXIES: value }).TRUSTED_PROXIES;

describe("resolveClientAddress", () => {
  it("believes no X-Forwarded-For by default: the peer is the client", () => {
    expect(resolveClientAddress("127.0.0.1", "203.0.113.9", trusted())).toBe("127.0.0.1");
    expect(resolveClientAddress("::ffff:198.51.100.7", "203.0.113.9, 10.0.0.1", trusted())).toBe("198.51.100.7");
  });

  it("with N trusted hops, takes the address the nearest proxy saw, never one the client wrote", () => {
    expect(resolveClientAddress("10.0.0.2", "203.0.113.9", trusted("1"))).toBe("203.0.113.9");
    // The client wrote "1.2.3.4" itself; the proxy appended the real address after it.
    expect(resolveClientAddress("10.0.0.2", "1.2.3.4, 203.0.113.9", trusted("1"))).toBe("203.0.113.9");
    expect(resolveClientAddress("10.0.0.2", "1.2.3.4, 203.0.113.9, 10.0.0.3", trusted("2"))).toBe("203.0.113.9");
    expect(resolveClientAddress("10.0.0.2", undefined, trusted("1"))).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "not an address, 203.0.113.9", trusted("1"))).toBe("203.0.113.9");
  });

  it("with a list of proxies, takes the right-most address that is not one of them", () => {
    const proxies = trusted("10.0.0.0/8, 2001:db8::1");
    expect(resolveClientAddress("10.0.0.2", "1.2.3.4, 203.0.113.9, 10.1.2.3", proxies)).toBe("203.0.113.9");
    expect(resolveClientAddress("2001:db8::1", "203.0.113.9", proxies)).toBe("203.0.113.9");
    // A peer that is not a listed proxy is the client, whatever it forwards.
    expect(resolveClientAddress("198.51.100.7", "203.0.113.9", proxies)).toBe("198.51.100.7");
  });

  it("refuses a malformed TRUSTED_PROXIES at start-up, naming the entry", () => {
    expect(() => trusted("10.0.0.0/40")).toThrow(/TRUSTED_PROXIES: "10.0.0.0\/40" is not an IP address or subnet/);
    expect(() => trusted("proxy.internal")).toThrow(/TRUSTED_PROXIES/);
    expect(trusted("none")).toEqual({ kind: "none" });
  });
});

describe("isLoopback", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.8.9.10", true],
    ["::1", true],
    ["::ffff:127.0.0.1", true],
    ["10.0.0.5", false],
    ["192.168.1.20", false],
    ["203.0.113.9", false],
    ["unknown", false],
  ])("%s → %s", (address, expected) => {
    expect(isLoopback(address)).toBe(expected);
  });
});
