import { parsePartialDate } from "../../src/lib/partial-date";
import type { TSeedActivity } from "./seed-schema";
import type { TTx } from "./tx";

export async function loadActivity(tx: TTx, activity: TSeedActivity, rcpIds: Map<string, string>) {
  const start = parsePartialDate(activity.startDate, "start")!;
  const end = activity.endDate ? parsePartialDate(activity.endDate, "end") : null;
  const fields = {
    title: activity.title,
    kind: activity.kind,
    startDate: start.date,
    startPrecision: start.precision,
    endDate: end?.date ?? null,
    endPrecision: end?.precision ?? null,
    location: activity.location,
    summary: activity.summary ? { en: activity.summary } : undefined,
    visibility: "PUBLIC" as const,
  };
  const { id } = await tx.activity.upsert({
    where: { slug: activity.slug },
    create: { slug: activity.slug, ...fields },
    update: fields,
    select: { id: true },
  });
  await tx.activityRcp.deleteMany({ where: { activityId: id } });
  await tx.activityRcp.createMany({
    data: activity.rcps.map((slug) => ({ activityId: id, rcpId: rcpIds.get(slug) ?? "" })),
  });
}
