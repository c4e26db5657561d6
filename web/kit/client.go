package kit

import (
	"context"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// client is what the request says of the person's connection once the
// proxies in front of us are accounted for.
type client struct {
	addr  string
	https bool
}

type clientKey struct{}

// RealClient finds the client's address and scheme. From a peer in trusted
// (the operator's reverse proxies) it believes X-Forwarded-For, read from
// the right and skipping trusted hops, and X-Forwarded-Proto; from anyone
// else it ignores both, so a client cannot choose the address the limiter
// and the audit log see.
func RealClient(trusted []netip.Prefix, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c := client{addr: peerAddr(r), https: r.TLS != nil}
		if peer, err := netip.ParseAddr(c.addr); err == nil && inPrefixes(trusted, peer) {
			c.addr = forwardedFor(r.Header.Values("X-Forwarded-For"), peer, trusted)
			if proto := lastListValue(r.Header.Values("X-Forwarded-Proto")); proto != "" {
				c.https = strings.EqualFold(proto, "https")
			}
		}
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), clientKey{}, c)))
	})
}

// ClientAddr is the address of the person behind the request: the TCP peer,
// or the address a trusted proxy reported (RealClient).
func ClientAddr(r *http.Request) string {
	if c, ok := r.Context().Value(clientKey{}).(client); ok {
		return c.addr
	}
	return peerAddr(r)
}

// ClientHTTPS reports whether the person reached us over https: directly,
// or through a trusted proxy that said so.
func ClientHTTPS(r *http.Request) bool {
	if c, ok := r.Context().Value(clientKey{}).(client); ok {
		return c.https
	}
	return r.TLS != nil
}

// peerAddr is the TCP peer's address without the port.
func peerAddr(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	if a, err := netip.ParseAddr(strings.Trim(host, "[]")); err == nil {
		return a.Unmap().String()
	}
	return host
}

// forwardedFor walks the X-Forwarded-For chain from the right: each hop
// appended the address it received from, so the first address that is not
// one of our proxies is the client. A hop that wrote garbage ends the walk
// at the last address we could trust.
func forwardedFor(headers []string, peer netip.Addr, trusted []netip.Prefix) string {
	var hops []string
	for _, h := range headers {
		hops = append(hops, strings.Split(h, ",")...)
	}
	last := peer.Unmap()
	for i := len(hops) - 1; i >= 0; i-- {
		a, err := netip.ParseAddr(strings.Trim(strings.TrimSpace(hops[i]), "[]"))
		if err != nil {
			break
		}
		last = a.Unmap()
		if !inPrefixes(trusted, last) {
			break
		}
	}
	return last.String()
}

func inPrefixes(list []netip.Prefix, a netip.Addr) bool {
	a = a.Unmap()
	for _, p := range list {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// lastListValue is the last entry of a comma-separated header: the one the
// nearest proxy wrote.
func lastListValue(values []string) string {
	if len(values) == 0 {
		return ""
	}
	parts := strings.Split(values[len(values)-1], ",")
	return strings.TrimSpace(parts[len(parts)-1])
}
