/**
 * Seed data for the comparison journeys, as a library backup file restored through the app's own "Restore library"
 * button. Written out in full (not built with shared/ helpers) so the specs do not depend on the JSON-importing
 * instrument catalogue inside Playwright's loader.
 */
type Level = 'no-action-needed' | 'no-action-in-hand' | 'yes-needs-improving' | 'yes-working-well';
type Status = 'open' | 'in-progress' | 'done' | 'dropped';

export const BENCHMARKS: Record<string, string> = {
  '1.1': 'leadership-common-vision',
  '1.2': 'leadership-added-value',
  '1.3': 'leadership-willing-to-change',
  '1.4': 'leadership-engender-support',
  '1.5': 'leadership-aligned-objectives',
  '2.1': 'trust-mutual-accountability',
  '2.2': 'trust-respect-differences',
  '2.3': 'trust-openness',
  '2.4': 'trust-communications',
  '2.5': 'trust-fair-sharing',
  '2.6': 'trust-equal-say',
  '3.1': 'learning-continuous-improvement',
  '3.2': 'learning-periodic-review',
  '3.3': 'learning-learn-from-others',
  '3.4': 'learning-use-strengths',
  '3.5': 'learning-manage-change',
  '4.1': 'managing-for-performance-structure-fits-purpose',
  '4.2': 'managing-for-performance-roles-defined',
  '4.3': 'managing-for-performance-objectives-owned',
  '4.4': 'managing-for-performance-adequate-resources',
  '4.5': 'managing-for-performance-project-management',
};

export const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;
export const PARTNERSHIP_ID = uuid(900);

interface Answer {
  rating?: Level;
  actionNeeded?: string;
  byWhom?: string;
  dueDate?: string;
  actionStatus?: Status;
  carriedFrom?: string;
}

export function review(
  n: number,
  title: string,
  date: string,
  answers: Record<string, Answer>,
  factors: Record<string, Record<string, 'tick' | 'cross'>> = {},
) {
  const stamp = `${date}T10:00:00.000Z`;
  return {
    id: uuid(n),
    partnershipId: PARTNERSHIP_ID,
    title,
    date,
    facilitator: 'Sam Patel',
    participants: ['Riverside Council', 'Riverside NHS Trust'],
    status: 'final' as 'draft' | 'final',
    instrument: { id: 'smarter-partnerships-digging-deeper', version: 1 },
    answers: Object.fromEntries(
      Object.entries(answers).map(([number, a]) => [
        BENCHMARKS[number]!,
        {
          rating: a.rating ?? null,
          actionNeeded: a.actionNeeded ?? '',
          byWhom: a.byWhom ?? '',
          dueDate: a.dueDate ?? null,
          notes: '',
          actionStatus: a.actionStatus ?? 'open',
          carriedFrom: a.carriedFrom ?? null,
        },
      ]),
    ),
    factors: Object.fromEntries(Object.entries(factors).map(([section, marks]) => [section, { marks, notes: '' }])),
    createdAt: stamp,
    updatedAt: stamp,
  };
}

export function backupFile(name: string, reviews: ReturnType<typeof review>[]): { name: string; mimeType: string; buffer: Buffer } {
  const now = '2026-01-01T09:00:00.000Z';
  const partnership = {
    id: PARTNERSHIP_ID,
    name,
    partners: ['Riverside Council', 'Riverside NHS Trust'],
    notes: '',
    createdAt: now,
    updatedAt: now,
  };
  const body = { format: 'partnership-review/library', formatVersion: 1, savedAt: now, partnerships: [partnership], reviews };
  return { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(body)) };
}
