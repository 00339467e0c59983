import { spawn } from "node:child_process";
import net from "node:net";
import { describe, expect, it } from "vitest";
import { childEnv } from "../lib/env";

// The launcher's refusals, as a person starting the app sees them: one clear line, exit code 1.
function runLauncher(extraEnv: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/run.ts", "serve"], { env: childEnv(extraEnv) });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("npm start refuses clearly", () => {
  it("names a port that is already in use and how to choose another", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "0.0.0.0", resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const { code, output } = await runLauncher({ PORT: String(port) });
      expect(code).toBe(1);
      expect(output.trim()).toBe(`Port ${port} is already in use. Stop the program using it, or run: PORT=${port + 1} npm start`);
    } finally {
      blocker.close();
    }
  });

  it("names a malformed setting and starts nothing", async () => {
    const { code, output } = await runLauncher({ PORT: "eighty", SMTP_URL: "mail.example.com" });
    expect(code).toBe(1);
    expect(output).toContain("PORT:");
    expect(output).toContain("SMTP_URL: must be an smtp:// or smtps:// URL");
    expect(output).not.toMatch(/\n\s+at /);
  });

  it("refuses a public URL without a mail server, in one line, before starting anything", async () => {
    const { code, output } = await runLauncher({ NEXTAUTH_URL: "https://footnote.example.org", SMTP_URL: "" });
    expect(code).toBe(1);
    expect(output.trim()).toBe(
      "NEXTAUTH_URL (https://footnote.example.org) is a public address, so SMTP_URL is required: without a mail server, sign-in and reset links would have nowhere to go.",
    );
  });

  it("refuses a public URL without https", async () => {
    const { code, output } = await runLauncher({ NEXTAUTH_URL: "http://footnote.example.org", SMTP_URL: "smtp://127.0.0.1:2525" });
    expect(code).toBe(1);
    expect(output.trim()).toMatch(/^NEXTAUTH_URL \(http:\/\/footnote\.example\.org\) is a public address, so it must start with https:\/\//);
  });
});
