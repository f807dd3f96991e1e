import type { ReviewBundle } from './bundle.ts';
import type { Partnership, Review } from '../model/review.ts';

/**
 * Where an imported workbook goes in the library, as a pure rule (the UI gathers the facts and asks the question).
 * A workbook becomes a new review unless it is this app's export of a review still in the library and the person
 * chose to update that review. A new review never takes an id already in the library. It joins the workbook's own
 * partnership when the library knows it, otherwise the partnership on screen, otherwise the workbook's partnership
 * is created.
 */
export interface PlacementFacts {
  bundle: ReviewBundle;
  /** The stored review the workbook was exported from (an export of this app, still in the library), if any. */
  exportedFrom: Review | null;
  /** The person's answer when `exportedFrom` is set: update that review, or import as a new one. */
  choice: 'update' | 'new';
  /** Whether the workbook's review id is already in the library. */
  idTaken: boolean;
  /** Whether the workbook's partnership id is already in the library. */
  partnershipKnown: boolean;
  /** The partnership on screen, if any. */
  contextPartnershipId: string | null;
  stamp: string;
  newId: string;
}

export interface Placement {
  review: Review;
  /** A partnership to create first, when the review needs one the library lacks. */
  createPartnership: Partnership | null;
  updating: boolean;
}

export function placeImported(facts: PlacementFacts): Placement {
  const { bundle, exportedFrom, stamp } = facts;
  if (exportedFrom && facts.choice === 'update') {
    return {
      review: {
        ...bundle.review,
        respondents: keepNames(bundle.review, exportedFrom),
        partnershipId: exportedFrom.partnershipId,
        createdAt: exportedFrom.createdAt,
        updatedAt: stamp,
      },
      createPartnership: null,
      updating: true,
    };
  }
  const clash = exportedFrom !== null || facts.idTaken;
  const fresh = clash ? { id: facts.newId, createdAt: stamp } : {};
  if (facts.partnershipKnown)
    return {
      review: { ...bundle.review, ...fresh, partnershipId: bundle.partnership.id, updatedAt: stamp },
      createPartnership: null,
      updating: false,
    };
  if (facts.contextPartnershipId)
    return {
      review: { ...bundle.review, ...fresh, partnershipId: facts.contextPartnershipId, updatedAt: stamp },
      createPartnership: null,
      updating: false,
    };
  return {
    review: { ...bundle.review, ...fresh, partnershipId: bundle.partnership.id, updatedAt: stamp },
    createPartnership: { ...bundle.partnership, createdAt: stamp, updatedAt: stamp },
    updating: false,
  };
}

/**
 * An anonymous review leaves the app as "Respondent n" with no role (respondents/anonymity.ts). Updating the review
 * it came from must not overwrite the names kept here with those placeholders: a respondent still in the library
 * keeps its stored name and role; everything else comes from the workbook.
 */
function keepNames(imported: Review, stored: Review): Review['respondents'] {
  if (!imported.anonymous) return imported.respondents;
  const known = new Map(stored.respondents.map((r) => [r.id, r]));
  return imported.respondents.map((r) => {
    const own = known.get(r.id);
    return own ? { ...r, name: own.name, role: own.role } : r;
  });
}
