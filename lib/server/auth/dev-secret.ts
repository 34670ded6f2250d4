/** The development-only secret: production refuses it (lib/server/config.ts). */
export const DEV_AUTH_SECRET = "local-development-secret-not-for-production-use-0000";
