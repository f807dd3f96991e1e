/**
 * The app's views, kept in the URL hash so a reload (or a crash and restart) returns to the same place.
 * "#/review/<reviewId>/respondents" is the review's respondents (renderer/src/respondents/).
 * "#/compare/<partnershipId>" is the comparison of a partnership's reviews (renderer/src/compare/CompareView.svelte).
 */
export type View =
  | { name: 'library' }
  | { name: 'partnership'; partnershipId: string }
  | { name: 'review'; reviewId: string; tab: ReviewTab }
  | { name: 'compare'; partnershipId: string }
  /** Workshop mode (renderer/src/workshop/): `screen` names the screen shown ('' for the first), so a reload resumes there. */
  | { name: 'workshop'; reviewId: string; screen: string }
  | { name: 'settings' }
  /** The action register across every partnership (renderer/src/portfolio/). */
  | { name: 'actions' };

export type ReviewTab = 'grid' | 'summary' | 'respondents';

export function toHash(view: View): string {
  switch (view.name) {
    case 'library':
      return '#/';
    case 'partnership':
      return `#/partnership/${view.partnershipId}`;
    case 'review':
      return `#/review/${view.reviewId}/${view.tab}`;
    case 'compare':
      return `#/compare/${view.partnershipId}`;
    case 'workshop':
      return `#/review/${view.reviewId}/workshop${view.screen ? `/${view.screen}` : ''}`;
    case 'settings':
      return '#/settings';
    case 'actions':
      return '#/actions';
  }
}

export function fromHash(hash: string): View {
  const [kind, id, tab, screen] = hash.replace(/^#\/?/, '').split('/');
  if (kind === 'settings') return { name: 'settings' };
  if (kind === 'actions') return { name: 'actions' };
  if (kind === 'partnership' && id) return { name: 'partnership', partnershipId: id };
  if (kind === 'compare' && id) return { name: 'compare', partnershipId: id };
  if (kind === 'review' && id && tab === 'workshop') return { name: 'workshop', reviewId: id, screen: screen ?? '' };
  if (kind === 'review' && id) return { name: 'review', reviewId: id, tab: tab === 'summary' || tab === 'respondents' ? tab : 'grid' };
  return { name: 'library' };
}

export class Router {
  view = $state<View>({ name: 'library' });
  /** The view shown before this one, so Settings can offer Back to where the person was (null after a reload). */
  previous = $state<View | null>(null);

  /** Reads the hash now and follows back/forward; call once at start-up in the browser. */
  attach(win: Window): () => void {
    this.view = fromHash(win.location.hash);
    const onHash = () => this.#move(fromHash(win.location.hash));
    win.addEventListener('hashchange', onHash);
    return () => win.removeEventListener('hashchange', onHash);
  }

  go(view: View): void {
    this.#move(view);
    if (typeof window !== 'undefined' && window.location.hash !== toHash(view)) window.location.hash = toHash(view);
  }

  #move(view: View): void {
    if (toHash(view) !== toHash(this.view)) this.previous = this.view;
    this.view = view;
  }
}
