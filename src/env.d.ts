// Lets plain `tsc` type imports of .astro files from .ts modules (astro check reads the real components).
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
