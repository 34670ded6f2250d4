/** The public privacy topic pages: slug, section keys (texts in the message files) and last update. */
export const PRIVACY_TOPICS = {
  informasjonskapsler: { sections: ["hva", "statistikk", "slette"], updated: "2026-11-25" },
  "chat-og-meldinger": { sections: ["skriv", "chatbot", "veileder"], updated: "2026-11-25" },
  "automatiske-vedtak": { sections: ["hva", "kriterier", "klage"], updated: "2026-11-25" },
  "digital-leveattest": { sections: ["hva", "samtykke", "lagring"], updated: "2026-11-25" },
  klage: { sections: ["ombud", "datatilsynet", "svar"], updated: "2026-11-25" },
} as const;
export type PrivacyTopic = keyof typeof PRIVACY_TOPICS;
