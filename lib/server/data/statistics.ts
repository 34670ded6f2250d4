import "server-only";
import { type IsoDate } from "../../domain/calendar";
import { db } from "../db";

/** One more view of a page's route on a day. No person, no address: the route and a count. */
export async function countPageView(day: IsoDate, path: string): Promise<void> {
  const date = new Date(`${day}T00:00:00Z`);
  await db().pageViewCount.upsert({ where: { day_path: { day: date, path } }, create: { day: date, path, count: 1 }, update: { count: { increment: 1 } } });
}
