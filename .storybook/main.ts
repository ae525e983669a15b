import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts', '../stories/**/*.mdx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: [
    { from: '../node_modules/@shoelace-style/shoelace/dist/themes', to: '/shoelace-themes' },
  ],
  async viteFinal(viteConfig) {
    // One copy of Lit in dev mode (otherwise "Multiple versions of Lit loaded").
    viteConfig.optimizeDeps ??= {};
    viteConfig.optimizeDeps.include = [
      ...(viteConfig.optimizeDeps.include ?? []),
      'lit/directive-helpers.js',
    ];
    return viteConfig;
  },
};
export default config;
