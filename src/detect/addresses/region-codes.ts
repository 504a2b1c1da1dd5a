/**
 * Upper-case region codes written before a postcode in an address: US states, DC and
 * territories (USPS), Canadian provinces and territories, and Australian states.
 */
export const REGION_CODES: ReadonlySet<string> = new Set(
  (
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM " +
    "NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU AS MP AA AE AP " +
    "AB BC MB NB NL NS NT NU ON PE QC SK YT " +
    "NSW VIC QLD SA WA TAS ACT"
  ).split(" "),
);
