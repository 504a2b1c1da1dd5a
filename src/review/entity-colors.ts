import { ENTITY_TYPES } from "../detect/types.ts";

const GOLDEN_ANGLE = 137.508;

/**
 * A stable hue per entity type: the golden angle apart in ENTITY_TYPES order, so types
 * next to each other in a legend never look alike. Types the detector does not list
 * (e.g. from a newer rule pack) get a hue from their name.
 */
export function entityHue(type: string): number {
  const index = ENTITY_TYPES.indexOf(type as (typeof ENTITY_TYPES)[number]);
  if (index >= 0) return Math.round((index * GOLDEN_ANGLE + 220) % 360);
  let hash = 0;
  for (const char of type) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 360;
}

/** The CSS class that colours a placeholder, legend chip or count of `type`. */
export function entityClass(type: string): string {
  return ENTITY_TYPES.includes(type as (typeof ENTITY_TYPES)[number]) ? `t-${type}` : "t-other";
}

/** The stylesheet rules for every known type: a light tint, a darker edge, dark text. */
export function entityColorRules(): string {
  return [...ENTITY_TYPES, "other"]
    .map((type) => {
      const hue = type === "other" ? 0 : entityHue(type);
      const saturation = type === "other" ? 0 : 70;
      return `.t-${type}{--tint:hsl(${hue} ${saturation}% 93%);--edge:hsl(${hue} ${saturation - 15}% 45%);--ink:hsl(${hue} ${saturation - 10}% 24%)}`;
    })
    .join("\n");
}
