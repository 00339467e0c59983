import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

// Every test also fails on what the browser itself reports as broken in any page it opens: a
// Content-Security-Policy violation (Chromium logs each as a console error naming the policy) or an
// uncaught error. So the policy is checked on every page and flow the tests reach, including the
// pages of contexts a test opens itself (a clinic reading a share link, a carer's phone).
export const test = base.extend<{ browserProblems: void }>({
  browserProblems: [
    async ({ context, browser }, run) => {
      const problems: string[] = [];
      const watchPage = (page: Page) => {
        page.on("console", (message) => {
          if (message.type() === "error" && message.text().includes("Content Security Policy")) problems.push(`${page.url()}: ${message.text()}`);
        });
        page.on("pageerror", (error) => problems.push(`${page.url()}: uncaught ${error.name}: ${error.message}`));
      };
      const watchContext = (watched: BrowserContext) => {
        watched.pages().forEach(watchPage);
        watched.on("page", watchPage);
      };
      watchContext(context);
      const newContext = browser.newContext;
      browser.newContext = async (...options) => {
        const opened = await newContext.apply(browser, options);
        watchContext(opened);
        return opened;
      };
      try {
        await run();
      } finally {
        browser.newContext = newContext;
      }
      expect(problems, "CSP violations and uncaught errors in the browser").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
