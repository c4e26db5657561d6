package webhook

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"syscall"
	"time"

	"github.com/matchpoint/matchpoint/domain"
)

// ErrPrivateAddress is why a delivery was not even tried: its host is, or
// resolved to, an address in a private network (G1, against server-side
// request forgery).
var ErrPrivateAddress = errors.New("refused: the webhook's address is in a private network")

// newClient is the HTTP client of deliveries. Unless allowPrivate, its
// dialer refuses every connection to a private address after the name was
// resolved, so a name that resolves (or is rebound) to such an address is
// refused as well as a literal one. It connects directly, not through a
// proxy from the environment, so the address checked is the receiver's.
func newClient(timeout time.Duration, allowPrivate bool) *http.Client {
	d := &net.Dialer{Timeout: timeout, KeepAlive: 30 * time.Second}
	if !allowPrivate {
		d.Control = refusePrivate
	}
	return &http.Client{Timeout: timeout,
		Transport: &http.Transport{DialContext: d.DialContext, ForceAttemptHTTP2: true, MaxIdleConns: 10,
			IdleConnTimeout: 90 * time.Second, TLSHandshakeTimeout: 10 * time.Second, ExpectContinueTimeout: time.Second},
		// A receiver answers; it does not send us elsewhere.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
}

// refusePrivate is a net.Dialer Control: it runs on the resolved address
// just before the connection is made, and refuses private ones.
func refusePrivate(_, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("%w: unreadable address %q", ErrPrivateAddress, address)
	}
	if domain.PrivateAddr(ap.Addr()) {
		return fmt.Errorf("%w (%s)", ErrPrivateAddress, ap.Addr())
	}
	return nil
}

// checkTarget refuses a delivery whose URL names a private host by itself
// (a literal address, 'localhost'), before any lookup: also deliveries
// written before such URLs were refused in the settings.
func checkTarget(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return err
	}
	if domain.PrivateHost(u.Hostname()) {
		return fmt.Errorf("%w (%s)", ErrPrivateAddress, u.Hostname())
	}
	return nil
}
