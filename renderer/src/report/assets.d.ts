/** Vite turns `file?url` imports into the URL of a copied asset; only the report's fonts are imported this way. */
declare module '*.ttf?url' {
  const url: string;
  export default url;
}
