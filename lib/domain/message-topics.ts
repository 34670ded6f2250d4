/** The topics of a message to Nav: what the form in the browser needs, without the rules (messages.ts). */

/** What a message to Nav can be about; decides which team reads it first. */
export const TOPICS = ["PAYMENT", "TAX", "DRAW_GRADE", "ABROAD", "LIFE_CHANGE", "OTHER"] as const;
export type Topic = (typeof TOPICS)[number];
