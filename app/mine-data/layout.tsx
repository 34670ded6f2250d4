import { protectedLayout } from "@/lib/server/auth/protected-layout";

export default protectedLayout("/mine-data");
