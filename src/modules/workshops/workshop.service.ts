import { serviceVocabulary } from "../../domain/matching/service-categories.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import { toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import { directoryScope } from "./workshop.policy.ts";
import type { WorkshopRow, WorkshopStore } from "./workshop.store.ts";
import type { Workshop } from "./workshop.types.ts";

/** A stored workshop row as the API shows it: the rating from hundredths to 0-5. Field by field: a rest copy is V8's slow generic one (lists map a row each). */
export function toWorkshop(row: WorkshopRow): Workshop {
  return { id: row.id, name: row.name, city: row.city, serviceArea: row.serviceArea, servicesOffered: row.servicesOffered, rating: row.ratingHundredths / 100 };
}

export class WorkshopService {
  constructor(private readonly store: WorkshopStore) {}

  /** The workshop directory by name, optionally for one city (trimmed, case-insensitive; an empty one is no filter). */
  async directory(viewer: Viewer, page: PageRequest, city?: string | null): Promise<Page<Workshop>> {
    const { rows, totalCount } = await this.store.directory(directoryScope(viewer), page, city ? city.trim() : null);
    return toPage(rows.map(toWorkshop), page, totalCount, (workshop) => workshop.name);
  }

  /** The service categories a mechanic may recommend: the standard ones and every one a workshop offers, lower case, sorted (serviceVocabulary). */
  async serviceCategories(): Promise<string[]> {
    return serviceVocabulary(await this.store.offeredServiceCategories());
  }
}
