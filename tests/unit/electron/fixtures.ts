import { currentInstrument } from '@shared/instrument/catalogue.ts';
import { newPartnership, newReview } from '@shared/model/factories.ts';
import type { LibrarySnapshot, ReviewBundle } from '@shared/files/bundle.ts';

const NOW = '2026-03-04T10:00:00.000Z';

export function sampleBundle(): ReviewBundle {
  const partnership = newPartnership({ id: '0b9b5a6e-3f53-4c3e-9d1a-5d2f6f0c1a01', now: NOW }, { name: 'Riverside Health Partnership' });
  const review = newReview({ id: '0b9b5a6e-3f53-4c3e-9d1a-5d2f6f0c1a02', now: NOW }, partnership.id, currentInstrument, {
    title: 'Spring review',
    date: '2026-03-04',
  });
  return { partnership, review };
}

export function sampleLibrary(): LibrarySnapshot {
  const { partnership, review } = sampleBundle();
  return { partnerships: [partnership], reviews: [review] };
}
