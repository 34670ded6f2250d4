/** The topics and length of a message to Nav: what the form in the browser needs, without the rules (messages.ts). */

/** What a message to Nav can be about; decides which team reads it first. */
export const TOPICS = ["PAYMENT", "TAX", "DRAW_GRADE", "ABROAD", "LIFE_CHANGE", "OTHER"] as const;
export type Topic = (typeof TOPICS)[number];

/** The longest message text, in characters. */
export const MESSAGE_MAX_TEXT = 4000;
