import type { PrismaClient } from "../../platform/db/prisma.ts";
import { keysetAfter, toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import type { Workshop } from "./workshop.types.ts";

export class WorkshopService {
  constructor(private readonly prisma: PrismaClient) {}

  /** The workshop directory by name, optionally for one city (case-insensitive). */
  async directory(page: PageRequest, city?: string | null): Promise<Page<Workshop>> {
    const where = city ? { city: { equals: city.trim(), mode: "insensitive" as const } } : {};
    const [rows, totalCount] = await Promise.all([
      this.prisma.workshop.findMany({
        where: { AND: [where, keysetAfter(page.after, "asc", (comparison, value) => ({ name: { [comparison]: value } }))] },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        select: { id: true, name: true, city: true, serviceArea: true, servicesOffered: true, ratingHundredths: true },
        take: page.take + 1,
      }),
      this.prisma.workshop.count({ where }),
    ]);
    return toPage(
      rows.map(({ ratingHundredths, ...row }) => ({ ...row, rating: ratingHundredths / 100 })),
      page,
      totalCount,
      (workshop) => workshop.name,
    );
  }
}
