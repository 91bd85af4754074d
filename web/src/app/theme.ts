import { Badge, createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** A deep administrative blue; shade 8 (the filled shade) gives white text a 7.9:1 contrast. */
const brand: MantineColorsTuple = [
  '#eaf1fb',
  '#d3e1f5',
  '#a7c3ea',
  '#78a3de',
  '#5088d3',
  '#4079c9',
  '#3672c4',
  '#2860ad',
  '#1f5193',
  '#17427a',
];

export const theme = createTheme({
  primaryColor: 'brand',
  // Shade 8 of every palette keeps white text on filled buttons and badges above WCAG AA (4.5:1);
  // Mantine's default shade 6 does not.
  primaryShade: { light: 8, dark: 8 },
  autoContrast: true,
  colors: { brand },
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
  focusRing: 'auto',
  cursorType: 'pointer',
  components: {
    // Capitalised Vietnamese ("CƠ SỞ GIÁO DỤC ĐẠI HỌC") reads as shouting and is harder to scan.
    Badge: Badge.extend({ styles: { root: { textTransform: 'none' } } }),
  },
});

/** Dimmed, placeholder and error text darkened so they stay readable (≥ 4.5:1 on white). */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
