/**
 * Whether `region` lies within `required`: the same code, or a sub-region of it
 * (`eu-west` lies within `eu`; `eu` does not lie within `eu-west`).
 */
export function regionWithin(region: string, required: string): boolean {
  return region === required || region.startsWith(`${required}-`);
}
