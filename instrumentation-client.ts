import { z } from "zod";

// Runs in the browser before the app's own code. zod compiles object schemas with `new Function`
// unless told not to; the Content-Security-Policy forbids eval (proxy.ts), and the attempt alone
// is reported as a violation. Forms validate just as well without it.
z.config({ jitless: true });
