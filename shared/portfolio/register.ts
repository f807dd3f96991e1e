import { actionRegister, type RegisterEntry } from '../compare/register.ts';
import type { ActionStatus, Partnership, Review } from '../model/review.ts';
import { isUnfinished } from '../vocabulary/actions.ts';
import { newestFirst } from './order.ts';

/** An action in the register across every partnership: the partnership's own register entry, named. */
export interface PortfolioAction extends RegisterEntry {
  partnershipId: string;
  partnershipName: string;
}

/**
 * Every action of every partnership, each partnership's register worked out as the comparison does (carried actions
 * once, in their latest state; open parked points included), partnerships in the library's order.
 */
export function portfolioRegister(partnerships: readonly Partnership[], reviews: readonly Review[], today: string): PortfolioAction[] {
  const byPartnership = new Map<string, Review[]>();
  for (const r of reviews) byPartnership.set(r.partnershipId, [...(byPartnership.get(r.partnershipId) ?? []), r]);
  const latestDate = (p: Partnership) => [...(byPartnership.get(p.id) ?? [])].sort(newestFirst)[0]?.date ?? '';
  const ordered = [...partnerships].sort((a, b) => latestDate(b).localeCompare(latestDate(a)) || a.name.localeCompare(b.name));
  return ordered.flatMap((p) => {
    const own = byPartnership.get(p.id) ?? [];
    if (own.length === 0) return [];
    return actionRegister(own, today).entries.map((e) => ({ ...e, partnershipId: p.id, partnershipName: p.name }));
  });
}

export interface RegisterFilter {
  /** "" for every owner; otherwise the owner as written (By Whom?), compared without case or outer spaces. */
  owner: string;
  /** One status, or every unfinished one (open and in progress), or all. */
  status: ActionStatus | 'unfinished' | 'all';
  overdueOnly: boolean;
}

const ownerKey = (owner: string) => owner.trim().toLocaleLowerCase('en-GB');

export function filterRegister(entries: readonly PortfolioAction[], filter: RegisterFilter): PortfolioAction[] {
  const owner = ownerKey(filter.owner);
  return entries.filter(
    (e) =>
      (owner === '' || ownerKey(e.byWhom) === owner) &&
      (filter.status === 'all' || (filter.status === 'unfinished' ? isUnfinished(e.status) : e.status === filter.status)) &&
      (!filter.overdueOnly || e.overdue),
  );
}

/** The owners to filter by: each By Whom? once (first spelling kept), in alphabetical order. */
export function ownersOf(entries: readonly PortfolioAction[]): string[] {
  const seen = new Map<string, string>();
  for (const e of entries) if (e.byWhom.trim() && !seen.has(ownerKey(e.byWhom))) seen.set(ownerKey(e.byWhom), e.byWhom.trim());
  return [...seen.values()].sort((a, b) => a.localeCompare(b, 'en-GB'));
}
