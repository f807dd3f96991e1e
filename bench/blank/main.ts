import { mount } from 'svelte';
import App from './App.svelte';

// The floor for first paint: Svelte's runtime mounting one heading, built by the same Vite config as the app.
mount(App, { target: document.getElementById('app')! });
