/** Loads Shoelace's light or dark theme into the test page; resolves to a function that removes it. */
export async function useShoelaceTheme(theme: 'light' | 'dark'): Promise<() => void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = `/node_modules/@shoelace-style/shoelace/dist/themes/${theme}.css`;
  const loaded = new Promise<void>((resolve, reject) => {
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`Could not load the Shoelace ${theme} theme`));
  });
  document.head.append(link);
  await loaded;
  document.documentElement.classList.add(`sl-theme-${theme}`);
  return () => {
    link.remove();
    document.documentElement.classList.remove(`sl-theme-${theme}`);
  };
}

function luminance(rgb: string): number {
  const channels = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = channels;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two computed `rgb()` colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
