import ipaddr from "ipaddr.js";

/**
 * Which network addresses a fetch may reach. Public unicast only, unless the allowlist (from
 * configuration; tests allow 127.0.0.1) names the address or a range holding it.
 */
export interface AddressPolicy {
  /** Exact addresses or CIDR ranges that are allowed even though they are private. */
  allow: string[];
}

// Every ipaddr.js range except public unicast: loopback, private, link-local (incl. the
// 169.254.169.254 cloud metadata address), unique-local, multicast, reserved, carrier NAT,
// IPv4-mapped/translated forms of those, and the unspecified address.
const PUBLIC_RANGES = new Set(["unicast"]);

function inAllowlist(address: ipaddr.IPv4 | ipaddr.IPv6, allow: string[]): boolean {
  for (const entry of allow) {
    try {
      if (entry.includes("/")) {
        const [range, bits] = ipaddr.parseCIDR(entry);
        if (range.kind() === address.kind() && address.match([range, bits] as [typeof address, number])) return true;
      } else if (ipaddr.parse(entry).toNormalizedString() === address.toNormalizedString()) {
        return true;
      }
    } catch {
      // A malformed allowlist entry allows nothing.
    }
  }
  return false;
}

/** Null when the address may be fetched, else why not (for the error stored on the article). */
export function refusalReason(ip: string, policy: AddressPolicy): string | null {
  if (!ipaddr.isValid(ip)) return `"${ip}" is not an IP address`;
  let address = ipaddr.parse(ip);
  // ::ffff:10.0.0.1 is 10.0.0.1: judge the IPv4 address inside.
  if (address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    address = (address as ipaddr.IPv6).toIPv4Address();
  }
  if (inAllowlist(address, policy.allow)) return null;
  const range = address.range();
  return PUBLIC_RANGES.has(range) ? null : `address ${ip} is ${range.replace(/([A-Z])/g, " $1").toLowerCase()}, not a public address`;
}
