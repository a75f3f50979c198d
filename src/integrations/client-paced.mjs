// @ts-check
import { fileURLToPath } from 'node:url';

/**
 * Adds `client:paced` (src/lib/paced-hydration.ts): islands hydrate when visible, as with
 * `client:visible`, one island per task.
 * @returns {import('astro').AstroIntegration}
 */
export default function clientPaced() {
  return {
    name: 'client-paced',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'paced',
          entrypoint: fileURLToPath(new URL('../lib/paced-hydration.ts', import.meta.url)),
        });
      },
    },
  };
}
