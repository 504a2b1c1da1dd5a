import type { ExchangeLog } from "../audit/exchange-record.ts";
import type { FindingRuleCount } from "./apply-finding-actions.ts";

/**
 * The exchange log, with `findingRules` (which detection rule fired on which type, how
 * often, and what was done: ids and types, never values) added to the exchange record it
 * appends. Everything else passes straight through to the log itself.
 */
export function withFindingRules(log: ExchangeLog, findingRules: () => readonly FindingRuleCount[]): ExchangeLog {
  return new Proxy(log, {
    get(target, property) {
      if (property === "append") {
        return (record: Parameters<ExchangeLog["append"]>[0]) => {
          const rules = findingRules();
          target.append(rules.length > 0 ? { ...record, findingRules: rules.map((rule) => ({ ...rule })) } : record);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      // Bound to the log itself, so methods that use `this` (or private fields) keep working.
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
