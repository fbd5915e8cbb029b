/**
 * A phone number as a `tel:` address: digits and `+ # *` only, so nothing else a pack's
 * contact text holds (spaces, words, markup) reaches the link. Every element uses this one.
 */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+#*]/g, '')}`;
}
