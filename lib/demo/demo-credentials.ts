/** The demo account `npm run seed` makes; the sign-in page names it on local copies. */
export const DEMO_EMAIL = "demo@footnote.localhost";
export const DEMO_PASSWORD = "footnote-demo";
