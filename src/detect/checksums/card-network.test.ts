import { describe, expect, it } from "vitest";
import { cardNetwork } from "./card-network.ts";

describe("cardNetwork", () => {
  it.each([
    ["4111111111111111", "VISA"],
    ["4222222222222", "VISA"],
    ["5555555555554444", "MASTERCARD"],
    ["2223003122003222", "MASTERCARD"],
    ["2720992720992729", "MASTERCARD"],
    ["378282246310005", "AMEX"],
    ["341111111111111", "AMEX"],
    ["6011111111111117", "DISCOVER"],
    ["6445644564456445", "DISCOVER"],
    ["6500000000000002", "DISCOVER"],
    ["3530111333300000", "JCB"],
    ["3589000000000000", "JCB"],
    ["30569309025904", "DINERS"],
    ["36227206271667", "DINERS"],
    ["38520000023237", "DINERS"],
    ["6200000000000005", "UNIONPAY"],
  ])("%s is %s", (digits, network) => {
    expect(cardNetwork(digits)).toBe(network);
  });

  it.each([
    ["2220999999999999", "below the Mastercard 2-series"],
    ["2721000000000000", "above the Mastercard 2-series"],
    ["5655555555555555", "56 is no Mastercard prefix"],
    ["3527000000000000", "below the JCB range"],
    ["306000000000000", "306 is no Diners prefix"],
    ["41111111111111", "Visa has no 14-digit numbers"],
    ["3782822463100051", "Amex numbers have 15 digits"],
    ["9111111111111111", "9 is no card network"],
  ])("%s is nothing (%s)", (digits) => {
    expect(cardNetwork(digits)).toBeNull();
  });
});
