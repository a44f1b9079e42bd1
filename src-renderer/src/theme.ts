/**
 * Mantine theme: a calm blue close to Dutch government tools, system fonts (no remote content) and
 * colours adjusted so that text meets WCAG AA contrast in both light and dark.
 */
import { createTheme, Menu, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** Shade 6 is #01689b, shade 8 #154273 (the "lint" and "dark" blues of Dutch public websites). */
const regioBlue: MantineColorsTuple = [
  '#e7f2f8',
  '#cfe4f0',
  '#a0c9e1',
  '#6eadd1',
  '#4494c2',
  '#1a7db5',
  '#01689b',
  '#015a87',
  '#154273',
  '#0e2f52',
];

/** A blue-tinted dark palette, so dark mode stays calm instead of pure grey. */
const dark: MantineColorsTuple = [
  '#dde3ea',
  '#bcc6d1',
  '#9aa7b5',
  '#6f7e8e',
  '#465464',
  '#36434f',
  '#28333e',
  '#1c2630',
  '#161e27',
  '#10161d',
];

export const theme = createTheme({
  primaryColor: 'regioBlue',
  primaryShade: { light: 6, dark: 7 },
  colors: { regioBlue, dark },
  white: '#ffffff',
  black: '#1b1f24',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    // Mantine's focus placeholder (a tabindex'd role=presentation div inside role=menu) fails axe's
    // aria-required-children; without it the first item takes the focus when the menu opens.
    Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
  },
});

/** Overrides Mantine's dimmed and placeholder greys, which are below 4.5:1 on the page background. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#4f5861',
    '--mantine-color-placeholder': '#5f6872',
    // A field's error text and border (Mantine's red 6 fails WCAG AA contrast on white).
    '--mantine-color-error': '#a61e1e',
    '--rs-header-bg': '#154273',
    '--rs-header-fg': '#ffffff',
    '--rs-navbar-bg': '#f3f6f9',
    '--rs-focus': '#154273',
    '--rs-surface': '#ffffff',
    '--rs-accent-soft': '#dcebf5',
    '--rs-nav-active-fg': '#154273',
    '--rs-nav-active-border': '#01689b',
    '--rs-border': '#d7dee5',
    '--rs-severity-error': '#a61e1e',
    '--rs-severity-warning': '#8a3a00',
    '--rs-severity-unmapped': '#76208a',
    '--rs-conflict-bg': '#fff7e0',
    '--rs-conflict-border': '#d9480f',
    '--rs-link': '#015a87',
    '--rs-chip-fg': '#154273',
    '--rs-chip-bg': '#eef4f9',
    '--rs-chip-border': '#c9dbe9',
    '--rs-map-bg': '#ffffff',
    '--rs-map-ring': '#1a1f26',
  },
  dark: {
    '--mantine-color-dimmed': '#b3bdc8',
    '--mantine-color-placeholder': '#a3afbb',
    '--mantine-color-text': '#e3e8ee',
    '--mantine-color-error': '#ffb3b3',
    '--rs-header-bg': '#0f2742',
    '--rs-header-fg': '#ffffff',
    '--rs-navbar-bg': '#161e27',
    '--rs-focus': '#ffd54f',
    '--rs-surface': '#1c2630',
    '--rs-accent-soft': '#1d3550',
    '--rs-nav-active-fg': '#ffffff',
    '--rs-nav-active-border': '#6eadd1',
    '--rs-border': '#36434f',
    '--rs-severity-error': '#ffb3b3',
    '--rs-severity-warning': '#ffc98f',
    '--rs-severity-unmapped': '#eab3f7',
    '--rs-conflict-bg': '#2c2a22',
    '--rs-conflict-border': '#f0a35c',
    '--rs-link': '#9ccbea',
    '--rs-chip-fg': '#dcebf5',
    '--rs-chip-bg': '#223449',
    '--rs-chip-border': '#3a5470',
    '--rs-map-bg': '#161e27',
    '--rs-map-ring': '#ffffff',
  },
});
