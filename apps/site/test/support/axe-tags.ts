/** The WCAG levels the site's pages are held to with axe (2.0-2.2, A and AA). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
