/** The second-step page: a password or email link was right, and a code is still needed. */
export const SECOND_STEP_PATH = "/sign-in/second-step";
