import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { AppError } from "../app-error";

// Passwords an attacker tries first are refused: zxcvbn-ts with its common-password and word
// lists (shipped in the package: no network call), which also sees through "password1234",
// keyboard rows and repeats. Server side only: the lists are 0.4 MB. See docs/decisions/0030.

export const COMMON_PASSWORD_MESSAGE =
  "This password is one of the most common ones, so it is among the first anyone would try. Add a few words of your own.";

let checker: ZxcvbnFactory | undefined;

/** zxcvbn's score 0–1: fewer than a million guesses (the name and email count as known words). */
export function isTooGuessable(password: string, knownWords: string[] = []): boolean {
  checker ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return checker.check(password, knownWords).score <= 1;
}

export function assertUncommonPassword(password: string, field: string, knownWords: string[] = []): void {
  if (isTooGuessable(password, knownWords)) throw new AppError(COMMON_PASSWORD_MESSAGE, { field });
}
