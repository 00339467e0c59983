/**
 * A request may name the journal it is for (its owner's user id) in this header; the device's
 * queue and the photo uploader do, so a check goes to the journal it was written in even when the
 * switcher has opened another one since (in another window, or before the connection returned).
 * The server checks the named journal against the person's memberships like the switcher's cookie.
 */
export const JOURNAL_HEADER = "x-footnote-journal";
