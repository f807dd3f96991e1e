import { mount, unmount, type Component } from 'svelte';

/**
 * Shows a dialog of this folder over the page until it calls `onclose`, then removes it. Mounted on its own (as the
 * update notice is) so that the toolbar button and the desktop menu open the same dialog without the app's root
 * component knowing about it, and its code is fetched only when it is first opened.
 */
export function showModal<P extends { onclose: () => void }>(component: Component<P>, props: Omit<P, 'onclose'>): Promise<void> {
  return new Promise((resolve) => {
    const shown: Record<string, unknown> = mount(component, {
      target: document.body,
      props: {
        ...props,
        // Called by the dialog's close event, so always after mount has returned.
        onclose: () => {
          void unmount(shown);
          resolve();
        },
      } as P,
    });
  });
}
