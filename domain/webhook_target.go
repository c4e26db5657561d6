package domain

import (
	"net/netip"
	"net/url"
	"strings"
)

// nonPublic are ranges netip has no predicate for that a webhook must not
// reach either: "this network", carrier-grade NAT (where some clouds keep
// their metadata service), the IETF protocol block, the reserved block
// with the broadcast address, and IPv6's old site-local range.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("fec0::/10"),
}

// PrivateAddr reports whether ip lies in a network a webhook may not reach
// (G1, against server-side request forgery): loopback, private, link-local,
// unspecified, multicast and the other non-public ranges. An IPv4 address
// written inside IPv6 (::ffff:10.0.0.1) counts as the IPv4 address; an
// invalid address counts as private.
func PrivateAddr(ip netip.Addr) bool {
	if !ip.IsValid() {
		return true
	}
	ip = ip.Unmap()
	if ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsUnspecified() || ip.IsMulticast() ||
		ip.IsLinkLocalMulticast() || ip.IsInterfaceLocalMulticast() {
		return true
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return true
		}
	}
	return false
}

// PrivateHost reports whether a URL's host name names a non-public place by
// itself: an address PrivateAddr refuses (IPv6 with or without brackets and
// zone), 'localhost' and its subdomains (RFC 6761), or a numeric name that
// is no address but that some resolvers read as one ("127.1", "0x7f.1",
// "2130706433"): no top-level domain is all digits or hex. Other names are
// checked when they are resolved, at delivery.
func PrivateHost(host string) bool {
	h := strings.ToLower(strings.TrimSuffix(strings.TrimSpace(host), "."))
	h = strings.TrimSuffix(strings.TrimPrefix(h, "["), "]")
	if i := strings.IndexByte(h, '%'); i >= 0 { // an IPv6 zone
		h = h[:i]
	}
	if h == "" {
		return true
	}
	if ip, err := netip.ParseAddr(h); err == nil {
		return PrivateAddr(ip)
	}
	if h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return true
	}
	last := h[strings.LastIndexByte(h, '.')+1:]
	return numericLabel(last)
}

// numericLabel: a label of decimal digits, or 0x and hex digits.
func numericLabel(s string) bool {
	if s == "" {
		return false
	}
	digits := "0123456789"
	if strings.HasPrefix(s, "0x") {
		s, digits = s[2:], "0123456789abcdef"
	}
	for _, r := range s {
		if !strings.ContainsRune(digits, r) {
			return false
		}
	}
	return true
}

// CheckWebhookTarget refuses a webhook URL whose host is private by itself
// (see PrivateHost), as a field error on "url". A URL that is no absolute
// http(s) address passes here: Webhook.Validate refuses it with its own
// message.
func CheckWebhookTarget(raw string) error {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil
	}
	if PrivateHost(u.Hostname()) {
		return &ValidationError{Fields: FieldErrors{"url": KeyWebhookPrivate}}
	}
	return nil
}

// KeyWebhookPrivate is the message of a webhook URL into a private network.
const KeyWebhookPrivate = "api.webhooks.private_address"
