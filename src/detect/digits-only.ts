/** The ASCII digits of `value`, in order, with everything else dropped. */
export function digitsOnly(value: string): string {
  return value.replace(/\D+/g, "");
}
