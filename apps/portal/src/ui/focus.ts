/**
 * A ref that moves the keyboard focus to its element when it appears: for what replaces the button
 * that opened it (a confirmation), since focus would otherwise fall back to the page's start.
 */
export const focusWhenShown = (element: HTMLElement | null) => element?.focus();
