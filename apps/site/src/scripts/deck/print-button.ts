/** Wires every 「印刷する」 button (components/deck/PrintButton.astro) to the print dialog. */
export function installPrintButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-print-button]')) {
    button.addEventListener('click', () => window.print());
  }
}
