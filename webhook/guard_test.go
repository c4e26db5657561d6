package webhook

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// G1: the delivery client's dialer checks the address a name resolved to,
// not the name: 'localhost' (resolved by the system, as a rebound name
// would be) and a literal loopback address are refused before any
// connection, and reach the receiver only when private addresses are
// allowed.
func TestGuardedClientRefusesResolvedPrivateAddress_G1(t *testing.T) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { hits.Add(1) }))
	t.Cleanup(srv.Close)
	port := srv.URL[strings.LastIndexByte(srv.URL, ':'):]
	for _, u := range []string{srv.URL, "http://localhost" + port + "/"} {
		res, err := newClient(5*time.Second, false).Get(u)
		if err == nil {
			res.Body.Close()
		}
		if !errors.Is(err, ErrPrivateAddress) {
			t.Errorf("guarded GET %s: %v, want %v", u, err, ErrPrivateAddress)
		}
	}
	if n := hits.Load(); n != 0 {
		t.Fatalf("the receiver was reached %d times through the guard", n)
	}
	res, err := newClient(5*time.Second, true).Get(srv.URL)
	if err != nil {
		t.Fatalf("allowed GET: %v", err)
	}
	res.Body.Close()
	if hits.Load() != 1 {
		t.Fatal("allowed GET did not reach the receiver")
	}
}

// G1: the check before a delivery refuses literal private hosts and
// 'localhost' and leaves other names to the dialer.
func TestCheckTarget_G1(t *testing.T) {
	for u, refused := range map[string]bool{
		"http://127.0.0.1:9/":         true,
		"http://LocalHost:9/":         true,
		"http://[fd00::1]/":           true,
		"http://10.0.0.1/":            true,
		"https://hooks.example.com/h": false,
	} {
		if err := checkTarget(u); errors.Is(err, ErrPrivateAddress) != refused {
			t.Errorf("checkTarget(%s) = %v, want refused %v", u, err, refused)
		}
	}
}
