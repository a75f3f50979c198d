// Custom client directives (src/integrations/), typed for .astro files.
export {};

declare module 'astro' {
  interface AstroClientDirectives {
    /** Hydrates when visible, like client:visible, one island per task (src/lib/paced-hydration.ts). */
    'client:paced'?: boolean;
  }
}
