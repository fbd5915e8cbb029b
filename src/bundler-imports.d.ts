// Module suffixes the bundler resolves at build time.

/** A worker built as its own chunk; the default export is its URL. */
declare module '*?worker&url' {
  const url: string;
  export default url;
}
