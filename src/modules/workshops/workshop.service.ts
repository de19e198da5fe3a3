import type { PrismaClient } from "../../db/prisma.ts";
import type { Workshop } from "./workshop.types.ts";

export class WorkshopService {
  constructor(private readonly prisma: PrismaClient) {}

  /** The workshop directory, optionally for one city (case-insensitive). */
  async directory(city?: string | null): Promise<Workshop[]> {
    const rows = await this.prisma.workshop.findMany({
      where: city ? { city: { equals: city.trim(), mode: "insensitive" } } : {},
      orderBy: [{ name: "asc" }, { id: "asc" }],
      select: { id: true, name: true, city: true, serviceArea: true, servicesOffered: true, ratingHundredths: true },
      take: 200,
    });
    return rows.map(({ ratingHundredths, ...row }) => ({ ...row, rating: ratingHundredths / 100 }));
  }
}
